"""The tracing check's view of ambient mode: which proxies emit spans, and which Telemetry reaches them.

In ambient mode only waypoints emit spans: ztunnel emits L4 metrics and logs, never spans, so the
pods of a namespace (or Service) that uses no waypoint produce none. A waypoint (a Gateway of class
``istio-waypoint``) takes its Telemetry as istiod computes it for a waypoint proxy:

* the selector-less Telemetry of the root namespace (mesh-wide), of the waypoint's own namespace and
  of the namespace of the Service it serves;
* a Telemetry with ``targetRefs`` to the waypoint Gateway (same namespace), to a Service bound to the
  waypoint (the Service's namespace), or to the GatewayClass ``istio-waypoint`` (root namespace only);
* never a Telemetry with ``selector``: waypoints ignore selectors, and ztunnel reads no Telemetry, so
  such a Telemetry in an ambient namespace reaches nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analyzers.ambient import USE_WAYPOINT, USE_WAYPOINT_NAMESPACE, WAYPOINT_CLASS, ambient_namespace
from ..analyzers.index import Index, Resource, as_dict, as_list, match_labels, text
from ..hosts import fqdn

GATEWAY_API = "gateway.networking.k8s.io"


def waypoint_gateways(index: Index) -> list[Resource]:
    """The Gateways of class ``istio-waypoint`` among the manifests (``Index.kind`` holds Istio's Gateways)."""
    return sorted((r for r in index.resources if r.kind == "Gateway" and r.group == GATEWAY_API
                   and text(r.spec.get("gatewayClassName")) == WAYPOINT_CLASS),
                  key=lambda r: (r.namespace or "", r.name))


def uses_waypoint(r: Resource) -> tuple[str, str] | None:
    """The waypoint (namespace, name) a Namespace's or Service's ``istio.io/use-waypoint`` label names;
    None without the label or with ``none``."""
    name = r.labels.get(USE_WAYPOINT)
    if not name or name == "none":
        return None
    own = r.name if r.kind == "Namespace" else r.namespace or "default"
    return r.labels.get(USE_WAYPOINT_NAMESPACE) or own, name


def service_waypoint(index: Index, svc: Resource) -> tuple[str, str] | None:
    """The waypoint a Service is bound to: its own label, else its namespace's (``none`` on the
    Service opts out)."""
    if svc.labels.get(USE_WAYPOINT) == "none":
        return None
    own = uses_waypoint(svc)
    if own:
        return own
    ns = index.namespaces.get(svc.namespace or "default")
    return uses_waypoint(ns) if ns is not None else None


def is_ambient(index: Index, config: object | None = None) -> bool:
    """Ambient mode: the environment says so, or a namespace of the manifests is ambient, or they
    define a waypoint."""
    from ..config.ambient import is_ambient as configured
    if config is not None and configured(config):
        return True
    return any(ambient_namespace(index, ns) for ns in index.namespaces) or bool(waypoint_gateways(index))


def _show(wp: tuple[str, str]) -> str:
    return f"{wp[0]}/{wp[1]}"


@dataclass
class Reach:
    telemetry: Resource
    waypoints: list[str]  # namespace/name of each waypoint it reaches ("*" for every waypoint)
    how: str

    def to_dict(self) -> dict[str, Any]:
        return {"telemetry": self.telemetry.label, "waypoints": self.waypoints, "how": self.how}


def reach(index: Index, tel: Resource, known: list[tuple[str, str]]) -> Reach:
    """Which waypoints a Telemetry reaches, and why (istiod's policy attachment for waypoints)."""
    ns = tel.namespace or "default"
    refs = [as_dict(x) for x in as_list(tel.spec.get("targetRefs"))] or (
        [as_dict(tel.spec.get("targetRef"))] if tel.spec.get("targetRef") else [])
    if refs:
        reached: list[str] = []
        parts: list[str] = []
        for ref in refs:
            kind, name = text(ref.get("kind")), text(ref.get("name"))
            group = text(ref.get("group"))
            if text(ref.get("namespace")) not in ("", ns):
                parts.append(f"targetRefs {kind} {name} in another namespace (never matches)")
            elif kind == "GatewayClass" and group == GATEWAY_API and name == WAYPOINT_CLASS and ns == index.root_namespace:
                reached.append("*")
                parts.append(f"targetRefs GatewayClass {WAYPOINT_CLASS} in the root namespace (every waypoint)")
            elif kind == "Gateway" and group == GATEWAY_API:
                if (ns, name) in known:
                    reached.append(_show((ns, name)))
                    parts.append(f"targetRefs the waypoint Gateway {name}")
                else:
                    parts.append(f"targetRefs Gateway {ns}/{name}, which is not a waypoint here")
            elif kind == "Service" and group in ("", "core"):
                svc = index.services.get(fqdn(name, ns))
                wp = service_waypoint(index, svc) if svc is not None else None
                if wp:
                    reached.append(_show(wp))
                    parts.append(f"targetRefs Service {name}, bound to waypoint {_show(wp)} (its traffic only)")
                else:
                    parts.append(f"targetRefs Service {name}, which is not bound to a waypoint here")
            else:
                parts.append(f"targetRefs {kind or '?'} {name} (no waypoint)")
        return Reach(tel, sorted(set(reached)), "; ".join(parts))
    labels = match_labels(tel.spec)
    if labels:
        shown = ",".join(f"{k}={v}" for k, v in sorted(labels.items()))
        if ambient_namespace(index, ns):
            return Reach(tel, [], f"selector {shown}: waypoints ignore selectors and ztunnel reads no Telemetry, "
                                  "so it reaches nothing")
        return Reach(tel, [], f"selector {shown}: the sidecars it selects, no waypoint")
    if ns == index.root_namespace:
        return Reach(tel, ["*"], "mesh-wide (root namespace, no selector): every waypoint")
    served = sorted({_show(wp) for wp in known if wp[0] == ns}
                    | {_show(wp) for svc in index.kind("Service") if (svc.namespace or "default") == ns
                       for wp in [service_waypoint(index, svc)] if wp})
    how = f"namespace-wide in {ns}: the waypoints in {ns} and those serving its Services"
    return Reach(tel, served, how)


@dataclass
class AmbientView:
    """What the tracing status says in ambient mode."""

    emitters: list[str]  # the waypoints (namespace/name), defined here or named by labels
    undefined: list[str]  # waypoints named by labels but not among the manifests
    without_waypoint: list[str]  # ambient namespaces whose pods produce no spans
    reaches: list[Reach] = field(default_factory=list)

    @property
    def reaching(self) -> list[Reach]:
        return [r for r in self.reaches if r.waypoints]

    def to_dict(self) -> dict[str, Any]:
        return {"data_plane": "ambient", "span_emitters": self.emitters, "waypoints_not_defined_here": self.undefined,
                "namespaces_without_waypoint": self.without_waypoint,
                "telemetry_reach": [r.to_dict() for r in self.reaches]}

    def lines(self) -> list[str]:
        out = []
        if self.emitters:
            out.append("ambient mode: only waypoints emit spans (ztunnel emits L4 metrics and logs, no spans): "
                       + ", ".join(f"waypoint {w}" + (" (defined elsewhere)" if w in self.undefined else "")
                                   for w in self.emitters))
        for ns in self.without_waypoint:
            out.append(f"namespace {ns} is in ambient mode without a waypoint (no {USE_WAYPOINT}): its pods produce "
                       "no spans")
        for r in self.reaches:
            target = ("every waypoint" if r.waypoints == ["*"] else
                      ", ".join(f"waypoint {w}" for w in r.waypoints) if r.waypoints else "no waypoint")
            out.append(f"{r.telemetry.label} reaches {target}: {r.how}")
        return out


def ambient_view(index: Index, telemetries: list[Resource]) -> AmbientView:
    defined = [(g.namespace or "default", g.name) for g in waypoint_gateways(index)]
    named = [wp for r in [*index.namespaces.values(), *index.kind("Service")] for wp in [uses_waypoint(r)] if wp]
    undefined = sorted({_show(wp) for wp in named if wp not in defined})
    emitters = sorted({_show(wp) for wp in defined} | set(undefined))
    without = sorted(ns for ns, r in index.namespaces.items()
                     if ambient_namespace(index, ns) and uses_waypoint(r) is None)
    known = sorted(set(defined) | set(named))
    return AmbientView(emitters, undefined, without, [reach(index, t, known) for t in telemetries])
