"""The helpers of config/crossref.py that the chart and the canary read, in-process: which
DestinationRule subsets and routes are the collector's, and which PeerAuthentication restates
``mtls.mode``."""
from __future__ import annotations

from otlp_istio.config.crossref import (collector_destination_rule, collector_routes, collector_subsets,
                                        is_namespace_default)
from otlp_istio.config.models import EnvironmentConfig

BASE = {"istio_version": "1.24.0", "collector_service": "otlp-collector", "namespace": "otlp-system"}


def config(**fields) -> EnvironmentConfig:
    return EnvironmentConfig.model_validate({**BASE, **fields})


def route(*hosts: str, name: str | None = None) -> dict:
    r = {"route": [{"destination": {"host": h}, "weight": 100 // len(hosts)} for h in hosts]}
    return {**r, "name": name} if name else r


def test_collector_subsets_by_version_from_the_collectors_rules_only():
    c = config(destination_rules=[
        {"host": "otlp-collector", "subsets": [{"name": "stable", "labels": {"version": "v1"}},
                                               {"name": "also-v1", "labels": {"version": "v1", "tier": "a"}},
                                               {"name": "v2", "labels": {"tier": "b"}}]},  # no version label: its name
        {"host": "otlp-collector", "namespace": "other",  # the short name in another namespace: not ours
         "subsets": [{"name": "x", "labels": {"version": "v9"}}]},
        {"host": "otlp-collector.otlp-system.svc.cluster.local", "name": "fq",
         "subsets": [{"name": "v3", "labels": {"version": "v3"}}]},
        {"host": "jaeger", "subsets": [{"name": "j", "labels": {"version": "v1"}}]},
    ])
    assert collector_subsets(c) == {"v1": ["stable", "also-v1"], "v2": ["v2"], "v3": ["v3"]}


def test_the_collectors_destination_rule_is_the_one_for_its_host():
    rules = [
        {"host": "otlp-collector", "namespace": "other"},  # the short name in another namespace: not ours
        {"host": "jaeger"},
        {"host": "otlp-collector.otlp-system.svc.cluster.local", "namespace": "other", "name": "fq"},
    ]
    assert collector_destination_rule(config(destination_rules=rules)) == 2
    assert collector_destination_rule(config(destination_rules=rules[:2])) is None


def test_flagger_mode_refuses_only_the_collectors_tcp_pool_and_only_with_the_circuit_breaker_on():
    tcp = {"connection_pool": {"tcp": {"max_connections": 10}}}
    canary = {"baseline_version": "v1", "canary_version": "v2", "mode": "flagger"}
    subsets = [{"name": v, "labels": {"version": v}} for v in ("v1", "v2")]
    found = refs(canary=canary, destination_rules=[
        {"host": "otlp-collector", "namespace": "other", "traffic_policy": tcp},
        {"host": "jaeger", "traffic_policy": tcp},
        {"host": "otlp-collector", "traffic_policy": tcp, "subsets": subsets}])
    assert [loc for loc, _ in found] == [("destination_rules", 2, "traffic_policy", "connection_pool", "tcp")]
    assert "Flagger's Canary has no connectionPool.tcp" in found[0][1]
    rules = [{"host": "otlp-collector", "traffic_policy": tcp, "subsets": subsets}]
    assert refs(canary=canary, destination_rules=rules, traffic_management={"enable_circuit_breaker": False}) == []
    assert refs(canary={**canary, "mode": "git"}, destination_rules=rules,
                virtual_services=[{"hosts": ["otlp-collector"], "http": [route("otlp-collector")]}]) == []


def test_collector_routes_are_those_whose_every_destination_is_the_collector():
    c = config(virtual_services=[
        {"hosts": ["otlp-collector"], "http": [route("otlp-collector", name="main"), route("otlp-collector")]},
        {"hosts": ["mixed"], "http": [route("otlp-collector", "jaeger", name="half"), route("jaeger", name="other")]},
        {"hosts": ["elsewhere"], "namespace": "other", "http": [route("otlp-collector", name="short-in-other")]},
        {"hosts": ["q"], "namespace": "other", "http": [route("otlp-collector.otlp-system", name="dotted")]},
        {"hosts": ["fq"], "namespace": "other",
         "http": [route("otlp-collector.otlp-system.svc.cluster.local", name="fq")]},
    ])
    # 'otlp-collector.otlp-system' is taken as written by Istio, so it is not the collector's FQDN
    assert collector_routes(c) == [(0, 0, "main"), (0, 1, ""), (4, 0, "fq")]


def test_is_namespace_default_only_for_the_namespace_wide_policy_of_mtls_mode():
    c = config(mtls={"mode": "STRICT"})
    pa = {"name": "default", "mode": "STRICT"}
    assert is_namespace_default(_pa(pa), c)
    assert is_namespace_default(_pa({**pa, "namespace": "otlp-system"}), c)
    assert not is_namespace_default(_pa({**pa, "namespace": "other"}), c)
    assert not is_namespace_default(_pa({**pa, "mode": "PERMISSIVE"}), c)
    assert not is_namespace_default(_pa({**pa, "selector": {"match_labels": {"app": "a"}}}), c)
    assert not is_namespace_default(_pa({**pa, "namespace": "other", "selector": {"match_labels": {"app": "a"}}}), c)


def _pa(fields: dict):
    from otlp_istio.config.models import PeerAuthentication
    return PeerAuthentication.model_validate(fields)


def test_a_name_taken_from_a_wildcard_host_is_refused_at_the_name_field():
    from otlp_istio.config.crossref import check_references
    rule = "(a name must be an RFC 1123 subdomain: lower-case letters, digits, '-' and '.')"
    c = config(virtual_services=[{"hosts": ["*.example.com"], "http": [route("a")]},
                                 {"hosts": ["*.example.com"], "name": "wild", "http": [route("a")]}],
               destination_rules=[{"host": "*.example.com"}, {"host": "*.example.org", "name": "wild"}])
    assert list(check_references(c)) == [
        (("virtual_services", 0, "name"),
         f"no name given and the first host '*.example.com' gives no valid one; set name {rule}"),
        (("destination_rules", 0, "name"),
         f"no name given and the host '*.example.com' gives no valid one; set name {rule}")]


SELECTOR = {"match_labels": {"app": "a"}}
FQ = "otlp-collector.otlp-system.svc.cluster.local"


def dest(host: str, subset: str | None = None, port: int | None = None, name: str | None = None) -> dict:
    d = {"host": host, **({"subset": subset} if subset else {}), **({"port": port} if port else {})}
    return {"route": [{"destination": d}], **({"name": name} if name else {})}


def _subsets(name: str, *more: str) -> list[dict]:
    return [{"name": n, "labels": {"v": str(i)}} for i, n in enumerate((name, *more))]


def refs(**fields) -> list:
    from otlp_istio.config.crossref import check_references
    return list(check_references(config(**fields)))


def test_names_defined_twice_in_one_namespace_of_one_kind():
    assert refs(
        virtual_services=[{"hosts": ["api"], "http": [dest("api")]},
                          {"hosts": ["api.other"], "http": [dest("api")]},  # named after the first label
                          {"hosts": ["x"], "name": "api", "namespace": "otlp-system", "http": [dest("api")]},
                          {"hosts": ["x"], "name": "api", "namespace": "other", "http": [dest("api")]}],
        destination_rules=[{"host": "api", "subsets": _subsets("a", "b", "a")},
                           {"host": "api.otlp-system.svc.cluster.local", "name": "api2"},
                           {"host": "db", "name": "api"},
                           {"host": "db2", "name": "api", "namespace": "other"}],
        peer_authentications=[{"name": "p", "mode": "STRICT", "selector": SELECTOR},
                              {"name": "p", "mode": "STRICT", "selector": SELECTOR},
                              {"name": "p", "mode": "STRICT", "namespace": "other", "selector": SELECTOR}],
        authorization_policies=[{"name": "p"}, {"name": "p", "namespace": "otlp-system"}, {"name": "p", "namespace": "x"}],
    ) == [
        (("virtual_services", 1, "name"),
         "VirtualService 'api' is defined twice (also virtual_services[0]); give one of them another name"),
        (("virtual_services", 2, "name"),
         "VirtualService 'api' is defined twice (also virtual_services[1]); give one of them another name"),
        (("destination_rules", 2, "name"),
         "DestinationRule 'api' is defined twice (also destination_rules[0]); give one of them another name"),
        (("destination_rules", 0, "subsets", 2, "name"), "subset 'a' is defined twice in this DestinationRule"),
        (("destination_rules", 1, "host"),
         "host 'api.otlp-system.svc.cluster.local' already has a DestinationRule (destination_rules[0]); "
         "Istio merges them unpredictably: put all subsets and policies in one"),
        (("peer_authentications", 1, "name"), "'p' is defined twice in namespace 'otlp-system' (also peer_authentications[0])"),
        (("authorization_policies", 1, "name"),
         "'p' is defined twice in namespace 'otlp-system' (also authorization_policies[0])")]


def test_routed_subsets_and_collector_ports_must_exist():
    assert refs(
        virtual_services=[{"hosts": ["a"], "http": [dest("jaeger.tracing", subset="v1"), dest("db", subset="v1"),
                                                    dest("api", subset="v9"), dest("api", subset="v1"),
                                                    dest("otlp-collector", port=9999), dest("otlp-collector", port=4317),
                                                    dest("other", port=9999)]},
                          {"hosts": ["b"], "namespace": "other",
                           "http": [dest("api", subset="v1"), dest("otlp-collector", port=1)]}],
        destination_rules=[{"host": "api", "subsets": _subsets("v1", "v0")}, {"host": "empty.x", "name": "e"}],
    ) == [
        (("virtual_services", 0, "http", 0, "route", 0, "destination", "subset"),
         "subset 'v1' of host 'jaeger.tracing': no DestinationRule in this file has host 'jaeger.tracing' "
         "(jaeger.tracing); add one with that subset under destination_rules; note: Istio reads 'jaeger.tracing' "
         "as a fully qualified name, not as name.namespace: for the Service jaeger in namespace tracing write "
         "jaeger.tracing.svc.cluster.local"),
        (("virtual_services", 0, "http", 1, "route", 0, "destination", "subset"),
         "subset 'v1' of host 'db': no DestinationRule in this file has host 'db' (db.otlp-system.svc.cluster.local); "
         "add one with that subset under destination_rules"),
        (("virtual_services", 0, "http", 2, "route", 0, "destination", "subset"),
         "subset 'v9' is not defined by the DestinationRule for api.otlp-system.svc.cluster.local (its subsets: v0, v1)"),
        (("virtual_services", 1, "http", 0, "route", 0, "destination", "subset"),
         "subset 'v1' of host 'api': no DestinationRule in this file has host 'api' (api.other.svc.cluster.local); "
         "add one with that subset under destination_rules"),
        (("virtual_services", 0, "http", 4, "route", 0, "destination", "port"),
         "the collector Service 'otlp-collector' does not expose port 9999; its ports: otlp-grpc (4317), "
         "otlp-http (4318), metrics (8888)")]
    # a DestinationRule without subsets: 'none'
    assert refs(virtual_services=[{"hosts": ["a"], "http": [dest("e.x", subset="v1")]}],
                destination_rules=[{"host": "e.x", "name": "e"}]) == [
        (("virtual_services", 0, "http", 0, "route", 0, "destination", "subset"),
         "subset 'v1' is not defined by the DestinationRule for e.x (its subsets: none)")]


def test_a_least_request_choice_count_other_than_2_is_refused():
    assert refs(destination_rules=[
        {"host": "a", "traffic_policy": {"load_balancer": {"least_request": {"choice_count": 3}}}},
        {"host": "b", "traffic_policy": {"load_balancer": {"least_request": {"choice_count": 2}}}},
        {"host": "c", "traffic_policy": {"load_balancer": "random"}}, {"host": "d", "traffic_policy": {}},
        {"host": "e"}]) == [
        (("destination_rules", 0, "traffic_policy", "load_balancer", "least_request", "choice_count"),
         "Istio cannot set a least-request choice count: its LEAST_REQUEST always uses Envoy's default of 2 "
         "(power of two choices); remove choice_count or set it to 2 (got 3)")]


def test_peer_authentications_that_clash_with_mtls_mode():
    assert refs(mtls={"mode": "STRICT"}, peer_authentications=[
        {"name": "default", "mode": "STRICT", "selector": SELECTOR},
        {"name": "default", "mode": "STRICT", "namespace": "other"},
        {"name": "default", "mode": "STRICT", "namespace": "other", "selector": SELECTOR},
        {"name": "ns-wide", "mode": "PERMISSIVE"},
        {"name": "default", "mode": "STRICT"},
        {"name": "again", "mode": "STRICT", "namespace": "otlp-system"}]) == [
        (("peer_authentications", 2, "name"), "'default' is defined twice in namespace 'other' (also peer_authentications[1])"),
        (("peer_authentications", 4, "name"),
         "'default' is defined twice in namespace 'otlp-system' (also peer_authentications[0])"),
        (("peer_authentications", 0, "name"),
         "'default' is the namespace-wide PeerAuthentication rendered from mtls.mode; give this workload policy "
         "another name"),
        (("peer_authentications", 3, "mode"),
         "a namespace-wide PeerAuthentication for 'otlp-system' says PERMISSIVE but mtls.mode says STRICT; set the "
         "mode once, in mtls.mode, or add a selector (match_labels)"),
        (("peer_authentications", 5, "name"),
         "mtls.mode already renders the namespace-wide PeerAuthentication 'default' for 'otlp-system'; Istio applies "
         "only the oldest of several, so remove this one or add a selector (match_labels)")]


def test_the_tracing_namespace_given_twice_must_agree():
    def tracing(url: str) -> dict:
        return {"zipkin_endpoint": url, "endpoint_namespace": "obs"}
    assert refs(tracing=tracing("http://jaeger.tracing:9411/api/v2/spans")) == [
        (("tracing", "endpoint_namespace"),
         "'obs' contradicts the namespace 'tracing' of the zipkin_endpoint host 'jaeger.tracing'; "
         "give the namespace in one place")]
    assert refs(tracing=tracing("http://jaeger.obs:9411/api/v2/spans")) == []
    assert refs(tracing=tracing("http://jaeger:9411/api/v2/spans")) == []


def test_the_canary_needs_a_subset_per_version_and_named_collector_routes():
    assert refs(canary={"baseline_version": "v1", "canary_version": "v2", "routes": ["main", "nope"]},
                destination_rules=[{"host": "otlp-collector",
                                    "subsets": [{"name": "stable", "labels": {"version": "v1"}},
                                                {"name": "v3", "labels": {"x": "y"}}]}],
                virtual_services=[{"hosts": ["otlp-collector"],
                                   "http": [dest("otlp-collector", name="main"), dest("otlp-collector", name="b"),
                                            dest("otlp-collector")]}]) == [
        (("canary", "canary_version"),
         f"no subset of the collector's DestinationRule ({FQ}) selects version 'v2' (its subsets: stable (version v1), "
         "v3 (version v3)), so no Deployment runs it; add one, e.g. {name: v2, labels: {version: v2}}"),
        (("canary", "routes", 1), "no collector route is named 'nope' (named collector routes: b, main)")]


def test_a_canary_without_subsets_or_routes():
    def missing(key: str, version: str):
        return (("canary", key), f"no subset of the collector's DestinationRule ({FQ}) selects version {version!r} "
                                 f"(its subsets: none), so no Deployment runs it; add one, e.g. "
                                 f"{{name: {version}, labels: {{version: {version}}}}}")
    no_routes = (("canary",), f"no VirtualService route goes to the collector ({FQ}): the canary has no traffic to "
                              "shift; add one under virtual_services")
    canary = {"baseline_version": "v1", "canary_version": "v2"}
    assert refs(canary=canary) == [missing("baseline_version", "v1"), missing("canary_version", "v2"), no_routes]
    # Flagger finds the traffic itself; named routes are checked all the same
    assert refs(canary={**canary, "mode": "flagger", "routes": ["r"]}) == [
        missing("baseline_version", "v1"), missing("canary_version", "v2"),
        (("canary", "routes", 0), "no collector route is named 'r' (named collector routes: none)")]


def test_names_after_a_refused_one_are_still_checked_and_the_default_namespace_is_the_files():
    found = refs(
        virtual_services=[{"hosts": ["*.example.com"], "http": [dest("a")]},
                          {"hosts": ["a"], "name": "x", "http": [dest("a")]},
                          {"hosts": ["a"], "name": "x", "http": [dest("a")]}],
        destination_rules=[{"host": "*.example.com"},
                           {"host": "a", "name": "n1"},
                           {"host": "b", "name": "n1", "namespace": "otlp-system"}])
    assert [loc for loc, _ in found[::2]] == [("virtual_services", 0, "name"), ("destination_rules", 0, "name")]
    assert found[1::2] == [
        (("virtual_services", 2, "name"),
         "VirtualService 'x' is defined twice (also virtual_services[1]); give one of them another name"),
        (("destination_rules", 2, "name"),
         "DestinationRule 'n1' is defined twice (also destination_rules[1]); give one of them another name")]
