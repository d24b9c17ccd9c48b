"""The pre-commit hooks (.pre-commit-hooks.yaml), run by the real `pre-commit try-repo` against
this project's checkout, in a temporary git repository made by `otlp-istio init`."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import CLI, ROOT

BROKEN_ROUTE = """\
virtual_services:
  - hosts: [checkout.apps.svc.cluster.local]
    http: [{route: [{destination: {host: checkout.apps.svc.cluster.local}}]}]
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo, check=True,
                   capture_output=True)


@pytest.fixture
def user_repo(tmp_path) -> Path:
    repo = tmp_path / "platform"
    subprocess.run([str(CLI), "init", str(repo)], check=True, capture_output=True)
    (repo / "README.md").write_text("# platform\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "scaffold")
    return repo


def try_repo(repo: Path, hook: str, *files: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home),
           "PATH": f"{CLI.parent}:{ROOT / 'bin'}:{os.environ['PATH']}"}
    return subprocess.run([str(CLI.parent / "pre-commit"), "try-repo", str(ROOT), hook, "--files", *files],
                          cwd=repo, capture_output=True, text=True, env=env)


def test_hook_definitions_select_environment_files_only():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"otlp-istio-check", "otlp-istio-check-system"}
    assert {h["entry"] for h in hooks.values()} == {"otlp-istio check"}
    assert hooks["otlp-istio-check"]["language"] == "python"


def test_the_hook_fails_a_commit_that_breaks_an_environment(user_repo, tmp_path):
    good = (user_repo / "environments" / "dev.yaml").read_text()
    (user_repo / "environments" / "dev.yaml").write_text(good + BROKEN_ROUTE)
    r = try_repo(user_repo, "otlp-istio-check-system", "environments/dev.yaml", "README.md",
                 home=tmp_path / "pre-commit-home")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "otlp-istio check (the otlp-istio on PATH)" in r.stdout and "Failed" in r.stdout
    # at its place in the environment file, then as rendered
    assert "environments/dev.yaml:" in r.stdout and " Error OI1101 virtual_services[" in r.stdout
    assert "(rendered: dev/virtualservice-checkout.yaml:" in r.stdout
    assert "VirtualService checkout.otlp-system" in r.stdout
    assert "README.md" not in r.stdout  # not an environment file: not passed to the hook


@pytest.mark.conformance
def test_the_system_hook_passes_a_good_environment_and_skips_other_files(user_repo, tmp_path):
    home = tmp_path / "pre-commit-home"
    r = try_repo(user_repo, "otlp-istio-check-system", "environments/dev.yaml", home=home)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Passed" in r.stdout
    r = try_repo(user_repo, "otlp-istio-check-system", "README.md", home=home)
    assert r.returncode == 0 and "(no files to check)Skipped" in r.stdout


@pytest.mark.conformance
def test_the_python_hook_installs_otlp_istio_itself(user_repo, tmp_path):
    """pre-commit builds the hook's own environment (pip install of this project from PyPI deps)."""
    r = try_repo(user_repo, "otlp-istio-check", "environments/_base.yaml", home=tmp_path / "pre-commit-home")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "otlp-istio check" in r.stdout and "Passed" in r.stdout
