"""The traps the flow model exists for, one test each: GIVEN an environment (rendered in memory,
with hand-edited objects standing in where the trap is output the compiler no longer renders),
WHEN its flows are followed, THEN the flow is broken at the resource Istio decides it with, and
the gate's finding names it.

Where Istio's behaviour is subtle, the test names the Istio source that shows it.
"""
from __future__ import annotations

from otlp_istio import messages
from otlp_istio.flows import Verdict

from .examples import TCP_GRPC_SERVICE, follow

BASE = """istio_version: "1.24.0"
collector_service: otlp-collector
namespace: otlp-system
tracing: {enabled: false}
"""

ROUTE_TO_4318 = """
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: otlp-collector, namespace: otlp-system}
spec:
  hosts: [otlp-collector.otlp-system.svc.cluster.local]
  http:
  - route:
    - destination: {host: otlp-collector, port: {number: 4318}}
"""


def by_id(results):
    return {r.flow.id: r for r in results}


def test_a_route_to_4318_without_a_port_match_sends_grpc_and_the_metrics_port_to_the_http_receiver(tmp_path):
    # route.go: buildSidecarVirtualHostsForVirtualService builds the routes for every HTTP port of
    # the host; GetDestinationCluster takes the destination's port over the port listened on.
    results, findings = follow(BASE + "virtual_services: [{hosts: [otlp-collector], http: [{route: "
                               "[{destination: {host: otlp-collector, port: 4318}}]}]}]\n" + ROUTE_TO_4318, tmp_path)
    flows = by_id(results)
    for signal in ("traces", "metrics", "logs"):
        grpc = flows[f"apps/otlp-grpc/{signal}"]
        assert grpc.verdict is Verdict.BROKEN
        assert grpc.breaking.code == messages.FLOW_MISROUTED and "port 4317's requests to port 4318" in grpc.breaking.says
        assert flows[f"apps/otlp-http/{signal}"].verdict is Verdict.WORKS
    assert flows["mesh/metrics"].breaking.code == messages.FLOW_MISROUTED
    [f] = findings
    assert (f.code, f.severity.value, f.resource, f.path) == (
        "OI2001", "Error", "VirtualService otlp-collector.otlp-system", "spec.http[0].route[0].destination.port")
    assert "port 4317 → 4318" in f.message and "port 8888 → 4318" in f.message


def test_a_route_for_traces_only_leaves_metrics_and_logs_without_a_route(tmp_path):
    results, findings = follow(BASE + """virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {prefix: /v1/traces}}]
        route: [{destination: {host: otlp-collector}}]
""", tmp_path)
    flows = by_id(results)
    assert flows["apps/otlp-http/traces"].verdict is Verdict.WORKS
    for signal in ("metrics", "logs"):
        hop = flows[f"apps/otlp-http/{signal}"].breaking
        assert hop.code == messages.FLOW_NO_ROUTE and "404" in hop.says and f"/v1/{signal}" in hop.says
    # a gRPC request's path is its method, which no /v1/ prefix matches
    assert flows["apps/otlp-grpc/traces"].breaking.code == messages.FLOW_NO_ROUTE
    assert {(f.code, f.severity.value) for f in findings} == {("OI2002", "Warning")}


def test_strict_mtls_refuses_the_plaintext_scrape_of_a_prometheus_outside_the_mesh(tmp_path):
    # sidecar_simulation_test.go TestInbound: plaintext to a STRICT port gives ErrNoFilterChain.
    no_exception = """
---
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: otlp-collector-scrape, namespace: otlp-system}
spec: {selector: {matchLabels: {app: otlp-collector}}, mtls: {mode: UNSET}}
"""
    results, findings = follow(BASE + "mtls: {mode: STRICT}\n" + no_exception, tmp_path)
    scrape = by_id(results)["prometheus/scrape"]
    assert scrape.verdict is Verdict.BROKEN
    hop = scrape.breaking
    assert hop.step == "peer-authentication" and "STRICT" in hop.says and "no filter chain" in hop.says
    assert hop.resource == "PeerAuthentication default.otlp-system"  # the workload policy's UNSET inherits it
    assert [(f.code, f.severity.value) for f in findings] == [("OI2003", "Error")]
    # the OTLP flows from the mesh arrive as Istio mTLS (auto mTLS) and pass
    assert by_id(results)["apps/otlp-grpc/traces"].verdict is Verdict.WORKS


def test_an_allow_policy_for_post_v1_traces_refuses_the_scrape_and_otlp_grpc(tmp_path):
    # builder.go: ALLOW policies apply and no rule matches: denied; a gRPC request's path is
    # /opentelemetry.proto.collector.trace.v1.TraceService/Export.
    results, findings = follow(BASE + """authorization_policies:
  - name: otlp-collector-authz
    selector: {match_labels: {app: otlp-collector}}
    rules: [{to: [{methods: [POST], paths: [/v1/traces]}]}]
""", tmp_path)
    flows = by_id(results)
    assert flows["apps/otlp-http/traces"].verdict is Verdict.WORKS
    for fid in ("apps/otlp-grpc/traces", "apps/otlp-grpc/metrics", "apps/otlp-http/logs", "prometheus/scrape"):
        hop = flows[fid].breaking
        assert (hop.step, hop.code) == ("authorization", messages.FLOW_DENIED), fid
        assert "403" in hop.says
    [f] = findings
    assert (f.code, f.severity.value, f.path) == ("OI2005", "Warning", "spec.rules")
    assert "scrape GET /metrics" in f.message and "OTLP/gRPC traces" in f.message


def test_an_http_only_allow_rule_never_matches_a_tcp_port_and_an_http_only_deny_rule_matches_it_all(tmp_path):
    # model.go checkError: an ALLOW rule with an HTTP-only field is skipped on a TCP filter chain
    # (narrower allow), a DENY rule loses the condition (wider deny); builder.go logs "skipped rule ... on
    # TCP filter chain".
    tcp = TCP_GRPC_SERVICE
    allow = BASE + """authorization_policies:
  - name: grpc-only
    selector: {match_labels: {app: otlp-collector}}
    rules: [{to: [{ports: ["4317"], methods: [POST]}]}, {to: [{ports: ["4318", "8888"]}]}]
"""
    results, _ = follow(allow + tcp, tmp_path)
    hop = by_id(results)["apps/otlp-grpc/traces"].breaking
    assert hop.code == messages.FLOW_DENIED and "HTTP-only" in hop.says and "TCP" in hop.says
    deny = BASE + """authorization_policies:
  - name: no-admin
    action: DENY
    selector: {match_labels: {app: otlp-collector}}
    rules: [{to: [{ports: ["4317"], paths: [/admin]}]}]
"""
    results, _ = follow(deny + tcp, tmp_path)
    hop = by_id(results)["apps/otlp-grpc/traces"].breaking
    assert hop.code == messages.FLOW_DENIED and "drops them" in hop.says
    # on the HTTP port the same path condition holds, and /v1/traces is not /admin
    assert by_id(results)["apps/otlp-http/traces"].verdict is Verdict.WORKS
