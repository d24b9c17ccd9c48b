"""GIVEN the seed's worked examples as environment files WHEN synthesized THEN every
value of the original lands in the right field of the right resource."""
from __future__ import annotations

import yaml

from tests.conftest import ENVIRONMENTS


def _load(out, env, name):
    return yaml.safe_load((out / env / name).read_text())


def test_example_1_production_integration(cli, tmp_path):
    r = cli("synth", "-c", ENVIRONMENTS, "--out", tmp_path, "-e", "prod")
    assert r.code == 0, r
    files = sorted(p.name for p in (tmp_path / "prod").glob("*.yaml"))
    assert files == [
        "configmap-otlp-collector-config.yaml", "configmap-otlp-istio-mesh-values.yaml",
        "deployment-otlp-collector-v1.yaml", "destinationrule-otlp-collector.yaml",
        "kustomization-otlp-istio-prod-base.yaml", "kustomization-otlp-istio-prod.yaml",
        "namespace-otlp-system.yaml", "peerauthentication-default.yaml",
        "service-otlp-collector.yaml", "servicemonitor-otlp-collector.yaml", "telemetry-mesh-default.yaml",
        "virtualservice-otlp-collector.yaml"]

    vs = _load(tmp_path, "prod", "virtualservice-otlp-collector.yaml")
    # the seed declares Istio 1.20, which serves networking.istio.io/v1beta1 (v1 only from 1.22)
    assert vs["apiVersion"] == "networking.istio.io/v1beta1" and vs["kind"] == "VirtualService"
    assert vs["metadata"]["name"] == "otlp-collector" and vs["metadata"]["namespace"] == "otlp-system"
    assert vs["spec"]["hosts"] == ["otlp-collector.otlp-system.svc.cluster.local"]
    assert vs["spec"]["http"] == [{
        "route": [{"destination": {"host": "otlp-collector", "subset": "stable", "port": {"number": 4318}},
                   "weight": 100}],
        "timeout": "30s",
        "retries": {"attempts": 3, "perTryTimeout": "10s", "retryOn": "5xx,reset,connect-failure"}}]

    dr = _load(tmp_path, "prod", "destinationrule-otlp-collector.yaml")
    assert dr["spec"] == {
        "host": "otlp-collector.otlp-system.svc.cluster.local",
        "trafficPolicy": {
            "loadBalancer": {"consistentHash": {"httpHeaderName": "x-tenant-id"}},
            "outlierDetection": {"consecutive5xxErrors": 5, "interval": "10s", "baseEjectionTime": "30s",
                                 "maxEjectionPercent": 50},
            "connectionPool": {"tcp": {"maxConnections": 100, "connectTimeout": "10s"},
                               "http": {"http1MaxPendingRequests": 1024, "http2MaxRequests": 1024,
                                        "maxRequestsPerConnection": 100}}},
        "subsets": [{"name": "stable", "labels": {"version": "v1"}}]}

    pa = _load(tmp_path, "prod", "peerauthentication-default.yaml")
    assert pa["metadata"] == {"name": "default", "namespace": "otlp-system",
                              "labels": {"app.kubernetes.io/managed-by": "otlp-istio"}}
    assert pa["spec"] == {"mtls": {"mode": "STRICT"}}  # no selector: the whole namespace

    tel = _load(tmp_path, "prod", "telemetry-mesh-default.yaml")
    assert tel["metadata"]["namespace"] == "istio-system"
    assert tel["spec"] == {"tracing": [{"providers": [{"name": "zipkin"}], "randomSamplingPercentage": 10}]}

    values = yaml.safe_load(_load(tmp_path, "prod", "configmap-otlp-istio-mesh-values.yaml")["data"]["values.yaml"])
    mesh = values["meshConfig"]
    # the seed's `http://jaeger:9411`: qualified as MeshConfig wants, with a warning naming the namespace
    assert mesh["extensionProviders"] == [
        {"name": "zipkin", "zipkin": {"service": "jaeger.otlp-system.svc.cluster.local", "port": 9411}}]
    assert ("prod.yaml:9: Warning OI0301 tracing.zipkin_endpoint: the host 'jaeger' is a short name; "
            "assumed its Service is in namespace 'otlp-system'") in r.err

    svc = _load(tmp_path, "prod", "service-otlp-collector.yaml")
    assert svc["metadata"]["annotations"] == {"prometheus.io/scrape": "true", "prometheus.io/port": "8888",
                                              "prometheus.io/path": "/metrics"}
    assert [(p["name"], p["port"]) for p in svc["spec"]["ports"]] == [
        ("otlp-grpc", 4317), ("otlp-http", 4318), ("metrics", 8888)]
    assert svc["spec"]["selector"] == {"app": "otlp-collector"}

    sm = _load(tmp_path, "prod", "servicemonitor-otlp-collector.yaml")
    assert sm["spec"] == {"selector": {"matchLabels": {"app": "otlp-collector"}},
                          "endpoints": [{"port": "metrics", "interval": "30s", "path": "/metrics"}]}

    # every subset selects a workload: subset stable = version v1
    dep = _load(tmp_path, "prod", "deployment-otlp-collector-v1.yaml")
    assert dep["spec"]["template"]["metadata"]["labels"] == {"app": "otlp-collector", "version": "v1",
                                                             "app.kubernetes.io/name": "otlp-collector"}
    assert dep["spec"]["selector"]["matchLabels"] == {"app": "otlp-collector", "version": "v1"}
    ns = _load(tmp_path, "prod", "namespace-otlp-system.yaml")
    assert ns["metadata"]["labels"]["istio-injection"] == "enabled"
    for f in (tmp_path / "prod").glob("*.yaml"):
        doc = yaml.safe_load(f.read_text())
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace"), f"{f.name} has no namespace"


EXAMPLE_2 = """\
istio_version: "1.24.0"
collector_service: otlp-collector
namespace: otlp-system
virtual_services:
  - hosts: [otlp-collector.otlp-system.svc.cluster.local]
    http:
      - match_rules: [{uri: {prefix: /v1/traces}}]
        route:
          - destination: {host: otlp-collector, subset: v2, port: 4318}
            weight: 10
          - destination: {host: otlp-collector, subset: v1, port: 4318}
            weight: 90
        timeout: 30s
        retries: {attempts: 3, per_try_timeout: 10s, retry_on: "5xx,reset,connect-failure"}
destination_rules:
  - host: otlp-collector.otlp-system.svc.cluster.local
    subsets:
      - {name: v1, labels: {version: v1}}
      - {name: v2, labels: {version: v2}}
canary:
  baseline_version: v1
  canary_version: v2
  initial_weight: 5
  increment: 5
  interval: 5m
  success_criteria: {max_error_rate: 0.01, min_request_count: 100}
"""


def test_example_2_canary_and_weighted_routes(cli, write_env, tmp_path):
    config = write_env("canary.yaml", EXAMPLE_2)
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    vs = _load(tmp_path / "out", "canary", "virtualservice-otlp-collector.yaml")
    http = vs["spec"]["http"][0]
    assert http["match"] == [{"uri": {"prefix": "/v1/traces"}}]
    assert [(d["destination"]["subset"], d["weight"]) for d in http["route"]] == [("v2", 10), ("v1", 90)]
    # one Deployment per subset, so that every subset selects a workload
    for version in ("v1", "v2"):
        dep = _load(tmp_path / "out", "canary", f"deployment-otlp-collector-{version}.yaml")
        assert dep["spec"]["template"]["metadata"]["labels"] == {"app": "otlp-collector", "version": version,
                                                                 "app.kubernetes.io/name": "otlp-collector"}

    from otlp_istio.config import load_environments
    canary = load_environments(config)[0].config.canary
    assert (canary.baseline_version, canary.canary_version, canary.initial_weight, canary.increment,
            canary.interval) == ("v1", "v2", 5, 5, "5m")
    assert (canary.success_criteria.max_error_rate, canary.success_criteria.min_request_count) == (0.01, 100)
