"""AuthorizationPolicies decided as Istio's sidecar decides them (``flows/authz.py``), on small
manifests: which policies apply, DENY before ALLOW, ALLOW without a matching rule, rules without
rules, HTTP-only fields on TCP, identities of plaintext and mTLS callers.

Istio's sources for each: ``pilot/pkg/model/authorization.go`` (the root namespace's and the
workload's namespace's policies), ``pilot/pkg/model/policyattachment.go`` (``targetRef`` policies
never apply to a sidecar), ``pilot/pkg/security/authz/builder/builder.go`` (DENY and ALLOW filters;
an empty ``rules`` matches nothing), ``pilot/pkg/security/authz/model/model.go`` (``checkError``:
an HTTP-only field leaves an ALLOW rule out on TCP and drops out of a DENY rule).
"""
from __future__ import annotations

import pytest
import yaml

from otlp_istio.analyzers import file_index
from otlp_istio.flows.authz import Call, Caller, Match, decide, policies_for, string_match
from otlp_istio.yamlio import Document

WORKLOAD = """
apiVersion: apps/v1
kind: Deployment
metadata: {name: collector, namespace: otlp}
spec:
  selector: {matchLabels: {app: collector}}
  template:
    metadata: {labels: {app: collector}}
    spec: {containers: [{name: c}]}
"""


def index(*policies: str):
    docs = [Document(data=yaml.safe_load(WORKLOAD), file="w.yaml", line=1)]
    docs += [Document(data=yaml.safe_load(p), file="p.yaml", line=1) for p in policies]
    return file_index(docs)


def policy(name: str, rules: list | None, action: str = "ALLOW", namespace: str = "otlp", **spec) -> str:
    body = {"action": action, **spec}
    if rules is not None:
        body["rules"] = rules
    return yaml.safe_dump({"apiVersion": "security.istio.io/v1", "kind": "AuthorizationPolicy",
                           "metadata": {"name": name, "namespace": namespace}, "spec": body})


MESH = Caller(authenticated=True, principal="cluster.local/ns/shop/sa/web", namespace="shop")
PLAIN = Caller(authenticated=False)
ANY = Caller(authenticated=True, any_identity=True)
HTTP = Call(port=4318, http=True, method="POST", path="/v1/traces")
TCP = Call(port=4317, http=False)


def decision(idx, caller=MESH, call=HTTP):
    return decide(idx, idx.workloads[0], caller, call)


def test_no_policy_allows():
    assert decision(index()).allowed is Match.YES


def test_the_root_namespaces_policies_apply_to_every_namespace_and_target_ref_policies_to_no_sidecar():
    idx = index(policy("mesh-deny", [{}], "DENY", namespace="istio-system"),
                policy("gw", [{}], "DENY", targetRefs=[{"kind": "Gateway", "name": "x"}]),
                policy("other", [{}], "DENY", namespace="elsewhere"))
    assert [p.name for p in policies_for(idx, idx.workloads[0])] == ["mesh-deny"]
    assert decision(idx).allowed is Match.NO


def test_deny_is_decided_before_allow():
    idx = index(policy("allow-all", [{}]), policy("deny-post", [{"to": [{"operation": {"methods": ["POST"]}}]}],
                                                   "DENY"))
    d = decision(idx)
    assert d.allowed is Match.NO and "deny-post" in d.says


def test_allow_policies_refuse_what_none_of_their_rules_matches_and_empty_rules_match_nothing():
    idx = index(policy("get-only", [{"to": [{"operation": {"methods": ["GET"]}}]}]))
    d = decision(idx)
    assert d.allowed is Match.NO and "methods ['GET'] does not match POST" in d.says
    assert decision(index(policy("nothing", []))).allowed is Match.NO  # builder.go: rbacPolicyMatchNever
    assert decision(index(policy("deny-nothing", [], "DENY"))).allowed is Match.YES


def test_an_allow_rule_with_http_only_fields_never_matches_on_a_tcp_port():
    idx = index(policy("post", [{"to": [{"operation": {"ports": ["4317"], "methods": ["POST"]}}]}]))
    d = decision(idx, call=TCP)
    assert d.allowed is Match.NO and "HTTP-only" in d.says
    assert decision(idx, call=Call(port=4317, http=True, method="POST", path="/x")).allowed is Match.YES


def test_a_deny_rule_loses_its_http_only_fields_on_a_tcp_port_and_matches_more():
    idx = index(policy("no-admin", [{"to": [{"operation": {"paths": ["/admin"]}}]}], "DENY"))
    assert decision(idx, call=TCP).allowed is Match.NO
    assert decision(idx).allowed is Match.YES  # on HTTP the path decides: /v1/traces is not /admin


def test_principals_and_namespaces_never_match_a_plaintext_caller_and_their_not_forms_always_do():
    allow = index(policy("shop", [{"from": [{"source": {"namespaces": ["shop"]}}]}]))
    assert decision(allow, MESH).allowed is Match.YES
    assert decision(allow, PLAIN).allowed is Match.NO
    deny = index(policy("not-shop", [{"from": [{"source": {"notPrincipals": ["cluster.local/ns/shop/sa/web"]}}]}],
                        "DENY"))
    assert decision(deny, PLAIN).allowed is Match.NO
    assert decision(deny, MESH).allowed is Match.YES


def test_a_caller_standing_for_every_identity_is_admitted_for_some():
    idx = index(policy("web", [{"from": [{"source": {"principals": ["cluster.local/ns/shop/sa/web"]}}]}]))
    d = decision(idx, ANY)
    assert d.allowed is Match.SOME and "some callers" in d.says


def test_conditions_the_model_does_not_follow_leave_the_decision_open():
    idx = index(policy("ip", [{"from": [{"source": {"ipBlocks": ["10.0.0.0/8"]}}]}]))
    assert decision(idx).allowed is Match.UNKNOWN
    idx = index(policy("ext", [{}], "CUSTOM", provider={"name": "opa"}))
    assert decision(idx).allowed is Match.UNKNOWN


@pytest.mark.parametrize("pattern, value, ok", [("*", "x", True), ("*", "", False), ("/v1/*", "/v1/traces", True),
                                                ("*/traces", "/v1/traces", True), ("/v1/traces", "/v1/logs", False)])
def test_istios_string_match(pattern, value, ok):
    assert string_match(pattern, value) is ok
