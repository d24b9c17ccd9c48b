"""Fixtures for the publish tests: real git only (bare repositories in tmp folders, a real
``git daemon`` on loopback), and rendered trees made by hand so the tests need no synthesizer."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import ENVIRONMENTS

# valid on its own, but one route goes to a host no Service defines: the gate fails it
QA_ROUTES_NOWHERE = """\
istio_version: "1.22.0"
collector_service: otlp-collector
namespace: otlp-system
virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {prefix: /legacy}}]
        route: [{destination: {host: legacy-collector, port: 4318}}]
      - route: [{destination: {host: otlp-collector, port: 4318}}]
"""


GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author", "GIT_AUTHOR_EMAIL": "author@example.com",
    "GIT_COMMITTER_NAME": "Test Publisher", "GIT_COMMITTER_EMAIL": "publisher@example.com",
    "GIT_CONFIG_NOSYSTEM": "1",
}


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch, tmp_path):
    for k, v in GIT_ENV.items():
        monkeypatch.setenv(k, v)
    # An empty global config: the developer's own settings must not leak into the tests.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    for var in ("OTLP_ISTIO_GIT_TOKEN", "OTLP_ISTIO_GIT_PASSWORD", "OTLP_ISTIO_REPO", "OTLP_ISTIO_STATE_DIR",
                "OTLP_ISTIO_TEST_PAUSE", "OTLP_ISTIO_TEST_TRACE"):
        monkeypatch.delenv(var, raising=False)


def git(*args: str, cwd: Path | None = None, check: bool = True, env: dict | None = None) -> str:
    full_env = {**os.environ, **GIT_ENV, **(env or {})}
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=full_env)
    if check and proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr}")
    return proc.stdout.strip()


def manifest(kind: str, name: str, namespace: str | None = "otlp-system", **spec) -> bytes:
    """A canonical-looking manifest, as the synthesizer writes them."""
    meta = f"  name: {name}\n" + (f"  namespace: {namespace}\n" if namespace else "")
    body = "".join(f"  {k}: {v}\n" for k, v in sorted(spec.items()))
    api = {"VirtualService": "networking.istio.io/v1", "DestinationRule": "networking.istio.io/v1",
           "Namespace": "v1", "Service": "v1", "ConfigMap": "v1",
           "Deployment": "apps/v1"}.get(kind, "example.com/v1")
    return (f"apiVersion: {api}\nkind: {kind}\nmetadata:\n{meta}" + ("spec:\n" + body if body else "")).encode()


def env_files(env: str, version: str = "v1", extra: int = 0) -> dict[str, bytes]:
    """A small environment: namespace, service, VirtualService, DestinationRule (+ ``extra`` ConfigMaps)."""
    files = {
        "namespace-otlp-system.yaml": manifest("Namespace", "otlp-system", None),
        "service-otlp-collector.yaml": manifest("Service", "otlp-collector", env=env),
        "virtualservice-otlp-collector.yaml": manifest("VirtualService", "otlp-collector", subset=version),
        "destinationrule-otlp-collector.yaml": manifest("DestinationRule", "otlp-collector", version=version),
    }
    for i in range(extra):
        files[f"configmap-extra-{i}.yaml"] = manifest("ConfigMap", f"extra-{i}", data=f"{env}-{i}")
    return files


@pytest.fixture
def bare_repo(tmp_path) -> Path:
    """An empty bare repository (no commit, no branch)."""
    path = tmp_path / "env-repo.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(path))
    return path


@pytest.fixture
def state(tmp_path, monkeypatch) -> Path:
    """Publish's state folder (its cache of the environment repository), also for the CLI."""
    path = tmp_path / "state"
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(path))
    return path


@pytest.fixture
def config(tmp_path) -> Path:
    """A copy of the project's environments/ that a test may edit."""
    target = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS, target)
    return target


def tree_of(repo: Path, ref: str = "main", prefix: str = "") -> dict[str, bytes]:
    """Every file of ``ref`` (below ``prefix``) with its content, read back with git itself."""
    names = git("ls-tree", "-r", "--name-only", ref, "--", prefix or ".", cwd=repo).splitlines()
    out = {}
    for name in names:
        data = subprocess.run(["git", "show", f"{ref}:{name}"], cwd=repo, capture_output=True, check=True).stdout
        out[name[len(prefix):].lstrip("/") if prefix else name] = data
    return out


def rev(repo: Path, ref: str = "main") -> str | None:
    proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", ref], cwd=repo, capture_output=True, text=True)
    return proc.stdout.strip() or None


def commit_count(repo: Path, ref: str = "main") -> int:
    return int(git("rev-list", "--count", ref, cwd=repo))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def git_daemon(tmp_path):
    """A real ``git daemon`` on 127.0.0.1 serving tmp_path/daemon with receive-pack enabled.

    Yields ``(base_dir, url_of(name))``; the daemon runs in its own session and is stopped
    (its process group) at the end.
    """
    base = tmp_path / "daemon"
    base.mkdir()
    port = free_port()
    proc = subprocess.Popen(
        ["git", "daemon", "--export-all", "--enable=receive-pack", f"--base-path={base}", "--reuseaddr",
         "--listen=127.0.0.1", f"--port={port}", "--informative-errors", str(base)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"git daemon did not start: {proc.stderr.read().decode()}")
            time.sleep(0.05)
    try:
        yield base, (lambda name: f"git://127.0.0.1:{port}/{name}")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# ------------------------------------------------------------------ publishers in other processes

PUBLISHER = textwrap.dedent("""
    import json, os, sys, time
    from pathlib import Path
    from otlp_istio.publish import PublishOptions, parse_remote, publish, PublishError
    spec = json.loads(sys.argv[1])
    go = spec.get("start_file")
    while go and not os.path.exists(go):
        time.sleep(0.005)
    rendered = {env: {f: c.encode() for f, c in files.items()} for env, files in spec["rendered"].items()}
    opts = PublishOptions(remote=parse_remote(spec["repo"]), state_dir=Path(spec["state"]),
                          source=spec.get("source", "test"))
    try:
        result = publish(rendered, opts)
    except PublishError as exc:
        print(exc.render(), file=sys.stderr)
        sys.exit(exc.exit_code)
    print(json.dumps({"commit": result.commit, "attempts": result.attempts, "pushed": result.pushed}))
""")


def spawn_publisher(repo: str, state: Path, rendered: dict[str, dict[str, bytes]], *, env: dict | None = None,
                    start_file: Path | None = None) -> subprocess.Popen:
    """``publish(rendered)`` in a new process (its own session, so a test can kill its whole group)."""
    import json
    spec = {"repo": repo, "state": str(state), "start_file": str(start_file) if start_file else None,
            "rendered": {e: {f: c.decode() for f, c in files.items()} for e, files in rendered.items()}}
    return subprocess.Popen([sys.executable, "-c", PUBLISHER, json.dumps(spec)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **GIT_ENV, **(env or {})},
                            start_new_session=True)


def published(repo: Path, folder: str, ref: str = "main") -> dict[str, bytes]:
    """The rendered files publish wrote below ``folder``, read back with git itself. Every
    ``kustomization.yaml`` there must list (sorted) exactly what it holds, so that
    ``kustomize build folder`` reaches every file once; they are left out of the result, and
    the flux layout's ``base/`` / ``mesh/`` split is undone (keys relative to it)."""
    import yaml
    files = tree_of(repo, ref, prefix=folder)

    def reach(rel: str) -> list[str]:
        key = f"{rel}/kustomization.yaml" if rel else "kustomization.yaml"
        assert key in files, f"{folder}/{key} is missing"
        doc = yaml.safe_load(files[key])
        assert doc["kind"] == "Kustomization" and doc["apiVersion"] == "kustomize.config.k8s.io/v1beta1"
        assert doc["resources"] == sorted(doc["resources"]), f"{folder}/{key} is not sorted"
        out = []
        for r in doc["resources"]:
            path = f"{rel}/{r}" if rel else r
            out += reach(path) if f"{path}/kustomization.yaml" in files else [path]
        return out

    reached = reach("")
    rendered = {p for p in files if p.rsplit("/", 1)[-1] != "kustomization.yaml"}
    assert sorted(reached) == sorted(rendered), f"{folder}: kustomization.yaml files list {reached}"
    out = {}
    for path in rendered:
        head, _, rest = path.partition("/")
        key = rest if head in ("base", "mesh") and rest else path
        assert key not in out
        out[key] = files[path]
    return out


def published_env(repo: Path, env: str, ref: str = "main") -> dict[str, bytes]:
    """Every rendered file of ``env`` in the flux layout: the workload folder and, when the
    environment has Flux objects, the folder under ``clusters/<env>/`` bootstrap applies."""
    files = published(repo, f"otlp-istio/{env}", ref)
    if tree_of(repo, ref, prefix=f"clusters/{env}/otlp-istio"):
        flux = published(repo, f"clusters/{env}/otlp-istio", ref)
        assert not set(flux) & set(files)
        files.update(flux)
    return files


# ------------------------------------------------------------------ a repository as `flux bootstrap` leaves it

def bootstrap_files(env: str, branch: str = "main") -> dict[str, bytes]:
    """The three files `flux bootstrap git --path=clusters/<env>` commits, in Flux's documented
    layout (gotk-components.yaml shortened to its Namespace: the controllers do not matter here)."""
    components = ("---\n# Flux components (shortened by the test)\napiVersion: v1\nkind: Namespace\nmetadata:\n"
                  "  labels:\n    app.kubernetes.io/instance: flux-system\n    app.kubernetes.io/part-of: flux\n"
                  "  name: flux-system\n")
    sync = ("# This manifest was generated by flux. DO NOT EDIT.\n---\n"
            "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n"
            f"  namespace: flux-system\nspec:\n  interval: 1m0s\n  ref:\n    branch: {branch}\n"
            "  secretRef:\n    name: flux-system\n  url: ssh://git@localhost/env-repo.git\n---\n"
            "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: flux-system\n"
            f"  namespace: flux-system\nspec:\n  interval: 10m0s\n  path: ./clusters/{env}\n  prune: true\n"
            "  sourceRef:\n    kind: GitRepository\n    name: flux-system\n")
    kustomization = ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                     "- gotk-components.yaml\n- gotk-sync.yaml\n")
    base = f"clusters/{env}/flux-system/"
    return {base + "gotk-components.yaml": components.encode(), base + "gotk-sync.yaml": sync.encode(),
            base + "kustomization.yaml": kustomization.encode()}


def commit_files(repo: Path, files: dict[str, bytes], work: Path, message: str = "by hand",
                 branch: str = "main") -> None:
    """Commit ``files`` onto ``branch`` of the bare ``repo`` through a clone, as a person would."""
    if not work.exists():
        git("clone", "--quiet", str(repo), str(work))
        git("checkout", "--quiet", "-B", branch, cwd=work)
    else:
        git("pull", "--quiet", "origin", branch, cwd=work)
    for name, data in files.items():
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    git("add", "-A", cwd=work)
    git("commit", "--quiet", "-m", message, cwd=work)
    git("push", "--quiet", "origin", f"HEAD:{branch}", cwd=work)


@contextmanager
def bootstrapped_over_http(tmp_path: Path, env: str) -> Iterator[tuple[str, Path]]:
    """A bare repository as `flux bootstrap --path=clusters/<env>` leaves it, served over HTTP on
    loopback, bootstrap's GitRepository pointed at that server (no deploy key needed here):
    yields ``(url, clone holding bootstrap's files)`` while the server runs."""
    from tests.support.githttp import GitHttpServer
    served = tmp_path / "served"
    served.mkdir()
    bare = served / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(bare))
    with GitHttpServer(served) as server:
        url = server.url("env.git")
        boot = {path: data.replace(b"  secretRef:\n    name: flux-system\n  url: ssh://git@localhost/env-repo.git\n",
                                   f"  url: {url}\n".encode())
                for path, data in bootstrap_files(env).items()}
        assert url.encode() in boot[f"clusters/{env}/flux-system/gotk-sync.yaml"]
        commit_files(bare, boot, tmp_path / "bootstrap", "Add Flux sync manifests")
        yield url, tmp_path / "bootstrap"
