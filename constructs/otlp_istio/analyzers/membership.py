"""Mesh membership: whether a namespace is enabled for injection and whether a workload gets
a sidecar (or is in ambient mode), with the reason, as Istio's injector decides it.

Order of precedence for a workload: an ``istio-proxy`` container; a namespace labelled
``istio-injection=disabled``; the pod label ``sidecar.istio.io/inject``; the pod annotation
set to anything but ``"true"``; a pod ``istio.io/rev`` label or ambient mode; the namespace
(``istio-injection=enabled``, ``istio.io/rev``, ``istio.io/dataplane-mode=ambient``). A
namespace that is not among the documents is unknown (``None``): nothing is said about it.

:class:`Membership` is a part of :class:`~.index.Index` (it reads ``self.namespaces``).
"""
from __future__ import annotations

from ..config.ambient_labels import DATAPLANE_MODE
from .resources import Resource, Workload


class Membership:
    namespaces: dict[str, Resource]
    _mesh_cache: dict[int, tuple[bool | None, str]]

    def namespace_injection(self, namespace: str) -> tuple[bool | None, str]:
        """Whether pods of ``namespace`` get a sidecar by default (None: namespace unknown)."""
        ns = self.namespaces.get(namespace)
        if ns is None:
            return None, f"namespace {namespace} is not among the analyzed documents"
        labels = ns.labels
        inj = labels.get("istio-injection")
        if inj == "disabled":
            return False, f"namespace {namespace} is labelled istio-injection=disabled"
        if inj == "enabled":
            return True, f"namespace {namespace} is labelled istio-injection=enabled"
        if labels.get("istio.io/rev"):
            return True, f"namespace {namespace} is labelled istio.io/rev={labels['istio.io/rev']}"
        if labels.get(DATAPLANE_MODE) == "ambient":
            return True, f"namespace {namespace} is in ambient mode"
        return False, f"namespace {namespace} has neither istio-injection=enabled nor an istio.io/rev label"

    def in_mesh(self, w: Workload) -> tuple[bool | None, str]:
        """Whether the workload gets a sidecar (or ambient), with the reason; None when unknown."""
        cached = self._mesh_cache.get(w.id)
        if cached is None:
            cached = self._mesh_cache[w.id] = self._in_mesh(w)
        return cached

    def _in_mesh(self, w: Workload) -> tuple[bool | None, str]:
        if any(c.get("name") == "istio-proxy" for c in w.containers):
            return True, "it has an istio-proxy container"
        ns_state, ns_reason = self.namespace_injection(w.namespace)
        ns = self.namespaces.get(w.namespace)
        if ns is not None and ns.labels.get("istio-injection") == "disabled":
            return False, ns_reason
        label = w.labels.get("sidecar.istio.io/inject")
        if label is not None:
            return label == "true", f'its pod label sidecar.istio.io/inject is "{label}"'
        annotation = w.annotations.get("sidecar.istio.io/inject")
        if annotation is not None and annotation != "true":
            return False, f'its pod annotation sidecar.istio.io/inject is "{annotation}"'
        if w.labels.get("istio.io/rev"):
            return True, f"its pod label istio.io/rev is {w.labels['istio.io/rev']}"
        mode = w.labels.get(DATAPLANE_MODE)
        if mode == "ambient":
            return True, "its pod label istio.io/dataplane-mode is ambient"
        if mode == "none" and ns is not None and ns.labels.get(DATAPLANE_MODE) == "ambient":
            return False, "its pod label istio.io/dataplane-mode is none"
        if ns_state is None and annotation == "true":
            return True, 'its pod annotation sidecar.istio.io/inject is "true"'
        return ns_state, ns_reason

    def injected_by_istioctl_rules(self, w: Workload) -> bool:
        """In the mesh as istioctl's analyzers decide it (their ``inMesh``), which several IST
        checks use: an ``istio-proxy`` container with an image; else the pod label
        ``sidecar.istio.io/inject``, else that annotation (``"true"`` or not); else the namespace
        labelled ``istio-injection=enabled``. An unknown namespace is not in the mesh."""
        if any(c.get("name") == "istio-proxy" and c.get("image") for c in w.containers):
            return True
        for source in (w.labels, w.annotations):
            if "sidecar.istio.io/inject" in source:
                return source["sidecar.istio.io/inject"] == "true"
        ns = self.namespaces.get(w.namespace)
        return ns is not None and ns.labels.get("istio-injection") == "enabled"
