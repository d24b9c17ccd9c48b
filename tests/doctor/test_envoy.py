"""doctor envoy: a hand-written v3 ConfigDump of a sidecar, with blocks of unknown types."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from otlp_istio.doctor import certs, envoy
from otlp_istio.doctor.result import Status
from otlp_istio.errors import UserError

from .pki import CA, pem

FIXTURE = Path(__file__).parent / "fixtures" / "sidecar-dump.json"


def dump_text(chain: bytes = b"", root: bytes = b"") -> str:
    return (FIXTURE.read_text().replace("@WORKLOAD_CHAIN@", base64.b64encode(chain).decode())
            .replace("@ROOT_CA@", base64.b64encode(root).decode()))


def healthy(data: dict) -> dict:
    """The fixture without the rejected listener and the plaintext v2 cluster."""
    for block in data["configs"]:
        if block["@type"].endswith("ListenersConfigDump"):
            block["dynamic_listeners"] = [x for x in block["dynamic_listeners"] if "error_state" not in x]
        if block["@type"].endswith("ClustersConfigDump"):
            block["dynamic_active_clusters"] = [c for c in block["dynamic_active_clusters"] if "|v2|" not in c["cluster"]["name"]]
    return data


def test_summary_of_listeners_clusters_routes_tracer_and_collector_mtls():
    r = envoy.check(envoy.parse_text(dump_text(), "dump.json"), collector="otlp-collector")
    d = r.data
    assert d["node"].startswith("sidecar~10.1.2.3~frontend")
    assert d["tracer"] == {"provider": "zipkin", "collector_cluster": "outbound|9411||zipkin.istio-system.svc.cluster.local",
                           "endpoint": "/api/v2/spans", "sampling_percentage": 10,
                           "custom_tags": {"cluster_name": "literal prod-cluster", "tenant": "request_header x-tenant-id"}}
    assert {c["name"]: c["tls"] for c in d["clusters"]} == {
        "prometheus_stats": "plaintext",
        "outbound|9411||zipkin.istio-system.svc.cluster.local": "auto-mtls",
        "outbound|4318|v1|otlp-collector.otlp-system.svc.cluster.local": "istio-mtls",
        "outbound|4318|v2|otlp-collector.otlp-system.svc.cluster.local": "plaintext"}
    assert [c["name"] for c in d["collector_clusters"]] == [
        "outbound|4318|v1|otlp-collector.otlp-system.svc.cluster.local",
        "outbound|4318|v2|otlp-collector.otlp-system.svc.cluster.local"]
    assert {x["name"]: x["http_routes"] for x in d["listeners"]} == {"prometheus_listener": [], "0.0.0.0_4318": ["4318"]}
    assert d["routes"][0]["virtual_hosts"][0]["routes"][0]["clusters"] == [
        {"cluster": "outbound|4318|v1|otlp-collector.otlp-system.svc.cluster.local", "weight": 90},
        {"cluster": "outbound|4318|v2|otlp-collector.otlp-system.svc.cluster.local", "weight": 10}]
    assert any("route 4318 / otlp-collector.otlp-system.svc.cluster.local:4318: prefix /v1/traces → 90 % "
               "outbound|4318|v1|" in x for x in r.details)
    # unknown blocks are skipped and said so, never a crash
    assert d["skipped_types"] == {"type.googleapis.com/envoy.admin.v3.FutureThingConfigDump": 1,
                                  "type.googleapis.com/envoy.admin.v3.ScopedRoutesConfigDump": 1}
    # the rejected listener fails the check; plaintext to the collector warns
    assert r.status is Status.FAIL
    assert any("listener 0.0.0.0_9999 was rejected by Envoy: error adding listener" in x for x in r.details)
    assert any("plaintext to the collector: outbound|4318|v2|" in x for x in r.details)
    assert len(r.next) == 2


def test_healthy_dump_is_ok_and_the_collector_defaults_to_the_tracer_cluster_host():
    r = envoy.check(envoy.parse(healthy(json.loads(dump_text()))))
    assert r.status is Status.OK, r.details
    assert r.data["collector"] == "zipkin.istio-system.svc.cluster.local"
    assert [c["tls"] for c in r.data["collector_clusters"]] == ["auto-mtls"]
    assert "tracer zipkin → outbound|9411||zipkin.istio-system.svc.cluster.local, sampling 10 %" in r.summary


def test_tracer_cluster_missing_fails_and_no_tracer_warns():
    data = healthy(json.loads(dump_text()))
    for block in data["configs"]:
        if block["@type"].endswith("ClustersConfigDump"):
            block["dynamic_active_clusters"] = block["dynamic_active_clusters"][1:]
    r = envoy.check(envoy.parse(data))
    assert r.status is Status.FAIL and "spans have nowhere to go" in " ".join(r.details)
    text = dump_text().replace('"tracing": {', '"no_tracing": {')
    r = envoy.check(envoy.parse(healthy(json.loads(text))))
    assert r.status is Status.WARN and r.data["tracer"] is None


def test_bad_input_is_a_clear_error(tmp_path):
    with pytest.raises(UserError, match="not JSON"):
        envoy.parse_text("{nope", "x.json")
    with pytest.raises(UserError, match="not an Envoy config dump"):
        envoy.parse_text('{"clusters": []}', "x.json")


def test_certificates_of_the_dump_secrets_are_checked():
    ca = CA()
    leaf = ca.issue("spiffe://cluster.local/ns/shop/sa/frontend")
    dump = envoy.parse_text(dump_text(pem(leaf, ca.cert), pem(ca.cert)), "dump.json")
    bundles = envoy.secret_bundles(dump)
    assert [b.source for b in bundles] == ["dump.json secret default (active) certificate_chain",
                                           "dump.json secret ROOTCA (active) trusted_ca"]
    r = certs.check(bundles, expected=certs.Expected(namespace="shop", service_account="frontend"))
    assert r.status is Status.OK, r.details
    r = certs.check(bundles, expected=certs.Expected(namespace="shop", service_account="backend"))
    assert r.status is Status.FAIL


def test_cli_envoy_and_certs_from_a_dump(cli, tmp_path):
    ca = CA()
    p = tmp_path / "dump.json"
    p.write_text(json.dumps(healthy(json.loads(dump_text(pem(ca.issue(), ca.cert), pem(ca.cert))))))
    res = cli("doctor", "envoy", "--config-dump", p, "-o", "json")
    assert res.code == 0, res
    [c] = json.loads(res.out)["checks"]
    assert c["id"] == "envoy" and c["data"]["tracer"]["provider"] == "zipkin"
    # the fixture's proxy runs as shop/frontend; the certificate says otlp-system/otlp-collector
    res = cli("doctor", "certs", "--config-dump", p)
    assert res.code == 1 and "wrong identity" in res.out and "ns/shop/sa/frontend" in res.out, res
    p.write_text(json.dumps(healthy(json.loads(dump_text(pem(ca.issue("spiffe://cluster.local/ns/shop/sa/frontend"),
                                                               ca.cert), pem(ca.cert))))))
    res = cli("doctor", "certs", "--config-dump", p, "-o", "json")
    assert res.code == 0, res
    [c] = json.loads(res.out)["checks"]
    assert c["data"]["expected_identity"] == "spiffe://<trust-domain>/ns/shop/sa/frontend"
    res = cli("doctor", "envoy", "--config-dump", tmp_path / "missing.json")
    assert res.code == 2 and "cannot read" in res.err


def _mutations(node, path=()):
    """Every path of the document, for replacing what is there with values of the wrong type."""
    yield path
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _mutations(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _mutations(v, path + (i,))


def test_any_field_of_an_unexpected_type_is_skipped_never_a_crash():
    base = json.loads(dump_text())
    paths = list(_mutations(base))[1:]
    assert len(paths) > 200
    for wrong in ("text", None, 7, [], {}):
        for path in paths:
            data = json.loads(dump_text())
            node = data
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = wrong
            dump = envoy.parse(data)
            envoy.check(dump, collector="otlp-collector")
            envoy.secret_bundles(dump)
            envoy.identity(dump)


def test_the_verdict_reads_the_facts_alone():
    """judge() on hand-made facts: a tracer whose cluster is missing fails, plaintext to the collector warns."""
    tracer = {"provider": "zipkin", "collector_cluster": "outbound|9411||zipkin.istio-system.svc.cluster.local",
              "endpoint": "/api/v2/spans", "sampling_percentage": 10, "custom_tags": {}}
    plain = {"name": "outbound|4317||otlp-collector.otlp-system.svc.cluster.local", "state": "active",
             "tls": "plaintext"}
    facts = envoy.Facts(node="sidecar~10.0.0.1~frontend.shop~shop.svc.cluster.local", listeners=[], clusters=[plain],
                  routes=[], tracer=tracer, tracer_settings=1, collector="otlp-collector", to_collector=[plain],
                  listener_errors=[], secrets=[], skipped={})
    verdict = envoy.judge(facts)
    assert verdict.status is Status.FAIL
    assert [d.split(":")[0] for d in verdict.details] == [
        "the tracer's collector cluster outbound|9411||zipkin.istio-system.svc.cluster.local is not among the 1 "
        "clusters", "plaintext to the collector"]
    facts.tracer = dict(tracer, collector_cluster=plain["name"])
    assert envoy.judge(facts).status is Status.WARN
