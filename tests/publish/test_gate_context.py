"""publish's validation gate reads the environment files: external Services count as existing,
and findings accepted on purpose are listed as suppressed, never silently."""
from __future__ import annotations

import shutil

from tests.conftest import ENVIRONMENTS

from .conftest import git


def _project(tmp_path):
    config = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS / "examples", config)
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    return config, repo


def test_routes_to_declared_external_services_publish(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    config, repo = _project(tmp_path)
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)
    assert r.code == 0, r
    assert "otlp-istio/apps/mesh/virtualservice-my-service.yaml" in git("ls-tree", "-r", "--name-only", "main", cwd=repo)


def test_without_the_declaration_the_gate_refuses_and_ignore_is_reported(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    config, repo = _project(tmp_path)
    text = (config / "apps.yaml").read_text()
    cut = text.replace("  - name: my-service\n    ports: [{name: http, port: 8080}]\n", "")
    (config / "apps.yaml").write_text(cut)
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)
    assert r.code == 1 and "Error OI1101 virtual_services[" in r.err and "VirtualService my-service.apps" in r.err
    assert git("for-each-ref", cwd=repo) == ""
    (config / "apps.yaml").write_text(cut + "validation:\n  ignore: [{code: OI1101, resource: VirtualService my-service.apps}]\n")
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)
    assert r.code == 0, r
    assert "suppressed (validation.ignore[0] in " in r.err and "VirtualService my-service.apps" in r.err
