"""Policies whose workload selector selects nothing.

* OI1501 (IST0127) an AuthorizationPolicy's ``selector.matchLabels`` matches no workload. A
  policy in the root namespace selects across all namespaces, as Istio applies it.
  FAIL: ``selector: {matchLabels: {app: bogus}}`` next to a Deployment labelled
  ``app: httpbin``.  PASS: ``matchLabels: {app: httpbin}``, or no selector (namespace-wide).
* OI1502 the same for a PeerAuthentication (its selector applies in its own namespace only):
  the mTLS mode written there applies to nothing.

Both are reported only when the namespace in question has workloads among the documents:
with none at all, the analyzer cannot tell (the workloads may come from elsewhere).
Policies bound by ``targetRef(s)`` (gateways, waypoints) are not checked.
"""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from . import codes
from .index import Index, Resource, has_target_ref, match_labels, show_labels

NAME = "selectors"
DESCRIPTION = "AuthorizationPolicy and PeerAuthentication selectors that select nothing"
KINDS = ("AuthorizationPolicy", "PeerAuthentication", "Deployment", "Pod")


def analyze(index: Index) -> Iterator[Finding]:
    for ap in index.kind("AuthorizationPolicy"):
        scope = None if ap.namespace == index.root_namespace else ap.namespace
        yield from _check(index, ap, scope, codes.AUTHZ_SELECTS_NOTHING)
    for pa in index.kind("PeerAuthentication"):
        yield from _check(index, pa, pa.namespace, codes.PEERAUTHN_SELECTS_NOTHING)


def _check(index: Index, policy: Resource, scope: str | None, code: str) -> Iterator[Finding]:
    spec = policy.spec
    labels = match_labels(spec)
    if labels is None or has_target_ref(spec) or not index.has_workloads(scope):
        return
    if index.select(scope, labels):
        return
    where = f"namespace {scope}" if scope else "any namespace"
    effect = ("its rules apply to nothing" if code == codes.AUTHZ_SELECTS_NOTHING
              else "its mTLS mode applies to nothing")
    yield policy.finding(code, "spec.selector.matchLabels", (
        f"no workload in {where} has the labels {show_labels(labels)}, so {effect}; "
        f"{index.label_hint(scope, labels)}; fix the selector (or remove it to apply the policy "
        "to the whole namespace)"))
