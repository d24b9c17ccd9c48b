"""A `self` that passes and one that fails for every distinct CEL rule of the Gateway API CRDs
(gateway-api-v1.5.1-standard-crds.yaml), read by tests/validate/test_cel_rules.py.

The rule texts are the CRD's (whitespace-normalized by the test); the samples are ours."""
from __future__ import annotations

# A transition rule (it reads oldSelf): it runs on update only, never on a rendered manifest.
TRANSITION_RULES = {"self == oldSelf"}

HOSTNAME = r'"""^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"""'
RFC1123 = r"'^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$'"
SVC = {"group": "", "kind": "Service"}
PREFIX = {"path": {"type": "PathPrefix", "value": "/v1"}}
EXACT = {"path": {"type": "Exact", "value": "/v1"}}
REDIRECT = {"type": "RequestRedirect",
            "requestRedirect": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}}}
REWRITE = {"type": "URLRewrite", "urlRewrite": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}}}
TOO_MANY_MATCHES = [{"matches": [{}] * 64}, {"matches": [{}] * 64}, {"matches": [{}]}]  # 129 in all


def _sum_of_matches(guarded: bool) -> str:
    term = ("(self.size() > {i} ? (has(self[{i}].matches) ? self[{i}].matches.size() : 0) : 0)" if guarded
            else "(self.size() > {i} ? self[{i}].matches.size() : 0)")
    return " + ".join(term.format(i=i) for i in range(16)) + " <= 128"


def _same_parent(a: str, b: str) -> str:
    return (f"{a}.group == {b}.group && {a}.kind == {b}.kind && {a}.name == {b}.name && "
            f"(((!has({a}.__namespace__) || {a}.__namespace__ == '') && (!has({b}.__namespace__) || "
            f"{b}.__namespace__ == '')) || (has({a}.__namespace__) && has({b}.__namespace__) && "
            f"{a}.__namespace__ == {b}.__namespace__ ))")


def _path_rules() -> dict[str, tuple[object, object]]:
    good = {"type": "PathPrefix", "value": "/v1/traces"}
    cases = {"self.value.startsWith('/')": "v1", "!self.value.contains('//')": "/a//b",
             "!self.value.contains('/./')": "/a/./b", "!self.value.contains('/../')": "/a/../b",
             "!self.value.contains('%2f')": "/a%2fb", "!self.value.contains('%2F')": "/a%2Fb",
             "!self.value.contains('#')": "/a#b", "!self.value.endsWith('/..')": "/a/..",
             "!self.value.endsWith('/.')": "/a/."}
    out = {f"(self.type in ['Exact','PathPrefix']) ? {test} : true": (good, {"type": "Exact", "value": bad})
           for test, bad in cases.items()}
    out["(self.type in ['Exact','PathPrefix']) ? self.value.matches(r\"\"\"^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|"
        "[%][0-9a-fA-F]{2})+$\"\"\") : true"] = (good, {"type": "Exact", "value": "/a b"})
    out["self.type in ['Exact','PathPrefix'] || self.type == 'RegularExpression'"] = (
        {"type": "RegularExpression", "value": "/v1/.*"}, {"type": "Prefix", "value": "/"})
    return out


def _filter_rules() -> dict[str, tuple[object, object]]:
    out: dict[str, tuple[object, object]] = {}
    for field, kind in (("cors", "CORS"), ("requestHeaderModifier", "RequestHeaderModifier"),
                        ("responseHeaderModifier", "ResponseHeaderModifier"), ("requestMirror", "RequestMirror"),
                        ("requestRedirect", "RequestRedirect"), ("urlRewrite", "URLRewrite"),
                        ("extensionRef", "ExtensionRef")):
        good = {"type": kind, field: {}}
        out[f"!(has(self.{field}) && self.type != '{kind}')"] = (good, {"type": "CORS" if kind != "CORS"
                                                                        else "URLRewrite", field: {}})
        out[f"!(!has(self.{field}) && self.type == '{kind}')"] = (good, {"type": kind})
    for kind in ("CORS", "RequestHeaderModifier", "ResponseHeaderModifier", "RequestRedirect", "URLRewrite"):
        out[f"self.filter(f, f.type == '{kind}').size() <= 1"] = ([{"type": kind}], [{"type": kind}] * 2)
    return out


def _redirect_path_rules() -> dict[str, tuple[object, object]]:
    out = {}
    for kind, field in (("ReplaceFullPath", "replaceFullPath"), ("ReplacePrefixMatch", "replacePrefixMatch")):
        other = "ReplacePrefixMatch" if kind == "ReplaceFullPath" else "ReplaceFullPath"
        good = {"type": kind, field: "/v2"}
        out[f"self.type == '{kind}' ? has(self.{field}) : true"] = (good, {"type": kind})
        out[f"has(self.{field}) ? self.type == '{kind}' : true"] = (good, {"type": other, field: "/v2"})
    return out


def _prefix_rewrite_rules() -> dict[str, tuple[object, object]]:
    tail = ("((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != "
            "'PathPrefix') ? false : true) : true")
    out = {}
    for field, kind in (("requestRedirect", REDIRECT), ("urlRewrite", REWRITE)):
        has_filter = (f"f.filters.exists_one(f, has(f.{field}) && has(f.{field}.path) && f.{field}.path.type == "
                      f"'ReplacePrefixMatch' && has(f.{field}.path.replacePrefixMatch))")
        rule = f"(has(self.filters) && self.{has_filter[2:]}) ? {tail}"
        out[rule] = ({"matches": [PREFIX], "filters": [kind]}, {"matches": [EXACT], "filters": [kind]})
        inner = has_filter.replace("f.filters", "b.filters")
        rule = f"(has(self.backendRefs) && self.backendRefs.exists_one(b, (has(b.filters) && {inner}) )) ? {tail}"
        ref = dict(SVC, name="collector", port=4318, filters=[kind])
        out[rule] = ({"matches": [PREFIX], "backendRefs": [ref]}, {"matches": [EXACT], "backendRefs": [ref]})
    return out


def _san_rules() -> dict[str, tuple[object, object]]:
    out = {}
    for kind, field, value in (("Hostname", "hostname", "collector.example.com"),
                               ("URI", "uri", "spiffe://cluster.local/ns/a/sa/b")):
        other = ("URI", "uri", "spiffe://x") if kind == "Hostname" else ("Hostname", "hostname", "x.example.com")
        good = {"type": kind, field: value}
        out[f'!(self.type == "{kind}" && (!has(self.{field}) || self.{field} == ""))'] = (good, {"type": kind})
        out[f'!(self.type != "{kind}" && has(self.{field}) && self.{field} != "")'] = (
            good, {"type": other[0], other[1]: other[2], field: value})
    return out


def _listener(name: str, port: int, protocol: str = "HTTP", **extra) -> dict:
    return {"name": name, "port": port, "protocol": protocol, **extra}


GATEWAY_API_SAMPLES: dict[str, tuple[object, object]] = {
    # Gateway
    "self.all(a1, a1.type == 'IPAddress' && has(a1.value) ? self.exists_one(a2, a2.type == a1.type && "
    "has(a2.value) && a2.value == a1.value) : true )":
        ([{"type": "IPAddress", "value": "10.0.0.1"}, {"type": "IPAddress", "value": "10.0.0.2"}],
         [{"type": "IPAddress", "value": "10.0.0.1"}, {"type": "IPAddress", "value": "10.0.0.1"}]),
    "self.all(a1, a1.type == 'Hostname' && has(a1.value) ? self.exists_one(a2, a2.type == a1.type && "
    "has(a2.value) && a2.value == a1.value) : true )":
        ([{"type": "Hostname", "value": "a.example.com"}, {"type": "Hostname", "value": "b.example.com"}],
         [{"type": "Hostname", "value": "a.example.com"}, {"type": "Hostname", "value": "a.example.com"}]),
    f"self.type == 'Hostname' ? (!has(self.value) || self.value.matches(r{HOSTNAME})): true":
        ({"type": "Hostname", "value": "gw.example.com"}, {"type": "Hostname", "value": "Bad_Host"}),
    f"self.type == 'Hostname' ? self.value.matches(r{HOSTNAME}): true":
        ({"type": "Hostname", "value": "*.example.com"}, {"type": "Hostname", "value": "Bad_Host"}),
    'self.all(key, key.matches(r"""^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?'
    '([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$"""))':
        ({"example.com/owner": "otlp"}, {"-owner": "otlp"}),
    'self.all(key, key.split("/")[0].size() < 253)': ({"example.com/owner": "x"}, {"a" * 253 + "/owner": "x"}),
    "self.all(l, l.protocol in ['HTTP', 'TCP', 'UDP'] ? !has(l.tls) : true)":
        ([_listener("http", 80)], [_listener("http", 80, tls={"mode": "Terminate"})]),
    "self.all(l, (l.protocol == 'HTTPS' && has(l.tls)) ? (l.tls.mode == '' || l.tls.mode == 'Terminate') : true)":
        ([_listener("https", 443, "HTTPS", tls={"mode": "Terminate"})],
         [_listener("https", 443, "HTTPS", tls={"mode": "Passthrough"})]),
    "self.all(l, (l.protocol == 'TLS' ? has(l.tls) && has(l.tls.mode) && l.tls.mode != '' : true))":
        ([_listener("tls", 443, "TLS", tls={"mode": "Passthrough"})], [_listener("tls", 443, "TLS")]),
    "self.all(l, l.protocol in ['TCP', 'UDP'] ? (!has(l.hostname) || l.hostname == '') : true)":
        ([_listener("tcp", 9000, "TCP")], [_listener("tcp", 9000, "TCP", hostname="a.example.com")]),
    "self.all(l1, self.exists_one(l2, l1.name == l2.name))":
        ([_listener("a", 80), _listener("b", 81)], [_listener("a", 80), _listener("a", 81)]),
    "self.all(l1, self.exists_one(l2, l1.port == l2.port && l1.protocol == l2.protocol && (has(l1.hostname) && "
    "has(l2.hostname) ? l1.hostname == l2.hostname : !has(l1.hostname) && !has(l2.hostname))))":
        ([_listener("a", 80), _listener("b", 80, hostname="b.example.com")], [_listener("a", 80), _listener("b", 80)]),
    "self.all(l1, !has(l1.port) || self.exists_one(l2, has(l2.port) && l1.port == l2.port && "
    "l1.protocol == l2.protocol && (has(l1.hostname) && has(l2.hostname) ? l1.hostname == l2.hostname : "
    "!has(l1.hostname) && !has(l2.hostname))))":
        ([_listener("a", 80), _listener("b", 81)], [_listener("a", 80), _listener("b", 80)]),
    "self.mode == 'Terminate' ? size(self.certificateRefs) > 0 || size(self.options) > 0 : true":
        ({"mode": "Terminate", "certificateRefs": [{"name": "cert"}]},
         {"mode": "Terminate", "certificateRefs": [], "options": {}}),
    "self.all(t1, self.exists_one(t2, t1.port == t2.port))":
        ([{"port": 443}, {"port": 8443}], [{"port": 443}, {"port": 443}]),
    # HTTPRoute, GRPCRoute: parents (namespace is spelt __namespace__ in the rules)
    f"self.all(p1, self.all(p2, {_same_parent('p1', 'p2')} ? ((!has(p1.sectionName) || p1.sectionName == '') == "
    "(!has(p2.sectionName) || p2.sectionName == '')) : true))":
        ([dict(SVC, name="collector", namespace="a"), dict(SVC, name="collector", namespace="b", sectionName="grpc")],
         [dict(SVC, name="collector", namespace="a"), dict(SVC, name="collector", namespace="a", sectionName="grpc")]),
    f"self.all(p1, self.exists_one(p2, {_same_parent('p1', 'p2')} && (((!has(p1.sectionName) || "
    "p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || (has(p1.sectionName) && "
    "has(p2.sectionName) && p1.sectionName == p2.sectionName))))":
        ([dict(SVC, name="collector", namespace="a"), dict(SVC, name="collector", namespace="b")],
         [dict(SVC, name="collector", namespace="a"), dict(SVC, name="collector", namespace="a")]),
    _sum_of_matches(guarded=False): ([{"matches": [PREFIX]}], TOO_MANY_MATCHES),
    _sum_of_matches(guarded=True): ([{"matches": [{"method": {"service": "a.B"}}]}, {}], TOO_MANY_MATCHES),
    "(has(self.backendRefs) && size(self.backendRefs) > 0) ? (!has(self.filters) || "
    "self.filters.all(f, !has(f.requestRedirect))): true":
        ({"backendRefs": [dict(SVC, name="c", port=80)], "filters": [{"type": "RequestHeaderModifier"}]},
         {"backendRefs": [dict(SVC, name="c", port=80)], "filters": [REDIRECT]}),
    **_prefix_rewrite_rules(),
    "!(self.exists(f, f.type == 'RequestRedirect') && self.exists(f, f.type == 'URLRewrite'))":
        ([{"type": "URLRewrite"}], [{"type": "RequestRedirect"}, {"type": "URLRewrite"}]),
    **_filter_rules(),
    "!('*' in self && self.size() > 1)": (["*"], ["*", "x-otlp"]),
    "!(has(self.percent) && has(self.fraction))":
        ({"percent": 10}, {"percent": 10, "fraction": {"numerator": 1, "denominator": 10}}),
    "self.numerator <= self.denominator": ({"numerator": 1, "denominator": 2}, {"numerator": 3, "denominator": 2}),
    **_redirect_path_rules(),
    **_path_rules(),
    "!(has(self.request) && has(self.backendRequest) && duration(self.request) != duration('0s') && "
    "duration(self.backendRequest) > duration(self.request))":
        ({"request": "10s", "backendRequest": "5s"}, {"request": "10s", "backendRequest": "20s"}),
    # GRPCRoute method matches
    "has(self.type) ? has(self.service) || has(self.method) : true":
        ({"type": "Exact", "service": "opentelemetry.proto.collector.trace.v1.TraceService"}, {"type": "Exact"}),
    "(!has(self.type) || self.type == 'Exact') && has(self.service) ? self.service.matches(r\"\"\"^(?i)\\.?[a-z_]"
    "[a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$\"\"\"): true":
        ({"type": "Exact", "service": "opentelemetry.proto.collector.trace.v1.TraceService"},
         {"type": "Exact", "service": "otlp-traces"}),
    "(!has(self.type) || self.type == 'Exact') && has(self.method) ? self.method.matches(r\"\"\"^[A-Za-z_]"
    "[A-Za-z_0-9]*$\"\"\"): true":
        ({"method": "Export"}, {"method": "Ex/port"}),
    # BackendTLSPolicy
    "self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name ? "
    "((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == '')) : true))":
        ([dict(SVC, name="a")], [dict(SVC, name="a"), dict(SVC, name="a", sectionName="https")]),
    "self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && "
    "(((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || "
    "(has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName))))":
        ([dict(SVC, name="a", sectionName="x"), dict(SVC, name="a", sectionName="y")],
         [dict(SVC, name="a", sectionName="x"), dict(SVC, name="a", sectionName="x")]),
    '!(has(self.caCertificateRefs) && size(self.caCertificateRefs) > 0 && has(self.wellKnownCACertificates) && '
    'self.wellKnownCACertificates != "")':
        ({"wellKnownCACertificates": "System"},
         {"caCertificateRefs": [{"name": "ca"}], "wellKnownCACertificates": "System"}),
    '(has(self.caCertificateRefs) && size(self.caCertificateRefs) > 0 || has(self.wellKnownCACertificates) && '
    'self.wellKnownCACertificates != "")':
        ({"caCertificateRefs": [{"name": "ca"}]}, {"hostname": "collector.example.com"}),
    **_san_rules(),
    # TLSRoute
    "self.all(h, !isIP(h))": (["collector.example.com"], ["10.0.0.1"]),
    f"self.all(h, !h.contains('*') ? h.matches({RFC1123}) : true)":
        (["collector.example.com", "*.example.com"], ["Collector_1.example.com"]),
    f"self.all(h, h.contains('*') ? (h.startsWith('*.') && h.substring(2).matches({RFC1123})) : true)":
        (["*.example.com"], ["a.*.example.com"]),
}
