"""Sidecar resources: what they select and whether they compete (istioctl's sidecar.Selector).

Pods and pod templates of the Sidecar's namespace are what a ``workloadSelector`` is matched
against, as istioctl matches pods.

* OI1801 (IST0101) a ``workloadSelector.labels`` that matches no pod of the namespace.
* OI1802 (IST0110) several Sidecars select one pod (each is reported).
* OI1803 (IST0111) several Sidecars without a workload selector in one namespace.
* OI1804 (IST0167) a Sidecar whose namespace is in ambient mode (``istio.io/dataplane-mode:
  ambient`` and neither ``istio-injection=enabled`` nor ``istio.io/rev``), or that selects a pod
  redirected to ambient (annotation ``ambient.istio.io/redirection: enabled``): it has no effect.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..config.ambient_labels import DATAPLANE_MODE
from ..findings import Finding
from .index import Index, Resource, as_dict, show_labels, str_map

NAME = "sidecars"
DESCRIPTION = "Sidecar workload selectors, conflicts and ambient namespaces"
KINDS = ("Sidecar", "Namespace", "Deployment", "Pod")


def _ambient_namespace(index: Index, ns: str) -> bool:
    r = index.namespaces.get(ns)
    if r is None:
        return False
    labels = r.labels
    if labels.get("istio-injection") == "enabled" or labels.get("istio.io/rev"):
        return False
    return labels.get(DATAPLANE_MODE) == "ambient"


def analyze(index: Index) -> Iterator[Finding]:
    wide: dict[str, list[Resource]] = {}
    by_workload: dict[int, list[Resource]] = {}
    ineffective: set[int] = set()
    for sc in sorted(index.kind("Sidecar"), key=lambda r: (r.namespace or "", r.name)):
        ns = sc.namespace or "default"
        labels = str_map(as_dict(sc.spec.get("workloadSelector")).get("labels"))
        if not labels:
            wide.setdefault(ns, []).append(sc)
            continue
        found = index.select_pods(ns, labels)
        if not found:
            yield sc.finding(messages.SIDECAR_SELECTS_NOTHING, "spec.workloadSelector.labels", (
                f"no pod in namespace {ns} has the labels {show_labels(labels)}, so this Sidecar applies to "
                f"nothing; {index.label_hint(ns, labels) if index.has_workloads(ns) else 'no workload there'}; "
                "fix the workload selector"))
        for w in found:
            by_workload.setdefault(w.id, []).append(sc)
    for wid, scs in sorted(by_workload.items()):
        w = index.workloads[wid]
        if w.annotations.get("ambient.istio.io/redirection") == "enabled":
            for sc in scs:
                if id(sc) not in ineffective:
                    ineffective.add(id(sc))
                    yield sc.finding(messages.SIDECAR_INEFFECTIVE_IN_AMBIENT, "spec.workloadSelector", (
                        f"it selects {w.label}, which is in ambient mode, where a Sidecar has no effect; remove "
                        "it or take the workload out of ambient mode"))
            continue
        if len({sc.name for sc in scs}) < 2:
            continue
        for sc in scs:
            others = ", ".join(sorted({o.name for o in scs if o.name != sc.name}))
            yield sc.finding(messages.CONFLICTING_SIDECAR_SELECTORS, "spec.workloadSelector", (
                f"Sidecar {sc.name} and {others} select the same pod ({w.label}); which one applies is "
                "undefined; make the workload selectors disjoint or merge the Sidecars"))
    for ns, scs in sorted(wide.items()):
        if _ambient_namespace(index, ns):
            for sc in scs:
                yield sc.finding(messages.SIDECAR_INEFFECTIVE_IN_AMBIENT, "spec", (
                    f"namespace {ns} is in ambient mode, where a Sidecar has no effect; remove it or take the "
                    "namespace out of ambient mode"))
            continue
        if len({sc.name for sc in scs}) < 2:
            continue
        for sc in scs:
            others = ", ".join(sorted({o.name for o in scs if o.name != sc.name}))
            yield sc.finding(messages.MULTIPLE_NAMESPACE_WIDE_SIDECARS, "spec", (
                f"Sidecar {sc.name} and {others} have no workload selector in namespace {ns}; Istio uses one "
                "and which is undefined; keep one selector-less Sidecar, give the others selectors"))
