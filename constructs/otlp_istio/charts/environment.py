"""EnvironmentChart: one environment's config → the constructs that render it.

What an environment renders (see the README's "What gets rendered"):

* Namespace ``namespace`` with sidecar injection, PeerAuthentication ``default`` from
  ``mtls.mode``, plus every listed PeerAuthentication and AuthorizationPolicy;
* the collector: Service (named ports, Prometheus annotations), a ConfigMap with its
  config, one Deployment per version a DestinationRule subset selects;
* VirtualServices and DestinationRules, shaped by the ``traffic_management`` switches;
* mesh-wide telemetry: a Telemetry in ``telemetry_namespace`` with tracing and access
  logs, and the mesh config's extension provider (ConfigMap ``istio``, key ``mesh``);
* a ServiceMonitor when Prometheus scraping is on;
* with ``flux``, the Kustomizations (and a GitRepository) that make a cluster apply it
  (:mod:`.flux_wiring`).
"""
from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlsplit

from ..config import istio_versions
from ..config.crossref import destination_rule_name, fqdn, is_namespace_default, virtual_service_name
from ..config.derived import RESTARTED_AT, collector_versions, tracing_service
from ..config.loader import Environment
from ..config.models import EnvironmentConfig, MeshConfigForm
from ..config.services import service_entry_name
from ..constructs import (AuthorizationPolicy, ConfigMap, Construct, Deployment, DestinationRule, HealthCheck,
                          MeshTelemetry, Namespace, PeerAuthentication, Service, ServiceEntry, ServiceMonitor,
                          VirtualService)
from ..constructs.core import ContainerSpec
from ..findings import SUPPRESS_ANNOTATION
from ..yamlio import dump_plain
from .collector_config import render_collector_config
from .collector_ports import HEALTH, service_ports
from .flagger import add_flagger_canary, collector_pod_labels, collector_selector, flagger_mode, flagger_owned
from .flux_wiring import add_flux

MESH_CONFIGMAP = "istio"
MESH_CONFIG_KEY = "mesh"
MESH_VALUES_CONFIGMAP = "otlp-istio-mesh-values"  # for istiod's HelmRelease `valuesFrom`
MESH_VALUES_KEY = "values.yaml"  # HelmRelease valuesFrom's default valuesKey
# helm-controller (Flux 2.8+) upgrades a release at once when a ConfigMap it reads carries this label.
FLUX_WATCH = {"reconcile.fluxcd.io/watch": "Enabled"}
# The istio ConfigMap is istiod's: merged into, never replaced or pruned (Flux kustomize-controller annotations).
FLUX_MERGE = {"kustomize.toolkit.fluxcd.io/ssa": "Merge", "kustomize.toolkit.fluxcd.io/prune": "disabled"}
CONFIG_MOUNT = "/etc/otelcol"


def provider_name(config: EnvironmentConfig) -> str:
    return config.tracing.effective_provider_name


def extension_provider(config: EnvironmentConfig) -> dict[str, Any]:
    """MeshConfig ``extensionProviders`` entry for ``tracing.zipkin_endpoint`` (Istio 1.22+ form).

    The URL splits into service host, port and path: ``http://jaeger:9411`` gives
    ``{service: jaeger.<namespace>.svc.cluster.local, port: 9411}`` (the host qualified by
    ``collector_ports.tracing_service``); a path other than Zipkin's default is kept.
    """
    url = urlsplit(config.tracing.zipkin_endpoint)
    port = url.port or (443 if url.scheme == "https" else 80)
    name = provider_name(config)
    service = tracing_service(config)[0]  # [<namespace>/]<FQDN>, as MeshConfig wants it
    version = istio_versions.parse(config.istio_version)
    if config.tracing.provider.value == "zipkin":
        body: dict[str, Any] = {"service": service, "port": port}
        # Before 1.24 Istio has no zipkin `path` (it always posts to /api/v2/spans): left out.
        if url.path and url.path != "/" and istio_versions.knows("zipkin.path", version):
            body["path"] = url.path
        if config.tracing.max_tag_length:
            body["maxTagLength"] = config.tracing.max_tag_length
        return {"name": name, "zipkin": body}
    body = {"service": service, "port": port}
    if url.path and url.path != "/":
        body["http"] = {"path": url.path}
    if config.tracing.max_tag_length:
        body["maxTagLength"] = config.tracing.max_tag_length
    return {"name": name, "opentelemetry": body}


def mesh_fields(config: EnvironmentConfig) -> dict[str, Any]:
    return {"enableTracing": config.tracing.enabled, "extensionProviders": [extension_provider(config)]}


def mesh_config(config: EnvironmentConfig) -> str:
    return dump_plain(mesh_fields(config))


def mesh_values(config: EnvironmentConfig) -> str:
    """istiod chart values (``meshConfig.*``) for a HelmRelease ``valuesFrom``."""
    return dump_plain({"meshConfig": mesh_fields(config)})


def _suppress(construct: Construct, codes: list[str]) -> None:
    """The resource's ``suppress`` codes as the analyzer's suppress annotation (as istioctl reads it)."""
    if codes:
        construct.resource.metadata.annotations[SUPPRESS_ANNOTATION] = ",".join(dict.fromkeys(codes))


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class EnvironmentChart(Construct):
    """The root of one environment's construct tree (``id`` = the environment name)."""

    def __init__(self, env: Environment):
        super().__init__(None, env.name)
        self.env = env
        c = env.config
        tm = c.traffic_management
        ns = c.namespace
        app = c.collector_service

        Namespace(self, "Namespace", name=ns, injection=True)
        PeerAuthentication(self, "MeshMtls", name="default", namespace=ns, mode=c.mtls.mode)
        # Selectors of the collector in flagger mode: see charts/flagger.py.
        for pa in c.peer_authentications:
            if is_namespace_default(pa, c):
                continue  # the same object as the one from mtls.mode
            pa_ns = pa.namespace or ns
            _suppress(PeerAuthentication(
                self, f"PeerAuthentication-{pa_ns}-{pa.name}", name=pa.name, namespace=pa_ns, mode=pa.mode,
                match_labels=collector_selector(c, pa_ns, pa.selector.match_labels) if pa.selector else None,
                port_modes=dict(pa.port_level_mtls)),
                pa.suppress)
        for ap in c.authorization_policies:
            ap_ns = ap.namespace or ns
            _suppress(AuthorizationPolicy(
                self, f"AuthorizationPolicy-{ap_ns}-{ap.name}", namespace=ap_ns, policy=ap,
                match_labels=collector_selector(c, ap_ns, ap.selector.match_labels) if ap.selector else None),
                ap.suppress)

        # The collector workload.
        ports = service_ports(c)
        annotations = {}
        if c.prometheus.enabled:
            annotations = {"prometheus.io/scrape": "true", "prometheus.io/port": str(c.prometheus.port),
                           "prometheus.io/path": c.prometheus.path}
        service_selector = collector_selector(c, ns, {"app": app})  # {app: <collector>}; another label with Flagger
        Service(self, "CollectorService", name=app, namespace=ns, app=app, ports=ports, annotations=annotations,
                selector=service_selector, labels=service_selector)  # labelled as the ServiceMonitor selects it
        collector = render_collector_config(c)
        otel_config = collector.text
        config_map = f"{app}-config"
        ConfigMap(self, "CollectorConfig", name=config_map, namespace=ns, data={"config.yaml": otel_config},
                  labels={"app": app})
        pod_annotations = {"checksum/collector-config": _checksum(otel_config)}
        render_mesh = c.tracing.mesh_config != MeshConfigForm.EXTERNAL
        mesh = mesh_config(c)
        if render_mesh:
            # A changed mesh config reaches the proxies through a rolled pod template.
            pod_annotations["checksum/mesh-config"] = _checksum(mesh)
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
            Deployment(self, f"Collector-{version}", name=f"{app}-{version}", namespace=ns,
                       pod_labels={**collector_pod_labels(c), **labels}, selector_labels=labels,
                       replicas=replicas, pod_annotations=pod_annotations,
                       container=ContainerSpec(image=image, args=[f"--config={CONFIG_MOUNT}/config.yaml"],
                                               ports=ports, resources=resources, config_map=config_map,
                                               config_mount=CONFIG_MOUNT, health_port=HEALTH,
                                               env=tuple(collector.env),
                                               secret_volumes=tuple((v.volume, v.secret, v.mount_path)
                                                                    for v in collector.volumes)))
            workloads.append(HealthCheck("apps/v1", "Deployment", f"{app}-{version}", ns))

        # Traffic management.
        owned = flagger_owned(c)  # canary.mode flagger: Flagger generates these
        for i, vs in enumerate(c.virtual_services):
            if i in owned:
                continue
            name = virtual_service_name(vs, i)
            _suppress(VirtualService(self, f"VirtualService-{vs.namespace or ns}-{name}", name=name,
                                     namespace=vs.namespace or ns, spec=vs, retries_enabled=tm.enable_retry),
                      vs.suppress)
        for dr in c.destination_rules:
            name = destination_rule_name(dr)
            _suppress(DestinationRule(self, f"DestinationRule-{dr.namespace or ns}-{name}", name=name,
                                      namespace=dr.namespace or ns, spec=dr, load_balancing=tm.enable_load_balancing,
                                      circuit_breaker=tm.enable_circuit_breaker), dr.suppress)
        for se in c.service_entries:
            name = service_entry_name(se)
            _suppress(ServiceEntry(self, f"ServiceEntry-{se.namespace or ns}-{name}", name=name,
                                   namespace=se.namespace or ns, spec=se), se.suppress)

        if flagger_mode(c):
            add_flagger_canary(self, c)

        # Mesh-wide telemetry.
        MeshTelemetry(self, "MeshTelemetry", name="mesh-default", namespace=c.telemetry_namespace,
                      tracing=c.tracing, provider_name=provider_name(c), access_logs=c.access_logs)
        if c.tracing.mesh_config == MeshConfigForm.CONFIGMAP:
            ConfigMap(self, "MeshConfig", name=MESH_CONFIGMAP, namespace=c.telemetry_namespace,
                      data={MESH_CONFIG_KEY: mesh}, annotations=FLUX_MERGE)
        elif c.tracing.mesh_config == MeshConfigForm.HELM_VALUES:
            ConfigMap(self, "MeshValues", name=MESH_VALUES_CONFIGMAP,
                      namespace=c.tracing.mesh_values_namespace or c.telemetry_namespace,
                      data={MESH_VALUES_KEY: mesh_values(c)}, labels=FLUX_WATCH)

        if c.prometheus.enabled and c.prometheus.service_monitor:
            ServiceMonitor(self, "ServiceMonitor", name=app, namespace=ns, app=app, port_name="metrics",
                           path=c.prometheus.path, interval=c.prometheus.interval,
                           selector=service_selector)

        if c.flux is not None:
            add_flux(self, env.name, c.flux, workloads)

        # The Istio API versions the declared release serves (v1 only from 1.22).
        version = istio_versions.parse(c.istio_version)
        for resource in self.resources():
            resource.api_version = istio_versions.api_version(resource.api_version, version)
