"""Each make target sets up what it uses, and no more: `make run` (the main job) installs no
Node.js, no cdk8s CLI and no test tools; the targets that run them set them up.

GIVEN the Makefile and the files its set-up reads, in a folder where nothing is set up yet,
WHEN make is asked what each target would run (`make -n`: the real make, nothing executed),
THEN the main job's targets create the venv from requirements.txt and build kubeconform only.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

FILES = ("Makefile", "requirements.txt", "requirements-dev.txt", "pyproject.toml", "package.json",
         "package-lock.json", "scripts/otelcol-builder-0.115.0.yaml", "scripts/otelcol-builder-0.165.0.yaml")


@pytest.fixture
def fresh(tmp_path) -> Path:
    for name in FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def would_run(folder: Path, target: str) -> str:
    proc = subprocess.run(["make", "-n", target], cwd=folder, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.parametrize("target", ["run", "synth", "validate", "publish", "diff", "setup-run"])
def test_the_main_job_sets_up_only_what_it_uses(fresh, target):
    plan = would_run(fresh, target)
    assert "pip install --quiet --disable-pip-version-check -r requirements.txt" in plan
    assert "kubeconform@v0.7.0" in plan
    assert "npm ci" not in plan  # no Node.js runtime, no cdk8s CLI
    assert "requirements-dev.txt" not in plan  # no pytest, mutmut, pre-commit, kubernetes-validate


@pytest.mark.parametrize("target", ["test", "setup", "cdk8s-synth", "imports"])
def test_the_targets_that_use_node_set_it_up(fresh, target):
    plan = would_run(fresh, target)
    assert "npm ci" in plan


@pytest.mark.parametrize("target", ["test", "test-cluster", "conformance", "schemas"])
def test_the_test_tools_come_with_the_targets_that_use_them(fresh, target):
    assert "-r requirements-dev.txt" in would_run(fresh, target)
