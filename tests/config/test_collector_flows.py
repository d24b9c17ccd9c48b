"""What the compiler renders so that its own flows work (``config/collector_flows.py``): the
collector's routes matched on the port they send to, the port-level PERMISSIVE for a Prometheus
outside the mesh under STRICT, and the scrape rule beside the file's ALLOW policies.

GIVEN an environment's config, WHEN the rendered form is asked for, THEN it is the one that keeps
every flow the compiler set up working (``tests/flows`` follows those flows through the output).
"""
from __future__ import annotations

import pytest

from otlp_istio.config.collector_flows import (allow_policies_on_collector, scoped_routes, scrape_exception_port,
                                               scrape_policy)
from otlp_istio.config.crossref import check_references, warnings_for
from otlp_istio.config.models import EnvironmentConfig

BASE = {"istio_version": "1.24.0", "collector_service": "otlp-collector", "namespace": "otlp-system"}


def config(**extra) -> EnvironmentConfig:
    return EnvironmentConfig.model_validate({**BASE, **extra})


def route(*dests, match=None, name=None):
    out = {"route": [{"destination": d, **({"weight": w} if w is not None else {})} for d, w in dests]}
    if match:
        out["match_rules"] = match
    if name:
        out["name"] = name
    return out


def rendered(c: EnvironmentConfig, i: int = 0) -> list[tuple]:
    """Each rendered route as (name, its matches as (uri prefix, port), its destinations as (subset, port, weight))."""
    vs = scoped_routes(c, c.virtual_services[i])
    return [(r.name, [(m.uri.prefix if m.uri else None, m.port) for m in r.match_rules],
             [(d.destination.subset, d.destination.port, d.weight) for d in r.route]) for r in vs.http]


def test_a_route_to_one_port_is_matched_on_it_and_the_other_otlp_port_gets_its_catch_all_again():
    c = config(virtual_services=[{"hosts": ["otlp-collector"], "http": [
        route(({"host": "otlp-collector", "subset": "v2", "port": 4318}, 10),
              ({"host": "otlp-collector", "subset": "v1", "port": 4318}, 90), match=[{"uri": {"prefix": "/v1/traces"}}]),
        route(({"host": "otlp-collector", "subset": "v1", "port": 4318}, None), name="rest")]}])
    assert rendered(c) == [
        (None, [("/v1/traces", 4318)], [("v2", 4318, 10), ("v1", 4318, 90)]),
        ("rest", [(None, 4318)], [("v1", 4318, None)]),
        ("rest", [(None, 4317)], [("v1", 4317, None)]),  # the same name: the canary shifts it with the other
    ]


def test_a_route_without_a_port_keeps_every_port_on_itself_and_nothing_is_added():
    c = config(virtual_services=[{"hosts": ["otlp-collector"], "http": [
        route(({"host": "otlp-collector", "port": 4318}, None), match=[{"uri": {"prefix": "/v1/traces"}}]),
        route(({"host": "otlp-collector"}, None))]}])
    assert rendered(c) == [(None, [("/v1/traces", 4318)], [(None, 4318, None)]), (None, [], [(None, None, None)])]


def test_without_a_catch_all_the_other_port_is_left_to_the_services_own_route():
    c = config(virtual_services=[{"hosts": ["otlp-collector"], "http": [
        route(({"host": "otlp-collector", "port": 4318}, None), match=[{"uri": {"prefix": "/v1/"}}])]}])
    assert rendered(c) == [(None, [("/v1/", 4318)], [(None, 4318, None)])]


def test_a_port_match_of_the_files_own_is_kept_and_other_hosts_are_not_touched():
    c = config(virtual_services=[
        {"hosts": ["otlp-collector"], "http": [route(({"host": "otlp-collector", "port": 4318}, None),
                                                     match=[{"port": 4317}])]},
        {"hosts": ["other"], "http": [route(({"host": "other", "port": 8080}, None))]}])
    assert rendered(c) == [(None, [(None, 4317)], [(None, 4318, None)])]
    assert scoped_routes(c, c.virtual_services[1]) == c.virtual_services[1]


def test_a_match_needs_a_uri_or_a_port():
    with pytest.raises(Exception, match="uri or port"):
        config(virtual_services=[{"hosts": ["a"], "http": [{"match_rules": [{}], "route": [{"destination": {"host": "a"}}]}]}])


@pytest.mark.parametrize("extra, port", [
    ({"mtls": {"mode": "STRICT"}}, 8888),
    ({"mtls": {"mode": "STRICT"}, "prometheus": {"port": 9464}}, 9464),
    ({"mtls": {"mode": "PERMISSIVE"}}, None),
    ({"mtls": {"mode": "STRICT"}, "prometheus": {"location": "in-mesh"}}, None),
    ({"mtls": {"mode": "STRICT"}, "prometheus": {"enabled": False}}, None),
    # a workload policy of the file's selects the collector: Istio applies one, the file's says it
    ({"mtls": {"mode": "STRICT"}, "peer_authentications": [
        {"name": "c", "mode": "STRICT", "selector": {"match_labels": {"app": "otlp-collector"}}}]}, None),
    # one selecting other workloads changes nothing
    ({"mtls": {"mode": "STRICT"}, "peer_authentications": [
        {"name": "c", "mode": "STRICT", "selector": {"match_labels": {"app": "other"}}}]}, 8888),
])
def test_the_metrics_port_is_made_permissive_for_a_prometheus_outside_the_mesh_under_strict(extra, port):
    assert scrape_exception_port(config(**extra)) == port


ALLOW = {"name": "authz", "selector": {"match_labels": {"app": "otlp-collector"}}, "action": "ALLOW",
         "rules": [{"to": [{"paths": ["/v1/traces"]}]}]}


def test_the_scrape_rule_is_rendered_beside_an_allow_policy_on_the_collector_when_asked():
    assert scrape_policy(config(authorization_policies=[ALLOW])) is None  # not asked
    policy = scrape_policy(config(authorization_policies=[ALLOW], prometheus={"scrape_policy": True}))
    assert policy.name == "otlp-collector-scrape" and policy.action == "ALLOW"
    [rule] = policy.rules
    assert rule.from_ == [] and [(o.methods, o.paths, o.ports) for o in rule.to] == [(["GET"], ["/metrics"], ["8888"])]
    in_mesh = scrape_policy(config(authorization_policies=[ALLOW], prometheus={
        "scrape_policy": True, "location": "in-mesh", "namespace": "mon", "service_account": "prom"}))
    assert in_mesh.rules[0].from_[0].principals == ["cluster.local/ns/mon/sa/prom"]


def test_without_an_allow_policy_on_the_collector_the_scrape_rule_is_not_rendered_and_the_file_is_told():
    deny = {**ALLOW, "action": "DENY"}
    elsewhere = {**ALLOW, "selector": {"match_labels": {"app": "other"}}}
    for policies in ([], [deny], [elsewhere]):
        c = config(authorization_policies=policies, prometheus={"scrape_policy": True})
        assert allow_policies_on_collector(c) == [] and scrape_policy(c) is None
        assert [loc for loc, _ in warnings_for(c)] == [("prometheus", "scrape_policy")]
    # a mesh-wide ALLOW policy of the root namespace applies too
    root = {**ALLOW, "namespace": "istio-system", "selector": None}
    assert allow_policies_on_collector(config(authorization_policies=[root])) == [0]


def test_the_scrape_objects_keep_their_names():
    taken = {"name": "otlp-collector-scrape", "mode": "STRICT", "selector": {"match_labels": {"app": "x"}}}
    problems = check_references(config(mtls={"mode": "STRICT"}, peer_authentications=[taken]))
    assert [loc for loc, _ in problems] == [("peer_authentications", 0, "name")]
    assert check_references(config(mtls={"mode": "PERMISSIVE"}, peer_authentications=[taken])) == []
