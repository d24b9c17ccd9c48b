"""ServiceMonitor (prometheus-operator): scrape the collector's metrics port."""
from __future__ import annotations

from imports.com.coreos import monitoring as mon

from .base import MANAGED_BY, Construct, Metadata, crd_resource


class ServiceMonitor(Construct):
    """One ``monitoring.coreos.com/v1`` ServiceMonitor selecting ``app=<service>``
    on the named port ``metrics`` (the seed's ``configure_prometheus``)."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, app: str,
                 port_name: str, path: str, interval: str):
        super().__init__(scope, id)
        self.resource = crd_resource(
            self, mon.ServiceMonitor, Metadata(name=name, namespace=namespace, labels={"app": app, **MANAGED_BY}),
            spec=mon.ServiceMonitorSpec(
                selector=mon.ServiceMonitorSpecSelector(match_labels={"app": app}),
                endpoints=[mon.ServiceMonitorSpecEndpoints(port=port_name, path=path, interval=interval)]))
