"""Which of Istio's request metrics count a workload's requests, by data plane.

Istio's proxies count every request in ``istio_requests_total`` (and its latency in
``istio_request_duration_milliseconds``). Which series count the requests a collector version
answered depends on who sees the collector's L7 traffic:

* sidecars: the server side (``reporter="destination"``) labels a request with the workload that
  answered (``destination_workload``, the collector Deployment ``<collector>-<version>``, in
  ``destination_workload_namespace``);
* ambient: only waypoints see L7 (ztunnel counts TCP only). A waypoint reports
  ``reporter="waypoint"`` (its stats filter's SERVER_GATEWAY reporter) and takes the destination
  labels from the chosen endpoint's telemetry metadata, which carries the workload name, its
  namespace, canonical service and revision but neither app nor version: so
  ``destination_workload`` and ``destination_workload_namespace`` name the version there too,
  while ``destination_version`` reads ``unknown``.

The git canary's queries (``otlp_istio.canary.metrics``) and the Flagger MetricTemplates the chart
renders read the same table.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reporting:
    """Which ``istio_requests_total`` series count a version's requests, for one data plane."""

    reporter: str  # the `reporter` label of the proxies that see the collector's L7 traffic
    namespace_label: str  # the label naming the workload's namespace
    workload_label: str  # the label naming the workload (the collector Deployment of the version)
    proxies: str  # who reports them, for messages

    def selector(self, namespace: str, workload: str | None = None) -> str:
        out = f'reporter="{self.reporter}",{self.namespace_label}="{namespace}"'
        return out + (f',{self.workload_label}="{workload}"' if workload is not None else "")


REPORTING = {
    "sidecar": Reporting("destination", "destination_workload_namespace", "destination_workload",
                         "the collector's sidecars"),
    "ambient": Reporting("waypoint", "destination_workload_namespace", "destination_workload",
                         "the waypoint in front of the collector"),
}


def reporting_for(config) -> Reporting:
    """The series of the environment's data plane (``data_plane``)."""
    return REPORTING[config.data_plane.value]
