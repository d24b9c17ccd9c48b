"""Telemetry resources: what they select, whether they compete, which providers they name.

Istio applies one Telemetry per level: one without selector per namespace (the root
namespace's is mesh-wide), and one with a selector per workload. More than one at a level is
undefined behaviour. As istioctl, pods and pod templates of the Telemetry's namespace are
what a selector is matched against.

* OI1503 (IST0159) two Telemetries of a namespace select the same pod (each is reported).
  FAIL: ``matchLabels: {app: collector}`` and ``matchLabels: {version: v1}`` with a pod template
  labelled ``app: collector, version: v1``.  PASS: disjoint selectors.
* OI1504 (IST0160) a namespace has several Telemetries without ``selector`` (those bound by
  ``targetRef(s)`` count too, as in istioctl).
* OI1506 (IST0101) a Telemetry's ``selector.matchLabels`` matches no pod of its namespace.
* OI1507 (IST0157) an ``accessLogging`` entry (not ``disabled``) names no provider while the
  mesh config has no ``defaultProviders.accessLogging``: Istio ignores it.
* OI1508 (IST0002) a tracing provider is a Lightstep extension provider of the mesh config
  (deprecated).
* OI1509 (ours) a provider named in ``tracing``, ``accessLogging`` or ``metrics`` that the mesh
  config (from ``--meshConfigFile`` or the rendered ``istio`` ConfigMap; not checked against
  Istio's defaults, which the cluster may have changed) does not declare, and that is not one
  of Istio's built-in ``prometheus``, ``stackdriver`` and ``envoy``: Istio ignores it.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import Index, Resource, as_dict, as_list, show_labels, str_map, text

BUILT_IN_PROVIDERS = frozenset({"prometheus", "stackdriver", "envoy"})
NAME = "telemetry"
DESCRIPTION = "Telemetry selectors, conflicts and providers"
KINDS = ("Telemetry", "Deployment", "Pod", "ConfigMap")


def analyze(index: Index) -> Iterator[Finding]:
    by_ns: dict[str, list[Resource]] = {}
    for t in index.kind("Telemetry"):
        by_ns.setdefault(t.namespace or "default", []).append(t)
    for ns, items in sorted(by_ns.items()):
        yield from _namespace_wide(index, ns, items)
        yield from _selectors(index, ns, items)
    for t in index.kind("Telemetry"):
        yield from _providers(index, t)


def _namespace_wide(index: Index, ns: str, items: list[Resource]) -> Iterator[Finding]:
    wide = sorted((t for t in items if t.spec.get("selector") is None), key=lambda t: t.name)
    if len({t.name for t in wide}) < 2:
        return  # one object defined twice is still one object
    scope = "mesh-wide (root namespace)" if ns == index.root_namespace else f"namespace-wide in {ns}"
    for t in wide:
        others = ", ".join(sorted({o.name for o in wide if o.name != t.name}))
        yield t.finding(messages.MULTIPLE_NAMESPACE_WIDE_TELEMETRIES, "spec", (
            f"Telemetry {t.name} and {others} have no selector, so both are {scope}; Istio uses only one "
            "and which one is undefined; merge them into one, or give all but one a selector"))


def _selectors(index: Index, ns: str, items: list[Resource]) -> Iterator[Finding]:
    selective = sorted(((t, str_map(as_dict(t.spec.get("selector")).get("matchLabels"))) for t in items),
                       key=lambda p: p[0].name)
    by_workload: dict[int, list[Resource]] = {}
    for t, labels in selective:
        if not labels:
            continue
        found = index.select_pods(ns, labels)
        if not found:
            yield t.finding(messages.TELEMETRY_SELECTS_NOTHING, "spec.selector.matchLabels", (
                f"no pod in namespace {ns} has the labels {show_labels(labels)}, so this Telemetry applies to "
                f"nothing; {index.label_hint(ns, labels) if index.has_workloads(ns) else 'no workload there'}; "
                "fix the selector"))
        for w in found:
            by_workload.setdefault(w.id, []).append(t)
    clashes: dict[str, dict[str, set[str]]] = {}  # telemetry name -> other name -> workloads
    for wid, ts in by_workload.items():
        for t in ts:
            for o in ts:
                if o.name != t.name:
                    clashes.setdefault(t.name, {}).setdefault(o.name, set()).add(index.workloads[wid].label)
    for t, labels in selective:
        others = clashes.get(t.name)
        if not others:
            continue
        parts = []
        for name, workloads in sorted(others.items()):
            shown = ", ".join(sorted(workloads)[:3]) + (" and more" if len(workloads) > 3 else "")
            parts.append(f"{name} (both select {shown})")
        yield t.finding(messages.CONFLICTING_TELEMETRY_SELECTORS, "spec.selector.matchLabels", (
            f"Telemetry {t.name} ({show_labels(labels)}) selects the same workloads as {'; '.join(parts)} "
            f"in namespace {ns}; Istio applies one of them and which is undefined; make the selectors "
            "disjoint or merge the Telemetries"))


def _providers(index: Index, t: Resource) -> Iterator[Finding]:
    if not index.mesh.default_access_logging:
        for i, entry in enumerate(as_list(t.spec.get("accessLogging"))):
            entry = as_dict(entry)
            if entry.get("disabled") is True or as_list(entry.get("providers")):
                continue
            yield t.finding(messages.TELEMETRY_ACCESS_LOG_WITHOUT_PROVIDER, f"spec.accessLogging[{i}]", (
                f"this access-logging rule names no provider and the mesh config ({index.mesh.source}) has no "
                "defaultProviders.accessLogging, so Istio ignores it; add providers: [{name: envoy}] (or set "
                "a default access-log provider in the mesh config)"))
    if index.mesh.declared:
        known = set(index.mesh.extension_providers) | BUILT_IN_PROVIDERS
        for part in ("tracing", "accessLogging", "metrics"):
            for i, entry in enumerate(as_list(t.spec.get(part))):
                for j, provider in enumerate(as_list(as_dict(entry).get("providers"))):
                    name = text(as_dict(provider).get("name"))
                    if name and name not in known:
                        yield t.finding(messages.TELEMETRY_UNKNOWN_PROVIDER, f"spec.{part}[{i}].providers[{j}]", (
                            f"provider {name} is not declared in the mesh config ({index.mesh.source}; its "
                            f"providers: {', '.join(sorted(known))}), so Istio ignores this {part} rule; declare "
                            "it under extensionProviders or fix the name"))
    lightstep = {n for n, kind in index.mesh.extension_providers.items() if kind == "lightstep"}
    if not lightstep:
        return
    for i, entry in enumerate(as_list(t.spec.get("tracing"))):
        for j, provider in enumerate(as_list(as_dict(entry).get("providers"))):
            name = text(as_dict(provider).get("name"))
            if name in lightstep:
                yield t.finding(messages.TELEMETRY_DEPRECATED_PROVIDER, f"spec.tracing[{i}].providers[{j}]", (
                    f"provider {name} is a Lightstep extension provider of the mesh config, which Istio "
                    "deprecated; move to an opentelemetry extension provider"))
