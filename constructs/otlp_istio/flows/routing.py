"""The routing hop: which VirtualService route a sidecar gives the request, and where it sends it;
and the canary's split on top of it.

As istiod builds a sidecar's outbound routes (``pilot/pkg/networking/core/route/route.go``):

* the routes of a VirtualService are built for *every* HTTP (or sniffed) port of its host's
  Service (``buildSidecarVirtualHostsForVirtualService`` groups the Services by port); a route
  with a ``port`` match is left out on the other ports (``TranslateRoute``), and a port on which
  no route is left gets the Service's own route instead (``BuildSidecarVirtualHostWrapper``);
* routes are tried in order, a route's matches OR'ed; the first match wins; a request no route
  matches gets Envoy's 404 (``NR``);
* a destination without ``port`` keeps the port the request came on (or the Service's only
  port); with one, every port's requests go there (``GetDestinationCluster``). That is how a
  route to 4318 without a port match sends OTLP/gRPC on 4317 to the OTLP/HTTP receiver;
* HTTP routes do not apply on a TCP port.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .. import messages
from ..analyzers.index import Resource, as_dict, as_list, text
from ..config.gateway_routes import gateway_api
from ..config.models import CanaryMode
from ..hosts import fqdn
from .context import FlowContext
from .leg import Destination, Leg
from .model import Flow, Hop, Verdict


def virtual_services_for(ctx: FlowContext, host: str, from_ns: str) -> list[Resource]:
    """The VirtualServices a sidecar in ``from_ns`` uses for ``host`` (its own namespace's first)."""
    out = []
    for vs in ctx.index.kind("VirtualService"):
        gateways = [text(g) for g in as_list(vs.spec.get("gateways"))]
        if gateways and "mesh" not in gateways:
            continue
        export = [text(e) for e in as_list(vs.spec.get("exportTo"))]
        if export and "*" not in export and from_ns not in export and not ("." in export and vs.namespace == from_ns):
            continue
        for h in as_list(vs.spec.get("hosts")):
            name = fqdn(text(h), vs.namespace or "default")
            if name == host or (name.startswith("*") and host.endswith(name[1:])) or name == "*":
                out.append(vs)
                break
    return sorted(out, key=lambda r: (r.namespace != from_ns, r.namespace or "", r.name))


def _string_match(m: dict, value: Optional[str]) -> Optional[bool]:
    """An Istio StringMatch against a value; None when the request has no such value."""
    if value is None:
        return None
    if "exact" in m:
        return value == text(m["exact"])
    if "prefix" in m:
        return value.startswith(text(m["prefix"]))
    if "regex" in m:
        try:
            return re.fullmatch(text(m["regex"]), value) is not None
        except re.error:
            return None
    return True


UNMODELLED = ("headers", "queryParams", "withoutHeaders", "authority", "scheme", "sourceLabels", "sourceNamespace",
              "statPrefix")


def _match(match: dict, flow: Flow, port: int) -> tuple[Optional[bool], str]:
    """Whether one HTTPMatchRequest matches (None: it depends on what the model does not follow)."""
    if isinstance(match.get("port"), int) and match["port"] != port:
        return False, f"port {match['port']}"
    gateways = [text(g) for g in as_list(match.get("gateways"))]
    if gateways and "mesh" not in gateways:
        return False, "gateways"
    req = flow.request
    for key, value in (("uri", req.path), ("method", req.method)):
        if key in match:
            got = _string_match(as_dict(match[key]), value)
            if got is not True:
                return got, f"{key} {as_dict(match[key])}"
    unknown = [k for k in UNMODELLED if k in match]
    if unknown:
        return None, f"{', '.join(unknown)} (not followed by the model)"
    return True, ""


def route(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """The route a sidecar gives the request (only for a sender in the mesh, on an HTTP port)."""
    req = flow.request
    if not flow.source.in_mesh:
        return Hop("route", Verdict.WORKS, "the sender has no sidecar: no route applies"), leg
    if leg.protocol not in ("http", "auto") or (leg.protocol == "auto" and req.protocol == "tcp"):
        return Hop("route", Verdict.WORKS, f"port {req.port} is {leg.protocol.upper()} to Istio: HTTP routes do "
                   "not apply"), leg
    if flagger_routes(ctx, leg):
        kind = "HTTPRoute" if gateway_api(ctx.config) else "VirtualService"  # its Gateway API provider's, or Istio's
        return Hop("route", Verdict.UNKNOWN, f"Flagger generates the collector's {kind} in the cluster (canary "
                   "mode flagger): its routes are not in the files"), None
    from_ns = flow.source.namespace or ctx.namespace
    found = virtual_services_for(ctx, leg.host or "", from_ns)
    if not found:
        return Hop("route", Verdict.WORKS, f"no VirtualService for {leg.host}: the Service's own route to port "
                   f"{req.port}"), leg
    vs = found[0]
    note = (f"; {len(found) - 1} more VirtualService(s) name the host ({', '.join(r.label for r in found[1:])}): "
            "Istio uses one") if len(found) > 1 else ""
    on_port = []  # (route index, route) of the routes built for this port
    for i, http in enumerate(as_list(vs.spec.get("http"))):
        matches = [as_dict(m) for m in as_list(as_dict(http).get("match"))]
        if not matches or any(not isinstance(m.get("port"), int) or m["port"] == req.port for m in matches):
            on_port.append((i, as_dict(http)))
    if not on_port:
        return Hop("route", Verdict.WORKS, f"{vs.label} has no route for port {req.port}: the Service's own route "
                   f"(port {req.port})" + note, resource=vs.id, path="spec.http", file=vs.file, line=vs.line), leg
    for i, http in on_port:
        matches = [as_dict(m) for m in as_list(http.get("match"))] or [{}]
        for j, m in enumerate(matches):
            ok, why = _match(m, flow, req.port)
            if ok is None:
                return Hop("route", Verdict.UNKNOWN, f"{vs.label} route {i} may match: {why}", resource=vs.id,
                           path=f"spec.http[{i}].match[{j}]", file=vs.file, line=vs.line), None
            if ok:
                return _destinations(ctx, flow, leg, vs, i, http, j if http.get("match") else None, note)
    return Hop("route", Verdict.BROKEN, f"no route of {vs.label} matches {req.method} {req.path} on port {req.port}: "
               "Envoy answers 404 (no route)" + note, resource=vs.id, path="spec.http", file=vs.file, line=vs.line,
               code=messages.FLOW_NO_ROUTE, why=f"{req.method} {req.path}",
               brief=f"no route of {vs.label} matches these requests on port {req.port}: Envoy answers 404",
               fix=f"add a route for {req.path} (or one without a match, last) to the VirtualService"), None


def _destinations(ctx: FlowContext, flow: Flow, leg: Leg, vs: Resource, i: int, http: dict, j: Optional[int],
                  note: str) -> tuple[Hop, Optional[Leg]]:
    req = flow.request
    routes = [as_dict(r) for r in as_list(http.get("route"))]
    where = f"route {i}" + (f" (match {j})" if j is not None else " (no match: every request)")
    if not routes:
        return Hop("route", Verdict.UNKNOWN, f"{vs.label} {where} has no destination (a redirect or a direct "
                   "response)", resource=vs.id, path=f"spec.http[{i}]", file=vs.file, line=vs.line), None
    single = len(routes) == 1
    dests: list[Destination] = []
    shown: list[str] = []
    svc_ports = ctx.index.service_ports(leg.service) if leg.service is not None else []
    for k, r in enumerate(routes):
        d = as_dict(r.get("destination"))
        weight = r.get("weight") if isinstance(r.get("weight"), int) else (100 if single else 0)
        host = fqdn(text(d.get("host")), vs.namespace or "default")
        number = as_dict(d.get("port")).get("number")
        port = number if isinstance(number, int) else svc_ports[0] if len(svc_ports) == 1 else req.port
        subset = text(d.get("subset")) or None
        shown.append(f"{'subset ' + subset + ' ' if subset else ''}port {port} ({weight}%)")
        if weight == 0:
            continue
        if host != leg.host:
            return Hop("route", Verdict.UNKNOWN, f"{vs.label} {where} sends to another host, {host}: the flow is "
                       "followed no further", resource=vs.id, path=f"spec.http[{i}].route[{k}].destination.host",
                       file=vs.file, line=vs.line), None
        if port != req.port and flow.target_port is not None:
            return Hop("route", Verdict.BROKEN, f"{vs.label} {where} applies to every port of {host} and sends port "
                       f"{req.port}'s requests to port {port}, missing {flow.target_name}", resource=vs.id,
                       path=f"spec.http[{i}].route[{k}].destination.port", file=vs.file, line=vs.line,
                       code=messages.FLOW_MISROUTED, why=f"port {req.port} → {port}",
                       brief=f"{vs.label} route {i} sends to port {port} without a port match, so it applies to every "
                             f"port of {host}",
                       fix=f"match the route on the port it sends to (match: [{{port: {port}}}]) so that port "
                           f"{req.port} keeps its own route; otlp-istio renders the collector's routes so: "
                           "render again"), None
        dests.append(Destination(subset=subset, port=port, weight=weight))
    says = f"{vs.label} {where} → {', '.join(shown)}" + note
    return (Hop("route", Verdict.WORKS, says, resource=vs.id, path=f"spec.http[{i}]", file=vs.file, line=vs.line),
            replace(leg, destinations=tuple(dests), route=(vs, i)))


def flagger_routes(ctx: FlowContext, leg: Leg) -> bool:
    c = ctx.config.canary
    return c is not None and c.mode is CanaryMode.FLAGGER and leg.host == ctx.collector_host


# ---------------------------------------------------------------- the canary's split

def canary_split(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """Whether the canary's weights apply to the request: the route it takes is one ``canary``
    shifts (every destination the collector, its name among ``canary.routes`` when those are set)."""
    c = ctx.config.canary  # set, in git mode (:func:`.chain.canary_step` decides the others)
    if leg.route is None:
        vs = next(iter(virtual_services_for(ctx, leg.host or "", flow.source.namespace or ctx.namespace)), None)
        target = vs or leg.service
        return Hop("canary", Verdict.BROKEN, f"no VirtualService route carries {flow.request.describe()}: the "
                   f"canary's weights do not apply to it, it reaches every collector version in proportion to "
                   "their pods", resource=target.id if target else None, path="spec.http" if vs else "",
                   file=target.file if target else None, line=target.line if target else None,
                   code=messages.CANARY_SPLIT_BYPASSED, why=f"port {flow.request.port}: no route",
                   brief="the canary's weights do not apply to these requests: no VirtualService route carries them",
                   fix=f"route port {flow.request.port} through the collector's subsets (a VirtualService route "
                       "for it)"), None
    vs, i = leg.route
    http = as_dict(as_list(vs.spec.get("http"))[i])
    hosts = {fqdn(text(as_dict(r.get("destination")).get("host")), vs.namespace or "default")
             for r in (as_dict(x) for x in as_list(http.get("route")))}
    name = text(http.get("name")) or None
    if hosts != {ctx.collector_host} or (c.routes and name not in c.routes):
        why = (f"its name ({name or 'none'}) is not among canary.routes ({', '.join(c.routes)})" if c.routes
               and name not in c.routes else "it sends elsewhere than the collector")
        return Hop("canary", Verdict.BROKEN, f"{vs.label} route {i} carries {flow.request.describe()} but the canary "
                   f"does not shift it: {why}", resource=vs.id, path=f"spec.http[{i}]", file=vs.file, line=vs.line,
                   code=messages.CANARY_SPLIT_BYPASSED, why=why,
                   brief=f"the canary does not shift {vs.label} route {i}, which carries these requests",
                   fix="name the route in canary.routes, or leave canary.routes empty to shift every collector "
                       "route"), None
    return Hop("canary", Verdict.WORKS, f"the canary shifts {vs.label} route {i}: {c.baseline_version} and "
               f"{c.canary_version} by the step's weights", resource=vs.id, path=f"spec.http[{i}]"), None
