"""Each flow an environment implies, once working and once broken, through the hop that decides it.

GIVEN an environment file (rendered in memory), WHEN its flows are followed, THEN the flow's
verdict and the deciding hop are what Istio would do; the Istio source that shows a subtle case
is named beside it.
"""
from __future__ import annotations

import pytest

from otlp_istio import messages
from otlp_istio.flows import Verdict

from .examples import follow

HEAD = """istio_version: "1.24.0"
collector_service: otlp-collector
namespace: otlp-system
"""
BASE = HEAD + "tracing: {enabled: false}\n"


def flows_of(text, tmp_path, base=BASE):
    results, findings = follow(base + text, tmp_path)
    return {r.flow.id: r for r in results}, findings


# ---------------------------------------------------------------- applications → collector

def test_applications_reach_each_receiver_for_each_signal_the_pipelines_take(tmp_path):
    flows, findings = flows_of("collector: {exporters: {traces-only: {type: debug, signals: [traces]}}}\n", tmp_path)
    otlp = sorted(fid for fid in flows if "/otlp-" in fid)
    assert otlp == ["apps/otlp-grpc/traces", "apps/otlp-http/traces"]  # only the traces pipeline exists
    assert all(flows[f].verdict is Verdict.WORKS for f in otlp) and findings == []
    steps = [h.step for h in flows["apps/otlp-grpc/traces"].hops]
    assert steps == ["service", "route", "destination-rule", "workloads", "peer-authentication", "authorization"]


def test_named_clients_are_followed_with_their_identity(tmp_path):
    text = """collector:
  clients:
    - {namespace: shop, service_account: frontend}
    - {namespace: batch, service_account: jobs}
authorization_policies:
  - name: only-shop
    selector: {match_labels: {app: otlp-collector}}
    rules:
      - from: [{principals: [cluster.local/ns/shop/sa/frontend]}]
        to: [{ports: ["4317", "4318"]}]
      - to: [{ports: ["8888"]}]
"""
    flows, findings = flows_of(text, tmp_path)
    assert flows["apps-shop-frontend/otlp-grpc/traces"].verdict is Verdict.WORKS
    hop = flows["apps-batch-jobs/otlp-grpc/traces"].breaking
    assert hop.code == messages.FLOW_DENIED and "cluster.local/ns/batch/sa/jobs" in hop.says
    assert [f.code for f in findings] == ["OI2005"]


def test_a_client_outside_the_mesh_is_refused_by_strict_and_admitted_by_permissive(tmp_path):
    clients = "collector: {clients: [{namespace: legacy, in_mesh: false}]}\nprometheus: {enabled: false}\n"
    flows, findings = flows_of(clients + "mtls: {mode: STRICT}\n", tmp_path)
    hop = flows["apps-legacy/otlp-http/traces"].breaking
    assert hop.step == "peer-authentication" and "plaintext" in hop.says
    # the receivers are the compiler's, STRICT is the file's choice for them: a warning, not an error
    assert {f.code for f in findings} == {"OI2004"}
    flows, findings = flows_of(clients + "mtls: {mode: PERMISSIVE}\n", tmp_path)
    assert flows["apps-legacy/otlp-http/traces"].verdict is Verdict.WORKS and findings == []


def test_a_destination_rule_sending_plaintext_to_a_strict_collector_breaks_the_applications_flows(tmp_path):
    # cluster_tls.go buildUpstreamTLSSettings: DISABLE is taken as the user wrote it (no auto mTLS).
    text = """mtls: {mode: STRICT}
destination_rules:
  - host: otlp-collector
    traffic_policy: {tls: {mode: DISABLE}}
"""
    try:
        flows, findings = flows_of(text, tmp_path)
    except Exception as exc:  # the environment file may not offer tls on a DestinationRule
        pytest.skip(f"no DestinationRule tls in the environment file: {exc}")
    hop = flows["apps/otlp-grpc/traces"].breaking
    assert hop.step == "peer-authentication" and "plaintext" in hop.says


# ---------------------------------------------------------------- Prometheus → metrics

def test_the_scrape_works_under_permissive_and_in_the_mesh_with_certificate_sharing(tmp_path):
    flows, findings = flows_of("mtls: {mode: PERMISSIVE}\n", tmp_path)
    scrape = flows["prometheus/scrape"]
    assert scrape.verdict is Verdict.WORKS and scrape.hops[0].step == "scrape"
    assert "no route applies" in scrape.hops[0].says
    flows, findings = flows_of("mtls: {mode: STRICT}\nprometheus: {location: in-mesh}\n", tmp_path)
    scrape = flows["prometheus/scrape"]
    assert scrape.verdict is Verdict.WORKS and "certificate sharing" in scrape.hops[0].says
    assert findings == []


def test_an_in_mesh_prometheus_is_matched_by_its_identity(tmp_path):
    text = """prometheus: {location: in-mesh, namespace: monitoring, service_account: prometheus}
authorization_policies:
  - name: scrape
    selector: {match_labels: {app: otlp-collector}}
    rules:
      - from: [{namespaces: [monitoring]}]
        to: [{ports: ["8888"]}]
      - to: [{ports: ["4317", "4318"]}]
"""
    flows, _ = flows_of(text, tmp_path)
    assert flows["prometheus/scrape"].verdict is Verdict.WORKS
    flows, _ = flows_of(text.replace("[monitoring]", "[observability]"), tmp_path)
    assert flows["prometheus/scrape"].breaking.code == messages.FLOW_DENIED


def test_metrics_through_the_service_keep_their_port_unless_a_route_moves_them(tmp_path):
    flows, _ = flows_of("", tmp_path)
    assert flows["mesh/metrics"].verdict is Verdict.WORKS
    flows, _ = flows_of("""virtual_services:
  - hosts: [otlp-collector]
    http: [{route: [{destination: {host: otlp-collector, port: 4318}}]}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: otlp-collector, namespace: otlp-system}
spec:
  hosts: [otlp-collector]
  http: [{route: [{destination: {host: otlp-collector, port: {number: 4318}}}]}]
""", tmp_path)
    assert flows["mesh/metrics"].breaking.code == messages.FLOW_MISROUTED


# ---------------------------------------------------------------- proxies → tracing backend, access logs

TRACING = """tracing: {{enabled: true, zipkin_endpoint: "http://jaeger.observability:{port}/api/v2/spans"}}
external_services:
  - name: jaeger
    namespace: observability
    ports: [{{name: http-zipkin, port: 9411}}]
    selector: {{app: jaeger}}
    versions: [v1]
"""


def test_the_proxies_reach_a_declared_tracing_backend_through_its_cluster(tmp_path):
    flows, findings = flows_of(TRACING.format(port=9411), tmp_path, HEAD)
    tracing = flows["proxies/tracing"]
    assert tracing.verdict is Verdict.WORKS, [h.says for h in tracing.hops]
    # telemetry_logging.go LookupCluster: the tracer uses outbound|9411||<host>, not a route
    assert "routes do not apply" in tracing.hops[1].says
    flows, findings = flows_of(TRACING.format(port=14268), tmp_path, HEAD)
    assert flows["proxies/tracing"].breaking.code == messages.FLOW_PORT_NOT_SERVED
    assert [(f.code, f.path) for f in findings] == [("OI2008", "tracing.zipkin_endpoint")]


def test_a_tracing_backend_not_in_the_files_is_not_decidable(tmp_path):
    flows, findings = flows_of('tracing: {zipkin_endpoint: "http://jaeger.observability:9411"}\n', tmp_path, HEAD)
    assert flows["proxies/tracing"].verdict is Verdict.UNKNOWN and findings == []
    assert "external_services" in flows["proxies/tracing"].hops[0].fix


def test_spans_to_the_collectors_own_zipkin_receiver_are_the_compilers_flow(tmp_path):
    text = 'tracing: {enabled: true, zipkin_endpoint: "http://otlp-collector:9411/api/v2/spans"}\n'
    flows, findings = flows_of(text, tmp_path, HEAD)
    tracing = flows["proxies/tracing"]
    assert tracing.flow.by_compiler and tracing.verdict is Verdict.WORKS and findings == []


def test_access_logs_of_the_built_in_provider_need_no_network(tmp_path):
    text = "tracing: {mesh_config: external}\naccess_logs: {providers: [envoy, otel-als]}\n"
    flows, _ = flows_of(text, tmp_path, HEAD)
    assert flows["proxies/access-logs/envoy"].verdict is Verdict.WORKS
    assert flows["proxies/access-logs/otel-als"].verdict is Verdict.UNKNOWN


# ---------------------------------------------------------------- collector → exporters

EXPORT = 'collector: {exporters: {vendor: {type: otlphttp, endpoint: "https://otlp.example.com"}}}\n'


@pytest.mark.parametrize("policy, verdict", [("", Verdict.WORKS), ("ALLOW_ANY", Verdict.WORKS),
                                             ("REGISTRY_ONLY", Verdict.BROKEN)])
def test_an_exporter_outside_the_mesh_under_the_outbound_policy(policy, verdict, tmp_path):
    text = EXPORT + (f"outbound_traffic_policy: {policy}\n" if policy else "")
    flows, findings = flows_of(text, tmp_path)
    export = flows["collector/export/vendor"]
    assert export.verdict is verdict
    # httproute.go buildCatchAllVirtualHost: PassthroughCluster under ALLOW_ANY, BlackHole otherwise
    assert ("BlackHole" if verdict is Verdict.BROKEN else "PassthroughCluster") in export.hops[-1].says
    assert [f.code for f in findings] == (["OI2006"] if verdict is Verdict.BROKEN else [])


def test_the_mesh_configs_outbound_policy_counts_when_the_file_sets_none(tmp_path):
    mesh = """
---
apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
    outboundTrafficPolicy: {mode: REGISTRY_ONLY}
"""
    flows, _ = flows_of(EXPORT + mesh, tmp_path)
    assert flows["collector/export/vendor"].verdict is Verdict.BROKEN


def test_a_service_entry_admits_the_exporters_backend_under_registry_only(tmp_path):
    text = EXPORT + """outbound_traffic_policy: REGISTRY_ONLY
service_entries:
  - hosts: [otlp.example.com]
    ports: [{number: 443, name: https, protocol: HTTPS}]
"""
    flows, findings = flows_of(text, tmp_path)
    assert flows["collector/export/vendor"].verdict is Verdict.WORKS and findings == []


def test_an_exporters_own_tls_to_a_grpc_port_of_the_mesh_fails(tmp_path):
    backend = """external_services:
  - {name: tempo, namespace: observability, ports: [{name: grpc, port: 4317}]}
"""
    flows, findings = flows_of(backend + 'collector: {exporters: {tempo: {type: otlp, endpoint: '
                               '"tempo.observability:4317"}}}\n', tmp_path)
    assert flows["collector/export/tempo"].breaking.code == messages.FLOW_TLS_TO_HTTP_PORT
    flows, findings = flows_of(backend + 'collector: {exporters: {tempo: {type: otlp, endpoint: '
                               '"tempo.observability:4317", tls: {insecure: true}}}}\n', tmp_path)
    # the backend's pods are not in the files: what happens at them is not known, nothing is wrong
    assert flows["collector/export/tempo"].verdict is Verdict.UNKNOWN and findings == []


# ---------------------------------------------------------------- the canary split

CANARY = """virtual_services:
  - hosts: [otlp-collector]
    http: [{route: [{destination: {host: otlp-collector, subset: v1}}]}]
destination_rules:
  - host: otlp-collector
    subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]
canary: {baseline_version: v1, canary_version: v2}
"""


def test_the_canary_shifts_every_otlp_request(tmp_path):
    flows, findings = flows_of(CANARY, tmp_path)
    canary = [r for fid, r in flows.items() if fid.startswith("canary/")]
    assert len(canary) == 6 and all(r.verdict is Verdict.WORKS for r in canary) and findings == []
    assert canary[0].hops[-1].step == "canary"


def test_a_canary_in_flagger_mode_is_flaggers_to_decide(tmp_path):
    flows, _ = flows_of(CANARY.replace("canary_version: v2}", "canary_version: v2, mode: flagger}"), tmp_path)
    assert {r.verdict for fid, r in flows.items() if fid.startswith("canary/")} == {Verdict.UNKNOWN}
    assert flows["apps/otlp-grpc/traces"].verdict is Verdict.UNKNOWN  # Flagger's VirtualService is not rendered


def test_requests_no_shifted_route_carries_bypass_the_canary(tmp_path):
    text = CANARY.replace("canary_version: v2}", "canary_version: v2, routes: [traces]}")
    text = text.replace("http: [{route:", "http: [{name: rest, route:")
    try:
        flows, findings = flows_of(text, tmp_path)
    except Exception as exc:  # canary.routes must name a route: the file check refuses it
        assert "traces" in str(exc)
        return
    assert flows["canary/otlp-grpc/traces"].breaking.code == messages.CANARY_SPLIT_BYPASSED
