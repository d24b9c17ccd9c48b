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


def test_dry_run_and_diff_report_the_findings_publish_reports_without_writing(cli, tmp_path, monkeypatch):
    """The gate checks what the render holds: --dry-run (and diff) name each rendered file as
    ``<env>/<file>``, with the same line as publish gives for the file it wrote."""
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    config, repo = _project(tmp_path)
    text = (config / "apps.yaml").read_text()
    (config / "apps.yaml").write_text(text.replace("  - name: my-service\n    ports: [{name: http, port: 8080}]\n", ""))
    where = ("apps/virtualservice-my-service.yaml:18 VirtualService my-service.apps "
             "spec.http[0].route[0].destination.host")

    dry = cli("publish", "-c", config, "--repo", repo, "--dry-run")
    assert dry.code == 1 and f"(rendered: {where})" in dry.err, dry
    out = tmp_path / "dist"
    real = cli("publish", "-c", config, "--out", out, "--repo", repo)
    assert real.code == 1 and f"(rendered: {out / where})" in real.err, real
    assert dry.err.replace("(rendered: ", f"(rendered: {out}/") == real.err
    assert git("for-each-ref", cwd=repo) == ""

    diff = cli("diff", "-c", config, "--repo", repo)
    assert diff.code == 1 and f"(rendered: {where})" in diff.err
    # where kubeconform is missing, diff says the gate did not run, after the environment files' warnings
    monkeypatch.setenv("OTLP_ISTIO_KUBECONFORM", str(tmp_path / "no-kubeconform"))
    diff = cli("diff", "-c", config, "--repo", repo)
    assert diff.code == 1 and "OI1101" not in diff.err
    last = diff.err.rstrip().splitlines()[-1]
    assert last.startswith("diff: the validation gate did not run ($OTLP_ISTIO_KUBECONFORM=")
