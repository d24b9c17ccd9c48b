"""The Gateway API CRDs in the real kube-apiserver: installed from ../shared/crds/gateway-api, and
the server and our offline CEL checker give the same verdict on routes the rules judge (defaults,
escaped ``namespace``, durations, paths, gRPC names)."""
from __future__ import annotations

import copy

import pytest
import yaml

from otlp_istio.validate.cel_rules import CelChecker
from otlp_istio.validate.registry import load_rules

pytestmark = pytest.mark.live

NAMESPACE = "gwapi-check"

HTTP_ROUTE = {
    "apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
    "metadata": {"name": "collector", "namespace": NAMESPACE},
    "spec": {"parentRefs": [{"group": "", "kind": "Service", "name": "collector", "port": 4318}],
             "rules": [{"matches": [{"path": {"type": "PathPrefix", "value": "/v1/traces"}}],
                        "timeouts": {"request": "30s"},
                        "backendRefs": [{"name": "collector-v1", "port": 4318, "weight": 90},
                                        {"name": "collector-v2", "port": 4318, "weight": 10}]}]}}
GRPC_ROUTE = {
    "apiVersion": "gateway.networking.k8s.io/v1", "kind": "GRPCRoute",
    "metadata": {"name": "collector-grpc", "namespace": NAMESPACE},
    "spec": {"parentRefs": [{"group": "", "kind": "Service", "name": "collector", "port": 4317}],
             "rules": [{"matches": [{"method": {"service": "opentelemetry.proto.collector.trace.v1.TraceService"}}],
                        "backendRefs": [{"name": "collector-v1", "port": 4317}]}]}}


def _mutate(doc: dict, change) -> dict:
    out = copy.deepcopy(doc)
    change(out["spec"])
    return out


def _no_port(spec):
    del spec["rules"][0]["backendRefs"][0]["port"]


def _no_group_kind(spec):  # defaulted by the server: Gateway parent, Service backend
    spec["parentRefs"] = [{"name": "gw"}]
    spec["rules"][0]["backendRefs"] = [{"name": "collector-v1", "port": 4318}]


def _slow_backend(spec):
    spec["rules"][0]["timeouts"] = {"request": "10s", "backendRequest": "20s"}


def _two_parents(ns_a, ns_b):
    def change(spec):
        spec["parentRefs"] = [{"group": "", "kind": "Service", "name": "collector", "namespace": ns} for ns in (ns_a, ns_b)]
    return change


def _double_slash(spec):
    spec["rules"][0]["matches"] = [{"path": {"type": "Exact", "value": "/v1//traces"}}]


def _bad_grpc_service(spec):
    spec["rules"][0]["matches"] = [{"method": {"service": "otlp-traces"}}]


CASES = [
    ("valid route", HTTP_ROUTE, None),
    ("backendRef without port", _mutate(HTTP_ROUTE, _no_port), "Must have port for Service reference"),
    ("refs without group and kind", _mutate(HTTP_ROUTE, _no_group_kind), None),
    ("backendRequest longer than request", _mutate(HTTP_ROUTE, _slow_backend),
     "backendRequest timeout cannot be longer than request timeout"),
    ("one Service in two namespaces", _mutate(HTTP_ROUTE, _two_parents("a", "b")), None),
    ("one parent twice", _mutate(HTTP_ROUTE, _two_parents("a", "a")), "sectionName must be unique"),
    ("path with //", _mutate(HTTP_ROUTE, _double_slash), "must not contain '//'"),
    ("valid gRPC route", GRPC_ROUTE, None),
    ("gRPC service name", _mutate(GRPC_ROUTE, _bad_grpc_service), "service must only contain valid characters"),
]


@pytest.fixture(scope="module")
def checker():
    return CelChecker(load_rules())


def test_the_gateway_api_crds_are_established(kube_apiserver):
    out = kube_apiserver.kubectl("get", "crd", "-o", "name").stdout
    for plural in ("gatewayclasses", "gateways", "httproutes", "grpcroutes", "referencegrants",
                   "backendtlspolicies", "tlsroutes", "listenersets"):
        assert f"customresourcedefinition.apiextensions.k8s.io/{plural}.gateway.networking.k8s.io" in out


@pytest.mark.parametrize("what, doc, message", CASES, ids=[c[0] for c in CASES])
def test_server_and_checker_agree(what, doc, message, kube_apiserver, checker):
    kube_apiserver.kubectl("create", "namespace", NAMESPACE, check=False)
    server = kube_apiserver.kubectl("apply", "--dry-run=server", "-f", "-", check=False, input=yaml.safe_dump(doc))
    ours = checker.check(doc)
    if message is None:
        assert server.returncode == 0, server.stderr
        assert ours == []
    else:
        assert server.returncode != 0 and message in server.stderr, server.stderr
        assert [f for f in ours if f.message.startswith(message)], [f.message for f in ours]
