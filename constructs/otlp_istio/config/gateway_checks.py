"""``routing: gateway-api``: what the Gateway API routes cannot say, refused with the field and the
reason (:func:`problems`, read by the loader): the Istio release's Gateway API version, the
Gateway API's own validation (names, durations, paths), retries (experimental channel only), a rule
order Istio would change, the version Services' names, and what Flagger's Gateway API provider
cannot take. The routes themselves are planned in :mod:`.gateway_routes`."""
from __future__ import annotations

import re

from typing import Iterator, Optional

from ..hosts import fqdn
from . import istio_versions
from .derived import collector_versions
from .crossref import destination_rule_name
from .gateway_routes import (CATCH_ALL, EXACT, FLAGGER_ROUTER, PATH_PREFIX, REGEX, Match, collector_virtual_services,
                             flagger, gateway_api, uri_match, version_policies, version_service_name)
from .models import EnvironmentConfig

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
_PATH_RULES = (("//", "contain '//'"), ("/./", "contain '/./'"), ("/../", "contain '/../'"),
               ("%2f", "contain '%2f'"), ("%2F", "contain '%2F'"), ("#", "contain '#'"))
RETRY_REASON = ("a route's `retry` is in the Gateway API's experimental channel only (v1.5.1 standard, the version "
                "Istio 1.30 pins, has none), so Istio applies its default retry policy to these routes (the mesh "
                "config's defaultHttpRetryPolicy, else 2 attempts)")
_RANK = {EXACT: 3, PATH_PREFIX: 2, REGEX: 1}


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
    policies = {fqdn(v.host, v.namespace) for v in version_policies(config)}
    policy_names = {(v.namespace, v.name) for v in version_policies(config)}
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
                    "a port (one port: the route is attached to it) or none does (one route per port, sending to "
                    "the same port); name the port everywhere or nowhere")
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
        for m in ([uri_match(x) for x in route.match_rules] or [CATCH_ALL]):
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
