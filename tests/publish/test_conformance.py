"""The published repository through the real tools (`make conformance`): kustomize v5 builds
every folder publish wrote, and the flux CLI builds every environment the way the cluster's
kustomize-controller would — starting from `flux bootstrap`'s own Kustomization, recursively.

GIVEN a repository prepared exactly as `flux bootstrap` leaves it (files written by the test
in Flux's documented layout), WHEN the project's environments are published into it twice,
THEN bootstrap's files are byte-identical and both tools accept every folder.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ENVIRONMENTS
from tests.support.tools import tool

from .conftest import bootstrap_files, commit_count, commit_files, git, tree_of
from .test_cli import https_like_server  # noqa: F401  (a git server over http, behind a token)
from .test_flux_checks import token  # noqa: F401

pytestmark = pytest.mark.conformance
ENVS = ("dev", "prod", "staging")


def run(*args, cwd: Path) -> str:
    proc = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"{' '.join(map(str, args))} failed:\n{proc.stderr}"
    return proc.stdout


def objects(stream: str) -> set[tuple[str, str]]:
    return {(d["kind"], d["metadata"]["name"]) for d in yaml.safe_load_all(stream) if d}


def rendered_objects(dist: Path, env: str) -> set[tuple[str, str]]:
    return {(d["kind"], d["metadata"]["name"]) for p in (dist / env).glob("*.yaml")
            for d in [yaml.safe_load(p.read_text())]}


@pytest.fixture
def bootstrapped(tmp_path, monkeypatch):
    """(bare repository, a clone to commit from, bootstrap's files) for dev, prod and staging."""
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    boot: dict[str, bytes] = {"README.md": b"# Environments, reconciled by Flux\n"}
    for env in ENVS:
        boot.update(bootstrap_files(env))
    commit_files(repo, boot, tmp_path / "bootstrap", "Add Flux sync manifests")
    return repo, boot


def checkout(repo: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    git("clone", "--quiet", str(repo), str(target))
    return target


def test_publish_beside_bootstrap_then_kustomize_and_flux_build_everything(cli, bootstrapped, tmp_path):
    repo, boot = bootstrapped
    dist = tmp_path / "dist"
    # WHEN published twice
    assert cli("publish", "-c", ENVIRONMENTS, "--out", dist, "--repo", repo).code == 0
    again = cli("publish", "-c", ENVIRONMENTS, "--out", dist, "--repo", repo)
    assert again.code == 0 and "nothing to publish" in again.out
    assert commit_count(repo) == 2
    # THEN bootstrap's files are byte-identical
    tree = tree_of(repo)
    assert {p: tree[p] for p in boot} == boot
    work = checkout(repo, tmp_path / "work")

    # AND kustomize builds every folder with a kustomization.yaml, ours and bootstrap's
    folders = sorted({p.rsplit("/", 1)[0] for p in tree if p.endswith("/kustomization.yaml")})
    assert len(folders) == 5 * len(ENVS)  # bootstrap's, ours under clusters/, the workload, its base/ and mesh/
    for folder in folders:
        run(tool("kustomize"), "build", folder, cwd=work)
    for env in ENVS:
        workload = objects(run(tool("kustomize"), "build", f"otlp-istio/{env}", cwd=work))
        base = objects(run(tool("kustomize"), "build", f"otlp-istio/{env}/base", cwd=work))
        ours = objects(run(tool("kustomize"), "build", f"clusters/{env}/otlp-istio", cwd=work))
        assert ours == {("Kustomization", f"otlp-istio-{env}"), ("Kustomization", f"otlp-istio-{env}-base")}
        assert workload | ours == rendered_objects(dist, env)
        assert {k for k, _ in base} == {"Namespace", "Service", "ConfigMap", "Deployment"}

    # AND flux builds each cluster from bootstrap's Kustomization down, recursively through ours:
    # bootstrap applies clusters/<env> (our folder included), ours applies otlp-istio/<env>
    for env in ENVS:
        out = run(tool("flux"), "build", "kustomization", "flux-system", "--path", f"./clusters/{env}",
                  "--kustomization-file", f"./clusters/{env}/flux-system/gotk-sync.yaml", "--dry-run",
                  "--recursive", "--local-sources", "GitRepository/flux-system/flux-system=.", cwd=work)
        built = objects(out)
        assert rendered_objects(dist, env) <= built
        assert ("Kustomization", "flux-system") in built and ("GitRepository", "flux-system") in built


def test_flux_build_of_each_environments_own_kustomization(cli, bootstrapped, tmp_path):
    repo, _ = bootstrapped
    dist = tmp_path / "dist"
    assert cli("publish", "-c", ENVIRONMENTS, "--out", dist, "--repo", repo).code == 0
    work = checkout(repo, tmp_path / "work")
    for env in ENVS:
        built: set[tuple[str, str]] = set()
        for name in (f"otlp-istio-{env}-base", f"otlp-istio-{env}"):
            ks_file = work / f"clusters/{env}/otlp-istio/kustomization-{name}.yaml"
            path = yaml.safe_load(ks_file.read_text())["spec"]["path"]
            part = objects(run(tool("flux"), "build", "kustomization", name, "--path", path,
                               "--kustomization-file", ks_file, "--dry-run", cwd=work))
            assert part and not part & built  # each object has one owner
            built |= part
        assert built == {o for o in rendered_objects(dist, env) if o[0] != "Kustomization"}


def test_folder_layout_builds_with_both_tools(cli, tmp_path, monkeypatch, https_like_server, token):
    # GIVEN the layout of earlier versions: one folder, the GitRepository from --repo
    url, repo, _ = https_like_server
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    config = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS, config)
    doc = yaml.safe_load((config / "prod.yaml").read_text())
    doc["flux"] = {"layout": "folder"}
    (config / "prod.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "prod", "--repo", url).code == 0
    work = checkout(repo, tmp_path / "work")
    # THEN kustomize builds the folder, and flux builds our Kustomization, which applies that folder
    built = objects(run(tool("kustomize"), "build", "clusters/prod", cwd=work))
    assert built == rendered_objects(tmp_path / "dist", "prod")
    out = run(tool("flux"), "build", "kustomization", "otlp-istio-prod", "--path", "./clusters/prod",
              "--kustomization-file", "./clusters/prod/kustomization-otlp-istio-prod.yaml", "--dry-run", cwd=work)
    assert objects(out) == built

