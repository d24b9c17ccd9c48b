"""The routing hop (``flows/routing.py``) on hand-written VirtualServices: which route a sidecar
gives a request on each port of the host.

``pilot/pkg/networking/core/route/route.go``: ``TranslateRoute`` leaves out a route whose ``port``
match is another port; ``buildSidecarVirtualHostsForVirtualService`` returns nothing for a port no
route is left on, and ``BuildSidecarVirtualHostWrapper`` then gives that port the Service's own
route; routes are built only for HTTP (or sniffed) ports.
"""
from __future__ import annotations

from otlp_istio.flows import Verdict

from .examples import TCP_GRPC_SERVICE, follow

BASE = """istio_version: "1.24.0"
collector_service: otlp-collector
namespace: otlp-system
tracing: {enabled: false}
"""


def vs(http: str, **extra: str) -> str:
    more = "".join(f"  {k}: {v}\n" for k, v in extra.items())
    return f"""
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {{name: otlp-collector, namespace: otlp-system}}
spec:
  hosts: [otlp-collector]
{more}  http: {http}
"""


def route_hop(results, fid):
    r = {x.flow.id: x for x in results}[fid]
    return r, next(h for h in r.hops if h.step == "route")


def test_routes_matched_on_a_port_leave_the_other_ports_to_the_services_own_route(tmp_path):
    text = BASE + vs("[{match: [{port: 4318}], route: [{destination: {host: otlp-collector, port: {number: 4318}}}]}]")
    results, findings = follow(text, tmp_path)
    r, hop = route_hop(results, "apps/otlp-grpc/traces")
    assert r.verdict is Verdict.WORKS and "no route for port 4317: the Service's own route" in hop.says
    r, hop = route_hop(results, "apps/otlp-http/traces")
    assert r.verdict is Verdict.WORKS and "route 0 (match 0)" in hop.says
    assert findings == []


def test_http_routes_do_not_apply_on_a_tcp_port(tmp_path):
    text = BASE + vs("[{route: [{destination: {host: otlp-collector, port: {number: 4318}}}]}]") + TCP_GRPC_SERVICE
    results, _ = follow(text, tmp_path)
    r, hop = route_hop(results, "apps/otlp-grpc/traces")
    assert r.verdict is Verdict.WORKS and "TCP to Istio: HTTP routes do not apply" in hop.says
    assert route_hop(results, "mesh/metrics")[0].verdict is Verdict.BROKEN  # 8888 is HTTP: the route takes it


def test_a_virtual_service_bound_to_a_gateway_only_does_not_route_the_mesh(tmp_path):
    text = BASE + vs("[{route: [{destination: {host: otlp-collector, port: {number: 4318}}}]}]",
                     gateways="[istio-system/ingress]")
    results, _ = follow(text, tmp_path)
    r, hop = route_hop(results, "apps/otlp-grpc/traces")
    assert r.verdict is Verdict.WORKS and "no VirtualService" in hop.says


def test_a_header_match_leaves_the_flow_undecided(tmp_path):
    text = BASE + vs("[{match: [{headers: {x-tenant: {exact: a}}}], route: [{destination: {host: otlp-collector}}]}]")
    results, findings = follow(text, tmp_path)
    r, hop = route_hop(results, "apps/otlp-http/traces")
    assert r.verdict is Verdict.UNKNOWN and "headers" in hop.says and findings == []
