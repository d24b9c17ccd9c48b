"""Following a flow: a chain of hops, each deciding from the resources at that hop.

A chain is a tuple of steps (:data:`~.leg.Step`), run in order until one ends the flow. Which
chain a flow takes depends on how it is sent:

* :data:`SIDECAR` — through the sender's sidecar to a Service: the Service port and its protocol
  (:func:`.service.lookup`), the route (:func:`route_step`), the
  DestinationRule's subsets and TLS (:func:`.inbound.destination_rule`), the workloads behind it
  (:func:`.service.endpoints`), in ambient mode the waypoint (:func:`.ambient.waypoint`: its L7
  policies, then ztunnel's L4 view with the waypoint's identity), their PeerAuthentication
  (:func:`.inbound.peer_authentication`) and AuthorizationPolicies (:func:`.inbound.authorization`);
* :data:`SCRAPE` — Prometheus to the pods' addresses: no Service routing, the same two inbound hops;
* :data:`TRACER` — Envoy's tracer to the provider's cluster: no route, the DestinationRule applies;
* :data:`CANARY` — the routing hops, then whether the canary's weights apply (:func:`canary_step`).

Where the Service has Gateway API routes attached (``HTTPRoute``/``GRPCRoute`` whose ``parentRefs``
name it, as ``routing: gateway-api`` renders them), :func:`route_step` and :func:`canary_step`
decide with :mod:`.gateway_routing` (their matches, weighted ``backendRefs`` to Services of their
own) in place of :mod:`.routing`'s VirtualService routes; another routing API would plug in there;
in ambient mode the Service's waypoint applies them. Ambient mode is the :func:`.ambient.waypoint`
step, a no-op outside ambient namespaces: the waypoint's L7 policies (``targetRefs``), then ztunnel's L4
view (the leg's ``l4_only`` and ``peer``) for the inbound hops. Each step has the signature of
:data:`~.leg.Step` and reads only the context and the leg.
"""
from __future__ import annotations

from typing import Optional

from . import gateway_routing, routing
from ..config.gateway_routes import gateway_api
from ..config.models import CanaryMode
from .ambient import waypoint
from .context import FlowContext
from .inbound import authorization, destination_rule, peer_authentication
from .leg import Leg, Step
from .model import Flow, FlowResult, Hop, Verdict
from .service import endpoints, lookup, scrape_targets, tracer_cluster


def route_step(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """The routing hop: the Service's Gateway API routes when any is attached to it, else its VirtualServices."""
    if gateway_routing.attached(ctx, leg.service):
        return gateway_routing.route(ctx, flow, leg)
    return routing.route(ctx, flow, leg)


def canary_step(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """Whether the canary's weights apply to the route (rule) the request took."""
    c = ctx.config.canary
    if c is None:
        return None, leg
    if c.mode is CanaryMode.FLAGGER:
        kind = "HTTPRoute" if gateway_api(ctx.config) else "VirtualService"
        return Hop("canary", Verdict.UNKNOWN, f"Flagger steps the weights on the {kind} it generates (not in the "
                   "files)"), None
    if gateway_routing.attached(ctx, leg.service):
        return gateway_routing.canary_split(ctx, flow, leg)
    return routing.canary_split(ctx, flow, leg)


SIDECAR: tuple[Step, ...] = (lookup, route_step, destination_rule, endpoints, waypoint, peer_authentication,
                              authorization)
SCRAPE: tuple[Step, ...] = (scrape_targets, waypoint, peer_authentication, authorization)
TRACER: tuple[Step, ...] = (lookup, tracer_cluster, destination_rule, endpoints, waypoint, peer_authentication,
                            authorization)
CANARY: tuple[Step, ...] = (lookup, route_step, canary_step)


def chain_for(ctx: FlowContext, flow: Flow) -> tuple[Step, ...]:
    """The steps that decide ``flow``."""
    if flow.request.direct:
        return SCRAPE
    if flow.id == "proxies/tracing":
        return TRACER
    if flow.group.startswith("canary/"):
        return CANARY
    return SIDECAR


def follow(ctx: FlowContext, flow: Flow) -> FlowResult:
    """The flow's verdict and the chain of hops that decided it."""
    if flow.group == "proxies/access-logs":
        return FlowResult(flow, (access_log_hop(ctx, flow),))
    hops: list[Hop] = []
    leg: Leg | None = Leg()
    notes: list[str] = []
    for step in chain_for(ctx, flow):
        if leg is None:
            break
        hop, leg = step(ctx, flow, leg)
        if hop is not None:
            hops.append(hop)
        if leg is not None:
            notes.extend(n for n in leg.notes if n not in notes)
    return FlowResult(flow, tuple(hops), tuple(notes))


def access_log_hop(ctx: FlowContext, flow: Flow) -> Hop:
    name = flow.id.rsplit("/", 1)[1]
    if name == "envoy":
        return Hop("access-logs", Verdict.WORKS, "Istio's built-in provider envoy: each proxy writes to its own "
                   "standard output, no request on the network")
    kinds = ctx.index.mesh.extension_providers
    if name in kinds:
        return Hop("access-logs", Verdict.UNKNOWN, f"the mesh config's extension provider {name} ({kinds[name] or '?'}): "
                   "its backend is not followed")
    return Hop("access-logs", Verdict.UNKNOWN, f"provider {name} is not in the rendered mesh config: your Istio "
               "installation must define it")
