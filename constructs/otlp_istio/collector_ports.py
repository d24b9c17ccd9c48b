"""The collector's ports and the tracing provider's service: one definition for the
whole-file checks (``config/crossref.py``), the chart and its Service.

Depends on the config models and :mod:`.hosts` only, so both ``config/`` and ``charts/``
can import it.
"""
from __future__ import annotations

from typing import NamedTuple, Optional
from urllib.parse import urlsplit

from .config.models import EnvironmentConfig
from .hosts import dns_service, fqdn

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
