"""What the rendering and publish share of Flux's rules: how the flux layout splits an
environment's workload between its two Kustomizations, and the annotation that keeps an object
from being pruned.

``<workload>/base`` (Kustomization ``otlp-istio-<env>-base``, applied first): the Namespace,
and the plain Kubernetes objects in the environment's own namespaces (those of the Namespaces
it renders and of its Deployments: the collector's Service, ConfigMap, Deployments, also when
the namespace is owned elsewhere). ``<workload>/mesh`` (``otlp-istio-<env>``, after ``-base`` is
Ready, including its health checks on the CRDs): everything else — Istio objects, the
ServiceMonitor, objects in Istio's namespace. The chart names the paths
(:mod:`otlp_istio.charts.flux_wiring`), publish places the files
(:func:`otlp_istio.publish.layout.place`); both read this module. No heavy imports here:
the chart imports it at start-up.
"""
from __future__ import annotations

from typing import Optional

BASE, MESH = "base", "mesh"
CORE_API_VERSIONS = ("v1", "apps/v1")

# kustomize-controller skips, when it prunes (an object left the source, or its Kustomization
# was deleted), every object whose live labels or annotations carry this key with the value
# "disabled" (any case).
PRUNE_ANNOTATION = "kustomize.toolkit.fluxcd.io/prune"
PRUNE_DISABLED = "disabled"


def prune_disabled(metadata: object) -> bool:
    """Whether an object's ``metadata`` keeps Flux from deleting it (label or annotation)."""
    if not isinstance(metadata, dict):
        return False
    for key in ("annotations", "labels"):
        values = metadata.get(key)
        if isinstance(values, dict) and str(values.get(PRUNE_ANNOTATION, "")).lower() == PRUNE_DISABLED:
            return True
    return False


def own_namespaces(objects) -> set[str]:
    """The environment's own namespaces among ``(api_version, kind, name, namespace)``: those of
    the Namespaces it renders and of its Deployments (the collector runs there)."""
    return {name if kind == "Namespace" else namespace for api_version, kind, name, namespace in objects
            if kind == "Namespace" or (api_version == "apps/v1" and kind == "Deployment" and namespace)}


def is_base(api_version: str, kind: str, namespace: Optional[str], namespaces: set[str]) -> bool:
    """A Namespace, or a plain Kubernetes object in one of the rendered namespaces."""
    return kind == "Namespace" or (api_version in CORE_API_VERSIONS and namespace in namespaces)
