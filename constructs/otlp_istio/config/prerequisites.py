"""What the cluster must provide before Flux applies an environment: the parts otlp-istio does
not render but what it renders relies on. ``init`` prints them for the environment it wrote,
``doctor tracing`` names the mesh config's under ``next``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # light at import: the analyzers and the constructs read the names below
    from .models import EnvironmentConfig

# tracing.mesh_config: helm-values: the ConfigMap istiod's HelmRelease reads with valuesFrom (its
# default valuesKey); rendered by constructs/mesh_config.py, found among manifests by analyzers/meshconfig.py
MESH_VALUES_CONFIGMAP = "otlp-istio-mesh-values"
MESH_VALUES_KEY = "values.yaml"


def mesh_values_namespace(config: EnvironmentConfig) -> str:
    return config.tracing.mesh_values_namespace or config.telemetry_namespace


def helm_values_requirement(namespace: str) -> str:
    """istiod's part of the default mesh-config form (``tracing.mesh_config: helm-values``)."""
    return (f"istiod installed by a Flux HelmRelease in {namespace} whose spec.valuesFrom reads the ConfigMap "
            f"{MESH_VALUES_CONFIGMAP} that otlp-istio renders there (valuesFrom: [{{kind: ConfigMap, name: "
            f"{MESH_VALUES_CONFIGMAP}}}]); without it istiod never learns the tracing provider and no span is sent")


def cluster_prerequisites(config: EnvironmentConfig, env: str) -> list[str]:
    """One line per part the cluster must provide for ``env``, in the order it is needed."""
    minor = ".".join(config.istio_version.split(".")[:2])
    out = []
    if config.flux is not None and config.flux.layout.value == "flux" and not config.flux.url:
        cluster = config.flux.cluster_path.replace("{env}", env).removeprefix("./")
        out.append(f"Flux, bootstrapped from the environment repository publish pushes to (flux bootstrap git "
                   f"--url=<repository> --path={cluster}): its Kustomization applies {cluster}/otlp-istio/, "
                   "which applies the rest")
    elif config.flux is not None:
        out.append("Flux (source-controller and kustomize-controller), and the Kustomization and GitRepository "
                   "publish writes, applied once by hand or by a Kustomization of yours")
    out.append(f"Istio {minor} (istiod, its CRDs and the sidecar injector); the collector's namespace "
               f"{config.namespace} is labelled istio-injection: enabled")
    if config.namespace_owner.value == "external":
        out.append(f"the namespace {config.namespace} itself (namespace_owner: external), labelled "
                   "istio-injection: enabled, before Flux applies the environment")
    if config.tracing.enabled and config.tracing.mesh_config.value == "helm-values":
        out.append(helm_values_requirement(mesh_values_namespace(config)))
    elif config.tracing.enabled and config.tracing.mesh_config.value == "external":
        out.append(f"the tracing provider {config.tracing.effective_provider_name!r} in your Istio install's "
                   "meshConfig.extensionProviders (tracing.mesh_config: external)")
    if config.prometheus.enabled and config.prometheus.service_monitor:
        out.append("the Prometheus operator's ServiceMonitor CRD (monitoring.coreos.com), or set "
                   "prometheus.service_monitor: false")
    if config.canary is not None and config.canary.mode.value == "flagger":
        out.append("Flagger, with Istio as its mesh provider (canary.mode: flagger)")
    return out
