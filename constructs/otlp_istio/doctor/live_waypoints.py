"""live-waypoints: in ambient mode, whether the cluster's waypoints run and the Services reach them.

Read from the status the API server holds (``doctor cluster`` / ``doctor --cluster``):

* each waypoint Gateway's ``Programmed`` condition (Gateway API): True once istiod has deployed the
  waypoint; False, or no condition at all (istiod has not taken the Gateway: no ambient-mode istiod,
  or it does not run), means nothing processes the L7 traffic bound to it: no spans, no L7 policy,
  no routes;
* each Service's ``istio.io/WaypointBound`` condition, which istiod writes on every Service it
  binds to a waypoint (reason ``WaypointAccepted``) or fails to (reasons ``WaypointIsNotReady``,
  ``AttachmentDenied``, ``UnsupportedTrafficType``, ...). A Service that asks for a waypoint
  (``istio.io/use-waypoint`` on it or its namespace) without the condition is not bound yet.

FAIL: Programmed False or absent (with the condition's message); WaypointBound False (with its
reason); a waypoint the labels name that the cluster does not have.
WARN: a Service that asks for a waypoint and has no WaypointBound condition.
PASS: ``Gateway otlp-system/waypoint`` Programmed; ``Service otlp-system/otlp-collector`` bound to it.
"""
from __future__ import annotations

from typing import Any

from ..analyzers.index import Index, Resource, as_dict, as_list, text
from .result import CheckResult, Problems, Status
from .waypoints import service_waypoint, uses_waypoint, waypoint_gateways

ID = "live-waypoints"
PROGRAMMED = "Programmed"
WAYPOINT_BOUND = "istio.io/WaypointBound"
# the Service istiod creates for a waypoint's own pods (it has no waypoint itself)
MANAGED = ("gateway.istio.io/managed", "istio.io-mesh-controller")


def condition(r: Resource, kind: str) -> dict | None:
    return next((as_dict(c) for c in as_list(as_dict(r.data.get("status")).get("conditions"))
                 if text(as_dict(c).get("type")) == kind), None)


def _said(c: dict) -> str:
    reason, message = text(c.get("reason")), text(c.get("message"))
    return f"reason {reason or 'none'}" + (f": {message}" if message else "")


def check(index: Index, env: str | None = None) -> CheckResult:
    problem = Problems()
    gateways = waypoint_gateways(index)
    have = {(g.namespace or "default", g.name) for g in gateways}
    waypoints: list[dict[str, Any]] = []
    for g in gateways:
        c = condition(g, PROGRAMMED)
        status = text(c.get("status")) if c else None
        waypoints.append({"waypoint": f"{g.namespace}/{g.name}", "programmed": status,
                          "reason": text(c.get("reason")) if c else None, "message": text(c.get("message")) if c else None})
        if c is None:
            problem(Status.FAIL, f"waypoint {g.label} has no {PROGRAMMED} condition: istiod has not taken it (is an "
                    "ambient-mode istiod running, Istio 1.24 or later?); nothing processes its L7 traffic: no spans, "
                    "no L7 policy, no routes",
                    "check istiod (`kubectl -n istio-system logs deploy/istiod`) and the waypoint "
                    f"(`kubectl -n {g.namespace} describe gateway {g.name}`)")
        elif status != "True":
            problem(Status.FAIL, f"waypoint {g.label} is not programmed ({PROGRAMMED} {status}, {_said(c)}): nothing "
                    "processes its L7 traffic: no spans, no L7 policy, no routes",
                    f"fix what the message names (`kubectl -n {g.namespace} describe gateway {g.name}`)")
        else:
            problem.details.append(f"waypoint {g.label}: {PROGRAMMED} ({_said(c)})")

    services: list[dict[str, Any]] = []
    for svc in sorted(index.kind("Service"), key=lambda s: (s.namespace or "", s.name)):
        if svc.labels.get(MANAGED[0]) == MANAGED[1]:
            continue
        wanted = service_waypoint(index, svc)
        c = condition(svc, WAYPOINT_BOUND)
        if wanted is None and c is None:
            continue
        status = text(c.get("status")) if c else None
        shown = f"{wanted[0]}/{wanted[1]}" if wanted else None
        services.append({"service": f"{svc.namespace}/{svc.name}", "waypoint": shown, "bound": status,
                         "reason": text(c.get("reason")) if c else None, "message": text(c.get("message")) if c else None})
        if c is None:
            problem(Status.WARN, f"{svc.label} asks for waypoint {shown} but has no {WAYPOINT_BOUND} condition: istiod "
                    "has not bound it (yet): its traffic passes no waypoint",
                    "check istiod and the waypoint; istiod writes the condition once it binds the Service")
        elif status == "False":
            problem(Status.FAIL, f"{svc.label} is not bound to a waypoint ({WAYPOINT_BOUND} False, reason "
                    f"{text(c.get('reason')) or 'none'}: {text(c.get('message')) or 'no message'}): its traffic passes "
                    "no waypoint (no spans, no L7 policy, no routes)",
                    "fix what the reason names: the waypoint must exist and be programmed, allow the Service's "
                    "namespace, and serve Service traffic (istio.io/waypoint-for: service or all)")
        else:
            problem.details.append(f"{svc.label}: {WAYPOINT_BOUND} {status} ({_said(c)})")

    named = sorted({wp for r in [*index.namespaces.values(), *index.kind("Service")] for wp in [uses_waypoint(r)]
                    if wp and wp[0] in index.namespaces and wp not in have})
    for ns, name in named:
        problem(Status.FAIL, f"waypoint {ns}/{name} is named by istio.io/use-waypoint but the cluster has no Gateway "
                f"{name} of class istio-waypoint in {ns}",
                "publish the environment (it renders the waypoint), or fix the label")

    bound = sum(1 for s in services if s["bound"] == "True")
    programmed = sum(1 for w in waypoints if w["programmed"] == "True")
    if not gateways and not named:
        summary = "no waypoint in the cluster's namespaces of this environment"
        problem(Status.WARN, "ambient mode without a waypoint: no spans, no L7 policy, no routes",
                "publish the environment (data_plane: ambient renders the waypoint)")
    else:
        summary = (f"{programmed} of {len(waypoints)} waypoint(s) programmed, {bound} of {len(services)} Service(s) "
                   "bound to a waypoint")
    return CheckResult(id=ID, status=problem.status, summary=summary, details=problem.details, next=problem.nexts,
                       data={"waypoints": waypoints, "services": services,
                             "missing_waypoints": [f"{ns}/{name}" for ns, name in named]}, env=env)
