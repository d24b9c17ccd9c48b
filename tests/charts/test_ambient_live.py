"""Everything ambient mode renders is accepted by the real kube-apiserver (Istio's and the Gateway
API's CRDs installed, their CEL rules included): the ambient twins of the seed examples and an
environment with a waypoint for all traffic and namespace-wide policies (targetRefs to the Gateway)."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ENVIRONMENTS

pytestmark = pytest.mark.live

EXTRA = """\
istio_version: "1.30.0"
collector_service: otlp-collector
namespace: ambient-live
telemetry_namespace: ambient-live
data_plane: ambient
waypoint: {name: otlp-waypoint, for: all}
mtls: {mode: STRICT}
authorization_policies:
  - name: deny-admin
    action: DENY
    rules: [{to: [{paths: [/admin]}]}, {from: [{namespaces: [untrusted]}]}]
  - name: audit-deletes
    action: AUDIT
    rules: [{to: [{methods: [DELETE]}]}]
"""


@pytest.fixture
def project_kubectl(monkeypatch):
    from tests.support.tools import tool
    monkeypatch.setenv("KUBECTL", str(tool("kubectl")))


def test_the_api_server_accepts_what_ambient_mode_renders(kube_apiserver, project_kubectl, cli, tmp_path):
    config = tmp_path / "environments"
    config.mkdir()
    for name in ("prod-ambient.yaml", "staging-ambient.yaml"):
        shutil.copy(ENVIRONMENTS / "examples" / name, config / name)
    (config / "all.yaml").write_text(EXTRA)
    out = tmp_path / "dist"
    res = cli("synth", "-c", config, "--out", out)
    assert res.code == 0, res
    kinds = {p.name.split("-", 1)[0] for p in out.rglob("*.yaml")}
    assert {"gateway", "authorizationpolicy", "namespace", "peerauthentication"} <= kinds
    for ns in ("otlp-system", "ambient-live", "istio-system", "flux-system"):
        kube_apiserver.kubectl("create", "namespace", ns, check=False)
    res = cli("validate", "--out", out, "-c", config, "--server", "--kubeconfig", kube_apiserver.kubeconfig,
              "-o", "json")
    findings = json.loads(res.out)["findings"]
    refused = [f for f in findings if f["code"].startswith("OI05") and f["code"] != "OI0502"]
    assert not refused, refused
    dry_run = [f for f in findings if f["code"] == "OI0502"]
    assert not [f for f in dry_run if "ambient-live" in f["message"] or "otlp-system" in f["message"]], dry_run
