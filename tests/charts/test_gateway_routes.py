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


FLAGGER = """\
istio_version: "1.30.0"
collector_service: otlp-collector
namespace: otlp-system
routing: gateway-api
virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {prefix: /v1}}]
        route: [{destination: {host: otlp-collector, subset: stable, port: 4318}}]
        timeout: 30s
destination_rules:
  - host: otlp-collector
    traffic_policy: {connection_pool: {tcp: {max_connections: 100}}}
    subsets: [{name: stable, labels: {version: v1}}, {name: canary, labels: {version: v2}}]
canary:
  baseline_version: v1
  canary_version: v2
  mode: flagger
  prometheus_url: http://prometheus.istio-system:9090
  success_criteria: {max_error_rate: 0.02, max_latency_p99: 750ms}
"""


def test_flagger_mode_renders_the_gateway_api_provider_and_istio_metric_templates(write_env):
    files = render_all(load_environments(write_env("fl.yaml", FLAGGER)))["fl"]
    docs = {name: yaml.safe_load(data) for name, data in files.items()}
    assert not [n for n in docs if n.startswith(("httproute-", "grpcroute-", "virtualservice-"))]  # Flagger's
    assert "service-otlp-collector-v1.yaml" not in docs  # Flagger's apex Service has that name
    spec = docs["canary-otlp-collector.yaml"]["spec"]
    assert spec["provider"] == "gatewayapi:v1" and spec["targetRef"]["name"] == "otlp-collector-v1"
    assert spec["service"] == {"port": 4318, "targetPort": 4318, "portName": "otlp-http", "portDiscovery": True,
                               "timeout": "30s", "match": [{"uri": {"prefix": "/v1"}}],
                               "gatewayRefs": [{"group": "", "kind": "Service", "name": "otlp-collector"}]}
    metrics = {m["name"]: m for m in spec["analysis"]["metrics"]}
    assert metrics["request-success-rate"]["templateRef"] == {"name": "otlp-collector-request-success-rate",
                                                              "namespace": "otlp-system"}
    assert metrics["request-success-rate"]["thresholdRange"] == {"min": 98}
    assert metrics["request-duration"]["thresholdRange"] == {"max": 750}
    template = docs["metrictemplate-otlp-collector-request-success-rate.yaml"]["spec"]
    assert template["provider"] == {"type": "prometheus", "address": "http://prometheus.istio-system:9090"}
    assert 'reporter="destination",destination_workload_namespace="{{ namespace }}",' \
           'destination_workload=~"{{ target }}",response_code!~"5.*"}[{{ interval }}]' in template["query"]
    for role in ("primary", "canary"):  # Flagger's gateway router makes no DestinationRule: the policy is ours
        rule = docs[f"destinationrule-otlp-collector-v1-{role}.yaml"]
        assert rule["spec"] == {"host": f"otlp-collector-v1-{role}",
                                "trafficPolicy": {"connectionPool": {"tcp": {"maxConnections": 100}}}}
        assert rule["metadata"]["annotations"]["galley.istio.io/analyze-suppress"] == "IST0174"
