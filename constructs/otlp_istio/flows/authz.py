"""AuthorizationPolicies at a receiving workload, decided as Istio's sidecar decides them.

What Istio does (``pilot/pkg/security/authz/builder/builder.go``, ``model/model.go``,
``model/generator.go``; ``pilot/pkg/model/authorization.go`` for which policies apply):

* the policies of the mesh root namespace and of the workload's namespace apply, each when its
  ``selector`` matches the workload's labels (no selector: every workload there); a policy with
  ``targetRef(s)`` never applies to a sidecar;
* CUSTOM is asked first (here: an external authorizer, not in the files), then DENY, then ALLOW:
  a request any DENY rule matches is refused; when ALLOW policies apply, a request no ALLOW rule
  matches is refused; AUDIT decides nothing. An ALLOW or DENY policy without rules matches nothing;
* a rule matches when one of its ``from`` and one of its ``to`` match (none given: any), and its
  ``when``; inside one ``source`` or ``operation`` every field must match;
* on a port Istio treats as TCP (its Service port's protocol), the HTTP-only fields (``methods``,
  ``paths``, ``hosts``, ``requestPrincipals`` and their ``not`` forms) cannot be checked: an ALLOW
  rule using one is left out entirely (it never matches TCP traffic), while a DENY rule loses the
  condition (it matches more). ``model.go`` ``checkError`` says so;
* a plaintext request has no peer identity, so ``principals`` and ``namespaces`` never match it
  (their ``not`` forms always do).

A caller may stand for many identities (the environment names no client: any workload of the
mesh): a rule naming principals then matches *some* of them. Such a flow works, for those.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Optional

from ..analyzers.index import Index, Resource, Workload, as_dict, as_list, has_target_ref, match_labels, text
from ..selectors import map_selects


class Match(enum.Enum):
    YES = "yes"
    SOME = "some"  # for some of the identities the caller stands for
    UNKNOWN = "unknown"  # a condition the model does not follow (when:, ipBlocks, headers, ...)
    NO = "no"


def _and(items: list[Match]) -> Match:
    if Match.NO in items:
        return Match.NO
    if Match.UNKNOWN in items:
        return Match.UNKNOWN
    return Match.SOME if Match.SOME in items else Match.YES


def _or(items: list[Match]) -> Match:
    if Match.YES in items:
        return Match.YES
    if Match.SOME in items:
        return Match.SOME
    return Match.UNKNOWN if Match.UNKNOWN in items else Match.NO


@dataclass(frozen=True)
class Caller:
    """What the receiving sidecar knows of the sender."""

    authenticated: bool  # arrived as Istio mTLS, with a peer certificate
    principal: Optional[str] = None  # cluster.local/ns/<ns>/sa/<sa>
    namespace: Optional[str] = None
    any_identity: bool = False  # every identity of the mesh (or of ``namespace``)


@dataclass(frozen=True)
class Call:
    """The request at the workload: its port there (``destination.port``), and whether the port's
    filter chain is HTTP (else TCP: the HTTP-only fields cannot be checked)."""

    port: int
    http: bool
    method: Optional[str] = None
    path: Optional[str] = None


@dataclass(frozen=True)
class Decision:
    allowed: Match  # YES: allowed; NO: refused; SOME: allowed for some callers; UNKNOWN
    says: str
    policy: Optional[Resource] = None  # the policy that decided (the DENY that matched, the ALLOW that did not)
    path: str = ""
    brief: Optional[str] = None  # a refusal, said of the policies (the same for every request they refuse)
    why: Optional[str] = None  # a refusal's reason for this request, short


HTTP_ONLY = ("methods", "notMethods", "paths", "notPaths", "hosts", "notHosts")
HTTP_ONLY_SOURCE = ("requestPrincipals", "notRequestPrincipals")
MODELLED_SOURCE = ("principals", "notPrincipals", "namespaces", "notNamespaces", "serviceAccounts",
                   "notServiceAccounts")
MODELLED_OPERATION = ("ports", "notPorts") + HTTP_ONLY


def string_match(pattern: str, value: str) -> bool:
    """Istio's string match: ``*`` (any non-empty), ``prefix*``, ``*suffix``, or exact."""
    if pattern == "*":
        return bool(value)
    if pattern.endswith("*"):
        return value.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return value.endswith(pattern[1:])
    return value == pattern


def path_match(pattern: str, value: str) -> Optional[bool]:
    """A ``paths`` entry against a path (the query is not part of it); None for a path template
    (``{*}``, ``{**}``), which the model does not evaluate."""
    if "{" in pattern:
        return None
    return string_match(pattern, value.split("?", 1)[0])


def policies_for(index: Index, w: Workload) -> list[Resource]:
    """The AuthorizationPolicies that apply to a sidecar workload, sorted by namespace and name."""
    out = []
    for ap in index.kind("AuthorizationPolicy"):
        if ap.namespace not in (index.root_namespace, w.namespace) or has_target_ref(ap.spec):
            continue
        labels = match_labels(ap.spec)
        if labels is None or map_selects(labels, w.labels):
            out.append(ap)
    return sorted(out, key=lambda r: (r.namespace != index.root_namespace, r.namespace or "", r.name))


# ---------------------------------------------------------------- one source, one operation

def _principal_values(caller: Caller, patterns: list[str]) -> Match:
    """Whether the caller's identity is one of ``patterns``."""
    if not caller.authenticated:
        return Match.NO
    if caller.principal:
        return Match.YES if any(string_match(p, caller.principal) for p in patterns) else Match.NO
    if "*" in patterns:
        return Match.YES
    if caller.namespace:  # any identity of one namespace
        ok = [p for p in patterns if p.endswith("*") or f"/ns/{caller.namespace}/" in p or p.startswith("*")]
        return Match.SOME if ok else Match.NO
    return Match.SOME


def _namespace_values(caller: Caller, patterns: list[str]) -> Match:
    if not caller.authenticated:
        return Match.NO
    if caller.namespace:
        return Match.YES if any(string_match(p, caller.namespace) for p in patterns) else Match.NO
    return Match.YES if "*" in patterns else Match.SOME


def _negate(m: Match) -> Match:
    return {Match.YES: Match.NO, Match.NO: Match.YES}.get(m, m)


def _source(caller: Caller, source: dict, *, http: bool, allow: bool) -> tuple[Match, str]:
    parts: list[Match] = []
    why: list[str] = []
    for key, value in source.items():
        values = [text(v) for v in as_list(value)]
        if not values:
            continue
        if key in HTTP_ONLY_SOURCE:
            if not http:
                if allow:  # the whole rule is left out on a TCP chain
                    return Match.NO, f"{key} is HTTP-only: on a TCP port Istio leaves this ALLOW rule out"
                continue  # DENY: the condition is dropped
            parts.append(Match.UNKNOWN)
            why.append(f"{key} (request authentication) is not followed by the model")
            continue
        if key not in MODELLED_SOURCE:
            parts.append(Match.UNKNOWN)
            why.append(f"{key} is not followed by the model")
            continue
        if key in ("principals", "notPrincipals"):
            m = _principal_values(caller, values)
        elif key in ("serviceAccounts", "notServiceAccounts"):
            sa = ([f"*/ns/{v.split('/')[0]}/sa/{v.split('/')[1]}" if "/" in v else f"*/sa/{v}" for v in values])
            m = _principal_values(caller, sa)
        else:
            m = _namespace_values(caller, values)
        if key.startswith("not"):
            m = _negate(m)
        parts.append(m)
        if m is Match.NO:
            why.append(f"{key} {values} does not match {_who(caller)}")
        elif m is Match.SOME:
            why.append(f"{key} {values} matches some callers only")
    return _and(parts), "; ".join(why)


def _who(caller: Caller) -> str:
    if not caller.authenticated:
        return "a plaintext caller (no identity)"
    if caller.principal:
        return caller.principal
    return f"the callers of namespace {caller.namespace}" if caller.namespace else "the callers"


def _operation(call: Call, operation: dict, *, allow: bool) -> tuple[Match, str]:
    parts: list[Match] = []
    why: list[str] = []
    for key, value in operation.items():
        values = [text(v) for v in as_list(value)]
        if not values:
            continue
        if key not in MODELLED_OPERATION:
            parts.append(Match.UNKNOWN)
            why.append(f"{key} is not followed by the model")
            continue
        if key in HTTP_ONLY and not call.http:
            if allow:
                return Match.NO, (f"{key} is HTTP-only and port {call.port} is TCP to Istio: it leaves this "
                                  "ALLOW rule out")
            continue
        if key in ("ports", "notPorts"):
            m = Match.YES if str(call.port) in values else Match.NO
            what = f"port {call.port}"
        elif key in ("methods", "notMethods"):
            m = Match.YES if any(string_match(v, call.method or "") for v in values) else Match.NO
            what = call.method or "no method"
        elif key in ("paths", "notPaths"):
            got = [path_match(v, call.path or "") for v in values]
            m = Match.YES if any(g is True for g in got) else Match.UNKNOWN if None in got else Match.NO
            what = call.path or "no path"
        else:  # hosts: the Host header as the caller wrote it, not known here
            parts.append(Match.UNKNOWN)
            why.append(f"{key} depends on the Host header the caller sends")
            continue
        if key.startswith("not"):
            m = _negate(m)
        parts.append(m)
        if m is Match.NO:
            why.append(f"{key} {values} does not match {what}")
    return _and(parts), "; ".join(why)


def _rule(rule: dict, caller: Caller, call: Call, *, allow: bool) -> tuple[Match, str]:
    sources = [as_dict(as_dict(f).get("source")) for f in as_list(rule.get("from"))]
    operations = [as_dict(as_dict(t).get("operation")) for t in as_list(rule.get("to"))]
    src = [_source(caller, s, http=call.http, allow=allow) for s in sources] or [(Match.YES, "")]
    ops = [_operation(call, o, allow=allow) for o in operations] or [(Match.YES, "")]
    conditions = [Match.UNKNOWN for _ in as_list(rule.get("when"))]
    from_m, to_m = _or([m for m, _ in src]), _or([m for m, _ in ops])
    result = _and([from_m, to_m, *conditions])
    why = [w for m, w in src + ops if m is Match.NO and w] if result is Match.NO else \
          [w for m, w in src + ops if m in (Match.SOME, Match.UNKNOWN) and w]
    if conditions:
        why.append("when: conditions are not followed by the model")
    return result, "; ".join(dict.fromkeys(why))


# ---------------------------------------------------------------- the decision

def decide(index: Index, w: Workload, caller: Caller, call: Call) -> Decision:
    """What the policies applying to ``w`` decide for one request."""
    policies = policies_for(index, w)
    by_action: dict[str, list[Resource]] = {}
    for ap in policies:
        by_action.setdefault(text(ap.spec.get("action")).upper() or "ALLOW", []).append(ap)
    if by_action.get("CUSTOM"):
        ap = by_action["CUSTOM"][0]
        return Decision(Match.UNKNOWN, f"{ap.label} (CUSTOM) asks an external authorizer, not in the files", ap,
                        "spec.provider")
    partial: list[str] = []
    for ap in by_action.get("DENY", []):
        for i, rule in enumerate(as_list(ap.spec.get("rules"))):
            m, why = _rule(as_dict(rule), caller, call, allow=False)
            if m is Match.YES:
                dropped = _dropped_http(as_dict(rule), call)
                return Decision(Match.NO, f"{ap.label} (DENY) rule {i} matches{dropped}", ap, f"spec.rules[{i}]",
                                brief=f"DENY rule {i} of {ap.label} matches these requests{dropped}",
                                why=f"port {call.port}")
            if m in (Match.SOME, Match.UNKNOWN):
                partial.append(f"{ap.label} (DENY) rule {i} may match ({why})")
    allows = by_action.get("ALLOW", [])
    if not allows:
        if any("may match" in p for p in partial):
            return Decision(Match.UNKNOWN if any("not followed" in p for p in partial) else Match.SOME,
                            "; ".join(partial))
        return Decision(Match.YES, "no ALLOW policy applies, no DENY rule matches" if policies else
                        "no AuthorizationPolicy applies")
    misses: list[str] = []
    some: list[str] = []
    unknown: list[str] = []
    for ap in allows:
        rules = as_list(ap.spec.get("rules"))
        if not rules:
            misses.append(f"{ap.label} has no rules (it matches nothing)")
        for i, rule in enumerate(rules):
            m, why = _rule(as_dict(rule), caller, call, allow=True)
            if m is Match.YES:
                says = f"{ap.label} (ALLOW) rule {i} matches"
                if partial:
                    return Decision(Match.SOME, says + "; " + "; ".join(partial), ap, f"spec.rules[{i}]")
                return Decision(Match.YES, says, ap, f"spec.rules[{i}]")
            (some if m is Match.SOME else unknown if m is Match.UNKNOWN else misses).append(
                f"{ap.label} rule {i}: {why}" if why else f"{ap.label} rule {i}")
    if some:
        return Decision(Match.SOME, "allowed for some callers only: " + "; ".join(some), allows[0], "spec.rules")
    if unknown:
        return Decision(Match.UNKNOWN, "; ".join(unknown), allows[0], "spec.rules")
    names = ", ".join(ap.label for ap in allows)
    return Decision(Match.NO, f"ALLOW policies apply ({names}) and none of their rules matches: " + "; ".join(misses),
                    allows[0], "spec.rules", brief=f"ALLOW policies apply at the receiving pods ({names}) and none of "
                    "their rules matches these requests", why=_short(misses))


def _short(misses: list[str]) -> str:
    """The reasons, without the policy's name each repeats."""
    out = []
    for m in misses:
        _, _, reason = m.partition(": ")
        out.append(reason or m)
    return "; ".join(dict.fromkeys(out))


def _dropped_http(rule: dict, call: Call) -> str:
    if call.http:
        return ""
    keys = sorted({k for t in as_list(rule.get("to")) for k in as_dict(as_dict(t).get("operation"))
                   if k in HTTP_ONLY})
    if not keys:
        return ""
    return (f" (its {', '.join(keys)} are HTTP-only: on TCP port {call.port} Istio drops them, so the DENY "
            "rule matches every request there)")


__all__ = ["Call", "Caller", "Decision", "Match", "decide", "policies_for", "string_match", "path_match"]
