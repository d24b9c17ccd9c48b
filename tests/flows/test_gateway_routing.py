"""The routing hop with Gateway API routes (``flows/gateway_routing.py``): the HTTPRoutes and
GRPCRoutes attached to the collector Service decide, as Istio applies them.

Facts from ``pilot/pkg/config/kube/gateway/conversion.go`` (``sortHTTPRoutes``, ``getURIRank``,
``createURIMatch``, ``createGRPCURIMatch``, ``augmentPortMatch``) and the Gateway API's
``apis/v1/httproute_types.go`` (precedence; no matching rule is a 404; a rule without matches is
``PathPrefix /``; an invalid backend is a 500 for its share).
"""
from __future__ import annotations

import json

from otlp_istio import messages
from otlp_istio.flows import Verdict

from .examples import follow

BASE = """istio_version: "1.30.0"
collector_service: otlp-collector
namespace: otlp-system
routing: gateway-api
tracing: {enabled: false}
"""

VERSIONS = """destination_rules:
  - host: otlp-collector
    traffic_policy: {outlier_detection: {consecutive_errors: 5, interval: 10s}}
    subsets: [{name: stable, labels: {version: v1}}, {name: canary, labels: {version: v2}}]
"""

TRACES_SPLIT = """virtual_services:
  - hosts: [otlp-collector]
    http:
      - name: traces
        match_rules: [{uri: {prefix: /v1/traces}}]
        route:
          - {destination: {host: otlp-collector, subset: stable}, weight: 90}
          - {destination: {host: otlp-collector, subset: canary}, weight: 10}
"""
# every request split 90/10 between the versions: without a match, port 4317 gets a GRPCRoute
SPLIT = TRACES_SPLIT.replace("        match_rules: [{uri: {prefix: /v1/traces}}]\n", "")
CATCH_ALL = """      - name: otlp
        route: [{destination: {host: otlp-collector, subset: stable}}]
"""

# OTLP/gRPC's trace service only: routing gateway-api renders a GRPCRoute for port 4317
GRPC_TRACES = """virtual_services:
  - hosts: [otlp-collector]
    http:
      - name: traces
        match_rules: [{uri: {prefix: /opentelemetry.proto.collector.trace.v1.TraceService}}]
        route: [{destination: {host: otlp-collector}}]
"""

# virtual-service routing and no route of the file's: only the hand-written HTTPRoute routes
PLAIN = BASE.replace("routing: gateway-api", "routing: virtual-service")


def http_route(port: str, rules: str) -> str:
    return f"""
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {{name: by-hand, namespace: otlp-system}}
spec:
  parentRefs: [{{group: "", kind: Service, name: otlp-collector{port}}}]
  rules: {rules}
"""


def by_id(results):
    return {r.flow.id: r for r in results}


def hop(result, step: str):
    return next(h for h in result.hops if h.step == step)


def codes(findings) -> set[tuple[str, str]]:
    return {(f.code, f.resource) for f in findings}


# ---------------------------------------------------------------- matches by port and path

def test_a_request_takes_the_rule_its_port_and_path_match(tmp_path):
    results, findings = follow(BASE + TRACES_SPLIT + CATCH_ALL + VERSIONS, tmp_path)
    flows = by_id(results)
    traces, metrics = flows["apps/otlp-http/traces"], flows["apps/otlp-http/metrics"]
    assert traces.verdict is Verdict.WORKS and metrics.verdict is Verdict.WORKS
    route = hop(traces, "route")
    assert route.resource == "HTTPRoute otlp-collector-otlp-http.otlp-system" and route.path == "spec.rules[0]"
    assert "otlp-collector-v1 port 4318 (90%), otlp-collector-v2 port 4318 (10%)" in route.says
    assert hop(metrics, "route").path == "spec.rules[1]"
    assert hop(flows["mesh/metrics"], "route").resource == "HTTPRoute otlp-collector-metrics.otlp-system"
    assert findings == []


def test_no_rule_matching_is_a_404_reported_on_each_ports_route(tmp_path):
    results, findings = follow(BASE + TRACES_SPLIT + VERSIONS, tmp_path)
    flows = by_id(results)
    assert flows["apps/otlp-http/traces"].verdict is Verdict.WORKS
    broken = flows["apps/otlp-http/metrics"]
    assert broken.verdict is Verdict.BROKEN and broken.breaking.code == messages.FLOW_NO_GATEWAY_ROUTE
    assert "matches POST /v1/metrics: Envoy answers 404" in broken.breaking.says
    assert codes(findings) == {("OI2010", f"HTTPRoute otlp-collector-{p}.otlp-system")
                               for p in ("otlp-grpc", "otlp-http", "metrics")}
    assert {f.severity.value for f in findings} == {"Warning"}


def test_the_most_specific_match_wins_over_the_rule_order(tmp_path):
    # rule 0 takes everything (PathPrefix /), rule 1 is Exact /v1/traces to a Service that does not
    # exist: Istio tries the Exact match first, so traces get 500 and the other signals work
    rules = ("[{matches: [{path: {type: PathPrefix, value: /}}], backendRefs: [{name: otlp-collector, port: 4318}]},"
             " {matches: [{path: {type: Exact, value: /v1/traces}}], backendRefs: [{name: nowhere, port: 4318}]}]")
    results, _ = follow(PLAIN + http_route(", port: 4318", rules), tmp_path)
    flows = by_id(results)
    traces = flows["apps/otlp-http/traces"]
    assert traces.verdict is Verdict.BROKEN and "rule 1 (match 0)" in traces.breaking.says
    assert "Service otlp-system/nowhere does not exist: Istio answers its share of the requests with 500" \
        in traces.breaking.says
    logs = hop(flows["apps/otlp-http/logs"], "route")
    assert logs.path == "spec.rules[0]" and "rule 0 (match 0)" in logs.says


def test_a_path_prefix_matches_whole_segments_and_a_method_match_narrows_it(tmp_path):
    rules = ("[{matches: [{path: {type: PathPrefix, value: /v1/trace}}, {path: {value: /v1/logs/}, method: GET}],"
             " backendRefs: [{name: otlp-collector, port: 4318}]}]")
    results, _ = follow(PLAIN + http_route(", port: 4318", rules), tmp_path)
    flows = by_id(results)
    # /v1/traces is not under the segment /v1/trace; POST /v1/logs is not GET
    assert flows["apps/otlp-http/traces"].breaking.code == messages.FLOW_NO_GATEWAY_ROUTE
    assert flows["apps/otlp-http/logs"].breaking.code == messages.FLOW_NO_GATEWAY_ROUTE
    rules = "[{matches: [{path: {type: PathPrefix, value: /v1/}}], backendRefs: [{name: otlp-collector, port: 4318}]}]"
    results, findings = follow(PLAIN + http_route(", port: 4318", rules), tmp_path)
    assert all(by_id(results)[f"apps/otlp-http/{s}"].verdict is Verdict.WORKS for s in ("traces", "metrics", "logs"))
    assert findings == []


def test_a_header_match_leaves_the_flow_undecided(tmp_path):
    rules = ("[{matches: [{path: {value: /}, headers: [{name: x-tenant, value: a}]}],"
             " backendRefs: [{name: otlp-collector, port: 4318}]}]")
    results, findings = follow(PLAIN + http_route(", port: 4318", rules), tmp_path)
    r = by_id(results)["apps/otlp-http/traces"]
    assert r.verdict is Verdict.UNKNOWN and "header or query parameter" in hop(r, "route").says and findings == []


# ---------------------------------------------------------------- GRPCRoute for 4317

def test_a_grpcroute_matches_otlp_grpc_by_its_service_and_method_path(tmp_path):
    results, findings = follow(BASE + GRPC_TRACES + "      - route: [{destination: {host: otlp-collector}}]\n",
                               tmp_path)
    flows = by_id(results)
    for signal, rule in (("traces", 0), ("metrics", 1), ("logs", 1)):
        r = flows[f"apps/otlp-grpc/{signal}"]
        route = hop(r, "route")
        assert r.verdict is Verdict.WORKS and route.resource == "GRPCRoute otlp-collector-otlp-grpc.otlp-system"
        assert route.path == f"spec.rules[{rule}]", signal
    assert findings == []


def test_a_grpcroute_for_the_trace_service_only_gives_the_other_signals_404(tmp_path):
    results, findings = follow(BASE + GRPC_TRACES, tmp_path)
    flows = by_id(results)
    assert flows["apps/otlp-grpc/traces"].verdict is Verdict.WORKS
    broken = flows["apps/otlp-grpc/metrics"].breaking
    assert broken.code == messages.FLOW_NO_GATEWAY_ROUTE and broken.resource.startswith("GRPCRoute ")
    assert ("OI2010", "GRPCRoute otlp-collector-otlp-grpc.otlp-system") in codes(findings)


def test_a_grpcroute_method_match_without_a_service_matches_any_service(tmp_path):
    route = """
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: export, namespace: otlp-system}
spec:
  parentRefs: [{group: "", kind: Service, name: otlp-collector, port: 4317}]
  rules: [{matches: [{method: {method: Export}}], backendRefs: [{name: otlp-collector, port: 4317}]}]
"""
    results, findings = follow(PLAIN + route, tmp_path)
    assert all(by_id(results)[f"apps/otlp-grpc/{s}"].verdict is Verdict.WORKS for s in ("traces", "metrics", "logs"))
    assert findings == []


# ---------------------------------------------------------------- weighted split across versions

CANARY = """canary:
  baseline_version: v1
  canary_version: v2
  prometheus_url: http://prometheus.istio-system:9090
"""


def test_weighted_backends_are_each_a_leg_with_their_own_service_rule_and_pods(tmp_path):
    text = BASE + SPLIT + VERSIONS + CANARY
    results, findings = follow(text, tmp_path)
    flows = by_id(results)
    r = flows["apps/otlp-grpc/traces"]
    assert r.verdict is Verdict.WORKS
    assert hop(r, "destination-rule").says.startswith(
        "DestinationRule otlp-system/otlp-collector-v1, DestinationRule otlp-system/otlp-collector-v2 (the backends' "
        "hosts)")
    assert hop(r, "workloads").says == ("Deployment otlp-system/otlp-collector-v1, Deployment "
                                        "otlp-system/otlp-collector-v2 (port 4317)")
    canary = [x for x in results if x.flow.group.startswith("canary/")]
    assert len(canary) == 6 and all(x.verdict is Verdict.WORKS for x in canary)
    assert "the canary shifts GRPCRoute otlp-system/otlp-collector-otlp-grpc rule 0" in hop(
        flows["canary/otlp-grpc/traces"], "canary").says
    assert findings == []


def test_a_rule_the_canary_does_not_shift_bypasses_the_split(tmp_path):
    text = (BASE + TRACES_SPLIT + CATCH_ALL + VERSIONS + CANARY + "  routes: [traces]\n")
    results, findings = follow(text, tmp_path)
    flows = by_id(results)
    assert flows["canary/otlp-http/traces"].verdict is Verdict.WORKS
    bypassed = flows["canary/otlp-http/metrics"].breaking
    assert bypassed.code == messages.CANARY_SPLIT_BYPASSED and bypassed.path == "spec.rules[1]"
    assert "its name (otlp) is not among canary.routes (traces)" in bypassed.says
    assert ("OI2009", "HTTPRoute otlp-collector-otlp-http.otlp-system") in codes(findings)


def test_a_backend_without_pods_breaks_its_share(tmp_path):
    rules = "[{backendRefs: [{name: otlp-collector, port: 4318, weight: 9}, {name: lonely, port: 4318, weight: 1}]}]"
    lonely = """
---
apiVersion: v1
kind: Service
metadata: {name: lonely, namespace: otlp-system}
spec: {selector: {app: lonely}, ports: [{name: http, port: 4318}]}
"""
    results, _ = follow(PLAIN + http_route(", port: 4318", rules) + lonely, tmp_path)
    r = by_id(results)["apps/otlp-http/traces"]
    assert "otlp-collector port 4318 (90%), lonely port 4318 (10%)" in hop(r, "route").says
    assert r.verdict is Verdict.BROKEN and "no workload behind backend Service otlp-system/lonely" in r.breaking.says


# ---------------------------------------------------------------- parentRef ports

TRACES_ONLY = "[{matches: [{path: {value: /v1/traces}}], backendRefs: [{name: otlp-collector, port: 4318}]}]"


def test_a_route_attached_to_one_port_leaves_the_others_to_the_services_own_route(tmp_path):
    results, findings = follow(PLAIN + http_route(", port: 4318", TRACES_ONLY), tmp_path)
    flows = by_id(results)
    grpc = flows["apps/otlp-grpc/traces"]
    assert grpc.verdict is Verdict.WORKS
    assert "no HTTPRoute or GRPCRoute attaches to Service otlp-system/otlp-collector on port 4317" in hop(
        grpc, "route").says
    assert flows["apps/otlp-http/traces"].verdict is Verdict.WORKS
    assert flows["apps/otlp-http/metrics"].breaking.code == messages.FLOW_NO_GATEWAY_ROUTE
    assert flows["mesh/metrics"].verdict is Verdict.WORKS  # 8888: the Service's own route
    assert codes(findings) == {("OI2010", "HTTPRoute by-hand.otlp-system")}


def test_a_route_attached_to_the_wrong_port_routes_that_port_and_not_the_one_meant(tmp_path):
    results, findings = follow(PLAIN + http_route(", port: 4317", TRACES_ONLY), tmp_path)
    flows = by_id(results)
    assert all(flows[f"apps/otlp-http/{s}"].verdict is Verdict.WORKS for s in ("traces", "metrics", "logs"))
    grpc = flows["apps/otlp-grpc/traces"]
    assert grpc.breaking.code == messages.FLOW_NO_GATEWAY_ROUTE and "port 4317" in grpc.breaking.says
    assert codes(findings) == {("OI2010", "HTTPRoute by-hand.otlp-system")}


def test_a_route_sending_to_one_port_is_attached_to_that_port_and_the_other_otlp_port_keeps_its_own(tmp_path):
    # every destination names 4318: the HTTPRoute is attached to 4318 only (as the VirtualService's
    # routes are matched on it), and 4317 gets the catch-all again, to 4317
    text = BASE + """virtual_services:
  - hosts: [otlp-collector]
    http: [{route: [{destination: {host: otlp-collector, port: 4318}}]}]
"""
    results, findings = follow(text, tmp_path)
    flows = by_id(results)
    for group in ("apps/otlp-http", "apps/otlp-grpc"):
        for signal in ("traces", "metrics", "logs"):
            assert flows[f"{group}/{signal}"].verdict is Verdict.WORKS, flows[f"{group}/{signal}"]
    assert hop(flows["apps/otlp-grpc/traces"], "route").resource == "GRPCRoute otlp-collector-otlp-grpc.otlp-system"
    assert findings == []


def test_destinations_naming_different_ports_misroute_what_reaches_the_other_port(tmp_path):
    # attached to every port (no one port to scope it to): the metrics port and OTLP/HTTP's
    # other signals reach the OTLP/gRPC receiver
    text = BASE + """virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {prefix: /v1/traces}}]
        route: [{destination: {host: otlp-collector, port: 4318}}]
      - route: [{destination: {host: otlp-collector, port: 4317}}]
"""
    results, findings = follow(text, tmp_path)
    flows = by_id(results)
    assert flows["apps/otlp-http/traces"].verdict is Verdict.WORKS
    assert flows["apps/otlp-grpc/traces"].verdict is Verdict.WORKS
    broken = flows["apps/otlp-http/metrics"].breaking
    assert broken.code == messages.FLOW_MISROUTED and broken.path == "spec.rules[1].backendRefs[0].port"
    assert [(f.code, f.severity.value, f.resource) for f in findings] == [
        ("OI2001", "Error", "HTTPRoute otlp-collector.otlp-system")]


# ---------------------------------------------------------------- ambient: the waypoint applies them

def test_in_ambient_mode_the_waypoint_applies_the_routes(tmp_path):
    text = BASE.replace("collector_service", "data_plane: ambient\ncollector_service") + TRACES_SPLIT + CATCH_ALL \
        + VERSIONS
    results, findings = follow(text, tmp_path)
    r = by_id(results)["apps/otlp-http/traces"]
    assert r.verdict is Verdict.WORKS and "the waypoint waypoint applies the routes" in hop(r, "route").says
    assert [h.step for h in r.hops][:5] == ["service", "route", "destination-rule", "workloads", "waypoint"]
    assert findings == []


# ---------------------------------------------------------------- end to end

def test_doctor_flows_follows_every_otlp_flow_through_the_rendered_routes(cli, write_env, tmp_path, monkeypatch):
    config = write_env("gw.yaml", BASE + SPLIT + VERSIONS + CANARY)
    out = tmp_path / "dist"
    assert cli("synth", "-c", config, "--out", out).code == 0
    kinds = sorted(p.name.split("-", 1)[0] for p in (out / "gw").glob("*route-*.yaml"))
    assert kinds == ["grpcroute", "httproute", "httproute"]
    monkeypatch.chdir(tmp_path)
    r = cli("doctor", "flows", "--out", out, "-c", config, "-o", "json")
    [check] = json.loads(r.out)["checks"]
    assert (check["status"], r.code) == ("ok", 0), check
    otlp = [f for f in check["data"]["flows"] if f["group"].split("/")[-1] in ("otlp-grpc", "otlp-http")]
    assert len(otlp) == 12  # applications and the canary split, 3 signals on each OTLP port
    for f in otlp:
        route = next(h for h in f["chain"] if h["step"] == "route")
        kind = "GRPCRoute" if f["request"]["port"] == 4317 else "HTTPRoute"
        assert f["verdict"] == "works" and route["resource"].startswith(kind + " otlp-collector-otlp-"), f


# ---------------------------------------------------------------- producer and consumer routes

def test_a_route_in_the_clients_namespace_applies_to_that_namespaces_clients_only(tmp_path):
    clients = "collector: {clients: [{namespace: shop, service_account: web}, {namespace: billing, service_account: api}]}\n"
    consumer = http_route(", namespace: otlp-system, port: 4318", TRACES_ONLY).replace(
        "namespace: otlp-system}", "namespace: shop}", 1)
    results, findings = follow(PLAIN + clients + consumer, tmp_path)
    flows = by_id(results)
    shop = flows["apps-shop-web/otlp-http/metrics"]
    assert shop.breaking.code == messages.FLOW_NO_GATEWAY_ROUTE and shop.breaking.resource == "HTTPRoute by-hand.shop"
    # its backendRef has no namespace: the route's own, where no Service otlp-collector is
    traces = flows["apps-shop-web/otlp-http/traces"].breaking
    assert "Service shop/otlp-collector does not exist: Istio answers its share of the requests with 500" in traces.says
    billing = flows["apps-billing-api/otlp-http/metrics"]
    assert billing.verdict is Verdict.WORKS and "no HTTPRoute or GRPCRoute attaches" in hop(billing, "route").says
    assert codes(findings) == {("OI2010", "HTTPRoute by-hand.shop")}


def test_with_flaggers_gateway_api_provider_the_route_is_flaggers_and_not_in_the_files(tmp_path):
    text = BASE + """virtual_services:
  - hosts: [otlp-collector]
    http: [{route: [{destination: {host: otlp-collector, subset: stable, port: 4318}}]}]
""" + VERSIONS + CANARY + "  mode: flagger\n"
    results, findings = follow(text, tmp_path)
    r = by_id(results)["apps/otlp-http/traces"]
    assert r.verdict is Verdict.UNKNOWN
    assert hop(r, "route").says.startswith("Flagger generates the collector's HTTPRoute in the cluster")
    assert by_id(results)["canary/otlp-http/traces"].verdict is Verdict.UNKNOWN
    assert findings == []



def test_a_grpcroute_rule_without_matches_is_tried_after_a_regular_expression(tmp_path):
    # rule 0 takes every request, to a Service that does not exist; rule 1 matches the method Export
    # of any service, which Istio makes a regular expression: still tried first, so every signal works
    route = """
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: export-first, namespace: otlp-system}
spec:
  parentRefs: [{group: "", kind: Service, name: otlp-collector, port: 4317}]
  rules:
  - backendRefs: [{name: nowhere, port: 4317}]
  - matches: [{method: {method: Export}}]
    backendRefs: [{name: otlp-collector, port: 4317}]
"""
    results, findings = follow(PLAIN + route, tmp_path)
    flows = by_id(results)
    for signal in ("traces", "metrics", "logs"):
        r = flows[f"apps/otlp-grpc/{signal}"]
        assert r.verdict is Verdict.WORKS and hop(r, "route").path == "spec.rules[1]", signal
    assert findings == []
