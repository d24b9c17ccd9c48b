"""Whether the canary's queries can ever see data in what is published.

The git canary reads ``istio_requests_total`` of the environment's data plane
(:mod:`otlp_istio.config.reporting`): ``reporter="destination"`` from the collector's sidecars, or
``reporter="waypoint"`` from the waypoint in front of the collector Service in ambient mode. What
the cluster runs is what the branch holds, which can lag the environment file (the data plane was
switched, but not published yet). Then no proxy reports the series the queries ask for, every step
waits for data until ``max_wait`` and the rollout fails; ``canary start`` refuses that up front:

* the published collector Namespace is on the other data plane than the environment file says
  (ambient: ``istio.io/dataplane-mode: ambient`` and no ``istio-injection: enabled``);
* ambient: the Namespace (or the collector Service) names no waypoint (``istio.io/use-waypoint``
  absent or ``none``: ztunnel reports no request metrics), the waypoint it names in the collector's
  namespace is not published, or that waypoint serves no Service traffic (``istio.io/waypoint-for``
  ``workload`` or ``none``), so the collector Service's requests never pass it.

Without a published Namespace (``namespace_owner: external``) nothing here can tell, and nothing is
refused.
"""
from __future__ import annotations

from ..config.ambient import is_ambient
from ..config.ambient_labels import DATAPLANE_MODE, USE_WAYPOINT, USE_WAYPOINT_NAMESPACE, WAYPOINT_CLASS, WAYPOINT_FOR
from ..config.reporting import reporting_for
from .errors import CanaryError
from .files import documents
from .routing import Target


def _labels(doc: dict) -> dict:
    return (doc.get("metadata") or {}).get("labels") or {}


def _named(files: dict[str, bytes], kind: str, name: str, namespace: str | None) -> tuple[str, dict] | None:
    for file, doc in documents(files, kind).items():
        meta = doc.get("metadata") or {}
        if meta.get("name") == name and (namespace is None or meta.get("namespace") == namespace):
            return file, doc
    return None


def require_observable(env: str, config, files: dict[str, bytes], folder: str, target: Target) -> None:
    """Refuse (:class:`CanaryError`) a canary whose queries can never see data in ``files``."""
    found = _named(files, "Namespace", target.namespace, None)
    if found is None:
        return
    ns_file, ns = found
    labels = _labels(ns)
    published_ambient = labels.get(DATAPLANE_MODE) == "ambient" and labels.get("istio-injection") != "enabled"
    reporting = reporting_for(config)
    series = f'reporter="{reporting.reporter}" series ({reporting.proxies})'
    publish = f"publish the environment first (`otlp-istio publish -e {env}`), then start the canary"
    if published_ambient != is_ambient(config):
        mode, other = ("ambient", "sidecar") if published_ambient else ("sidecar", "ambient")
        raise CanaryError(
            f"the canary's queries read {series}, but {folder}/{ns_file} puts namespace {target.namespace} on the "
            f"{mode} data plane, where no proxy reports them (the environment file says {other}): every step would "
            f"wait for data until max_wait and fail; {publish}")
    if not published_ambient:
        return
    svc = _named(files, "Service", target.service, target.namespace)
    holder = svc[1] if svc is not None and USE_WAYPOINT in _labels(svc[1]) else ns
    name = _labels(holder).get(USE_WAYPOINT)
    if not name or name == "none":
        raise CanaryError(
            f"the canary's queries read {series}, but in {folder}/ the collector Service's traffic passes no "
            f"waypoint ({USE_WAYPOINT} {'none' if name else 'absent'}): ztunnel reports no request metrics, so every "
            f"step would wait for data until max_wait and fail; {publish}")
    wp_ns = _labels(holder).get(USE_WAYPOINT_NAMESPACE) or target.namespace
    if wp_ns != target.namespace:
        return  # a waypoint of another namespace: defined elsewhere
    gateway = _named(files, "Gateway", name, wp_ns)
    if gateway is None or (gateway[1].get("spec") or {}).get("gatewayClassName") != WAYPOINT_CLASS:
        raise CanaryError(
            f"the canary's queries read {series}, but {folder}/ has no waypoint {name} (a Gateway of class "
            f"{WAYPOINT_CLASS} in {wp_ns}) for the collector Service's traffic: no proxy reports them; {publish}")
    serves = _labels(gateway[1]).get(WAYPOINT_FOR, "service")
    if serves not in ("service", "all"):
        raise CanaryError(
            f"the canary's queries read {series}, but waypoint {wp_ns}/{name} in {folder}/{gateway[0]} serves "
            f"{WAYPOINT_FOR}: {serves}, so the collector Service's requests never pass it and it reports none of "
            f"them; {publish} (waypoint.for: service or all)")
