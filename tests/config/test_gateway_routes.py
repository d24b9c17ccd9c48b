"""routing: gateway-api as data (config/gateway_routes.py): which routes, kinds, ports, backends and
version Services the collector's VirtualService becomes, and every refusal with its field and reason."""
from __future__ import annotations

import pytest

from otlp_istio.config.gateway_checks import path_problem, problems
from otlp_istio.config.gateway_routes import (CATCH_ALL, EXACT, GRPC_ROUTE, HTTP_ROUTE, PATH_PREFIX, REGEX, Backend,
                                              Match, plan)
from otlp_istio.config.models import EnvironmentConfig

BASE = {"istio_version": "1.30.0", "collector_service": "otlp-collector", "namespace": "otlp-system",
        "routing": "gateway-api"}
SUBSETS = {"host": "otlp-collector", "subsets": [{"name": "stable", "labels": {"version": "v1"}},
                                                 {"name": "canary", "labels": {"version": "v2"}}]}


def config(**fields) -> EnvironmentConfig:
    return EnvironmentConfig.model_validate({**BASE, "destination_rules": [SUBSETS], **fields})


def split(port: int | None = None, **extra) -> dict:
    dest = [{"destination": {"host": "otlp-collector", "subset": s, **({"port": port} if port else {})},
             "weight": w} for s, w in (("stable", 90), ("canary", 10))]
    return {"route": dest, **extra}


def vs(*http: dict, **extra) -> list[dict]:
    return [{"hosts": ["otlp-collector"], "http": list(http), **extra}]


def refused(**fields) -> list[tuple[tuple, str]]:
    return problems(config(**fields))


# ------------------------------------------------------------------ the plan

def test_virtual_service_routing_plans_nothing():
    c = config(routing="virtual-service", virtual_services=vs(split()))
    assert plan(c).routes == () and plan(c).services == () and problems(c) == []


def test_destinations_without_a_port_give_one_route_per_service_port():
    p = plan(config(virtual_services=vs(split())))
    assert [(r.kind, r.name, r.port) for r in p.routes] == [
        (GRPC_ROUTE, "otlp-collector-otlp-grpc", 4317), (HTTP_ROUTE, "otlp-collector-otlp-http", 4318),
        (HTTP_ROUTE, "otlp-collector-metrics", 8888)]
    grpc = p.routes[0]
    assert grpc.service == "otlp-collector" and grpc.namespace == "otlp-system"
    assert grpc.rules[0].backends == (Backend("otlp-collector-v1", "otlp-system", 4317, 90, "v1"),
                                      Backend("otlp-collector-v2", "otlp-system", 4317, 10, "v2"))
    assert p.converted == frozenset({0})


def test_destinations_naming_one_port_give_a_route_attached_to_that_port_and_the_catch_all_on_the_other():
    p = plan(config(virtual_services=vs(split(4318, timeout="30s"))))
    assert [(r.kind, r.name, r.port) for r in p.routes] == [
        (HTTP_ROUTE, "otlp-collector-otlp-http", 4318), (HTTP_ROUTE, "otlp-collector-otlp-grpc", 4317)]
    rule = p.routes[0].rules[0]
    assert rule.timeout == "30s" and {b.port for b in rule.backends} == {4318}
    # the catch-all again on 4317, to 4317, weights and all (an HTTPRoute: a GRPCRoute has no timeout)
    again = p.routes[1].rules[0]
    assert again.timeout == "30s" and again.source == ("virtual_services", 0, "http", 0)
    assert again.backends == (Backend("otlp-collector-v1", "otlp-system", 4317, 90, "v1"),
                              Backend("otlp-collector-v2", "otlp-system", 4317, 10, "v2"))


def test_the_other_otlp_port_gets_no_route_without_a_catch_all():
    p = plan(config(virtual_services=vs(split(4318, match_rules=[{"uri": {"prefix": "/v1/traces"}}]))))
    assert [(r.name, r.port) for r in p.routes] == [("otlp-collector-otlp-http", 4318)]


def test_destinations_naming_different_ports_give_one_route_for_every_port():
    p = plan(config(virtual_services=vs(split(4318, match_rules=[{"uri": {"prefix": "/v1/traces"}}]), split(4317))))
    assert [(r.kind, r.name, r.port) for r in p.routes] == [(HTTP_ROUTE, "otlp-collector", None)]
    assert [{b.port for b in r.backends} for r in p.routes[0].rules] == [{4318}, {4317}]


def test_a_single_destination_keeps_no_weight_and_no_subset_goes_to_the_collector_service():
    p = plan(config(virtual_services=vs({"route": [{"destination": {"host": "otlp-collector", "port": 4318}}]})))
    assert p.routes[0].rules[0].backends == (Backend("otlp-collector", "otlp-system", 4318, None, None),)


def test_the_grpc_port_is_a_grpc_route_only_where_its_rules_fit_one():
    methods = split(match_rules=[{"uri": {"exact": "/opentelemetry.proto.collector.trace.v1.TraceService/Export"}},
                                 {"uri": {"prefix": "/opentelemetry.proto.collector.logs.v1.LogsService/"}}])
    grpc = plan(config(virtual_services=vs(methods))).routes[0]
    assert grpc.kind == GRPC_ROUTE
    assert [(m.grpc_service, m.grpc_method) for m in grpc.rules[0].matches] == [
        ("opentelemetry.proto.collector.trace.v1.TraceService", "Export"),
        ("opentelemetry.proto.collector.logs.v1.LogsService", None)]
    # an HTTP path match, or a timeout (a GRPCRoute has no timeouts): an HTTPRoute carries the gRPC port
    for http in (split(match_rules=[{"uri": {"prefix": "/v1/traces"}}]), split(timeout="10s")):
        assert plan(config(virtual_services=vs(http))).routes[0].kind == HTTP_ROUTE


def test_matches_translate_and_a_trailing_slash_is_dropped_as_istio_does():
    p = plan(config(virtual_services=vs(split(4318, match_rules=[
        {"uri": {"prefix": "/v1/"}}, {"uri": {"exact": "/v1/logs"}}, {"uri": {"regex": "/v1/m.*"}}]))))
    assert p.routes[0].rules[0].matches == (Match(PATH_PREFIX, "/v1"), Match(EXACT, "/v1/logs"), Match(REGEX, "/v1/m.*"))


def test_every_version_gets_a_service_and_the_collector_policy_a_rule_per_version():
    c = config(virtual_services=vs(split()), destination_rules=[
        {**SUBSETS, "traffic_policy": {"outlier_detection": {"consecutive_errors": 5}}}])
    p = plan(c)
    assert [(s.name, s.version, s.selector) for s in p.services] == [
        ("otlp-collector-v1", "v1", {"app": "otlp-collector", "version": "v1"}),
        ("otlp-collector-v2", "v2", {"app": "otlp-collector", "version": "v2"})]
    assert [(x.name, x.host, x.rule) for x in p.policies] == [("otlp-collector-v1", "otlp-collector-v1", 0),
                                                               ("otlp-collector-v2", "otlp-collector-v2", 0)]
    assert plan(config(virtual_services=vs(split()))).policies == ()  # no traffic policy: nothing to carry


def test_other_virtual_services_stay_virtual_services():
    other = {"hosts": ["jaeger"], "http": [{"route": [{"destination": {"host": "jaeger"}}]}]}
    p = plan(config(virtual_services=[other, *vs(split())]))
    assert p.converted == frozenset({1})


# ------------------------------------------------------------------ refusals

def test_istio_before_1_22_is_refused():
    found = refused(istio_version="1.21.0", virtual_services=vs(split()))
    assert found == [(("routing",), found[0][1])]
    assert "gateway-api needs istio_version 1.22 or later" in found[0][1] and "v1.1.0" in found[0][1]


def test_retries_are_refused_with_the_reason():
    found = refused(virtual_services=vs(split(4318, retries={"attempts": 3})))
    assert [loc for loc, _ in found] == [("virtual_services", 0, "http", 0, "retries")]
    assert "experimental channel" in found[0][1]
    found = refused(virtual_services=vs(split(4318)), traffic_management={"enable_retry": False})
    assert [loc for loc, _ in found] == [("traffic_management", "enable_retry")]
    assert refused(traffic_management={"enable_retry": False}) == []  # no collector route: nothing to say


@pytest.mark.parametrize("istio, field, value, expected", [
    ("1.23.0", "timeout", "30s", "v1.2.0, which Istio 1.24 pins"),
    ("1.30.0", "timeout", "1.5s", "write 1500ms"),
    ("1.30.0", "timeout", "1500us", "round it to whole milliseconds"),
    ("1.27.0", "name", "traces", "v1.4.0, which Istio 1.28 pins"),
    ("1.30.0", "name", "Traces Route", "RFC 1123 subdomain"),
])
def test_what_the_releases_gateway_api_cannot_say(istio, field, value, expected):
    found = refused(istio_version=istio, virtual_services=vs(split(4318, **{field: value})))
    assert [loc for loc, _ in found] == [("virtual_services", 0, "http", 0, field)]
    assert expected in found[0][1]


def test_a_virtual_service_outside_the_collectors_namespace_or_naming_other_hosts():
    full = "otlp-collector.otlp-system.svc.cluster.local"
    route = {"route": [{"destination": {"host": full, "subset": "stable", "port": 4318}}]}
    found = refused(virtual_services=[{"hosts": [full, "jaeger"], "namespace": "apps", "http": [route]}])
    assert [loc for loc, _ in found] == [("virtual_services", 0, "namespace"), ("virtual_services", 0, "hosts", 1)]
    assert "consumer route" in found[0][1]


def test_destinations_other_than_the_collector_and_mixed_ports():
    mixed = {"route": [{"destination": {"host": "otlp-collector", "subset": "stable", "port": 4318}, "weight": 50},
                       {"destination": {"host": "jaeger"}, "weight": 50}]}
    found = refused(virtual_services=vs(mixed))
    assert [loc for loc, _ in found] == [("virtual_services", 0, "http", 0, "route", 1, "destination", "host"),
                                         ("virtual_services", 0, "http", 0, "route", 1, "destination", "port")]


def test_a_second_collector_virtual_service_is_refused():
    found = refused(virtual_services=[*vs(split(4318)), {"name": "again", "hosts": ["otlp-collector"],
                                                         "http": [split(4318)]}])
    assert [loc for loc, _ in found] == [("virtual_services", 1, "hosts")]


@pytest.mark.parametrize("value, problem", [
    ("v1", "start with '/'"), ("/a//b", "not contain '//'"), ("/a/./b", "not contain '/./'"),
    ("/a%2fb", "not contain '%2f'"), ("/a#b", "not contain '#'"), ("/a/..", "not end with '/..'"),
    ("/a b", "use only the characters a URL path allows (and %-escapes)"), ("/v1/traces", None)])
def test_path_values_follow_the_gateway_apis_rules(value, problem):
    assert path_problem(value) == problem


def test_a_bad_path_is_refused_at_its_field():
    found = refused(virtual_services=vs(split(4318, match_rules=[{"uri": {"prefix": "/a//b"}}])))
    assert found == [(("virtual_services", 0, "http", 0, "match_rules", 0, "uri", "prefix"),
                      "'/a//b': with routing gateway-api a path prefix must not contain '//' (the Gateway API's rule)")]


@pytest.mark.parametrize("first, second, refused_at", [
    ({}, {"prefix": "/v1/traces"}, 1),  # a catch-all first: Istio would try the prefix first
    ({"prefix": "/v1"}, {"prefix": "/v1/traces"}, 1),  # a longer prefix under a shorter one
    ({"regex": "/v1/.*"}, {"prefix": "/v1/logs"}, 1),  # regular expressions come after prefixes
    ({"prefix": "/v1/logs"}, {"prefix": "/v1/traces"}, None),  # longer, but no request matches both
    ({"prefix": "/v1/traces"}, {}, None),  # as Istio orders them
    ({"exact": "/v1/traces"}, {"prefix": "/v1"}, None),
])
def test_a_route_order_istio_would_change_is_refused(first, second, refused_at):
    def route(uri):
        return split(4318, match_rules=[{"uri": uri}]) if uri else split(4318)
    found = refused(virtual_services=vs(route(first), route(second)))
    if refused_at is None:
        assert found == []
    else:
        assert [loc for loc, _ in found] == [("virtual_services", 0, "http", refused_at, "match_rules")]
        assert f"put http[{refused_at}] before http[0]" in found[0][1]


def test_version_service_names_must_fit_and_not_clash():
    long = "c" * 61
    found = refused(collector_service=long, destination_rules=[{**SUBSETS, "host": long}])
    assert [loc for loc, _ in found] == [("collector_service",), ("collector_service",)]
    found = refused(virtual_services=vs(split(4318)), external_services=[{"name": "otlp-collector-v2", "ports": [{"name": "http", "port": 80}]}])
    assert [loc for loc, _ in found] == [("external_services", 0, "name")]
    policy = {"outlier_detection": {"consecutive_errors": 5}}
    found = refused(destination_rules=[{**SUBSETS, "traffic_policy": policy}, {"host": "otlp-collector-v1"},
                                       {"host": "jaeger", "name": "otlp-collector-v2"}])
    assert [loc for loc, _ in found] == [("destination_rules", 1, "host"), ("destination_rules", 2, "name")]


def test_catch_all_is_the_schema_default_match():
    assert CATCH_ALL == Match(PATH_PREFIX, "/")


FLAGGER = {"baseline_version": "v1", "canary_version": "v2", "mode": "flagger",
           "prometheus_url": "http://prometheus.istio-system:9090"}


def test_flagger_mode_plans_no_route_but_the_policies_of_flaggers_hosts():
    c = config(canary=FLAGGER, virtual_services=vs(split(4318)), destination_rules=[
        {**SUBSETS, "traffic_policy": {"connection_pool": {"tcp": {"max_connections": 10}}}}])
    assert problems(c) == []  # connectionPool.tcp too: these DestinationRules are ours, not the Canary's
    p = plan(c)
    assert p.routes == () and p.services == ()
    assert [(x.host, x.generated_host) for x in p.policies] == [("otlp-collector-v1-primary", True),
                                                                ("otlp-collector-v1-canary", True)]


def test_what_flaggers_gateway_api_router_cannot_do_is_refused():
    no_url = {k: v for k, v in FLAGGER.items() if k != "prometheus_url"}
    found = refused(canary={**no_url, "prometheus_headers": {"Authorization": "Bearer ${T}"}},
                    virtual_services=vs(split(), split(4318, match_rules=[{"uri": {"prefix": "/v1"}}],
                                                       retries={"attempts": 2})))
    assert [loc for loc, _ in found] == [
        ("canary", "prometheus_url"), ("canary", "prometheus_headers"), ("virtual_services", 0, "http"),
        ("virtual_services", 0, "http", 0, "route", 0, "destination", "port"),
        ("virtual_services", 0, "http", 0, "route", 1, "destination", "port"),
        ("virtual_services", 0, "http", 1, "retries")]
    assert "http_request_duration_seconds" in found[0][1] and "pkg/router/gateway_api.go" in found[2][1]
    assert "one port of the collector" in found[3][1]
