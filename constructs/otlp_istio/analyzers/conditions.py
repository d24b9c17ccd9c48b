"""Status conditions Istio writes that say something went wrong (istioctl's condition analyzer),
for manifests read back from a cluster (``kubectl get -o yaml``).

* OI1001 (IST0171) a negative condition: ``istio.io/WaypointBound`` False on a Service,
  ServiceEntry or WorkloadEntry; ``ZtunnelAccepted`` or ``WaypointAccepted`` False on an
  AuthorizationPolicy (and ``WaypointAccepted`` with reason ``PartiallyInvalid``, whatever its
  status); ``Accepted``, ``Programmed`` or ``ResolvedRefs`` False on a Kubernetes Gateway (its
  own conditions) or on a parent of an HTTPRoute or GRPCRoute. Other conditions (a GitOps
  tool's, say) are not Istio's and are left alone.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import Index, Resource, as_dict, as_list, text

NAME = "conditions"
DESCRIPTION = "Negative status conditions written by Istio"
KINDS = ("Service", "ServiceEntry", "WorkloadEntry", "AuthorizationPolicy", "Gateway", "HTTPRoute", "GRPCRoute")

GATEWAY_API = "gateway.networking.k8s.io"
_WAYPOINT = frozenset({"istio.io/WaypointBound"})
_GATEWAY_API = frozenset({"Accepted", "Programmed", "ResolvedRefs"})
NEGATIVE: dict[tuple[str, str], frozenset[str]] = {
    ("", "Service"): _WAYPOINT,
    ("networking.istio.io", "ServiceEntry"): _WAYPOINT,
    ("networking.istio.io", "WorkloadEntry"): _WAYPOINT,
    ("security.istio.io", "AuthorizationPolicy"): frozenset({"ZtunnelAccepted", "WaypointAccepted"}),
    (GATEWAY_API, "Gateway"): _GATEWAY_API,
    (GATEWAY_API, "HTTPRoute"): _GATEWAY_API,
    (GATEWAY_API, "GRPCRoute"): _GATEWAY_API,
}


def _conditions(r: Resource) -> Iterator[tuple[str, dict]]:
    status = as_dict(r.data.get("status"))
    if r.kind in ("HTTPRoute", "GRPCRoute"):
        for j, parent in enumerate(as_list(status.get("parents"))):
            for i, c in enumerate(as_list(as_dict(parent).get("conditions"))):
                yield f"status.parents[{j}].conditions[{i}]", as_dict(c)
    else:
        for i, c in enumerate(as_list(status.get("conditions"))):
            yield f"status.conditions[{i}]", as_dict(c)


def analyze(index: Index) -> Iterator[Finding]:
    for r in index.resources:
        negative = NEGATIVE.get((r.group, r.kind))
        if negative is None or "status" not in r.data:
            continue
        for path, c in _conditions(r):
            kind, status, reason = text(c.get("type")), text(c.get("status")), text(c.get("reason"))
            partially = r.kind == "AuthorizationPolicy" and kind == "WaypointAccepted" and reason == "PartiallyInvalid"
            if (kind in negative and status == "False") or partially:
                yield r.finding(messages.NEGATIVE_CONDITION_STATUS, path, (
                    f"Istio reports condition {kind} {status} (reason {reason or 'none'}: "
                    f"{text(c.get('message')) or 'no message'}); fix what the message names"))
