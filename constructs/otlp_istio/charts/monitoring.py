"""Prometheus: a ServiceMonitor for the collector's metrics port when scraping is on and
``prometheus.service_monitor`` asks for one (the Service's scrape annotations are
:mod:`.collector`'s)."""
from __future__ import annotations

from ..config.models import EnvironmentConfig, PrometheusLocation
from ..constructs import Construct, ServiceMonitor
from .collector import service_selector


def add_monitoring(scope: Construct, config: EnvironmentConfig) -> None:
    c, app = config, config.collector_service
    if c.prometheus.enabled and c.prometheus.service_monitor:
        in_mesh = c.prometheus.location is PrometheusLocation.IN_MESH  # Istio's certificate sharing
        ServiceMonitor(scope, "ServiceMonitor", name=app, namespace=c.namespace, app=app, port_name="metrics",
                       path=c.prometheus.path, interval=c.prometheus.interval, selector=service_selector(c),
                       istio_certs=c.prometheus.cert_dir if in_mesh else None)
