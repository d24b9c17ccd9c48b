"""Telemetry resources that compete for the same workloads.

Istio applies one Telemetry per level: one without selector per namespace (the root
namespace's is mesh-wide), and one with a selector per workload. More than one at a level
is undefined behaviour: which one wins is not specified.

* OI1503 (IST0159) two Telemetries of a namespace select the same workload (a workload among
  the documents has both selectors' labels, or the two selectors are identical).
  FAIL: ``matchLabels: {app: collector}`` and ``matchLabels: {version: v1}`` with a pod
  template labelled ``app: collector, version: v1``.  PASS: disjoint selectors.
* OI1504 (IST0160) a namespace has several Telemetries without selector.
"""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from . import codes
from .index import Index, Resource, has_target_ref, match_labels, show_labels

NAME = "telemetry"
DESCRIPTION = "Telemetry selector conflicts and several namespace-wide Telemetries"
KINDS = ("Telemetry", "Deployment", "Pod")


def analyze(index: Index) -> Iterator[Finding]:
    by_ns: dict[str, list[Resource]] = {}
    for t in index.kind("Telemetry"):
        by_ns.setdefault(t.namespace or "default", []).append(t)
    for ns, items in sorted(by_ns.items()):
        yield from _namespace_wide(index, ns, items)
        yield from _conflicts(index, ns, items)


def _namespace_wide(index: Index, ns: str, items: list[Resource]) -> Iterator[Finding]:
    wide = sorted((t for t in items if match_labels(t.spec) is None and not has_target_ref(t.spec)),
                  key=lambda t: t.name)
    if len(wide) < 2:
        return
    scope = "mesh-wide (root namespace)" if ns == index.root_namespace else f"namespace-wide in {ns}"
    if len({t.name for t in wide}) < 2:
        return  # one object defined twice is still one object
    for t in wide:
        others = ", ".join(sorted({o.name for o in wide if o.name != t.name}))
        yield t.finding(codes.TELEMETRY_MULTIPLE_NAMESPACE_WIDE, "spec", (
            f"Telemetry {t.name} and {others} have no selector, so both are {scope}; Istio uses only one "
            "and which one is undefined; merge them into one, or give all but one a selector"))


def _conflicts(index: Index, ns: str, items: list[Resource]) -> Iterator[Finding]:
    selective = sorted(((t, match_labels(t.spec)) for t in items if match_labels(t.spec) is not None),
                       key=lambda p: p[0].name)
    if len(selective) < 2:
        return
    by_workload: dict[int, list[Resource]] = {}
    by_selector: dict[tuple, list[Resource]] = {}
    for t, labels in selective:
        by_selector.setdefault(tuple(sorted(labels.items())), []).append(t)
        for w in index.select(ns, labels):
            by_workload.setdefault(w.id, []).append(t)
    clashes: dict[str, dict[str, set[str]]] = {}  # telemetry name -> other name -> workloads
    for wid, ts in by_workload.items():
        if len(ts) < 2:
            continue
        for t in ts:
            for o in ts:
                if o.name != t.name:
                    clashes.setdefault(t.name, {}).setdefault(o.name, set()).add(index.workloads[wid].label)
    for ts in by_selector.values():
        for t in ts:
            for o in ts:
                if o.name != t.name:
                    clashes.setdefault(t.name, {}).setdefault(o.name, set())
    for t, labels in selective:
        others = clashes.get(t.name)
        if not others:
            continue
        parts = []
        for name, workloads in sorted(others.items()):
            if workloads:
                shown = ", ".join(sorted(workloads)[:3]) + (" and more" if len(workloads) > 3 else "")
                parts.append(f"{name} (both select {shown})")
            else:
                parts.append(f"{name} (same selector)")
        yield t.finding(codes.TELEMETRY_CONFLICT, "spec.selector.matchLabels", (
            f"Telemetry {t.name} ({show_labels(labels)}) selects the same workloads as {'; '.join(parts)} "
            f"in namespace {ns}; Istio applies one of them and which is undefined; make the selectors "
            "disjoint or merge the Telemetries"))
