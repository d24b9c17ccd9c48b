"""Following a flow: a chain of hops, each deciding from the resources at that hop.

A chain is a tuple of steps (:data:`~.leg.Step`), run in order until one ends the flow. Which
chain a flow takes depends on how it is sent:

* :data:`SIDECAR` — through the sender's sidecar to a Service: the Service port and its protocol
  (:func:`.service.lookup`), the VirtualService route (:func:`.routing.route`), the
  DestinationRule's subsets and TLS (:func:`.inbound.destination_rule`), the workloads behind it
  (:func:`.service.endpoints`), their PeerAuthentication (:func:`.inbound.peer_authentication`) and
  AuthorizationPolicies (:func:`.inbound.authorization`);
* :data:`SCRAPE` — Prometheus to the pods' addresses: no Service routing, the same two inbound hops;
* :data:`TRACER` — Envoy's tracer to the provider's cluster: no route, the DestinationRule applies;
* :data:`CANARY` — the routing hops, then whether the canary's weights apply (:func:`.routing.canary_split`).

Where other data planes and routing APIs plug in: a Gateway API ``HTTPRoute`` is another routing
step (deciding from the HTTPRoutes whose ``parentRefs`` name the Service, by their ``matches`` and
weighted ``backendRefs``), used in place of :func:`.routing.route` by :func:`chain_for` when the
environment routes with the Gateway API; ambient mode replaces the sidecar's inbound hops by a
``ztunnel`` step (L4: PeerAuthentication and the L4 part of the AuthorizationPolicies at the
workload) and a ``waypoint`` step (L7: the routes and the policies whose ``targetRefs`` name the
Service or its waypoint), chosen by :func:`chain_for` from the namespace's data-plane mode. Each
new step has the signature of :data:`~.leg.Step` and reads only the context and the leg.
"""
from __future__ import annotations

from .context import FlowContext
from .inbound import authorization, destination_rule, peer_authentication
from .leg import Leg, Step
from .model import Flow, FlowResult, Hop, Verdict
from .routing import canary_split, route
from .service import endpoints, lookup, scrape_targets, tracer_cluster

SIDECAR: tuple[Step, ...] = (lookup, route, destination_rule, endpoints, peer_authentication, authorization)
SCRAPE: tuple[Step, ...] = (scrape_targets, peer_authentication, authorization)
TRACER: tuple[Step, ...] = (lookup, tracer_cluster, destination_rule, endpoints, peer_authentication, authorization)
CANARY: tuple[Step, ...] = (lookup, route, canary_split)


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
