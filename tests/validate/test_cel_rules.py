"""CEL rules (x-kubernetes-validations) of the CRDs: coverage, every rule, every site, semantics.

Real evaluation with the `cel` package (common-expression-language) over the committed
schemas/cel-rules.json.
"""
from __future__ import annotations

import copy

import pytest

from otlp_istio import messages
from otlp_istio.findings import Severity
from otlp_istio.validate.cel_rules import (CelChecker, CelEvaluationError, MapKey, evaluate_expression,
                                           format_path)
from otlp_istio.validate.registry import load_rules
from tests.validate.gateway_api_samples import GATEWAY_API_SAMPLES, TRANSITION_RULES

ISTIO_SOURCE = "istio-crds-v1.30.3.yaml"
GATEWAY_API_SOURCE = "gateway-api/gateway-api-v1.5.1-standard-crds.yaml"


def norm(rule: str) -> str:
    return " ".join(rule.split())


# For every distinct rule of our CRDs: a `self` that passes and one that fails.
SAMPLES: dict[str, tuple[object, object]] = {
    "duration(self) >= duration('1ms')": ("30s", "0.5ms"),
    "0 < self && self <= 65535": (4318, 70000),
    '!self.contains("*")': ("example.com", "*.example.com"),
    "self.size() == 0": ("", "other-namespace"),
    'self.all(key, !key.contains("*"))': ({"app": "x"}, {"app*": "x"}),
    "self.all(key, key.size() != 0)": ({"app": "x"}, {"": "x"}),
    '(has(self.address) ? self.address : "").startsWith("unix://") ? !has(self.ports) : true':
        ({"address": "10.0.0.1", "ports": {"http": 80}}, {"address": "unix:///var/run/x.sock", "ports": {"http": 80}}),
    'self.startsWith("unix://") ? (self.substring(7, 8) == "/" || self.substring(7, 8) == "@") : true':
        ("unix:///var/run/x.sock", "unix://var/run/x.sock"),
    'self.startsWith("unix://") ? !self.endsWith("/") : true': ("unix:///var/run/x.sock", "unix:///var/run/"),
    'self.all(key, size(key) < 63 && key.matches("^[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?$"))':
        ({"http-web": 80}, {"-http": 80}),
    "(has(self.selector) ? 1 : 0) + (has(self.targetRef) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1":
        ({"selector": {"matchLabels": {"app": "x"}}},
         {"selector": {"matchLabels": {"app": "x"}}, "targetRef": {"kind": "Gateway", "name": "g"}}),
    "(has(self.tlsCertificates) ? 1 : 0) + (has(self.credentialNames) ? 1 : 0) <= 1":
        ({"credentialNames": ["a"]}, {"credentialNames": ["a"], "tlsCertificates": [{"serverCertificate": "c"}]}),
    "(has(self.credentialName) ? 1 : 0) + (has(self.credentialNames) ? 1 : 0) <= 1":
        ({"credentialName": "a"}, {"credentialName": "a", "credentialNames": ["b"]}),
    "(has(self.credentialNames) ? 1 : 0) + (has(self.tlsCertificates) ? 1 : 0) <= 1":
        ({"tlsCertificates": [{"serverCertificate": "c"}]},
         {"credentialNames": ["a"], "tlsCertificates": [{"serverCertificate": "c"}]}),
    "has(self.address) || has(self.network)": ({"address": "10.0.0.1"}, {"labels": {"app": "x"}}),
    'url(self).getScheme() in ["http", "https"]': ("https://example.com/jwks.json", "ftp://example.com/jwks.json"),
    "(has(self.workloadSelector) ? 1 : 0) + (has(self.endpoints) ? 1 : 0) <= 1":
        ({"endpoints": [{"address": "10.0.0.1"}]},
         {"endpoints": [{"address": "10.0.0.1"}], "workloadSelector": {"labels": {"app": "x"}}}),
    '!((has(self.addresses) ? self.addresses : []).exists(k, k.contains("/")) && '
    '!((has(self.resolution) ? self.resolution : "NONE") in ["STATIC", "NONE"]))':
        ({"addresses": ["10.0.0.0/8"], "resolution": "STATIC"}, {"addresses": ["10.0.0.0/8"], "resolution": "DNS"}),
    '((has(self.resolution) ? self.resolution : "NONE") == "NONE") ? !has(self.endpoints) : true':
        ({"resolution": "STATIC", "endpoints": [{"address": "10.0.0.1"}]}, {"endpoints": [{"address": "10.0.0.1"}]}),
    '((has(self.resolution) ? self.resolution : "") == "DNS_ROUND_ROBIN") ? '
    '((has(self.endpoints) ? self.endpoints : []).size() <= 1) : true':
        ({"resolution": "DNS_ROUND_ROBIN", "endpoints": [{"address": "a.example.com"}]},
         {"resolution": "DNS_ROUND_ROBIN", "endpoints": [{"address": "a.example.com"}, {"address": "b.example.com"}]}),
    'self != "*"': ("example.com", "*"),
    "self.all(l1, self.exists_one(l2, l1.number == l2.number))":
        ([{"number": 80, "name": "http"}, {"number": 443, "name": "https"}],
         [{"number": 80, "name": "http"}, {"number": 80, "name": "http2"}]),
    'self in ["", "HTTP", "HTTPS"]': ("HTTPS", "FTP"),
    '(has(self.valueFrom) ? self.valueFrom : "") != "HOST" || !has(self.value)':
        ({"valueFrom": "HOST"}, {"valueFrom": "HOST", "value": "x"}),
    "(has(self.serviceAccounts) || has(self.notServiceAccounts)) ? (!has(self.principals) && "
    "!has(self.notPrincipals) && !has(self.namespaces) && !has(self.notNamespaces)) : true":
        ({"serviceAccounts": ["ns/sa"]}, {"serviceAccounts": ["ns/sa"], "principals": ["cluster.local/ns/x/sa/y"]}),
    "has(self.portLevelMtls) ? (((has(self.selector) && has(self.selector.matchLabels)) ? "
    "self.selector.matchLabels : {}).size() > 0) : true":
        ({"portLevelMtls": {"8080": {"mode": "STRICT"}}, "selector": {"matchLabels": {"app": "x"}}},
         {"portLevelMtls": {"8080": {"mode": "STRICT"}}}),
    "self.all(key, 0 < int(key) && int(key) <= 65535)": ({"8080": {"mode": "STRICT"}}, {"70000": {"mode": "STRICT"}}),
    "(has(self.jwksUri) ? 1 : 0) + (has(self.jwks_uri) ? 1 : 0) + (has(self.jwks) ? 1 : 0) <= 1":
        ({"jwksUri": "https://example.com/jwks"}, {"jwksUri": "https://example.com/jwks", "jwks": "{}"}),
    '((has(self.operation) ? self.operation : "") == "UPSERT") ? (self.value != "") : true':
        ({"operation": "UPSERT", "value": "x"}, {"operation": "UPSERT", "value": ""}),
    '((has(self.operation) ? self.operation : "") == "REMOVE") ? !has(self.value) : true':
        ({"operation": "REMOVE"}, {"operation": "REMOVE", "value": "x"}),
    "(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true":
        ({"group": "", "kind": "Service", "name": "s", "port": 80}, {"group": "", "kind": "Service", "name": "s"}),
    "has(self.configMapRef) || has(self.secretRef)": ({"secretRef": {"name": "kubeconfig"}}, {}),
    "!has(self.configMapRef) || !has(self.secretRef)":
        ({"secretRef": {"name": "k"}}, {"secretRef": {"name": "k"}, "configMapRef": {"name": "k"}}),
    "!has(self.serviceAccountName) || (has(self.provider) && (self.provider == 'azure' || self.provider == 'aws'))":
        ({"serviceAccountName": "sa", "provider": "aws"}, {"serviceAccountName": "sa", "provider": "generic"}),
    "(has(self.selector) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1":
        ({"targetRefs": [{"kind": "Gateway", "name": "g"}]},
         {"selector": {"matchLabels": {"app": "x"}}, "targetRefs": [{"kind": "Gateway", "name": "g"}]}),
    "has(self.wasm) != has(self.lua)": ({"lua": {"inlineCode": "x"}}, {"phase": "AUTHN"}),
    'isURL(self) ? (url(self).getScheme() in ["", "http", "https", "file", "oci"]) : (isURL("http://" + self) && '
    'url("http://" + self).getScheme() in ["", "http", "https", "file", "oci"])':
        ("ghcr.io/acme/filter:1.0", "ftp://example.com/filter.wasm"),
    'isURL(self) ? (url(self).getScheme() in ["", "http", "https", "oci", "file"]) : (isURL("http://" + self) && '
    'url("http://" + self).getScheme() in ["", "http", "https", "oci", "file"])':
        ("oci://ghcr.io/acme/filter:1.0", "ftp://example.com/filter.wasm"),
    "(has(self.workloadSelector) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1":
        ({"workloadSelector": {"labels": {"app": "x"}}},
         {"workloadSelector": {"labels": {"app": "x"}}, "targetRefs": [{"kind": "Service", "name": "s"}]}),
    'has(self.context) ? ((self.context == "WAYPOINT") ? has(self.waypoint) : !has(self.waypoint)) : '
    '!has(self.waypoint)':
        ({"context": "WAYPOINT", "waypoint": {"filter": {"name": "x"}}}, {"waypoint": {"filter": {"name": "x"}}}),
    # Flux HelmRelease (helm.toolkit.fluxcd.io/v2)
    "(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))":
        ({"chart": {"spec": {"chart": "istiod"}}},
         {"chart": {"spec": {"chart": "istiod"}}, "chartRef": {"kind": "OCIRepository", "name": "istiod"}}),
    "!has(self.retryInterval) || self.name != 'RemediateOnFailure'":
        ({"name": "RetryOnFailure", "retryInterval": "5m"}, {"name": "RemediateOnFailure", "retryInterval": "5m"}),
    "!has(self.retryInterval) || self.name == 'RetryOnFailure'":
        ({"name": "RetryOnFailure", "retryInterval": "5m"}, {"name": "RemediateOnFailure", "retryInterval": "5m"}),
}
SAMPLES = {norm(k): v for k, v in {**SAMPLES, **GATEWAY_API_SAMPLES}.items()}
TRANSITION = {norm(r) for r in TRANSITION_RULES}


@pytest.fixture(scope="module")
def rules_doc():
    return load_rules()


@pytest.fixture(scope="module")
def checker(rules_doc):
    return CelChecker(rules_doc)


def all_sites(rules_doc, source: str | None = None):
    for key, entry in sorted(rules_doc["resources"].items()):
        if source and entry["source"] != source:
            continue
        for node in entry["nodes"]:
            for rule in node["rules"]:
                yield key, node, rule


# ------------------------------------------------------------------ coverage

def test_istio_rules_all_compile(rules_doc, checker):
    istio = list(all_sites(rules_doc, ISTIO_SOURCE))
    distinct = {norm(r["rule"]) for _, _, r in istio}
    assert len(istio) == 362 and len(distinct) == 36  # the figures of shared/crds/SOURCES.md
    assert checker.coverage.failures == {}
    # the Gateway API file: 266 sites, 79 distinct expressions (one, a backendRef's port, Flagger has too)
    gateway = list(all_sites(rules_doc, GATEWAY_API_SOURCE))
    assert (len(gateway), len({norm(r["rule"]) for _, _, r in gateway})) == (266, 79)
    # every rule of every CRD (Flagger, Flux incl. HelmRelease, Gateway API): 637 sites, 121 distinct
    # expressions; all compile but the one transition rule (2 sites), which runs on update only
    assert (checker.coverage.sites, checker.coverage.distinct) == (637, 121)
    assert checker.coverage.transition_sites == 2
    assert (checker.coverage.compiled_sites, checker.coverage.compiled_distinct) == (635, 120)


def test_every_rule_has_samples(rules_doc):
    distinct = {norm(r["rule"]) for _, _, r in all_sites(rules_doc)}
    assert distinct == set(SAMPLES) | TRANSITION
    assert not set(SAMPLES) & TRANSITION


@pytest.mark.parametrize("rule", sorted(SAMPLES))
def test_rule_passes_and_fails(rule, checker, rules_doc):
    """Every distinct rule runs: true on its good sample, false on its bad one."""
    good, bad = SAMPLES[rule]
    text = next(r["rule"] for _, _, r in all_sites(rules_doc) if norm(r["rule"]) == rule)
    assert evaluate_expression(text, good) is True
    assert evaluate_expression(text, bad) is False


def _document(key: str, path: list[str], value) -> tuple[dict, str]:
    """A minimal object holding ``value`` at the schema path, and the concrete field path."""
    group_version, kind = key.rsplit("/", 1)
    doc: dict = {"apiVersion": group_version, "kind": kind, "metadata": {"name": "x", "namespace": "ns"}}
    if not path:
        raise AssertionError("rules at the root are not expected")
    where: list = []
    parent, slot = doc, None
    containers: list = []
    node = doc
    for i, seg in enumerate(path):
        last = i == len(path) - 1
        nxt = path[i + 1] if not last else None
        child = value if last else ([] if nxt == "[]" else {})
        if seg == "[]":
            node.append(child)
            where.append(0)
        elif seg == "{}":
            node["k1"] = child
            where.append(MapKey("k1"))
        else:
            node[seg] = child
            where.append(seg)
        node = child
    return doc, format_path(where)


def test_every_site_fires_at_its_path(rules_doc, checker):
    """All 635 rule sites but the transition ones (362 Istio, 264 Gateway API): the bad sample
    placed at the site gives that rule's message at that path; the good sample gives nothing
    from that rule."""
    fired = 0
    for key, node, rule in all_sites(rules_doc):
        if norm(rule["rule"]) in TRANSITION:
            continue
        good, bad = SAMPLES[norm(rule["rule"])]
        doc, path = _document(key, node["path"], copy.deepcopy(bad))
        found = [f for f in checker.check(doc, file="x.yaml") if f.path == path and norm(rule["rule"]) in f.message]
        assert found, (key, node["path"], rule["rule"])
        assert found[0].code == messages.CEL_RULE_FAILED and found[0].severity is Severity.ERROR
        assert found[0].message.startswith(rule["message"]), found[0].message
        doc, path = _document(key, node["path"], copy.deepcopy(good))
        assert not [f for f in checker.check(doc, file="x.yaml")
                    if f.path == path and norm(rule["rule"]) in f.message], (key, node["path"], rule["rule"])
        fired += 1
    assert fired == 635


# ------------------------------------------------------------------ semantics

def vs(http: list) -> dict:
    return {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
            "metadata": {"name": "collector", "namespace": "otlp-system"},
            "spec": {"hosts": ["collector"], "http": http}}


def test_rule_on_list_items_runs_per_item(checker):
    doc = vs([{"timeout": "30s"}, {"timeout": "0.5ms"}, {"retries": {"attempts": 3, "perTryTimeout": "0s"}}])
    found = checker.check(doc, file="vs.yaml", line=1)
    assert sorted(f.path for f in found) == ["spec.http[1].timeout", "spec.http[2].retries.perTryTimeout"]
    f = next(f for f in found if f.path == "spec.http[1].timeout")
    assert f.resource == "VirtualService collector.otlp-system" and f.file == "vs.yaml"
    assert "must be a valid duration greater than 1ms" in f.message and 'got "0.5ms"' in f.message


def test_valid_object_has_no_findings(checker):
    doc = vs([{"timeout": "30s", "retries": {"attempts": 3, "perTryTimeout": "10s"},
               "route": [{"destination": {"host": "collector", "port": {"number": 4318}}}]}])
    assert checker.check(doc) == []


def test_rule_on_map_values_and_keys(checker):
    pa = {"apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
          "metadata": {"name": "p", "namespace": "n"},
          "spec": {"selector": {"matchLabels": {"app": "x"}},
                   "portLevelMtls": {"0": {"mode": "STRICT"}, 8080: {"mode": "STRICT"}}}}
    found = checker.check(pa)
    assert [f.path for f in found] == ["spec.portLevelMtls"]
    assert found[0].message.startswith("port must be between 1-65535")
    # a rule on additionalProperties runs once per map value, at path [key]
    pa["spec"]["portLevelMtls"] = {"8080": {"mode": "STRICT"}}
    pa["spec"]["selector"]["matchLabels"] = {"app": "otlp-*", "version": "v1", "tier": "*"}
    found = checker.check(pa)
    assert sorted(f.path for f in found) == ["spec.selector.matchLabels[app]", "spec.selector.matchLabels[tier]"]
    assert all(f.message.startswith("wildcard not allowed in label value match") for f in found)


def test_peer_authentication_port_level_mtls_needs_selector(checker):
    pa = {"apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
          "metadata": {"name": "p", "namespace": "n"},
          "spec": {"portLevelMtls": {"8080": {"mode": "DISABLE"}}}}
    found = checker.check(pa)
    assert [(f.path, f.code) for f in found] == [("spec", messages.CEL_RULE_FAILED)]
    assert "portLevelMtls requires selector" in found[0].message


def test_service_entry_duplicate_port_numbers(checker):
    se = {"apiVersion": "networking.istio.io/v1", "kind": "ServiceEntry",
          "metadata": {"name": "z", "namespace": "n"},
          "spec": {"hosts": ["zipkin.example.com"], "resolution": "DNS",
                   "ports": [{"number": 9411, "name": "http", "protocol": "HTTP"},
                             {"number": 9411, "name": "http2", "protocol": "HTTP"}]}}
    found = checker.check(se)
    assert [f.path for f in found] == ["spec.ports"]
    assert "port number cannot be duplicated" in found[0].message


def test_evaluation_error_is_an_error_finding(checker):
    found = checker.check(vs([{"timeout": "soon"}]))
    assert [(f.code, f.path, f.severity) for f in found] == [(messages.CEL_RULE_ERROR, "spec.http[0].timeout",
                                                              Severity.ERROR)]
    assert "cannot be evaluated" in found[0].message and '"soon"' in found[0].message


def test_wrong_type_is_left_to_the_schema_check(checker):
    assert checker.check(vs([{"timeout": 30}])) == []


def test_null_and_absent_values_are_not_checked(checker):
    assert checker.check(vs([{"timeout": None}, {}])) == []


def test_other_api_versions_use_their_own_rules(checker):
    for version in ("v1alpha3", "v1beta1"):
        doc = vs([{"timeout": "0s"}])
        doc["apiVersion"] = f"networking.istio.io/{version}"
        assert [f.path for f in checker.check(doc)] == ["spec.http[0].timeout"]


def test_unknown_kinds_and_core_kinds_have_no_rules(checker):
    assert checker.check({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}}) == []
    assert checker.check({"apiVersion": "example.com/v1", "kind": "Thing"}) == []
    assert checker.check("not an object") == []


def synthetic_checker(rules: list[dict], node_type: str = "object", path=("spec",)) -> CelChecker:
    return CelChecker({"resources": {"example.com/v1/Thing": {"source": "test", "nodes": [
        {"path": list(path), "type": node_type, "rules": rules}]}}})


def thing(spec) -> dict:
    return {"apiVersion": "example.com/v1", "kind": "Thing", "metadata": {"name": "t"}, "spec": spec}


def test_transition_rules_are_skipped_on_create():
    c = synthetic_checker([{"rule": "self.replicas >= oldSelf.replicas", "message": "no scale down"},
                           {"rule": "self.replicas > 0", "message": "replicas must be positive"}])
    assert c.coverage.transition_sites == 1
    found = c.check(thing({"replicas": 0}))
    assert [f.message.split(" (")[0] for f in found] == ["replicas must be positive"]


def test_message_expression_field_path_and_reason():
    c = synthetic_checker([{"rule": "self.replicas <= 10",
                            "messageExpression": "'replicas must be at most 10, not ' + string(self.replicas)",
                            "fieldPath": ".replicas", "reason": "FieldValueForbidden"}])
    found = c.check(thing({"replicas": 12}))
    assert [f.path for f in found] == ["spec.replicas"]
    assert found[0].message.startswith("Forbidden: replicas must be at most 10, not 12")


def test_rule_without_message_names_the_rule():
    c = synthetic_checker([{"rule": "self.size() > 1"}], node_type="string", path=("spec", "name"))
    found = c.check(thing({"name": "a"}))
    assert found[0].message.startswith("failed rule: self.size() > 1")


def test_uncompilable_rule_is_reported_not_dropped():
    c = synthetic_checker([{"rule": "self.replicas >", "message": "broken"}])
    assert c.coverage.failures and c.check(thing({"replicas": 1})) == []
    warnings = c.unsupported_findings()
    assert [(w.code, w.severity) for w in warnings] == [(messages.CEL_RULE_UNSUPPORTED, Severity.WARNING)]


def test_results_are_memoized_but_per_value(checker):
    docs = [vs([{"timeout": "0s"}]), vs([{"timeout": "1s"}]), vs([{"timeout": "0s"}])]
    assert [len(checker.check(d)) for d in docs] == [1, 0, 1]


# ------------------------------------------------------------------ Kubernetes functions

@pytest.mark.parametrize("expr, expected", [
    ('isURL("https://example.com:80/path?query=val#fragment")', True),
    ('isURL("/absolute-path")', True),
    ('isURL("https://example.com:bad")', False),
    ('isURL("../relative-path")', False),
    ('isURL("example.com")', False),
    ('isURL("")', False),
    ('isURL("http://exa mple.com/")', False),
    ('url("https://example.com/path").getScheme()', "https"),
    ('url("/path").getScheme()', ""),
    ('url("https://user:pass@example.com:80/path?query=val").getHost()', "example.com:80"),
    ('url("https://example.com:80/").getHostname()', "example.com"),
    ('url("https://example.com:80/").getPort()', "80"),
    ('url("https://[::1]:8080/").getHostname()', "::1"),
    ('url("https://[::1]:8080/").getPort()', "8080"),
    ('url("https://example.com/a%20b").getEscapedPath()', "/a%20b"),
    ('url("https://example.com/?k=a&k=b&j=c").getQuery()', {"k": ["a", "b"], "j": ["c"]}),
    ('"tacocat".substring(4)', "cat"),
    ('"tacocat".substring(0, 4)', "taco"),
    ('"tacocat".charAt(3)', "o"),
    ('"tacocat".indexOf("co")', 2),
    ('"tacocat".lastIndexOf("a")', 5),
    ('"TacoCat".lowerAscii()', "tacocat"),
    ('"tacocat".upperAscii()', "TACOCAT"),
    ('"a,b,c".split(",")', ["a", "b", "c"]),
    ('"aaa".replace("a", "b", 2)', "bba"),
    ('"  x ".trim()', "x"),
    ('["a", "b"].join("-")', "a-b"),
])
def test_kubernetes_functions(expr, expected):
    assert evaluate_expression(expr) == expected


@pytest.mark.parametrize("expr", ['"taco".substring(5)', '"taco".substring(3, 1)', 'url("nope").getScheme()',
                                  'url("https://example.com:x/").getHost()'])
def test_kubernetes_function_errors(expr, capsys):
    with pytest.raises(CelEvaluationError):
        evaluate_expression(expr)
    assert capsys.readouterr().err == ""  # nothing leaks to stderr
