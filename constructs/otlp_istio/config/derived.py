"""Facts derived from an environment's config, one definition each for the whole-file checks
(:mod:`.crossref`), the constructs and charts that render them and the doctor that reads them
back: the collector's ports, the tracing provider's service, the sampling percentage, the
collector's versions and the annotation that restarts its pods.

Depends on the config models and :mod:`otlp_istio.hosts` only.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple, Optional
from urllib.parse import urlsplit

from ..hosts import dns_service, fqdn
from .models import EnvironmentConfig

OTLP_GRPC = 4317
OTLP_HTTP = 4318
ZIPKIN = 9411
HEALTH = 13133


class Port(NamedTuple):
    name: str
    port: int
    app_protocol: str  # Istio reads appProtocol for protocol selection


def tracing_service(config: EnvironmentConfig) -> tuple[str, Optional[str]]:
    """The extension provider's ``service`` for ``tracing.zipkin_endpoint`` (see
    :func:`hosts.dns_service`), and the namespace assumed for a short host, if any."""
    host = urlsplit(config.tracing.zipkin_endpoint).hostname or ""
    return dns_service(host, config.tracing.endpoint_namespace, config.namespace)


def zipkin_receiver_enabled(config: EnvironmentConfig) -> bool:
    """On when asked for, else when tracing sends Zipkin spans to the collector's own Service."""
    if config.collector.zipkin_receiver is not None:
        return config.collector.zipkin_receiver
    if not config.tracing.enabled or config.tracing.provider.value != "zipkin":
        return False
    # a "<namespace>/" prefix comes only with a ServiceEntry host, never the collector's
    return tracing_service(config)[0] == fqdn(config.collector_service, config.namespace)


def collector_ports(config: EnvironmentConfig) -> list[Port]:
    """The ports of the collector Service, in order."""
    ports = [Port("otlp-grpc", OTLP_GRPC, "grpc"), Port("otlp-http", OTLP_HTTP, "http")]
    if config.prometheus.enabled:
        ports.append(Port("metrics", config.prometheus.port, "http"))
    if zipkin_receiver_enabled(config):
        ports.append(Port("zipkin", ZIPKIN, "http"))
    return ports


def sampling_percentage(rate: float) -> float:
    """``sampling_rate`` (0..1) as Istio's ``randomSamplingPercentage`` (0..100), without float noise."""
    return float(Decimal(str(rate)) * 100)


RESTARTED_AT = "kubectl.kubernetes.io/restartedAt"  # the annotation `kubectl rollout restart` sets


def collector_versions(config: EnvironmentConfig) -> list[tuple[str, dict[str, str]]]:
    """(version, pod labels) of every collector workload: one per label set that a
    DestinationRule subset for the collector host selects, plus ``collector.versions``
    entries no subset names; ``v1`` when there is neither."""
    app = config.collector_service
    host = fqdn(app, config.namespace)
    found: dict[str, dict[str, str]] = {}
    for dr in config.destination_rules:
        if fqdn(dr.host, dr.namespace or config.namespace) != host:
            continue
        for subset in dr.subsets:
            labels = {"app": app, **subset.labels}
            version = labels.setdefault("version", subset.name)
            if version in found and found[version] != labels:
                version = f"{version}-{subset.name}"
            found.setdefault(version, labels)
    for version in config.collector.versions:
        if not any(lbl.get("version") == version for lbl in found.values()):
            found[version] = {"app": app, "version": version}
    if not found:
        found["v1"] = {"app": app, "version": "v1"}
    return sorted(found.items())
