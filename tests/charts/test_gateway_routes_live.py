"""Everything routing gateway-api renders is accepted by the real kube-apiserver (Gateway API CRDs
installed): the HTTPRoutes and GRPCRoutes (their CEL rules included), the version Services and their
DestinationRules, in each shape the plan takes (one route per port, one for every port, gRPC)."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.live

NS = "gwapi-live"
HEAD = f"""\
istio_version: "{{istio}}"
collector_service: otlp-collector
namespace: {NS}
telemetry_namespace: {NS}
routing: gateway-api
destination_rules:
  - host: otlp-collector
    traffic_policy:
      load_balancer: {{{{consistent_hash: {{{{http_header_name: x-tenant-id}}}}}}}}
      outlier_detection: {{{{consecutive_errors: 5, interval: 10s}}}}
    subsets: [{{{{name: stable, labels: {{{{version: v1}}}}}}}}, {{{{name: canary, labels: {{{{version: v2}}}}}}}}]
"""
SHAPES = {
    "per-port": """\
virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {exact: /opentelemetry.proto.collector.trace.v1.TraceService/Export}}]
        route: [{destination: {host: otlp-collector, subset: canary}}]
      - name: split
        route:
          - {destination: {host: otlp-collector, subset: stable}, weight: 80}
          - {destination: {host: otlp-collector, subset: canary}, weight: 20}
""",
    "fixed-port": """\
virtual_services:
  - hosts: [otlp-collector.{ns}.svc.cluster.local]
    http:
      - name: traces
        match_rules: [{{uri: {{prefix: /v1/traces/}}}}, {{uri: {{exact: /v1/trace}}}}]
        timeout: 1m30s
        route:
          - {{destination: {{host: otlp-collector, subset: stable, port: 4318}}, weight: 0}}
          - {{destination: {{host: otlp-collector, subset: canary, port: 4318}}, weight: 100}}
      - route: [{{destination: {{host: otlp-collector, port: 4318}}}}]
""".format(ns=NS),
    "grpc": """\
virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {prefix: /opentelemetry.proto.collector.logs.v1.LogsService/}}]
        route: [{destination: {host: otlp-collector, subset: canary}}]
      - route: [{destination: {host: otlp-collector, subset: stable}}]
""",
}


@pytest.fixture
def project_kubectl(monkeypatch):
    from tests.support.tools import tool
    monkeypatch.setenv("KUBECTL", str(tool("kubectl")))


@pytest.mark.parametrize("istio", ["1.24.0", "1.30.0"])
def test_the_api_server_accepts_every_shape(istio, kube_apiserver, project_kubectl, cli, write_env, tmp_path):
    for shape, text in SHAPES.items():
        body = text if istio >= "1.28" else text.replace("- name: split\n        ", "- ").replace(
            "- name: traces\n        ", "- ")
        config = write_env(f"{shape}.yaml", HEAD.format(istio=istio) + body)
    out = tmp_path / "dist"
    res = cli("synth", "-c", config, "--out", out)
    assert res.code == 0, res
    kinds = {p.name.split("-", 1)[0] for p in out.rglob("*.yaml")}
    assert {"httproute", "grpcroute", "service", "destinationrule"} <= kinds
    kube_apiserver.kubectl("create", "namespace", NS, check=False)
    res = cli("validate", "--out", out, "--server", "--kubeconfig", kube_apiserver.kubeconfig, "-o", "json")
    findings = json.loads(res.out)["findings"]
    assert res.code == 0 and not [f for f in findings if f["code"].startswith("OI05") and f["code"] != "OI0502"], res
    dry_run = [f for f in findings if f["code"] == "OI0502"]
    assert not [f for f in dry_run if NS in f["message"]], dry_run  # every object of the namespace was dry-run


def test_the_api_server_accepts_flaggers_gateway_api_canary(kube_apiserver, project_kubectl, cli, write_env, tmp_path):
    from tests.charts.test_gateway_routes import FLAGGER

    config = write_env("fl.yaml", FLAGGER.replace("otlp-system", NS) + f"telemetry_namespace: {NS}\n")
    out = tmp_path / "dist"
    assert cli("synth", "-c", config, "--out", out).code == 0
    assert {"canary", "metrictemplate", "destinationrule"} <= {p.name.split("-", 1)[0] for p in out.rglob("*.yaml")}
    kube_apiserver.kubectl("create", "namespace", NS, check=False)
    res = cli("validate", "--out", out, "--server", "--kubeconfig", kube_apiserver.kubeconfig, "-o", "json")
    findings = json.loads(res.out)["findings"]
    assert res.code == 0 and not [f for f in findings if f["code"].startswith("OI05") and f["code"] != "OI0502"], res
