"""The routing hop with Gateway API routes: which HTTPRoute or GRPCRoute rule a sidecar (or, in
ambient mode, the Service's waypoint) gives a request to a Service, and the weighted backend
Services it sends it to; and the canary's split on top of it.

How Istio applies the routes attached to a Service (``parentRefs`` with ``group: ""``, ``kind:
Service``; ``pilot/pkg/config/kube/gateway/conversion.go``) and what the Gateway API says
(``apis/v1/httproute_types.go``, ``apis/v1/grpcroute_types.go``):

* a route attaches to the Service's traffic on every port, or on the ``port`` its parentRef names
  (Istio adds that port to each match); a port no attached route is left on keeps the Service's
  own route, as with a VirtualService;
* a route in the Service's namespace applies to every client (a producer route); a route in
  another namespace to that namespace's clients only (a consumer route), in place of the
  producer's (GEP-1294, the Gateway API for service mesh);
* every rule's matches are one route each (a rule without ``matches`` is the API server's default,
  ``PathPrefix /``), tried most specific first: Exact paths, then PathPrefix (longest first), then
  RegularExpression; on ties a method match, more header matches, more query matches; then the
  routes' order (the oldest, then by namespace/name: the files carry no creation time, so by
  namespace/name) and the rules' order. ``PathPrefix`` matches whole path segments;
* a GRPCRoute's method match is the path ``/<service>/<method>`` (Exact), ``/<service>/`` as a
  prefix (service only), a regular expression (method only, or type RegularExpression); one with
  neither (and a rule without matches) has no path condition and is tried after the regular
  expressions. gRPC is HTTP/2 to Envoy, so OTLP/gRPC requests are matched by these paths; Istio
  orders a Service's GRPCRoute and HTTPRoute rules together, by these paths (the Gateway API's own
  GRPCRoute precedence, service then method length, is not what Istio does);
* no rule matching gets 404; a backendRef to a Service that does not exist (or a port it lacks)
  gets 500 for its share; backends are weighted (default weight 1; 0 sends nothing).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from .. import messages
from ..analyzers.index import Resource, as_dict, as_list, text
from ..hosts import fqdn
from .ambient import ambient_namespace, waypoint_of
from .context import FlowContext
from .leg import Destination, Leg
from .model import Flow, Hop, Verdict

ROUTE_KINDS = ("HTTPRoute", "GRPCRoute")
EXACT, PREFIX, REGEX = "Exact", "PathPrefix", "RegularExpression"
ANY = ""  # a GRPCRoute match without a method: no path condition, tried after regular expressions
_RANK = {EXACT: 3, PREFIX: 2, REGEX: 1, ANY: 0}


@dataclass(frozen=True)
class Candidate:
    """One match of one rule: what Istio turns into one route of the Service's routes."""

    route: Resource
    rule: int
    match: Optional[int]  # None: the rule has no matches (the default PathPrefix /)
    path_type: str
    path: str
    method: Optional[str]
    headers: int
    queries: int

    @property
    def key(self) -> tuple:
        return (-_RANK.get(self.path_type, 0), -len(self.path), self.method is None, -self.headers, -self.queries)

    @property
    def where(self) -> str:
        m = f"match {self.match}" if self.match is not None else "no match: every request"
        return f"{self.route.kind} {self.route.ref} rule {self.rule} ({m})"

    @property
    def field(self) -> str:
        return f"spec.rules[{self.rule}]" + (f".matches[{self.match}]" if self.match is not None else "")


def _parent_ports(route: Resource, svc: Resource) -> list[Optional[int]]:
    """The ports at which ``route`` attaches to ``svc`` (None: every port); empty when it does not."""
    out = []
    for ref in (as_dict(r) for r in as_list(route.spec.get("parentRefs"))):
        group = text(ref.get("group")) if ref.get("group") is not None else "gateway.networking.k8s.io"
        kind = text(ref.get("kind")) if ref.get("kind") is not None else "Gateway"
        ns = text(ref.get("namespace")) or route.namespace or "default"
        if (group, kind) == ("", "Service") and text(ref.get("name")) == svc.name and ns == svc.namespace:
            out.append(ref.get("port") if isinstance(ref.get("port"), int) else None)
    return out


def attached(ctx: FlowContext, svc: Optional[Resource]) -> list[Resource]:
    """The HTTPRoutes and GRPCRoutes attached to the Service (on any port)."""
    if svc is None or svc.kind != "Service":
        return []
    return [r for kind in ROUTE_KINDS for r in ctx.index.kind(kind) if _parent_ports(r, svc)]


def _applying(routes: list[Resource], svc: Resource, from_ns: str, port: int) -> list[Resource]:
    on_port = [r for r in routes if any(p is None or p == port for p in _parent_ports(r, svc))]
    consumers = [r for r in on_port if r.namespace == from_ns and from_ns != svc.namespace]
    chosen = consumers or [r for r in on_port if r.namespace == svc.namespace]
    return sorted(chosen, key=lambda r: (r.namespace or "", r.name))


def _grpc_path(method: dict) -> tuple[str, str]:
    service, name = text(method.get("service")) or None, text(method.get("method")) or None
    if service is None and name is None:  # the schema's default match ({type: Exact}): every request
        return ANY, ""
    if text(method.get("type")) == REGEX:
        if name is None:
            return REGEX, f"/{service}/.+"
        return REGEX, f"/{service}/{name}" if service else f"/[^/]+/{name}"
    if name is None:
        return PREFIX, f"/{service}/"
    return (EXACT, f"/{service}/{name}") if service else (REGEX, f"/[^/]+/{name}")


def candidates(routes: list[Resource]) -> list[Candidate]:
    """Every rule match of the routes, in the order Istio tries them."""
    out = []
    for route in routes:
        for i, rule in enumerate(as_dict(r) for r in as_list(route.spec.get("rules"))):
            matches = [as_dict(m) for m in as_list(rule.get("matches"))]
            if not matches:  # an HTTPRoute's default match is PathPrefix /; a GRPCRoute's has no path
                out.append(Candidate(route, i, None, ANY if route.kind == "GRPCRoute" else PREFIX,
                                     "" if route.kind == "GRPCRoute" else "/", None, 0, 0))
                continue
            for j, m in enumerate(matches):
                if route.kind == "GRPCRoute":
                    kind, value = _grpc_path(as_dict(m.get("method"))) if m.get("method") else (ANY, "")
                    method = None
                else:
                    path = as_dict(m.get("path"))
                    kind = text(path.get("type")) or PREFIX
                    value = text(path.get("value")) or "/"
                    method = text(m.get("method")) or None
                if kind == PREFIX and value != "/" and value.endswith("/") and route.kind == "HTTPRoute":
                    value = value.rstrip("/") or "/"  # "a trailing / is ignored"
                out.append(Candidate(route, i, j, kind, value, method, len(as_list(m.get("headers"))),
                                     len(as_list(m.get("queryParams")))))
    return sorted(out, key=lambda c: c.key)  # stable: the routes' and rules' order on ties


def _path_matches(kind: str, value: str, path: str) -> Optional[bool]:
    if kind == ANY:
        return True
    if kind == EXACT:
        return path == value
    if kind == PREFIX:
        if value.endswith("/"):  # a GRPCRoute's service-only match: a plain prefix
            return path.startswith(value)
        return value == "/" or path == value or path.startswith(value + "/")
    try:
        return re.fullmatch(value, path) is not None
    except re.error:
        return None


def matches(c: Candidate, flow: Flow) -> tuple[Optional[bool], str]:
    """Whether the request matches (None: it depends on what the model does not follow)."""
    req = flow.request
    if req.path is None:
        return None, "the request's path is not known"
    ok = _path_matches(c.path_type, c.path, req.path)
    if ok is not True:
        return ok, f"path {c.path_type} {c.path}"
    if c.method is not None and c.method != (req.method or ""):
        return False, f"method {c.method}"
    if c.headers or c.queries:
        return None, "header or query parameter matches (not followed by the model)"
    return True, ""


def applies(ctx: FlowContext, flow: Flow, svc: Resource) -> tuple[bool, str]:
    """Whether Gateway API routes apply to the request, and who applies them."""
    if ambient_namespace(ctx, svc.namespace):
        name = waypoint_of(ctx, svc)
        if name is None:
            return False, (f"ambient mode and no waypoint for {svc.label}: ztunnel does not apply HTTP routes, the "
                           "Service sends to all its pods")
        return flow.source.in_mesh, (f"the waypoint {name} applies the routes" if flow.source.in_mesh else
                                     "the sender is outside the mesh: no waypoint applies the routes")
    return flow.source.in_mesh, ("the sender's sidecar applies the routes" if flow.source.in_mesh
                                 else "the sender has no sidecar: no route applies")


def route(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """The rule of the Service's HTTPRoutes/GRPCRoutes the request takes, and its backends."""
    req = flow.request
    svc = leg.service
    ok, who = applies(ctx, flow, svc)
    if not ok:
        return Hop("route", Verdict.WORKS, who), leg
    if leg.protocol not in ("http", "auto") or (leg.protocol == "auto" and req.protocol == "tcp"):
        return Hop("route", Verdict.WORKS, f"port {req.port} is {leg.protocol.upper()} to Istio: HTTPRoutes and "
                   "GRPCRoutes do not apply"), leg
    routes = _applying(attached(ctx, svc), svc, flow.source.namespace or ctx.namespace, req.port)
    if not routes:
        return Hop("route", Verdict.WORKS, f"no HTTPRoute or GRPCRoute attaches to {svc.label} on port {req.port}: "
                   f"the Service's own route to port {req.port}"), leg
    shown = ", ".join(f"{r.kind} {r.ref}" for r in routes)
    for c in candidates(routes):
        ok, why = matches(c, flow)
        r = c.route
        if ok is None:
            return Hop("route", Verdict.UNKNOWN, f"{c.where} may match: {why}", resource=r.id, path=c.field,
                       file=r.file, line=r.line), None
        if ok:
            return _backends(ctx, flow, leg, c, who)
    first = routes[0]
    return Hop("route", Verdict.BROKEN, f"no rule of {shown} (attached to {svc.label} port {req.port}) matches "
               f"{req.method} {req.path}: Envoy answers 404 (no route)", resource=first.id, path="spec.rules",
               file=first.file, line=first.line, code=messages.FLOW_NO_GATEWAY_ROUTE, why=f"{req.method} {req.path}",
               brief=f"no rule of the {first.kind}s attached to {svc.label} port {req.port} matches these requests: "
                     "Envoy answers 404",
               fix=f"add a rule matching {req.path} (or one without matches, which is PathPrefix /)"), None


def _backends(ctx: FlowContext, flow: Flow, leg: Leg, c: Candidate, who: str) -> tuple[Hop, Optional[Leg]]:
    req = flow.request
    r = c.route
    rule = as_dict(as_list(r.spec.get("rules"))[c.rule])
    refs = [as_dict(b) for b in as_list(rule.get("backendRefs"))]
    if not refs:
        return Hop("route", Verdict.UNKNOWN, f"{c.where} has no backendRefs (a redirect, or 500)", resource=r.id,
                   path=f"spec.rules[{c.rule}]", file=r.file, line=r.line), None
    dests: list[Destination] = []
    shown: list[str] = []
    for k, ref in enumerate(refs):
        at = f"spec.rules[{c.rule}].backendRefs[{k}]"
        weight = ref.get("weight") if isinstance(ref.get("weight"), int) else 1
        name, ns = text(ref.get("name")), text(ref.get("namespace")) or r.namespace or "default"
        port = ref.get("port") if isinstance(ref.get("port"), int) else req.port
        if weight == 0:
            shown.append(f"{name} port {port} (weight 0)")
            continue
        if (text(ref.get("group")), text(ref.get("kind")) or "Service") != ("", "Service"):
            return Hop("route", Verdict.UNKNOWN, f"{c.where} sends to a {text(ref.get('kind'))}: the flow is followed "
                       "no further", resource=r.id, path=at, file=r.file, line=r.line), None
        host = fqdn(name, ns)
        backend = ctx.index.services.get(host)
        if backend is None or port not in ctx.index.service_ports(backend):
            what = f"Service {ns}/{name} does not exist" if backend is None else f"{backend.label} has no port {port}"
            return Hop("route", Verdict.BROKEN, f"{c.where} sends to {name} port {port}, but {what}: Istio answers "
                       "its share of the requests with 500", resource=r.id, path=at, file=r.file, line=r.line), None
        if port != req.port and flow.target_port is not None:
            return Hop("route", Verdict.BROKEN, f"{c.where} sends port {req.port}'s requests to {name} port {port}, "
                       f"missing {flow.target_name}", resource=r.id, path=f"{at}.port", file=r.file, line=r.line,
                       code=messages.FLOW_MISROUTED, why=f"port {req.port} → {port}",
                       brief=f"{r.kind} {r.ref} attaches to every port of {leg.service.label} and sends to port {port}",
                       fix=f"attach the route to the port it sends to (parentRefs: port {port}) so that port "
                           f"{req.port} keeps its own route; with routing gateway-api, name one port in every destination "
                           "of the collector route (it is then attached to that port) or none (one route per port, "
                           "each to its own port)"), None
        dests.append(Destination(subset=None, port=port, weight=weight, service=backend, host=host))
    total = sum(d.weight for d in dests) or 1
    dests = [replace(d, weight=round(100 * d.weight / total)) for d in dests]
    shown = [f"{d.service.name} port {d.port} ({d.weight}%)" for d in dests] + shown
    says = f"{c.where} → {', '.join(shown)}; {who}"
    return (Hop("route", Verdict.WORKS, says, resource=r.id, path=f"spec.rules[{c.rule}]", file=r.file, line=r.line),
            replace(leg, destinations=tuple(dests), route=(r, c.rule)))


# ---------------------------------------------------------------- the canary's split

def version_services(ctx: FlowContext) -> set[str]:
    """The collector Service and its versions' Services (``<collector>-<version>``, selecting a version)."""
    out = {ctx.collector}
    for svc in ctx.index.kind("Service"):
        selector = as_dict(svc.spec.get("selector"))
        if svc.namespace == ctx.namespace and text(selector.get("app")) == ctx.collector and "version" in selector:
            out.add(svc.name)
    return out


def canary_split(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """Whether the canary's weights apply: the rule the request takes is one the canary shifts (every
    backend a Service of the collector's, its name among ``canary.routes`` when those are set)."""
    c = ctx.config.canary  # set, in git mode (:func:`.chain.canary_step` decides the others)
    if leg.route is None:
        svc = leg.service
        return Hop("canary", Verdict.BROKEN, f"no HTTPRoute or GRPCRoute rule carries {flow.request.describe()}: the "
                   "canary's weights do not apply to it, it reaches every collector version in proportion to their "
                   "pods", resource=svc.id if svc else None, path="", file=svc.file if svc else None,
                   line=svc.line if svc else None, code=messages.CANARY_SPLIT_BYPASSED,
                   why=f"port {flow.request.port}: no route",
                   brief="the canary's weights do not apply to these requests: no HTTPRoute or GRPCRoute rule carries "
                         "them",
                   fix=f"attach a route for port {flow.request.port} to the collector Service, sending to the "
                       "versions' Services"), None
    r, i = leg.route
    rule = as_dict(as_list(r.spec.get("rules"))[i])
    names = {text(as_dict(b).get("name")) for b in as_list(rule.get("backendRefs"))}
    name = text(rule.get("name")) or None
    ours = names <= version_services(ctx) and all(
        (text(as_dict(b).get("namespace")) or r.namespace) == ctx.namespace for b in as_list(rule.get("backendRefs")))
    if not ours or (c.routes and name not in c.routes):
        why = (f"its name ({name or 'none'}) is not among canary.routes ({', '.join(c.routes)})" if ours
               else "it sends elsewhere than the collector's Services")
        return Hop("canary", Verdict.BROKEN, f"{r.kind} {r.ref} rule {i} carries {flow.request.describe()} but the "
                   f"canary does not shift it: {why}", resource=r.id, path=f"spec.rules[{i}]", file=r.file,
                   line=r.line, code=messages.CANARY_SPLIT_BYPASSED, why=why,
                   brief=f"the canary does not shift {r.kind} {r.ref} rule {i}, which carries these requests",
                   fix="name the rule in canary.routes, or leave canary.routes empty to shift every collector "
                       "rule"), None
    return Hop("canary", Verdict.WORKS, f"the canary shifts {r.kind} {r.ref} rule {i}: {c.baseline_version} and "
               f"{c.canary_version} by the step's weights", resource=r.id, path=f"spec.rules[{i}]"), None
