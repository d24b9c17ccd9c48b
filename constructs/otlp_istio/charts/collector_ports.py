"""The collector Service's ports as constructs (the definition is ``otlp_istio.config.derived``)."""
from __future__ import annotations

from ..config.derived import HEALTH, OTLP_GRPC, OTLP_HTTP, ZIPKIN, collector_ports, zipkin_receiver_enabled
from ..config.models import EnvironmentConfig
from ..constructs.core import ServicePort

__all__ = ["HEALTH", "OTLP_GRPC", "OTLP_HTTP", "ZIPKIN", "service_ports", "zipkin_receiver_enabled"]


def service_ports(config: EnvironmentConfig) -> list[ServicePort]:
    return [ServicePort(p.name, p.port, p.app_protocol) for p in collector_ports(config)]
