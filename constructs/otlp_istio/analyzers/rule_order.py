"""VirtualService rule order: rules and matches that can never be used.

As Istio's validation reports them (``analyzeUnreachable*Rules``, shown by istioctl):

* OI1106 (IST0130) an http, tcp or tls rule that is never used: it comes after a rule without
  ``match`` (only the last rule may have none), or every one of its matches repeats an earlier
  rule's.
* OI1107 (IST0131) a match that is never used: it repeats an earlier rule's match (``name``
  aside), or an earlier http match covers it — its ``uri.prefix`` starts with the earlier
  one's, on the same port, with the same (or a narrower) method, authority, headers, query
  parameters and withoutHeaders; a match without method matches GET there, as Istio's check.

Ours, stricter:

* OI1111 an http rule after one whose match takes every request (``uri: {prefix: /}`` or
  ``{regex: .*}`` with nothing else): Istio's own check only knows rules without ``match``.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from .. import messages
from ..findings import Finding
from .index import Index, Resource, as_dict, as_list, text

NAME = "rule_order"
DESCRIPTION = "Unreachable VirtualService rules and ineffective matches"
KINDS = ("VirtualService",)

_NEUTRAL_MATCH_KEYS = {"name", "ignoreUriCase"}


def analyze(index: Index) -> Iterator[Finding]:
    for vs in index.kind("VirtualService"):
        for proto in ("http", "tcp", "tls"):
            yield from _unreachable(vs, proto)
        yield from _shadowed(vs)


def _canon(value: Any, seen: frozenset[int] = frozenset()) -> Any:
    """A comparable form of any YAML value (keys of any type, aliases that refer to themselves)."""
    if isinstance(value, (dict, list)):
        if id(value) in seen:
            return "<cycle>"
        seen = seen | {id(value)}
        if isinstance(value, dict):
            return sorted((repr(k), _canon(v, seen)) for k, v in value.items())
        return [_canon(v, seen) for v in value]
    return repr(value)


def _key(match: Any) -> str:
    return json.dumps(_canon({k: v for k, v in as_dict(match).items() if k != "name"}))


def _name(rule: dict, i: int) -> str:
    return f"rule {i} ({text(rule['name'])})" if rule.get("name") else f"rule {i}"


def _unreachable(vs: Resource, proto: str) -> Iterator[Finding]:
    rules = [as_dict(r) for r in as_list(vs.spec.get(proto))]
    seen: dict[str, tuple[int, int]] = {}
    empty: int | None = None
    covering: list[tuple[int, int, dict]] = []
    for i, rule in enumerate(rules):
        matches = as_list(rule.get("match"))
        if not matches:
            if empty is not None:
                yield vs.finding(messages.UNREACHABLE_ROUTE_RULE, f"spec.{proto}[{i}]", (
                    f"{_name(rule, i)} is never used: only the last rule may have no match, and "
                    f"rule {empty} (spec.{proto}[{empty}]) has none already; give it a match or remove it"))
            empty = i
            continue
        if empty is not None:
            yield vs.finding(messages.UNREACHABLE_ROUTE_RULE, f"spec.{proto}[{i}]", (
                f"{_name(rule, i)} is never used: rule {empty} (spec.{proto}[{empty}]) has no match, so it takes "
                "every request first; put the rule without match last"))
            continue
        duplicates = 0
        for j, m in enumerate(matches):
            key = _key(m)
            if key in seen:
                di, dj = seen[key]
                duplicates += 1
                yield vs.finding(messages.INEFFECTIVE_MATCH, f"spec.{proto}[{i}].match[{j}]", (
                    f"match {j} of {_name(rule, i)} is never used: rule {di} has the same match "
                    f"(spec.{proto}[{di}].match[{dj}]) and comes first; remove it or make it narrower"))
                continue
            seen[key] = (i, j)
            if proto == "http":
                shape = _prefix_shape(as_dict(m))
                if shape is not None:
                    covering.append((i, j, shape))
        if duplicates == len(matches):
            yield vs.finding(messages.UNREACHABLE_ROUTE_RULE, f"spec.{proto}[{i}]", (
                f"{_name(rule, i)} is never used: every one of its matches is an earlier rule's; remove it"))
    for a in range(len(covering)):
        ai, aj, sa = covering[a]
        for b in range(a + 1, len(covering)):
            bi, bj, sb = covering[b]
            if sb["prefix"] != sa["prefix"] and _covers(sa, sb):
                yield vs.finding(messages.INEFFECTIVE_MATCH, f"spec.http[{bi}].match[{bj}]", (
                    f"match {bj} of rule {bi} (prefix {sb['prefix']}) is never used: match {aj} of rule {ai} "
                    f"(prefix {sa['prefix']}) covers it and comes first; put the narrower match first"))


def _exact_or_prefix(value: Any) -> str:
    value = as_dict(value)
    if value.get("exact"):
        return "exact:" + text(value["exact"])
    if value.get("prefix"):
        return "prefix:" + text(value["prefix"])
    return ""


def _prefix_shape(m: dict) -> dict | None:
    prefix = text(as_dict(m.get("uri")).get("prefix"))
    if not prefix:
        return None
    return {
        "prefix": prefix, "port": m.get("port"),
        "method": _exact_or_prefix(m.get("method")) or "exact:GET",
        "authority": _exact_or_prefix(m.get("authority")),
        "headers": {k: _exact_or_prefix(v) for k, v in as_dict(m.get("headers")).items()},
        "query": {k: _exact_or_prefix(v) for k, v in as_dict(m.get("queryParams")).items()},
        "without": {k: _exact_or_prefix(v) for k, v in as_dict(m.get("withoutHeaders")).items()},
    }


def _covers(a: dict, b: dict) -> bool:
    """Whether the earlier match ``a`` takes every request the later ``b`` would (Istio's check)."""
    if not b["prefix"].startswith(a["prefix"]) or a["port"] != b["port"]:
        return False
    for key in ("method", "authority"):
        if a[key] != b[key] and not a[key].startswith(b[key]):
            return False
    for key in ("headers", "query", "without"):
        if len(a[key]) != len(b[key]):
            return False
        for k, v in a[key].items():
            if k not in b[key] or (v != b[key][k] and not v.startswith(b[key][k])):
                return False
    return True


def _takes_everything(m: dict) -> bool:
    keys = set(m) - _NEUTRAL_MATCH_KEYS
    return keys == {"uri"} and as_dict(m.get("uri")) in ({"prefix": "/"}, {"regex": ".*"}, {"regex": "/.*"})


def _shadowed(vs: Resource) -> Iterator[Finding]:
    rules = [as_dict(r) for r in as_list(vs.spec.get("http"))]
    for i, rule in enumerate(rules):
        if not as_list(rule.get("match")):
            return  # Istio's own check takes it from here
        if any(_takes_everything(as_dict(m)) for m in as_list(rule.get("match"))):
            for k in range(i + 1, len(rules)):
                yield vs.finding(messages.RULE_AFTER_CATCH_ALL_MATCH, f"spec.http[{k}]", (
                    f"{_name(rules[k], k)} is never used: rule {i} (spec.http[{i}]) matches every request with a "
                    "match that takes everything; put that rule last (or drop its match)"))
            return
