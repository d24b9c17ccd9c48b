"""The data plane (``data_plane``) and, in ambient mode, the waypoint and where each policy is
enforced.

Istio's ambient mode (Istio 1.24 and later) has no sidecars: ztunnel on each node carries every
pod's traffic over HBONE (mTLS) and enforces L4 policy; a waypoint proxy (a Gateway of class
``istio-waypoint``) sees L7, emits spans and the request metrics (``reporter="waypoint"``) and
enforces L7 policy. The facts this module encodes, from Istio's API and docs:

* a Namespace joins with the label ``istio.io/dataplane-mode: ambient`` and sends its traffic
  through a waypoint with ``istio.io/use-waypoint: <name>`` (the waypoint in the same namespace);
* the waypoint handles what its ``istio.io/waypoint-for`` label says: ``service`` (Istio's
  default when the label is absent: traffic addressed to a Service), ``workload`` (traffic
  addressed to a pod), ``all``; ``none`` turns it off and a waypoint named ``none`` cannot be
  used (the name is reserved in ``istio.io/use-waypoint``);
* a policy with ``selector`` (or none: namespace-wide) is enforced by the destination's ztunnel,
  which knows L4 only. An ALLOW rule with HTTP attributes enforced there never matches, a DENY
  rule is enforced without its HTTP parts. Traffic that passed a waypoint reaches ztunnel with
  the *waypoint's* identity, so even an L4 rule on the client's identity belongs at the
  waypoint; the waypoint applies only policies with ``targetRefs`` (a Service bound to it, or
  the waypoint Gateway) and ignores ``selector`` ones;
* PeerAuthentication STRICT and PERMISSIVE work (ztunnel); DISABLE is not supported (HBONE is
  always mTLS) and is ignored.

:func:`enforcement` says, as plain data, where each authorization policy of the file is
rendered in ambient mode; the chart renders it and other readers (the flow model, the doctor)
take it as the facts.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Iterator, Optional

from pydantic import Field, field_validator

from . import istio_versions
from .base import StrictModel
from .types import DnsLabel

AMBIENT_SINCE = (1, 24)  # ambient mode is GA (and its labels and waypoint API stable) from Istio 1.24
WAYPOINT_LISTENER = ("mesh", 15008, "HBONE")  # name, port, protocol of a waypoint's one listener
# the request attributes ztunnel cannot see (Istio's ambient authorization translation)
L7_OPERATION_FIELDS = ("methods", "paths")


class DataPlane(str, enum.Enum):
    SIDECAR = "sidecar"  # an Envoy sidecar in every pod (istio-injection)
    AMBIENT = "ambient"  # ztunnel on every node, a waypoint for L7


class WaypointFor(str, enum.Enum):
    SERVICE = "service"  # traffic addressed to a Service bound to the waypoint (Istio's default)
    WORKLOAD = "workload"  # traffic addressed to a pod bound to the waypoint
    ALL = "all"  # both


class WaypointConfig(StrictModel):
    name: DnsLabel = Field(default="waypoint", description=(
        "The waypoint Gateway's name (`istioctl waypoint`'s default `waypoint`); the namespace's "
        "`istio.io/use-waypoint` label names it. `none` is reserved by Istio."))
    for_: Optional[WaypointFor] = Field(default=None, alias="for", description=(
        "The traffic the waypoint handles (its `istio.io/waypoint-for` label): `service` (traffic to the "
        "collector Service), `workload` (traffic to its pods) or `all`. Unset: no label, and Istio's "
        "default `service` applies."))

    @field_validator("name")
    @classmethod
    def _not_none(cls, v: str) -> str:
        if v == "none":
            raise ValueError("'none' is reserved: `istio.io/use-waypoint: none` means no waypoint; "
                             "give the waypoint another name")
        return v

    @property
    def serves(self) -> WaypointFor:
        """What the waypoint handles, Istio's default filled in."""
        return self.for_ or WaypointFor.SERVICE


def is_ambient(config) -> bool:
    return getattr(config, "data_plane", DataPlane.SIDECAR) is DataPlane.AMBIENT


# ------------------------------------------------------------------ where policies are enforced

ZTUNNEL = "ztunnel"
WAYPOINT = "waypoint"


@dataclass(frozen=True)
class TargetRef:
    kind: str  # Service or Gateway
    name: str

    @property
    def group(self) -> str:
        return "gateway.networking.k8s.io" if self.kind == "Gateway" else ""


@dataclass(frozen=True)
class Placement:
    """One rendered AuthorizationPolicy of a policy of the file, and who enforces it."""

    index: int  # authorization_policies[index]
    name: str
    namespace: str
    proxy: str  # ZTUNNEL or WAYPOINT
    rules: tuple[int, ...]  # the file's rules it carries (indexes)
    target: Optional[TargetRef] = None  # WAYPOINT: the targetRef; ZTUNNEL: None (the selector)
    allow_waypoint: bool = False  # ZTUNNEL: a rule admitting the waypoint's identity is added
    why: str = ""


def l7_fields(rule) -> list[str]:
    """The HTTP attributes a rule of the file names (those ztunnel cannot enforce)."""
    return sorted({f for o in rule.to for f in L7_OPERATION_FIELDS if getattr(o, f)})


def waypoint_principal(config) -> str:
    """The waypoint's identity, whatever the trust domain (Istio matches a ``*`` prefix as a suffix):
    its pods run as the ServiceAccount named after the Gateway."""
    return f"*/ns/{config.namespace}/sa/{config.waypoint.name}"


def waypoint_target(config, policy) -> TargetRef:
    """What a waypoint policy of the collector's namespace attaches to: the collector Service when
    the policy selects the collector and the waypoint handles Service traffic, else the waypoint
    itself (every request it handles in the namespace)."""
    selects_collector = policy.selector is not None and \
        policy.selector.match_labels.get("app") == config.collector_service
    if selects_collector and config.waypoint.serves is not WaypointFor.WORKLOAD:
        return TargetRef("Service", config.collector_service)
    return TargetRef("Gateway", config.waypoint.name)


def enforcement(config) -> list[Placement]:
    """Where each authorization policy is rendered in ambient mode (empty in sidecar mode).

    A policy of the collector's namespace (whose traffic passes the waypoint) goes to the waypoint
    whole, attached with ``targetRefs``: there every rule sees the client's identity and L7. An
    ALLOW policy also keeps a ztunnel copy (``<name>-ztunnel``, its selector) admitting the
    waypoint's identity and the rules ztunnel can enforce (no HTTP attributes), so traffic that
    does not pass the waypoint (a pod's address) is held to the same rules; a DENY or AUDIT
    policy's L4 rules are repeated there as well (ztunnel has no AUDIT). A policy of another
    namespace is rendered as written (ztunnel), its HTTP rules and AUDIT refused by
    :func:`check_ambient`.
    """
    if not is_ambient(config):
        return []
    out: list[Placement] = []
    for i, p in enumerate(config.authorization_policies):
        ns = p.namespace or config.namespace
        every = tuple(range(len(p.rules)))
        l4 = tuple(j for j, r in enumerate(p.rules) if not l7_fields(r))
        if ns != config.namespace:
            out.append(Placement(i, p.name, ns, ZTUNNEL, every, why="outside the waypoint's namespace"))
            continue
        out.append(Placement(i, p.name, ns, WAYPOINT, every, target=waypoint_target(config, p),
                             why="the waypoint sees the client's identity and HTTP"))
        if p.action == "ALLOW":
            out.append(Placement(i, f"{p.name}-ztunnel", ns, ZTUNNEL, l4, allow_waypoint=True,
                                 why="traffic that bypasses the waypoint is held to the L4 rules"))
        elif p.action == "DENY" and l4:
            out.append(Placement(i, f"{p.name}-ztunnel", ns, ZTUNNEL, l4,
                                 why="traffic that bypasses the waypoint is held to the L4 rules"))
    return out


# ------------------------------------------------------------------ what ambient refuses

def check_ambient(config) -> Iterator[tuple[tuple, str]]:
    """Settings ambient mode cannot honour, each with its field path and the reason."""
    if not is_ambient(config):
        if "waypoint" in config.model_fields_set:
            yield ("waypoint",), ("a waypoint is part of Istio's ambient mode; set data_plane: ambient, "
                                  "or remove waypoint")
        return
    version = istio_versions.parse(config.istio_version)
    if version < AMBIENT_SINCE:
        yield ("data_plane",), (
            f"ambient mode needs Istio {istio_versions.show(AMBIENT_SINCE)} or later, where it is generally "
            f"available (istio_version is {config.istio_version}); set istio_version to 1.24.0 or later, or "
            "use data_plane: sidecar")
    if config.mtls.mode == "DISABLE":
        yield ("mtls", "mode"), _DISABLE
    for i, pa in enumerate(config.peer_authentications):
        if pa.mode == "DISABLE":
            yield ("peer_authentications", i, "mode"), _DISABLE
    if config.waypoint.name == config.collector_service:
        yield ("waypoint", "name"), (
            f"the waypoint's Service would take the collector Service's name {config.collector_service!r}; "
            "give the waypoint another name")
    yield from _routing(config)
    for i, p in enumerate(config.authorization_policies):
        if (p.namespace or config.namespace) == config.namespace:
            continue
        if p.action == "AUDIT":
            yield ("authorization_policies", i, "action"), (
                f"in ambient mode this policy of namespace {p.namespace!r} is enforced by ztunnel, which does "
                "not support AUDIT; put the policy in the collector's namespace, whose waypoint audits")
        for j, rule in enumerate(p.rules):
            fields = l7_fields(rule)
            if fields:
                yield ("authorization_policies", i, "rules", j), (
                    f"in ambient mode this policy of namespace {p.namespace!r} is enforced by ztunnel, which "
                    f"cannot see HTTP ({', '.join(fields)}): an ALLOW rule would never match, a DENY rule "
                    "would drop its HTTP parts; put the policy in the collector's namespace, whose waypoint "
                    "enforces HTTP rules, or keep only principals, namespaces and ports")


def _routing(config) -> Iterator[tuple[tuple, str]]:
    """Routes and canaries need the waypoint to see the collector Service's traffic."""
    canary = config.canary
    if canary is not None and getattr(canary.mode, "value", canary.mode) == "flagger":
        yield ("canary", "mode"), (
            "Flagger's built-in Istio checks query istio_requests_total{reporter=\"destination\"} "
            "(pkg/metrics/observers/istio.go), which no proxy reports in ambient mode (the waypoint reports "
            "reporter=\"waypoint\"): every analysis would fail for lack of data and roll back; use canary.mode: "
            "git, whose queries read the waypoint's series")
    if config.waypoint.serves is WaypointFor.WORKLOAD:
        if config.virtual_services:
            yield ("waypoint", "for"), (
                "a waypoint for workload traffic only never sees traffic addressed to a Service, so the "
                "virtual_services (applied by the waypoint to a Service's traffic) would have no effect; use "
                "for: service or all")
        elif canary is not None:
            yield ("waypoint", "for"), (
                "the canary's weights are applied by the waypoint to the collector Service's traffic, which a "
                "waypoint for workload traffic only never sees; use for: service or all")


def ambient_warnings(config) -> Iterator[tuple[tuple, str]]:
    """What renders in ambient mode, but on a footing Istio calls alpha."""
    routing = getattr(config, "routing", None)  # routing: virtual-service (the default) or gateway-api
    if not is_ambient(config):
        return
    if config.virtual_services and getattr(routing, "value", routing) in (None, "virtual-service"):
        yield ("virtual_services",), (
            "in ambient mode the waypoint applies VirtualServices, which Istio keeps at alpha there (its "
            "Gateway API routes, HTTPRoute attached to the Service, are beta); mixing both kinds is not supported")


_DISABLE = ("DISABLE has no effect in ambient mode: ztunnel always speaks mTLS (HBONE) between meshed pods, "
            "and Istio ignores such a policy; use PERMISSIVE (or STRICT), or data_plane: sidecar")
