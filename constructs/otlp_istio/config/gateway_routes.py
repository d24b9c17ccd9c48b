"""``routing: gateway-api``: the collector's routes as Gateway API routes, as plain data.

The environment file's VirtualService of the collector host is translated into routes attached
to the collector Service (GAMMA: ``parentRefs`` to a Service, read by sidecars and by waypoints):

* **backends**: a destination with a subset goes to the Service of that subset's version,
  ``<collector>-<version>`` (an HTTPRoute cannot name a DestinationRule subset, so every collector
  version gets a Service selecting its pods); a destination without one to the collector Service.
  Weights carry over. The collector DestinationRule's traffic policy is rendered again for each
  version Service's host, so load balancing, connection pool and outlier detection still apply.
* **ports**: when the destinations name no port (a VirtualService then sends a request to the port
  it came in on), one route per Service port (``parentRef`` with that port), sending to the same
  port. When every destination names one port, the route is attached to that port only, as the
  VirtualService's routes are matched on it (:func:`.collector_flows.scoped_routes`): attached to
  every port it would send OTLP/gRPC and the metrics port to that one. The other OTLP port then
  gets the catch-all rule (the last rule without matches) again, sending to its own port, so the
  canary shifts it too. Destinations naming different ports give one route for every port of the
  Service (``parentRef`` without port), as written (the flow model reports what it misroutes).
* **kind**: the OTLP/gRPC port (``appProtocol: grpc``) gets a GRPCRoute when its rules fit one: no
  timeout (a GRPCRoute has no ``timeouts`` in Gateway API v1.5.1) and only uri matches that name
  gRPC methods (``exact: /<service>/<method>``, ``prefix: /<service>/``). Otherwise, and for every
  other port, an HTTPRoute: Istio turns both kinds into the same HTTP routes (gRPC is HTTP/2 to
  Envoy), so an HTTPRoute carries gRPC as well.
* **matches**: ``prefix`` becomes ``PathPrefix`` (which Istio compiles to Envoy's path-separated
  prefix: whole path segments, a trailing ``/`` ignored), ``exact`` ``Exact``, ``regex``
  ``RegularExpression``. **timeout** becomes ``timeouts.request``.
* **refused**, each with the reason: ``retries`` and ``enable_retry: false`` (a route's ``retry`` is
  in the Gateway API's experimental channel only), a route order Istio would change (it orders the
  rules of a Service's routes by match: exact paths, longer prefixes, regular expressions), a
  VirtualService outside the collector's namespace (an HTTPRoute there would be a consumer route,
  for its own namespace's clients only), destinations other than the collector, what the Istio
  release's Gateway API version lacks, what the Gateway API's validation refuses.

:func:`.gateway_checks.problems` gives the refusals as ``(field path, message)``; :func:`plan` the routes, the
version Services and their DestinationRules as dataclasses the chart renders and other readers
(the flow model, the canary) take as facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from ..hosts import fqdn
from .crossref import collector_destination_rule, virtual_service_name
from .derived import OTLP_GRPC, OTLP_HTTP, Port, collector_ports, collector_versions
from .models import EnvironmentConfig, RoutingMode

OTLP_PORTS = (OTLP_GRPC, OTLP_HTTP)

HTTP_ROUTE, GRPC_ROUTE = "HTTPRoute", "GRPCRoute"
EXACT, PATH_PREFIX, REGEX = "Exact", "PathPrefix", "RegularExpression"
_GRPC_SERVICE = re.compile(r"^\.?[a-zA-Z_][a-zA-Z_0-9]*(\.[a-zA-Z_][a-zA-Z_0-9]*)*$")
_GRPC_METHOD = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*$")



@dataclass(frozen=True)
class Backend:
    """Where a rule sends its share: a Service and port, with the weight (None: the only one)."""

    service: str
    namespace: str
    port: int
    weight: Optional[int]
    version: Optional[str]  # the collector version the Service selects; None: every version


@dataclass(frozen=True)
class Match:
    """A path match (``type`` Exact / PathPrefix / RegularExpression), or for a GRPCRoute the gRPC
    service and method it stands for."""

    type: str
    value: str
    grpc_service: Optional[str] = None
    grpc_method: Optional[str] = None


@dataclass(frozen=True)
class Rule:
    name: Optional[str]
    matches: tuple[Match, ...]
    timeout: Optional[str]
    backends: tuple[Backend, ...]
    source: tuple  # ("virtual_services", i, "http", j)


@dataclass(frozen=True)
class Route:
    """One HTTPRoute or GRPCRoute, attached to ``service`` (at ``port``, or every port when None)."""

    kind: str
    name: str
    namespace: str
    service: str
    port: Optional[int]
    rules: tuple[Rule, ...]
    source: tuple  # ("virtual_services", i)


@dataclass(frozen=True)
class VersionService:
    """The Service of one collector version: a route's backend, selecting that version's pods."""

    name: str
    namespace: str
    version: str
    selector: dict
    ports: tuple[Port, ...]


@dataclass(frozen=True)
class VersionPolicy:
    """The collector DestinationRule's traffic policy, rendered for a version Service's host."""

    name: str
    namespace: str
    host: str
    rule: int  # index in destination_rules
    generated_host: bool = False  # the host's Service is Flagger's, made in the cluster (not in the files)


@dataclass(frozen=True)
class Plan:
    routes: tuple[Route, ...] = ()
    services: tuple[VersionService, ...] = ()
    policies: tuple[VersionPolicy, ...] = ()
    converted: frozenset[int] = frozenset()  # indexes of the virtual_services rendered as routes


def gateway_api(config: EnvironmentConfig) -> bool:
    return config.routing is RoutingMode.GATEWAY_API


def version_service_name(config: EnvironmentConfig, version: str) -> str:
    return f"{config.collector_service}-{version}"


def collector_virtual_services(config: EnvironmentConfig) -> list[int]:
    """Indexes of the VirtualServices naming the collector host (the ones gateway-api translates)."""
    host = fqdn(config.collector_service, config.namespace)
    return [i for i, vs in enumerate(config.virtual_services)
            if any(fqdn(h, vs.namespace or config.namespace) == host for h in vs.hosts)]


# ------------------------------------------------------------------ Flagger's Gateway API provider

FLAGGER_ROUTER = "fluxcd/flagger pkg/router/gateway_api.go"


def flagger(config: EnvironmentConfig) -> bool:
    """``canary.mode: flagger`` with routing gateway-api: Flagger's ``gatewayapi:v1`` provider."""
    return gateway_api(config) and config.canary is not None and config.canary.mode.value == "flagger"


def flagger_target(config: EnvironmentConfig) -> str:
    """The Deployment Flagger copies to ``<target>-primary`` and routes to with ``<target>-canary``."""
    return f"{config.collector_service}-{config.canary.baseline_version}"


def _flaggerversion_policies(config: EnvironmentConfig) -> list[VersionPolicy]:
    """Flagger's Gateway API router renders no DestinationRule (its Istio router does): the collector's
    traffic policy is rendered for the hosts it routes to, ``<target>-primary`` and ``<target>-canary``."""
    i = collector_destination_rule(config)
    if i is None or config.destination_rules[i].traffic_policy is None:
        return []
    target = flagger_target(config)
    return [VersionPolicy(name=f"{target}-{role}", namespace=config.namespace, host=f"{target}-{role}", rule=i,
                          generated_host=True) for role in ("primary", "canary")]


# ------------------------------------------------------------------ rule order

def uri_match(match) -> Match:
    uri = match.uri
    if uri.exact is not None:
        return Match(EXACT, uri.exact)
    if uri.prefix is not None:
        value = uri.prefix if uri.prefix == "/" else uri.prefix.rstrip("/") or "/"
        return Match(PATH_PREFIX, value)
    return Match(REGEX, uri.regex)


CATCH_ALL = Match(PATH_PREFIX, "/")  # a rule without matches (the schema's default match)


# ------------------------------------------------------------------ the plan

def version_policies(config: EnvironmentConfig) -> list[VersionPolicy]:
    i = collector_destination_rule(config)
    if i is None or config.destination_rules[i].traffic_policy is None:
        return []
    return [VersionPolicy(name=version_service_name(config, v), namespace=config.namespace,
                          host=version_service_name(config, v), rule=i) for v, _ in collector_versions(config)]


def _grpc(match: Match) -> Optional[Match]:
    """The gRPC method an HTTP path match stands for, or None."""
    parts = match.value.split("/")
    if match.type == EXACT and len(parts) == 3 and parts[0] == "" and _GRPC_SERVICE.match(parts[1]) \
            and _GRPC_METHOD.match(parts[2]):
        return Match(EXACT, match.value, grpc_service=parts[1], grpc_method=parts[2])
    if match.type == PATH_PREFIX and len(parts) == 2 and parts[0] == "" and _GRPC_SERVICE.match(parts[1]):
        return Match(EXACT, match.value, grpc_service=parts[1])
    return None


def _grpc_rules(rules: tuple[Rule, ...]) -> Optional[tuple[Rule, ...]]:
    """The rules as GRPCRoute rules, or None when they do not fit one."""
    out = []
    for rule in rules:
        grpc = tuple(_grpc(m) for m in rule.matches)
        if rule.timeout is not None or None in grpc:
            return None
        out.append(Rule(rule.name, grpc, None, rule.backends, rule.source))
    return tuple(out)


def plan(config: EnvironmentConfig) -> Plan:
    """What routing gateway-api renders (an empty plan in virtual-service routing)."""
    if not gateway_api(config):
        return Plan()
    if flagger(config):  # Flagger generates the route and the Services
        return Plan(policies=tuple(_flaggerversion_policies(config)))
    ports = tuple(collector_ports(config))
    subsets = _subset_versions(config)
    services = tuple(VersionService(name=version_service_name(config, v), namespace=config.namespace, version=v,
                                    selector=dict(labels), ports=ports) for v, labels in collector_versions(config))
    routes: list[Route] = []
    indexes = collector_virtual_services(config)[:1]
    for i in indexes:
        vs = config.virtual_services[i]
        name = virtual_service_name(vs, i)
        named = {d.destination.port for r in vs.http for d in r.route}
        fixed = named != {None}
        scoped = next((p for p in ports if named == {p.port}), None)  # every destination names this port
        for port in ([scoped] if scoped else [None] if fixed else ports):
            rules = tuple(_rule(config, route, ("virtual_services", i, "http", j), subsets,
                                port.port if port else None) for j, route in enumerate(vs.http))
            routes.append(_route(config, name, port, rules, i))
        if scoped is not None:  # the other OTLP port: the catch-all rule again, on its own port
            catch_all = next((j for j in reversed(range(len(vs.http))) if not vs.http[j].match_rules), None)
            for port in ports:
                if port is scoped or port.port not in OTLP_PORTS or catch_all is None:
                    continue
                rule = _rule(config, vs.http[catch_all], ("virtual_services", i, "http", catch_all), subsets, None)
                rule = replace(rule, backends=tuple(replace(b, port=port.port) for b in rule.backends))
                routes.append(_route(config, name, port, (rule,), i))
    return Plan(routes=tuple(routes), services=services, policies=tuple(version_policies(config)),
                converted=frozenset(indexes))


def _route(config: EnvironmentConfig, name: str, port: Optional[Port], rules: tuple, index: int) -> Route:
    """The route of the collector VirtualService ``index`` attached at ``port`` (every port: None)."""
    grpc = _grpc_rules(rules) if port is not None and port.app_protocol == "grpc" else None
    return Route(kind=GRPC_ROUTE if grpc is not None else HTTP_ROUTE,
                 name=name if port is None else f"{name}-{port.name}", namespace=config.namespace,
                 service=config.collector_service, port=port.port if port else None,
                 rules=grpc if grpc is not None else rules, source=("virtual_services", index))


def _subset_versions(config: EnvironmentConfig) -> dict[str, str]:
    """collector DestinationRule subset name → the version it selects."""
    i = collector_destination_rule(config)
    if i is None:
        return {}
    return {s.name: s.labels.get("version", s.name) for s in config.destination_rules[i].subsets}


def _rule(config: EnvironmentConfig, route, source: tuple, subsets: dict[str, str], port: Optional[int]) -> Rule:
    backends = []
    for dest in route.route:
        d = dest.destination
        version = subsets.get(d.subset) if d.subset else None
        service = version_service_name(config, version) if version else config.collector_service
        backends.append(Backend(service=service, namespace=config.namespace, port=d.port or port,
                                weight=dest.weight if len(route.route) > 1 else None, version=version))
    return Rule(name=route.name, matches=tuple(uri_match(m) for m in route.match_rules), timeout=route.timeout,
                backends=tuple(backends), source=source)
