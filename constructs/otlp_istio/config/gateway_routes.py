"""``routing: gateway-api``: the collector's routes as Gateway API routes, as plain data.

The environment file's VirtualService of the collector host is translated into routes attached
to the collector Service (GAMMA: ``parentRefs`` to a Service, read by sidecars and by waypoints):

* **backends**: a destination with a subset goes to the Service of that subset's version,
  ``<collector>-<version>`` (an HTTPRoute cannot name a DestinationRule subset, so every collector
  version gets a Service selecting its pods); a destination without one to the collector Service.
  Weights carry over. The collector DestinationRule's traffic policy is rendered again for each
  version Service's host, so load balancing, connection pool and outlier detection still apply.
* **ports**: when the destinations name a port, one route for every port of the Service
  (``parentRef`` without port) sending to that port, as the VirtualService does; when none does (a
  VirtualService then sends a request to the port it came in on), one route per Service port
  (``parentRef`` with that port), sending to the same port.
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

:func:`problems` gives the refusals as ``(field path, message)``; :func:`plan` the routes, the
version Services and their DestinationRules as dataclasses the chart renders and other readers
(the flow model, the canary) take as facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from ..hosts import fqdn
from . import istio_versions
from .crossref import collector_destination_rule, destination_rule_name, virtual_service_name
from .derived import Port, collector_ports, collector_versions
from .models import EnvironmentConfig, RoutingMode

HTTP_ROUTE, GRPC_ROUTE = "HTTPRoute", "GRPCRoute"
EXACT, PATH_PREFIX, REGEX = "Exact", "PathPrefix", "RegularExpression"

# The first Istio release whose pinned Gateway API version (its go.mod) has what we render.
SINCE = {
    "routing": ((1, 22), "Istio supports Gateway API routes for mesh traffic (parentRefs to a Service) as stable "
                         "from 1.22, which pins Gateway API v1.1.0 (HTTPRoute and GRPCRoute v1, parentRef ports)"),
    "timeout": ((1, 24), "HTTPRoute timeouts are in the Gateway API's standard channel from v1.2.0, which Istio "
                         "1.24 pins"),
    "name": ((1, 28), "route rule names are in the Gateway API's standard channel from v1.4.0, which Istio 1.28 "
                      "pins"),
}
# Gateway API v1.5.1 limits (the HTTPRoute/GRPCRoute schema and CEL rules).
MAX_RULES, MAX_MATCHES, MAX_TOTAL_MATCHES, MAX_BACKENDS = 16, 64, 128, 16
_GATEWAY_DURATION = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
_SECTION_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_PATH_CHARS = re.compile(r"^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$")
_GRPC_SERVICE = re.compile(r"^\.?[a-zA-Z_][a-zA-Z_0-9]*(\.[a-zA-Z_][a-zA-Z_0-9]*)*$")
_GRPC_METHOD = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*$")
_PATH_RULES = (("//", "contain '//'"), ("/./", "contain '/./'"), ("/../", "contain '/../'"),
               ("%2f", "contain '%2f'"), ("%2F", "contain '%2F'"), ("#", "contain '#'"))
RETRY_REASON = ("a route's `retry` is in the Gateway API's experimental channel only (v1.5.1 standard, the version "
                "Istio 1.30 pins, has none), so Istio applies its default retry policy to these routes (the mesh "
                "config's defaultHttpRetryPolicy, else 2 attempts)")


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


# ------------------------------------------------------------------ refusals

def problems(config: EnvironmentConfig) -> list[tuple[tuple, str]]:
    if not gateway_api(config):
        return []
    return list(_problems(config))


def _problems(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    version = istio_versions.parse(config.istio_version)
    since, why = SINCE["routing"]
    if version < since:
        yield ("routing",), (f"gateway-api needs istio_version {istio_versions.show(since)} or later (got "
                             f"{config.istio_version}): {why}")
        return
    if flagger(config):
        yield from _flagger_problems(config)
        return
    yield from _version_services(config)
    indexes = collector_virtual_services(config)
    if indexes and not config.traffic_management.enable_retry:
        yield ("traffic_management", "enable_retry"), (
            f"false cannot be said with routing gateway-api: {RETRY_REASON}; set it to true, or turn retries off "
            "mesh-wide in the mesh config (defaultHttpRetryPolicy: {attempts: 0})")
    for n, i in enumerate(indexes):
        if n > 0:
            yield ("virtual_services", i, "hosts"), (
                f"a second VirtualService for the collector (also virtual_services[{indexes[0]}]): with routing "
                "gateway-api Istio merges the routes of one Service and orders their rules by match, then by "
                "creation time; put the collector's routes in one VirtualService")
            continue
        yield from _virtual_service(config, i, version)


def _version_services(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    external = {fqdn(s.name, s.namespace or config.namespace): i for i, s in enumerate(config.external_services)}
    policies = {fqdn(v.host, v.namespace) for v in _policies(config)}
    policy_names = {(v.namespace, v.name) for v in _policies(config)}
    for version, _ in collector_versions(config):
        name = version_service_name(config, version)
        if len(name) > 63:
            yield ("collector_service",), (
                f"the Service of version {version!r}, {name!r}, would be longer than 63 characters (a Service name "
                "is a DNS label); shorten collector_service or the version")
        host = fqdn(name, config.namespace)
        if host in external:
            yield ("external_services", external[host], "name"), (
                f"{name!r} is the Service routing gateway-api renders for collector version {version!r}; "
                "this environment cannot also list it as an existing Service")
    for k, dr in enumerate(config.destination_rules):
        if fqdn(dr.host, dr.namespace or config.namespace) in policies:
            yield ("destination_rules", k, "host"), (
                f"with routing gateway-api the DestinationRule of {dr.host} is rendered from the collector's "
                "(its traffic policy, for the version's Service); remove this one or change the collector's")
        elif (dr.namespace or config.namespace, destination_rule_name(dr)) in policy_names:
            yield ("destination_rules", k, "name"), (
                f"{destination_rule_name(dr)!r} is the DestinationRule routing gateway-api renders for a collector "
                "version's Service; give this one another name")


def _virtual_service(config: EnvironmentConfig, i: int, version: tuple[int, int]) -> Iterator[tuple[tuple, str]]:
    vs = config.virtual_services[i]
    ns = vs.namespace or config.namespace
    host = fqdn(config.collector_service, config.namespace)
    base = ("virtual_services", i)
    if ns != config.namespace:
        yield (*base, "namespace"), (
            f"{ns!r} is not the collector's namespace ({config.namespace}): with routing gateway-api an HTTPRoute "
            "outside its Service's namespace is a consumer route, which applies to the clients of its own "
            "namespace only (a VirtualService applies to every namespace); move it to the collector's namespace")
    for k, h in enumerate(vs.hosts):
        if fqdn(h, ns) != host:
            yield (*base, "hosts", k), (
                f"{h!r} is not the collector: with routing gateway-api the collector's VirtualService becomes routes "
                f"attached to the collector Service alone; route {h} in a VirtualService of its own")
    if len(vs.http) > MAX_RULES:
        yield (*base, "http"), (f"{len(vs.http)} routes; an HTTPRoute holds at most {MAX_RULES} rules")
    total = 0
    ported = [d.destination.port is not None for r in vs.http for d in r.route]
    for j, route in enumerate(vs.http):
        at = (*base, "http", j)
        yield from _route(config, route, at, ns, host, version)
        total += max(1, len(route.match_rules))
        for k, dest in enumerate(route.route):
            if (dest.destination.port is not None) != ported[0]:
                yield (*at, "route", k, "destination", "port"), (
                    "with routing gateway-api the destinations of the collector's VirtualService either all name "
                    "a port (one route for every port of the Service, sending to that port) or none does (one "
                    "route per port, sending to the same port); name the port everywhere or nowhere")
    if total > MAX_TOTAL_MATCHES:
        yield (*base, "http"), (f"{total} matches in all; an HTTPRoute holds at most {MAX_TOTAL_MATCHES}")
    yield from _order(vs, base)


def _route(config, route, at: tuple, ns: str, host: str, version: tuple[int, int]) -> Iterator[tuple[tuple, str]]:
    if route.name is not None:
        since, why = SINCE["name"]
        if version < since:
            yield (*at, "name"), (f"a route name cannot be rendered for Istio {config.istio_version}: {why}; "
                                  "remove it (canary.routes then shifts every collector route)")
        elif not _SECTION_NAME.match(route.name) or len(route.name) > 253:
            yield (*at, "name"), (f"{route.name!r}: with routing gateway-api a route name is an HTTPRoute rule name, "
                                  "an RFC 1123 subdomain (lower-case letters, digits, '-' and '.')")
    if route.timeout is not None:
        since, why = SINCE["timeout"]
        if version < since:
            yield (*at, "timeout"), (f"a timeout cannot be rendered for Istio {config.istio_version}: {why}")
        elif not _GATEWAY_DURATION.match(route.timeout):
            yield (*at, "timeout"), (f"{route.timeout!r}: a Gateway API duration is up to four whole numbers of h, m, "
                                     f"s or ms (at most 5 digits each){_as_ms(route.timeout)}")
    if route.retries is not None:
        yield (*at, "retries"), (f"cannot be said with routing gateway-api: {RETRY_REASON}; remove retries, or "
                                 "use routing virtual-service")
    if len(route.match_rules) > MAX_MATCHES:
        yield (*at, "match_rules"), f"{len(route.match_rules)} matches; an HTTPRoute rule holds at most {MAX_MATCHES}"
    for k, m in enumerate(route.match_rules):
        for key in ("prefix", "exact"):
            value = getattr(m.uri, key)
            if value is not None:
                problem = path_problem(value)
                if problem:
                    yield (*at, "match_rules", k, "uri", key), (
                        f"{value!r}: with routing gateway-api a path {key} must {problem} (the Gateway API's rule)")
    if len(route.route) > MAX_BACKENDS:
        yield (*at, "route"), f"{len(route.route)} destinations; an HTTPRoute rule holds at most {MAX_BACKENDS}"
    for k, dest in enumerate(route.route):
        if fqdn(dest.destination.host, ns) != host:
            yield (*at, "route", k, "destination", "host"), (
                f"{dest.destination.host!r} is not the collector: with routing gateway-api the collector's routes "
                "send to the collector's versions only")


def _as_ms(text: str) -> str:
    from .types import duration_ns
    ns = duration_ns(text)
    if ns % 1_000_000 == 0 and ns // 1_000_000 <= 99999:
        return f"; write {ns // 1_000_000}ms"
    return "; round it to whole milliseconds"


def path_problem(value: str) -> Optional[str]:
    """What the Gateway API's CEL rules refuse in an Exact or PathPrefix value, or None."""
    if not value.startswith("/"):
        return "start with '/'"
    for bad, what in _PATH_RULES:
        if bad in value:
            return f"not {what}"
    for end in ("/..", "/."):
        if value.endswith(end):
            return f"not end with '{end}'"
    if not _PATH_CHARS.match(value):
        return "use only the characters a URL path allows (and %-escapes)"
    return None


# ------------------------------------------------------------------ Flagger's Gateway API provider

FLAGGER_ROUTER = "fluxcd/flagger pkg/router/gateway_api.go"


def flagger(config: EnvironmentConfig) -> bool:
    """``canary.mode: flagger`` with routing gateway-api: Flagger's ``gatewayapi:v1`` provider."""
    return gateway_api(config) and config.canary is not None and config.canary.mode.value == "flagger"


def flagger_target(config: EnvironmentConfig) -> str:
    """The Deployment Flagger copies to ``<target>-primary`` and routes to with ``<target>-canary``."""
    return f"{config.collector_service}-{config.canary.baseline_version}"


def _flagger_problems(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    """What Flagger's Gateway API router cannot do for the collector's routes. It generates one
    HTTPRoute (``parentRefs`` from ``service.gatewayRefs``) with one weighted rule (the matches of
    ``service.match``) to ``<target>-primary`` and ``<target>-canary`` on one port
    (``service.port``), and reads its built-in metrics from ``http_request_duration_seconds``, which
    Istio does not export: the Canary reads Istio's through MetricTemplates, which need the address."""
    c = config.canary
    if not c.prometheus_url:
        yield ("canary", "prometheus_url"), (
            "is needed with canary.mode flagger and routing gateway-api: Flagger's gatewayapi provider takes its "
            "built-in request-success-rate and request-duration from http_request_duration_seconds "
            "(pkg/metrics/observers/http.go), not Istio's istio_requests_total, so the Canary reads Istio's "
            "metrics through MetricTemplates, and a MetricTemplate names the Prometheus it asks")
    if c.prometheus_headers:
        yield ("canary", "prometheus_headers"), (
            "cannot be rendered into Flagger's MetricTemplates (their values, tokens included, would be in git); "
            "remove them, or use canary.mode git")
    for n, i in enumerate(collector_virtual_services(config)):
        vs = config.virtual_services[i]
        base = ("virtual_services", i)
        if n > 0:
            yield (*base, "hosts"), (f"a second VirtualService for the collector (also virtual_services"
                                     f"[{collector_virtual_services(config)[0]}]); Flagger's Gateway API router "
                                     "renders one route")
            continue
        if len(vs.http) != 1:
            yield (*base, "http"), (
                f"{len(vs.http)} routes: Flagger's Gateway API router generates one HTTPRoute with one weighted rule "
                f"({FLAGGER_ROUTER}); give the collector one route with canary.mode flagger, or use canary.mode git")
        for j, route in enumerate(vs.http):
            at = (*base, "http", j)
            if route.retries is not None:
                yield (*at, "retries"), f"cannot be said with routing gateway-api: {RETRY_REASON}"
            for k, dest in enumerate(route.route):
                if dest.destination.port is None:
                    yield (*at, "route", k, "destination", "port"), (
                        f"Flagger's Gateway API router routes one port of the collector (the Canary's service.port, "
                        f"{FLAGGER_ROUTER}), not each port as routing gateway-api does without one; name the port "
                        "(4318 for OTLP/HTTP, 4317 for OTLP/gRPC)")
            if route.timeout is not None:
                since, why = SINCE["timeout"]
                if istio_versions.parse(config.istio_version) < since:
                    yield (*at, "timeout"), f"a timeout cannot be rendered for Istio {config.istio_version}: {why}"
                elif not _GATEWAY_DURATION.match(route.timeout):
                    yield (*at, "timeout"), (f"{route.timeout!r}: a Gateway API duration is up to four whole numbers "
                                             f"of h, m, s or ms (at most 5 digits each){_as_ms(route.timeout)}")


def _flagger_policies(config: EnvironmentConfig) -> list[VersionPolicy]:
    """Flagger's Gateway API router renders no DestinationRule (its Istio router does): the collector's
    traffic policy is rendered for the hosts it routes to, ``<target>-primary`` and ``<target>-canary``."""
    i = collector_destination_rule(config)
    if i is None or config.destination_rules[i].traffic_policy is None:
        return []
    target = flagger_target(config)
    return [VersionPolicy(name=f"{target}-{role}", namespace=config.namespace, host=f"{target}-{role}", rule=i,
                          generated_host=True) for role in ("primary", "canary")]


# ------------------------------------------------------------------ rule order

def _uri(match) -> Match:
    uri = match.uri
    if uri.exact is not None:
        return Match(EXACT, uri.exact)
    if uri.prefix is not None:
        value = uri.prefix if uri.prefix == "/" else uri.prefix.rstrip("/") or "/"
        return Match(PATH_PREFIX, value)
    return Match(REGEX, uri.regex)


_RANK = {EXACT: 3, PATH_PREFIX: 2, REGEX: 1}
CATCH_ALL = Match(PATH_PREFIX, "/")  # a rule without matches (the schema's default match)


def _key(m: Match) -> tuple[int, int]:
    """Istio's order of a Service's route rules (sortHTTPRoutes): exact, prefix, regex; longer first."""
    return _RANK[m.type], len(m.value)


def _may_overlap(a: Match, b: Match) -> bool:
    if REGEX in (a.type, b.type):
        return True
    if a.type == EXACT and b.type == EXACT:
        return a.value == b.value

    def under(path: str, prefix: str) -> bool:
        return prefix == "/" or path == prefix or path.startswith(prefix + "/")
    if a.type == EXACT:
        return under(a.value, b.value)
    if b.type == EXACT:
        return under(b.value, a.value)
    return under(a.value, b.value) or under(b.value, a.value)


def _show(m: Match) -> str:
    return "no match" if m == CATCH_ALL else f"{m.type} {m.value}"


def _order(vs, base: tuple) -> Iterator[tuple[tuple, str]]:
    seen: list[tuple[int, Match]] = []
    for j, route in enumerate(vs.http):
        for m in ([_uri(x) for x in route.match_rules] or [CATCH_ALL]):
            earlier = next(((k, e) for k, e in seen if k != j and _key(m) > _key(e) and _may_overlap(m, e)), None)
            if earlier is not None:
                k, e = earlier
                yield (*base, "http", j, "match_rules"), (
                    f"Istio orders the rules of a Service's Gateway API routes by match (exact paths, then path "
                    f"prefixes longest first, then regular expressions; a route without a match is the prefix '/'), "
                    f"not as written: http[{j}] ({_show(m)}) would be tried before http[{k}] ({_show(e)}), which the "
                    f"VirtualService tries first; put http[{j}] before http[{k}]")
                return
            seen.append((j, m))


# ------------------------------------------------------------------ the plan

def _policies(config: EnvironmentConfig) -> list[VersionPolicy]:
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
        return Plan(policies=tuple(_flagger_policies(config)))
    ports = tuple(collector_ports(config))
    subsets = _subset_versions(config)
    services = tuple(VersionService(name=version_service_name(config, v), namespace=config.namespace, version=v,
                                    selector=dict(labels), ports=ports) for v, labels in collector_versions(config))
    routes: list[Route] = []
    indexes = collector_virtual_services(config)[:1]
    for i in indexes:
        vs = config.virtual_services[i]
        name = virtual_service_name(vs, i)
        fixed = any(d.destination.port is not None for r in vs.http for d in r.route)
        for port in ([None] if fixed else ports):
            rules = tuple(_rule(config, route, ("virtual_services", i, "http", j), subsets,
                                port.port if port else None) for j, route in enumerate(vs.http))
            grpc = _grpc_rules(rules) if port is not None and port.app_protocol == "grpc" else None
            routes.append(Route(kind=GRPC_ROUTE if grpc is not None else HTTP_ROUTE,
                                name=name if port is None else f"{name}-{port.name}", namespace=config.namespace,
                                service=config.collector_service, port=port.port if port else None,
                                rules=grpc if grpc is not None else rules, source=("virtual_services", i)))
    return Plan(routes=tuple(routes), services=services, policies=tuple(_policies(config)),
                converted=frozenset(indexes))


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
    return Rule(name=route.name, matches=tuple(_uri(m) for m in route.match_rules), timeout=route.timeout,
                backends=tuple(backends), source=source)
