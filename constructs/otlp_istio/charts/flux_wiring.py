"""The Flux objects of one environment (``flux`` section), in the order Flux should apply things.

flux layout: two Kustomizations, both waiting for ``flux.depends_on``:

* ``otlp-istio-<env>-base`` applies ``<path>/base`` — the Namespace and the collector's
  plain Kubernetes objects in it — then checks the collector Deployments and the
  CustomResourceDefinitions of every CRD-backed kind the environment renders;
* ``otlp-istio-<env>`` applies ``<path>/mesh`` — the Istio objects, the ServiceMonitor,
  anything in Istio's namespace — and depends on ``-base``: so nothing CRD-backed is
  applied before its CRD exists, and the namespace exists before anything goes into it.

folder layout: one Kustomization applying the whole folder (itself included).
Which object lands in ``base`` or ``mesh`` is decided by :func:`otlp_istio.publish.layout.place`
from the files, by the rule of :mod:`otlp_istio.flux_split`.
"""
from __future__ import annotations

from typing import Optional

from ..config.models import FluxConfig, FluxLayout
from ..constructs import Construct, FluxKustomization, GitRepository, HealthCheck
from ..constructs.flux import Dependency
from ..flux_split import BASE, MESH

# Kubernetes' own API groups under k8s.io (served by the API server itself, no CRD). Other
# groups there are CRDs: gateway.networking.k8s.io, snapshot.storage.k8s.io, ...
KUBERNETES_GROUPS = frozenset((
    "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io", "authentication.k8s.io",
    "authorization.k8s.io", "certificates.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "events.k8s.io",
    "flowcontrol.apiserver.k8s.io", "internal.apiserver.k8s.io", "networking.k8s.io", "node.k8s.io",
    "rbac.authorization.k8s.io", "resource.k8s.io", "scheduling.k8s.io", "storage.k8s.io",
    "storagemigration.k8s.io"))


def crd_name(api_version: str, kind: str) -> Optional[str]:
    """``<plural>.<group>`` of a CRD-backed kind (Kubernetes' own groups, unqualified ones and
    those of :data:`KUBERNETES_GROUPS`, have none): VirtualService →
    virtualservices.networking.istio.io, HTTPRoute → httproutes.gateway.networking.k8s.io."""
    group = api_version.split("/", 1)[0] if "/" in api_version else ""
    if "." not in group or group in KUBERNETES_GROUPS:
        return None
    lower = kind.lower()
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        plural = lower[:-1] + "ies"
    elif lower.endswith(("s", "x", "ch", "sh")):
        plural = lower + "es"
    else:
        plural = lower + "s"
    return f"{plural}.{group}"


def crd_checks(resources) -> list[HealthCheck]:
    """A health check per CustomResourceDefinition the rendered kinds need (sorted, one each)."""
    names = {crd_name(r.api_version, r.kind) for r in resources} - {None}
    return [HealthCheck("apiextensions.k8s.io/v1", "CustomResourceDefinition", n, None) for n in sorted(names)]


def add_flux(scope: Construct, env_name: str, f: FluxConfig, workloads: list[HealthCheck]) -> None:
    """GitRepository (with ``url``) and the Kustomization(s) of the environment."""
    name = f.name or f"otlp-istio-{env_name}"
    source = f.source_ref or "flux-system"  # bootstrap's GitRepository
    if f.url:
        GitRepository(scope, "FluxSource", name=name, namespace=f.namespace, url=f.url, branch=f.branch,
                      interval=f.source_interval, secret_ref=f.secret_ref)
        source = name
    path = "./" + f.workload_path().replace("{env}", env_name)
    deps = tuple(Dependency(d.name, d.namespace) for d in f.depends_on)
    common = dict(namespace=f.namespace, source=source, interval=f.interval, retry_interval=f.retry_interval,
                  timeout=f.timeout, prune=f.prune)
    if f.layout == FluxLayout.FOLDER:
        FluxKustomization(scope, "FluxKustomization", name=name, path=path, health_checks=workloads,
                          depends_on=deps, **common)
        return
    others = [r for r in scope.resources() if not r.api_version.split("/")[0].endswith("toolkit.fluxcd.io")]
    FluxKustomization(scope, "FluxKustomizationBase", name=f"{name}-{BASE}", path=f"{path}/{BASE}",
                      health_checks=workloads + crd_checks(others), depends_on=deps, **common)
    FluxKustomization(scope, "FluxKustomization", name=name, path=f"{path}/{MESH}", health_checks=[],
                      depends_on=(*deps, Dependency(f"{name}-{BASE}")), **common)
