"""Fixtures for the canary tests: the project's real environment files in a temporary config
folder, a bare environment repository, and helpers to read what the branch holds."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.publish.conftest import _git_identity, bare_repo, config, git  # noqa: F401 - fixtures re-exported

STAGING_VS = "otlp-istio/staging/mesh/virtualservice-otlp-collector.yaml"  # the flux layout's workload
STAGING_STATE = "otlp-istio/staging.canary.state"  # beside the workload folder


@pytest.fixture
def config_dir(config) -> Path:
    """publish's ``config``: a copy of environments/ (the seed's examples; staging is example 2)."""
    return config


@pytest.fixture
def repo_args(bare_repo, tmp_path, monkeypatch, config_dir):
    """The options every command takes here: the config folder and the bare repository."""
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    return ["-c", str(config_dir), "--repo", str(bare_repo)]


def show(repo: Path, path: str, ref: str = "main") -> bytes | None:
    proc = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=repo, capture_output=True)
    return proc.stdout if proc.returncode == 0 else None


def routed(repo: Path, ref: str = "main") -> list[tuple[str, int]]:
    """(subset, weight) of the collector route the branch holds."""
    doc = yaml.safe_load(show(repo, STAGING_VS, ref))
    return [(r["destination"]["subset"], r.get("weight", 100)) for r in doc["spec"]["http"][0]["route"]]


def state_of(repo: Path, ref: str = "main") -> dict | None:
    data = show(repo, STAGING_STATE, ref)
    return json.loads(data) if data is not None else None


def subjects(repo: Path) -> list[str]:
    return git("log", "--format=%s", "main", cwd=repo).splitlines()


def edit_env(config_dir: Path, name: str, update) -> None:
    """Rewrite one environment file through ``update(dict)`` (comments are lost; fine in tests)."""
    path = config_dir / f"{name}.yaml"
    data = yaml.safe_load(path.read_text())
    update(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))
