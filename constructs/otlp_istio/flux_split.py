"""How the flux layout splits an environment's workload between its two Flux Kustomizations.

``<workload>/base`` (Kustomization ``otlp-istio-<env>-base``, applied first): the Namespace,
and the plain Kubernetes objects in the rendered namespaces (the collector's Service,
ConfigMap, Deployments). ``<workload>/mesh`` (``otlp-istio-<env>``, after ``-base`` is
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


def is_base(api_version: str, kind: str, namespace: Optional[str], namespaces: set[str]) -> bool:
    """A Namespace, or a plain Kubernetes object in one of the rendered namespaces."""
    return kind == "Namespace" or (api_version in CORE_API_VERSIONS and namespace in namespaces)
