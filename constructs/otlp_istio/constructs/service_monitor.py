"""ServiceMonitor (prometheus-operator): scrape the collector's metrics port."""
from __future__ import annotations

from typing import Optional

from imports.com.coreos import monitoring as mon

from .base import MANAGED_BY, Construct, Metadata, crd_resource


class ServiceMonitor(Construct):
    """One ``monitoring.coreos.com/v1`` ServiceMonitor selecting the Services labelled ``app=<service>``
    (or ``selector``) on the named port ``metrics``."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, app: str,
                 port_name: str, path: str, interval: str, selector: Optional[dict[str, str]] = None):
        super().__init__(scope, id)
        self.resource = crd_resource(
            self, mon.ServiceMonitor, Metadata(name=name, namespace=namespace, labels={"app": app, **MANAGED_BY}),
            spec=mon.ServiceMonitorSpec(
                selector=mon.ServiceMonitorSpecSelector(match_labels=dict(selector or {"app": app})),
                endpoints=[mon.ServiceMonitorSpecEndpoints(port=port_name, path=path, interval=interval)]))
