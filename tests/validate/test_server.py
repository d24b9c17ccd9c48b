"""validate --server: a server-side dry-run against a real kube-apiserver, in the gate's finding format."""
from __future__ import annotations

import json

import pytest

from tests.conftest import MINIMAL

pytestmark = pytest.mark.live


@pytest.fixture
def project_kubectl(monkeypatch):
    """The project's kubectl (bin/kubectl), whatever else is on PATH."""
    from tests.support.tools import tool
    monkeypatch.setenv("KUBECTL", str(tool("kubectl")))


def test_server_dry_run_findings(kube_apiserver, project_kubectl, cli, write_env, tmp_path):
    api, ns = kube_apiserver, "doctor-server"
    config = write_env("srv.yaml", MINIMAL.replace("otlp-system", ns) + f"""\
telemetry_namespace: {ns}
virtual_services:
  - hosts: [otlp-collector]
    http: [{{route: [{{destination: {{host: otlp-collector, port: 4318}}}}], timeout: 30s}}]
""")
    out = tmp_path / "dist"
    assert cli("synth", "-c", config, "--out", out).code == 0
    args = ("validate", "--out", out, "-e", "srv", "--server", "--kubeconfig", api.kubeconfig, "-o", "json")

    # the namespace does not exist yet: its objects are not dry-run, and that is said (info)
    res = cli(*args)
    assert res.code == 0, res
    skipped = [f for f in json.loads(res.out)["findings"] if f["code"] == "OI0502"]
    assert skipped and all(f["severity"] == "Info" and f"namespace {ns} does not exist" in f["message"] for f in skipped)
    assert "server-side dry-run" in res.err

    api.kubectl("apply", "--server-side", "-f", out / "srv" / f"namespace-{ns}.yaml")
    res = cli(*args)
    assert res.code == 0 and not [f for f in json.loads(res.out)["findings"] if f["code"].startswith("OI04")], res

    # a timeout the CRD's CEL rule refuses: the server says so, with the field and its line
    vs = out / "srv" / "virtualservice-otlp-collector.yaml"
    vs.write_text(vs.read_text().replace("timeout: 30s", "timeout: 500us"))
    res = cli(*args)
    assert res.code == 1, res
    # one finding per cause: the route of port 4318 and its twin on 4317 (the route scoped by port)
    f, twin = [f for f in json.loads(res.out)["findings"] if f["code"] == "OI0501"]
    assert f["resource"] == f"VirtualService otlp-collector.{ns}" and f["path"] == "spec.http[0].timeout"
    assert twin["resource"] == f["resource"] and twin["path"] == "spec.http[1].timeout"
    lines = [n + 1 for n, x in enumerate(vs.read_text().splitlines()) if "timeout: 500us" in x]
    assert "greater than 1ms" in f["message"] and [f["line"], twin["line"]] == lines
    # and where the environment file writes the field (its source), as for the gate's own findings
    assert f["source"] == {"file": str(config / "srv.yaml"), "line": 7, "path": "virtual_services[0].http[0].timeout"}


def test_server_unreachable_is_a_clear_error(project_kubectl, cli, tmp_path, write_env):
    config = write_env("srv.yaml", MINIMAL)
    assert cli("synth", "-c", config, "--out", tmp_path / "dist").code == 0
    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text("apiVersion: v1\nkind: Config\nclusters:\n- name: x\n  cluster: {server: 'https://127.0.0.1:1'}\n"
                          "users:\n- name: x\n  user: {token: t}\ncontexts:\n- name: x\n  context: {cluster: x, user: x}\n"
                          "current-context: x\n")
    res = cli("validate", "--out", tmp_path / "dist", "--server", "--kubeconfig", kubeconfig)
    assert res.code == 4 and "cannot be asked" in res.err, res
