"""Mesh-wide telemetry: the Telemetry in ``telemetry_namespace`` (tracing and access logs) and
the mesh config declaring its provider (:mod:`otlp_istio.constructs.mesh_config`), in the form
``tracing.mesh_config`` asks for: the ``istio`` ConfigMap (key ``mesh``, merged into istiod's,
never pruned), a ConfigMap of istiod chart values for its HelmRelease, or nothing (external)."""
from __future__ import annotations

from ..config.models import EnvironmentConfig, MeshConfigForm
from ..constructs import ConfigMap, Construct, MeshTelemetry
from ..flux_split import PRUNE_ANNOTATION, PRUNE_DISABLED
from ..constructs.mesh_config import (MESH_CONFIG_KEY, MESH_CONFIGMAP, MESH_VALUES_CONFIGMAP, MESH_VALUES_KEY,
                                      mesh_config, mesh_values, provider_name)

# helm-controller (Flux 2.8+) upgrades a release at once when a ConfigMap it reads carries this label.
FLUX_WATCH = {"reconcile.fluxcd.io/watch": "Enabled"}
# The istio ConfigMap is istiod's: merged into, never replaced or pruned (Flux kustomize-controller annotations).
FLUX_MERGE = {"kustomize.toolkit.fluxcd.io/ssa": "Merge", PRUNE_ANNOTATION: PRUNE_DISABLED}


def add_telemetry(scope: Construct, config: EnvironmentConfig) -> None:
    c = config
    MeshTelemetry(scope, "MeshTelemetry", name="mesh-default", namespace=c.telemetry_namespace,
                  tracing=c.tracing, provider_name=provider_name(c), access_logs=c.access_logs)
    if c.tracing.mesh_config == MeshConfigForm.CONFIGMAP:
        ConfigMap(scope, "MeshConfig", name=MESH_CONFIGMAP, namespace=c.telemetry_namespace,
                  data={MESH_CONFIG_KEY: mesh_config(c)}, annotations=FLUX_MERGE)
    elif c.tracing.mesh_config == MeshConfigForm.HELM_VALUES:
        ConfigMap(scope, "MeshValues", name=MESH_VALUES_CONFIGMAP,
                  namespace=c.tracing.mesh_values_namespace or c.telemetry_namespace,
                  data={MESH_VALUES_KEY: mesh_values(c)}, labels=FLUX_WATCH)
