"""The ambient hops: in a namespace labelled ``istio.io/dataplane-mode: ambient`` there is no
sidecar at the receiving pods; ztunnel carries the request over HBONE (always Istio mTLS between
mesh workloads) and decides L4, and a waypoint (``istio.io/use-waypoint`` on the Service or its
namespace; a Gateway of class ``istio-waypoint``) decides L7 for traffic addressed to the Service.

:func:`waypoint` runs before the receiving side's hops (:mod:`.inbound`): where the Service has a
waypoint, the AuthorizationPolicies that name the Service or the waypoint Gateway in ``targetRefs``
decide the request with the sender's identity and its HTTP attributes (waypoints never use
``selector``: ``pilot/pkg/model/policyattachment.go``); the request then reaches ztunnel with the
*waypoint's* identity. Either way the leg is marked L4: at ztunnel the selector policies see no
HTTP attribute (an ALLOW rule with one never matches, a DENY rule loses it), as
:mod:`.inbound.authorization` applies them. A request to pod addresses (the scrape) passes no
waypoint (a waypoint for ``service`` traffic, Istio's default). PeerAuthentication is ztunnel's, as
in sidecar mode (``pilot/pkg/serviceregistry/ambient/authorization.go`` reads ``portLevelMtls``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .. import messages
from ..analyzers.index import Resource, as_dict, as_list, text
from ..config.ambient_labels import DATAPLANE_MODE, USE_WAYPOINT
from . import authz
from .context import FlowContext
from .leg import Leg
from .model import Flow, Hop, Verdict


def ambient_namespace(ctx: FlowContext, namespace: Optional[str]) -> bool:
    ns = ctx.index.namespaces.get(namespace or "")
    return ns is not None and ns.labels.get(DATAPLANE_MODE) == "ambient"


def waypoint_of(ctx: FlowContext, svc: Resource) -> Optional[str]:
    """The waypoint the Service's traffic goes through (its label, else its namespace's)."""
    name = svc.labels.get(USE_WAYPOINT)
    if name is None:
        ns = ctx.index.namespaces.get(svc.namespace or "")
        name = ns.labels.get(USE_WAYPOINT) if ns is not None else None
    return None if name in (None, "", "none") else name


def _targets(policy: Resource) -> list[tuple[str, str]]:
    refs = [as_dict(r) for r in as_list(policy.spec.get("targetRefs"))]
    if policy.spec.get("targetRef"):
        refs.append(as_dict(policy.spec.get("targetRef")))
    return [(text(r.get("kind")), text(r.get("name"))) for r in refs]


def waypoint_policies(ctx: FlowContext, svc: Resource, waypoint: str) -> list[Resource]:
    """The policies a waypoint applies to requests for ``svc``: those naming the Service or the waypoint."""
    wanted = {("Service", svc.name), ("Gateway", waypoint)}
    return sorted((ap for ap in ctx.index.kind("AuthorizationPolicy")
                   if ap.namespace == svc.namespace and wanted & set(_targets(ap))), key=lambda r: r.name)


def waypoint(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """In ambient mode: the waypoint's L7 decision, and ztunnel's L4 view of what follows."""
    svc = leg.service
    if svc is None or not ambient_namespace(ctx, svc.namespace):
        return None, leg
    name = None if flow.request.direct else waypoint_of(ctx, svc)
    if name is None:
        why = "addressed to the pods" if flow.request.direct else "no waypoint for the Service"
        return (Hop("waypoint", Verdict.WORKS, f"ambient mode, {why}: ztunnel decides, on L4 only"),
                replace(leg, l4_only=True))
    principal = f"{ctx.trust_domain}/ns/{svc.namespace}/sa/{name}"
    src = flow.source
    caller = authz.Caller(authenticated=src.in_mesh, principal=src.principal if src.in_mesh else None,
                          namespace=src.namespace if src.in_mesh else None, any_identity=src.any_identity)
    call = authz.Call(port=flow.request.port, http=leg.protocol == "http" or flow.request.protocol != "tcp",
                      method=flow.request.method, path=flow.request.path)
    d = authz.decide_policies(waypoint_policies(ctx, svc, name), caller, call)
    pol = d.policy
    where = dict(resource=pol.id if pol else None, path=d.path if pol else "", file=pol.file if pol else None,
                 line=pol.line if pol else None)
    after = replace(leg, l4_only=True, peer=principal)
    if d.allowed is authz.Match.NO:
        return Hop("waypoint", Verdict.BROKEN, f"waypoint {name}: {d.says}: refused (403)", code=messages.FLOW_DENIED,
                   brief=d.brief, why=d.why, fix="add a rule admitting these requests to the policy the waypoint "
                   "applies (targetRefs: the Service), or narrow the DENY rule", **where), None
    verdict = Verdict.UNKNOWN if d.allowed is authz.Match.UNKNOWN else Verdict.WORKS
    return (Hop("waypoint", verdict, f"waypoint {name}: {d.says}; the request reaches ztunnel as {principal}",
                **where), after if verdict is Verdict.WORKS else None)
