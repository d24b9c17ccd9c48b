"""The CEL checker on the Gateway API CRDs: what their rules need beyond the Istio ones.

* the object is defaulted from the schema before the rules run (a route's parentRefs[].group and
  kind, a backendRef's kind, the rules' default match), as the API server does;
* a property CEL cannot spell (``namespace``) is read by its escaped name (``__namespace__``);
* Kubernetes' ``isIP``; the one transition rule (GatewayClass ``controllerName``) is skipped.
Real evaluation over the committed schemas/cel-rules.json."""
from __future__ import annotations

import copy

import pytest

from otlp_istio import messages
from otlp_istio.validate import k8s_cel
from otlp_istio.validate.cel_rules import CelChecker, evaluate_expression, with_defaults
from otlp_istio.validate.registry import load_rules


@pytest.fixture(scope="module")
def checker():
    return CelChecker(load_rules())


def route(parent_refs: list, rules: list) -> dict:
    return {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
            "metadata": {"name": "collector", "namespace": "otlp-system"},
            "spec": {"parentRefs": parent_refs, "rules": rules}}


def test_a_gamma_route_as_rendered_passes(checker):
    doc = route([{"group": "", "kind": "Service", "name": "collector", "port": 4318}],
                [{"matches": [{"path": {"type": "PathPrefix", "value": "/v1/traces"}}],
                  "timeouts": {"request": "30s"},
                  "backendRefs": [{"name": "collector-v1", "port": 4318, "weight": 90},
                                  {"name": "collector-v2", "port": 4318, "weight": 10}]}])
    assert checker.check(doc) == []


def test_defaults_are_applied_before_the_rules_run(checker):
    # no group/kind on the refs: the API server defaults them (Gateway, gateway.networking.k8s.io for a
    # parent; Service, "" for a backend), then "Must have port for Service reference" applies
    doc = route([{"name": "collector"}], [{"backendRefs": [{"name": "collector-v1"}]}])
    found = checker.check(doc)
    assert [(f.code, f.path) for f in found] == [(messages.CEL_RULE_FAILED, "spec.rules[0].backendRefs[0]")]
    assert found[0].message.startswith("Must have port for Service reference")
    # a rule without matches gets the default match, so the total-matches rule evaluates
    assert checker.check(route([{"name": "gw"}], [{}, {"backendRefs": [{"name": "c", "port": 80}]}])) == []


def test_defaulting_follows_the_api_server():
    tree = {"properties": {
        "a": {"default": "x"},
        "b": {"default": "y", "nullable": True},
        "list": {"items": {"properties": {"kind": {"default": "Service"}}}},
        "obj": {"default": {}, "properties": {"inner": {"default": 1}}}}}
    value = {"b": None, "list": [{"name": "s"}, {"kind": "Gateway"}]}
    before = copy.deepcopy(value)
    assert with_defaults(value, tree) == {"a": "x", "b": None, "obj": {"inner": 1},
                                          "list": [{"name": "s", "kind": "Service"}, {"kind": "Gateway"}]}
    assert value == before  # the input is never modified
    assert with_defaults({"a": None}, tree)["a"] == "x"  # a null the schema does not allow is defaulted
    assert with_defaults("scalar", tree) == "scalar" and with_defaults({"a": 1}, None) == {"a": 1}


def test_namespace_is_read_by_its_escaped_name(checker):
    same_name = [{"group": "", "kind": "Service", "name": "collector", "namespace": ns} for ns in ("a", "b")]
    assert checker.check(route(same_name, [])) == []  # two parents: the namespaces differ
    same_name[1]["namespace"] = "a"
    found = checker.check(route(same_name, []))  # now one parent, twice
    assert [(f.path, f.message.split(" (")[0]) for f in found] == [
        ("spec.parentRefs", "sectionName must be unique when parentRefs includes 2 or more references to the same "
                            "parent")]


@pytest.mark.parametrize("name, escaped", [("namespace", "__namespace__"), ("in", "__in__"),
                                           ("x-prop", "x__dash__prop"), ("a.b", "a__dot__b"),
                                           ("a/b", "a__slash__b"), ("a__b", "a__underscores__b"),
                                           ("plain_name", "plain_name"), ("name", "name")])
def test_property_name_escaping(name, escaped):
    assert k8s_cel.escape_name(name) == escaped
    assert k8s_cel.unescape_name(escaped) == name


def test_escaped_fields_of_a_rule():
    assert k8s_cel.escaped_fields("has(p.__namespace__) && p.name == q.x__dash__y") == {
        "namespace": "__namespace__", "x-y": "x__dash__y"}
    assert k8s_cel.escaped_fields("self.all(l, l.name != '')") == {}
    assert k8s_cel.escape_keys([{"namespace": "a", "name": {"namespace": 1}}], {"namespace": "__namespace__"}) == [
        {"__namespace__": "a", "name": {"__namespace__": 1}}]


@pytest.mark.parametrize("value, expected", [
    ("10.0.0.1", True), ("2001:db8::1", True), ("::1", True),
    ("collector.example.com", False), ("010.0.0.1", False), ("10.0.0.256", False),
    ("fe80::1%eth0", False),  # a zone
    ("::ffff:10.0.0.1", False),  # IPv4-mapped IPv6
    ("", False)])
def test_is_ip(value, expected):
    assert evaluate_expression("isIP(self)", value) is expected


def test_transition_rule_is_skipped_on_create(checker):
    assert checker.coverage.transition_sites == 2
    gateway_class = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
                     "metadata": {"name": "istio-waypoint"}, "spec": {"controllerName": "istio.io/mesh-controller"}}
    assert checker.check(gateway_class) == []


def test_gateway_listener_rules(checker):
    gateway = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
               "metadata": {"name": "waypoint", "namespace": "otlp-system"},
               "spec": {"gatewayClassName": "istio-waypoint",
                        "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}]}}
    assert checker.check(gateway) == []
    gateway["spec"]["listeners"].append({"name": "mesh", "port": 15008, "protocol": "HBONE"})
    found = checker.check(gateway)
    assert {f.message.split(" (")[0] for f in found} == {
        "Listener name must be unique within the Gateway",
        "Combination of port, protocol and hostname must be unique for each listener"}
