"""Flows in ambient mode (``flows/ambient.py``): the waypoint decides L7 with the sender's identity,
ztunnel decides L4 with the waypoint's; requests to pod addresses pass no waypoint.

Istio's sources: ``pilot/pkg/model/policyattachment.go`` (a waypoint applies the policies whose
``targetRefs`` name its Service or itself, never ``selector`` ones),
``pilot/pkg/serviceregistry/ambient/authorization.go`` (ztunnel's PeerAuthentication, port-level
modes included), ``pilot/pkg/security/authz/model/model.go`` (HTTP attributes on L4).
"""
from __future__ import annotations

from otlp_istio import messages
from otlp_istio.flows import Verdict

from .examples import follow

AMBIENT = """istio_version: "1.24.0"
data_plane: ambient
collector_service: otlp-collector
namespace: otlp-system
tracing: {enabled: false}
"""


def by_id(results):
    return {r.flow.id: r for r in results}


def test_the_waypoint_decides_l7_with_the_senders_identity_and_ztunnel_sees_the_waypoint(tmp_path):
    text = AMBIENT + """collector: {clients: [{namespace: shop, service_account: web}]}
authorization_policies:
  - name: traces-only
    selector: {match_labels: {app: otlp-collector}}
    rules: [{from: [{principals: [cluster.local/ns/shop/sa/web]}], to: [{methods: [POST], paths: [/v1/traces]}]}]
"""
    results, findings = follow(text, tmp_path)
    flows = by_id(results)
    http = flows["apps-shop-web/otlp-http/traces"]
    assert http.verdict is Verdict.WORKS
    hop = next(h for h in http.hops if h.step == "waypoint")
    assert "traces-only" in hop.says and "reaches ztunnel as cluster.local/ns/otlp-system/sa/waypoint" in hop.says
    grpc = flows["apps-shop-web/otlp-grpc/traces"]
    assert (grpc.breaking.step, grpc.breaking.code) == ("waypoint", messages.FLOW_DENIED)
    assert {f.code for f in findings} == {"OI2005"}


def test_the_scrape_to_the_pods_passes_no_waypoint_and_meets_ztunnels_l4_view(tmp_path):
    text = AMBIENT + """mtls: {mode: STRICT}
authorization_policies:
  - name: traces-only
    selector: {match_labels: {app: otlp-collector}}
    rules: [{to: [{methods: [POST], paths: [/v1/traces]}]}]
"""
    results, _ = follow(text, tmp_path)
    scrape = by_id(results)["prometheus/scrape"]
    assert scrape.hops[1].step == "waypoint" and "addressed to the pods" in scrape.hops[1].says
    # the port-level PERMISSIVE lets the plaintext scrape through ztunnel; the L7 policy is the waypoint's,
    # and ztunnel's copy admits the waypoint only: the scrape, which passes none, is refused
    assert scrape.breaking.step == "authorization" and scrape.breaking.code == messages.FLOW_DENIED
    results, findings = follow(text.replace("mtls: {mode: STRICT}\n", "mtls: {mode: STRICT}\n"
                                            "prometheus: {scrape_policy: true}\n"), tmp_path)
    assert by_id(results)["prometheus/scrape"].verdict is Verdict.WORKS  # the scrape rule, on the port, at ztunnel
