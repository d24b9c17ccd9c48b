"""Where a rendered object's fields come from in the environment files.

A finding on a rendered object (``VirtualService checkout.shop``, ``spec.http[0].route[0].
destination.host``) names the place the offending value is written: the file (the environment's
own, or a base it extends), the line, and the field (``virtual_services[0].http[0].route[0].
destination.host``). Nothing is recorded while rendering; the answer is worked out for the few
findings there are:

1. the object's origin: the entry of the file it was rendered from, known by the name and
   namespace the chart gives it (``virtual_services[i]``, ``destination_rules[i]``,
   ``service_entries[i]``, ``authorization_policies[i]``, ``peer_authentications[i]``), or the
   section it is made from (the collector's objects: ``collector``; the mesh Telemetry and mesh
   config: ``tracing``; the ServiceMonitor: ``prometheus``; Flux's objects: ``flux``; ...);
2. the field: the rendered path is followed down from the origin, each Kubernetes key read as
   the file's snake_case name (``trafficPolicy`` → ``traffic_policy``, and the few the chart
   renames, :data:`RENAMES`); a key the file does not write (``spec``, ``source`` of an
   AuthorizationPolicy rule, a default) is passed over, so the answer is the deepest field the
   files really write on the way, named as the file that writes it does (an entry a base adds
   has its index in the base; :meth:`~.loader.Environment.written_at`).
"""
from __future__ import annotations

import re
from typing import Any, Optional

from ..fieldpath import format_path, parse_path
from ..findings import SUPPRESS_ANNOTATION, Source, resource_id
from .crossref import destination_rule_name, is_namespace_default, virtual_service_name
from .services import service_entry_name

# Keys the chart renames, by kind: the rendered key → the file's (a tuple: a path from the top).
RENAMES: dict[str, dict[str, Any]] = {
    "VirtualService": {"match": "match_rules"},
    "DestinationRule": {"consecutive5xxErrors": "consecutive_errors"},
    "Telemetry": {"randomSamplingPercentage": "sampling_rate", "accessLogging": ("access_logs",)},
    "Canary": {"stepWeight": "increment", "consecutive5xxErrors": "consecutive_errors"},
    "ConfigMap": {"config.yaml": "config"},  # the collector's: collector.config, when the file writes one
}
ANY_KIND = {SUPPRESS_ANNOTATION: "suppress"}


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake(key: str) -> str:
    """``trafficPolicy`` → ``traffic_policy``."""
    return _CAMEL.sub("_", key).lower()


def origins(config) -> dict[str, tuple]:
    """``Kind name.namespace`` → the entry of the environment file it is rendered from."""
    ns = config.namespace
    out: dict[str, tuple] = {}

    def put(kind: str, name: str, namespace: Optional[str], loc: tuple) -> None:
        out.setdefault(resource_id(kind, name, namespace), loc)

    app = config.collector_service
    # the objects made from a section of the file rather than an entry of a list
    put("Namespace", ns, None, ("namespace",))
    put("PeerAuthentication", "default", ns, ("mtls",))
    put("Service", app, ns, ("collector_service",))
    put("ConfigMap", f"{app}-config", ns, ("collector",))
    put("ServiceMonitor", app, ns, ("prometheus",))
    # what admits the scrape (config.collector_flows): from where Prometheus runs, and the scrape rule asked for
    put("PeerAuthentication", f"{app}-scrape", ns, ("prometheus",))
    put("AuthorizationPolicy", f"{app}-scrape", ns, ("prometheus", "scrape_policy"))
    put("AuthorizationPolicy", f"{app}-scrape-waypoint", ns, ("prometheus", "scrape_policy"))
    put("Canary", app, ns, ("canary",))
    put("Telemetry", "mesh-default", config.telemetry_namespace, ("tracing",))
    for i, pa in enumerate(config.peer_authentications):
        if not is_namespace_default(pa, config):
            put("PeerAuthentication", pa.name, pa.namespace or ns, ("peer_authentications", i))
    for i, ap in enumerate(config.authorization_policies):
        put("AuthorizationPolicy", ap.name, ap.namespace or ns, ("authorization_policies", i))
    for i, vs in enumerate(config.virtual_services):
        put("VirtualService", virtual_service_name(vs, i), vs.namespace or ns, ("virtual_services", i))
    for i, dr in enumerate(config.destination_rules):
        put("DestinationRule", destination_rule_name(dr), dr.namespace or ns, ("destination_rules", i))
    for i, se in enumerate(config.service_entries):
        put("ServiceEntry", service_entry_name(se), se.namespace or ns, ("service_entries", i))
    for version in config.collector.versions:
        put("Deployment", f"{config.collector_service}-{version}", ns, ("collector", "versions", version))
    for name in ("istio", "otlp-istio-mesh-values"):  # the mesh config, from the tracing settings
        put("ConfigMap", name, config.telemetry_namespace, ("tracing",))
        if config.tracing.mesh_values_namespace:
            put("ConfigMap", name, config.tracing.mesh_values_namespace, ("tracing",))
    return out


def source_of(env, table: dict[str, tuple], resource: str, path: str) -> Optional[Source]:
    """Where the environment files write what ``path`` of the rendered ``resource`` holds; None
    when the object does not come from them, or nothing on the way is written (all defaults).
    ``table``: :func:`origins` of ``env.config``."""
    kind = resource.split(" ", 1)[0]
    origin = table.get(resource) or _section(env.config, resource)
    if origin is None:
        return None
    while origin and env.written_at(origin) is None:  # a version's Deployment with nothing of its own
        origin = origin[:-1] if origin[0] == "collector" else ()
    if not origin:
        return None
    loc = _follow(kind, origin, parse_path(path), env.written_at)
    file, line, local = env.written_at(loc)  # the path as that file writes it (a base's entries merge in)
    return Source(file=file, line=line, path=format_path(local))


def _section(config, resource: str) -> Optional[tuple]:
    """The section behind an object whose name the chart derives: a collector Deployment
    (``<collector>-<version>``), a Flux object (in ``flux.namespace``)."""
    kind, _, ident = resource.partition(" ")
    if kind == "Deployment" and ident.startswith(f"{config.collector_service}-") \
            and ident.endswith(f".{config.namespace}"):
        return ("collector",)
    if kind in ("Kustomization", "GitRepository") and config.flux is not None \
            and ident.endswith(f".{config.flux.namespace}"):
        return ("flux",)
    return None


def _follow(kind: str, origin: tuple, segments: list, written) -> tuple:
    renames = RENAMES.get(kind, {})
    loc = origin
    for seg in segments:
        if isinstance(seg, int):
            candidate = loc + (seg,)
        else:
            name = renames.get(seg) or ANY_KIND.get(seg) or snake(seg)
            candidate = name if isinstance(name, tuple) else loc + (name,)
        if written(candidate) is not None:
            loc = candidate
    return loc
