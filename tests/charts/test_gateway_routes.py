"""The chart with routing gateway-api: the collector's VirtualService becomes HTTPRoutes/GRPCRoutes
attached to the collector Service, each version gets a Service and the collector's traffic policy a
DestinationRule per version Service; everything else renders as with virtual-service routing."""
from __future__ import annotations

import yaml

from otlp_istio.config import load_environments
from otlp_istio.synth import render_all

GATEWAY = """\
istio_version: "1.30.0"
collector_service: otlp-collector
namespace: otlp-system
routing: {routing}
virtual_services:
  - hosts: [otlp-collector]
    http:
      - name: traces
        match_rules: [{{uri: {{prefix: /v1/traces}}}}]
        route:
          - {{destination: {{host: otlp-collector, subset: stable}}, weight: 90}}
          - {{destination: {{host: otlp-collector, subset: canary}}, weight: 10}}
      - route: [{{destination: {{host: otlp-collector, subset: stable}}}}]
  - hosts: [jaeger]
    http: [{{route: [{{destination: {{host: jaeger}}}}]}}]
destination_rules:
  - host: otlp-collector
    traffic_policy: {{outlier_detection: {{consecutive_errors: 5, interval: 10s}}}}
    subsets: [{{name: stable, labels: {{version: v1}}}}, {{name: canary, labels: {{version: v2}}}}]
external_services:
  - name: jaeger
    ports: [{{name: http, port: 16686}}]
"""


def render(write_env, routing: str) -> dict[str, dict]:
    config = write_env("gw.yaml", GATEWAY.format(routing=routing))
    files = render_all(load_environments(config))["gw"]
    return {name: yaml.safe_load(data) for name, data in files.items()}


def test_gateway_api_replaces_the_collectors_virtual_service_only(write_env):
    vs, gw = render(write_env, "virtual-service"), render(write_env, "gateway-api")
    added = sorted(set(gw) - set(vs))
    assert added == ["destinationrule-otlp-collector-v1.yaml", "destinationrule-otlp-collector-v2.yaml",
                     "httproute-otlp-collector-metrics.yaml", "httproute-otlp-collector-otlp-grpc.yaml",
                     "httproute-otlp-collector-otlp-http.yaml", "service-otlp-collector-v1.yaml",
                     "service-otlp-collector-v2.yaml"]
    assert sorted(set(vs) - set(gw)) == ["virtualservice-otlp-collector.yaml"]
    for name in set(vs) & set(gw):  # everything else is the same object
        assert vs[name] == gw[name], name


def test_the_route_attaches_to_the_collector_service_and_weights_the_version_services(write_env):
    route = render(write_env, "gateway-api")["httproute-otlp-collector-otlp-http.yaml"]
    assert route["apiVersion"] == "gateway.networking.k8s.io/v1" and route["kind"] == "HTTPRoute"
    assert route["spec"]["parentRefs"] == [{"group": "", "kind": "Service", "name": "otlp-collector", "port": 4318}]
    assert route["spec"]["rules"] == [
        {"name": "traces", "matches": [{"path": {"type": "PathPrefix", "value": "/v1/traces"}}],
         "backendRefs": [{"name": "otlp-collector-v1", "port": 4318, "weight": 90},
                         {"name": "otlp-collector-v2", "port": 4318, "weight": 10}]},
        {"backendRefs": [{"name": "otlp-collector-v1", "port": 4318}]}]


def test_version_services_select_their_pods_and_escape_the_service_monitor(write_env):
    docs = render(write_env, "gateway-api")
    svc = docs["service-otlp-collector-v2.yaml"]
    assert svc["spec"]["selector"] == {"app": "otlp-collector", "version": "v2"}
    assert svc["metadata"]["labels"]["app"] == "otlp-collector-v2"
    assert "annotations" not in svc["metadata"]  # no prometheus.io/scrape: the pods are scraped once
    monitor = docs["servicemonitor-otlp-collector.yaml"]["spec"]["selector"]["matchLabels"]
    assert not all(svc["metadata"]["labels"].get(k) == v for k, v in monitor.items())
    pods = docs["deployment-otlp-collector-v2.yaml"]["spec"]["template"]["metadata"]["labels"]
    assert all(pods.get(k) == v for k, v in svc["spec"]["selector"].items())
    collector = docs["service-otlp-collector.yaml"]["spec"]["ports"]
    assert svc["spec"]["ports"] == collector


def test_the_collectors_traffic_policy_applies_to_each_version_service(write_env):
    docs = render(write_env, "gateway-api")
    rule = docs["destinationrule-otlp-collector-v1.yaml"]["spec"]
    assert rule == {"host": "otlp-collector-v1",
                    "trafficPolicy": docs["destinationrule-otlp-collector.yaml"]["spec"]["trafficPolicy"]}


def test_the_analyzer_finds_nothing_in_what_gateway_api_renders(write_env):
    from otlp_istio.analyzers import analyze_documents
    from otlp_istio.yamlio import Document

    docs = [Document(data=d, file=name, line=1) for name, d in render(write_env, "gateway-api").items()]
    jaeger = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "jaeger", "namespace": "otlp-system"},
              "spec": {"selector": {"app": "jaeger"}, "ports": [{"name": "http", "port": 16686}]}}
    findings = analyze_documents([*docs, Document(data=jaeger, file="jaeger.yaml", line=1)])
    assert [f for f in findings if f.code in ("OI1116", "OI1117", "OI1118")] == []
