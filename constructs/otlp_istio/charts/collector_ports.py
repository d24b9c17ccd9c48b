"""The collector's ports: one definition for the Service, the Deployment and the checks."""
from __future__ import annotations

from urllib.parse import urlsplit

from ..config.models import EnvironmentConfig
from ..constructs.core import ServicePort

OTLP_GRPC = 4317
OTLP_HTTP = 4318
ZIPKIN = 9411
HEALTH = 13133


def zipkin_receiver_enabled(config: EnvironmentConfig) -> bool:
    """On when asked for, else when tracing sends Zipkin spans to the collector itself."""
    if config.collector.zipkin_receiver is not None:
        return config.collector.zipkin_receiver
    if not config.tracing.enabled or config.tracing.provider.value != "zipkin":
        return False
    host = urlsplit(config.tracing.zipkin_endpoint).hostname or ""
    return host.split(".", 1)[0] == config.collector_service


def service_ports(config: EnvironmentConfig) -> list[ServicePort]:
    ports = [ServicePort("otlp-grpc", OTLP_GRPC, "grpc"), ServicePort("otlp-http", OTLP_HTTP, "http")]
    if config.prometheus.enabled:
        ports.append(ServicePort("metrics", config.prometheus.port, "http"))
    if zipkin_receiver_enabled(config):
        ports.append(ServicePort("zipkin", ZIPKIN, "http"))
    return ports
