"""The collector workload: its Service (named ports, Prometheus annotations), a ConfigMap with
its config (:mod:`.collector_config`), one Deployment per version (``config.derived.
collector_versions``) whose pod template rolls when its config or the mesh config changes."""
from __future__ import annotations

import hashlib
from typing import Any

from ..config.ambient import is_ambient
from ..config.derived import RESTARTED_AT, collector_versions
from ..config.models import EnvironmentConfig, MeshConfigForm
from ..constructs import ConfigMap, Construct, Deployment, HealthCheck, Service
from ..constructs.core import ContainerSpec
from ..constructs.mesh_config import mesh_config
from .collector_config import render_collector_config
from .collector_ports import HEALTH, service_ports
from .flagger import collector_pod_labels, collector_selector

CONFIG_MOUNT = "/etc/otelcol"


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def service_selector(config: EnvironmentConfig) -> dict[str, str]:
    """``{app: <collector>}``; another label in flagger mode (:mod:`.flagger`)."""
    return collector_selector(config, config.namespace, {"app": config.collector_service})


def add_collector(scope: Construct, config: EnvironmentConfig) -> list[HealthCheck]:
    """The collector's objects; the health checks of its Deployments (for Flux)."""
    c, ns, app = config, config.namespace, config.collector_service
    ports = service_ports(c)
    annotations = {}
    if c.prometheus.enabled:
        annotations = {"prometheus.io/scrape": "true", "prometheus.io/port": str(c.prometheus.port),
                       "prometheus.io/path": c.prometheus.path}
    selector = service_selector(c)
    Service(scope, "CollectorService", name=app, namespace=ns, app=app, ports=ports, annotations=annotations,
            selector=selector, labels=selector)  # labelled as the ServiceMonitor selects it
    collector = render_collector_config(c)
    otel_config = collector.text
    config_map = f"{app}-config"
    ConfigMap(scope, "CollectorConfig", name=config_map, namespace=ns, data={"config.yaml": otel_config},
              labels={"app": app})
    pod_annotations = {"checksum/collector-config": checksum(otel_config)}
    if c.tracing.mesh_config != MeshConfigForm.EXTERNAL and not is_ambient(c):
        # A changed mesh config reaches the sidecars through a rolled pod template (ambient pods have
        # none: ztunnel and the waypoint take it from istiod).
        pod_annotations["checksum/mesh-config"] = checksum(mesh_config(c))
    if c.collector.restarted_at:  # `doctor refresh-certs`: a rollout through Git
        pod_annotations[RESTARTED_AT] = c.collector.restarted_at
    r = c.collector.resources
    resources: dict[str, Any] = {"requests": {"cpu": r.cpu_request, "memory": r.memory_request},
                                 "limits": {"memory": r.memory_limit}}
    if r.cpu_limit:
        resources["limits"]["cpu"] = r.cpu_limit
    workloads: list[HealthCheck] = []
    for version, labels in collector_versions(c):
        override = c.collector.versions.get(version)
        image = (override.image if override and override.image else None) or c.collector.image
        replicas = override.replicas if override and override.replicas is not None else c.collector.replicas
        Deployment(scope, f"Collector-{version}", name=f"{app}-{version}", namespace=ns,
                   pod_labels={**collector_pod_labels(c), **labels}, selector_labels=labels,
                   replicas=replicas, pod_annotations=pod_annotations,
                   container=ContainerSpec(image=image, args=[f"--config={CONFIG_MOUNT}/config.yaml"],
                                           ports=ports, resources=resources, config_map=config_map,
                                           config_mount=CONFIG_MOUNT, health_port=HEALTH,
                                           env=tuple(collector.env),
                                           secret_volumes=tuple((v.volume, v.secret, v.mount_path)
                                                                for v in collector.volumes)))
        workloads.append(HealthCheck("apps/v1", "Deployment", f"{app}-{version}", ns))
    return workloads
