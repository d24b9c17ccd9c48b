"""Rules that need the whole environment file: references between its parts.

Each rule returns ``(field path tuple, message)`` pairs; the loader turns them into
problems with file and line. The environment file is stricter than Istio on
purpose (weights must sum to 100, every routed subset must exist).
"""
from __future__ import annotations

from typing import Iterator, Optional
from urllib.parse import urlsplit

from .derived import collector_ports as _collector_ports
from ..hosts import fqdn, meant_fqdn, namespace_of, short_name
from .canary import COLLECTOR_NAME_LABEL
from .models import EnvironmentConfig

__all__ = ["fqdn", "short_name"]  # re-exported: the chart resolves hosts the same way


def dotted_hint(host: str) -> str:
    """For ``name.namespace``: how Istio reads it, and what to write instead ('' otherwise)."""
    meant = meant_fqdn(host)
    if meant is None:
        return ""
    name, namespace = host.split(".")[:2]
    return (f"; note: Istio reads {host!r} as a fully qualified name, not as name.namespace: for the "
            f"Service {name} in namespace {namespace} write {meant}")


def virtual_service_name(vs, index: int) -> str:
    return vs.name or short_name(vs.hosts[0])


def destination_rule_name(dr) -> str:
    return dr.name or short_name(dr.host)


def collector_ports(config: EnvironmentConfig) -> dict[int, str]:
    """Port number → name of the ports the collector Service exposes."""
    return {p.port: p.name for p in _collector_ports(config)}


def warnings_for(config: EnvironmentConfig) -> list[tuple[tuple, str]]:
    """What is rendered on an assumption the user should know about (not refused)."""
    return [*_short_tracing_host(config), *_flagger_app_selectors(config), *_scrape_policy_unused(config)]


def _scrape_policy_unused(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    from .collector_flows import allow_policies_on_collector
    p = config.prometheus
    if p.enabled and p.scrape_policy and not allow_policies_on_collector(config):
        yield (("prometheus", "scrape_policy"),
               "no ALLOW AuthorizationPolicy of the file applies to the collector, so nothing refuses the scrape "
               "and no scrape rule is rendered (an ALLOW policy of its own would refuse every other flow)")


def _short_tracing_host(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    from .derived import tracing_service
    service, assumed = tracing_service(config)
    if assumed is None:
        return
    host = service.split(".", 1)[0]
    yield (("tracing", "zipkin_endpoint"),
           f"the host {host!r} is a short name; assumed its Service is in namespace {assumed!r} (the "
           f"environment's namespace), so the tracing provider's service is {service}. Istio finds a provider "
           f"only by its fully qualified host: set tracing.endpoint_namespace, or write the host as "
           f"{host}.<namespace>, to name the namespace")


def _flagger_app_selectors(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    """In flagger mode, a policy outside the collector's namespace (the mesh root namespace's apply
    mesh-wide) that selects ``app: <collector>`` misses Flagger's primary pods: only the collector
    namespace's selectors are rendered with the label every collector pod keeps."""
    if config.canary is None or config.canary.mode.value != "flagger":
        return
    app = config.collector_service
    for key, policies in (("authorization_policies", config.authorization_policies),
                          ("peer_authentications", config.peer_authentications)):
        for i, policy in enumerate(policies):
            namespace = policy.namespace or config.namespace
            if namespace == config.namespace or policy.selector is None:
                continue
            if policy.selector.match_labels.get("app") == app:
                yield ((key, i, "selector", "match_labels", "app"),
                       f"selects app: {app} in namespace {namespace!r}, which Flagger's primary pods do not carry "
                       f"(Flagger labels them app: {app}-primary), so the policy misses the pods that serve "
                       f"traffic outside an analysis; only selectors in the collector's namespace "
                       f"({config.namespace}) are rendered with {COLLECTOR_NAME_LABEL}: {app}, which every "
                       f"collector pod keeps: select that label here")


def check_references(config: EnvironmentConfig) -> list[tuple[tuple, str]]:
    out: list[tuple[tuple, str]] = []
    for rule in (_names, _weights, _subsets, _ports, _load_balancers, _mtls_names, _tracing_namespace, _canary,
                 _scrape_names):
        out.extend(rule(config))
    return out


_NAME_RULE = "a name must be an RFC 1123 subdomain: lower-case letters, digits, '-' and '.'"


def _names(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    import re
    valid = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
    seen: dict[tuple, int] = {}
    for i, vs in enumerate(config.virtual_services):
        name = virtual_service_name(vs, i)
        if vs.name is None and not valid.match(name):
            yield ("virtual_services", i, "name"), (
                f"no name given and the first host {vs.hosts[0]!r} gives no valid one; set name ({_NAME_RULE})")
            continue
        key = ("vs", vs.namespace or config.namespace, name)
        if key in seen:
            yield ("virtual_services", i, "name"), (
                f"VirtualService {name!r} is defined twice (also virtual_services[{seen[key]}]); "
                "give one of them another name")
        seen[key] = i
    for i, dr in enumerate(config.destination_rules):
        name = destination_rule_name(dr)
        if dr.name is None and not valid.match(name):
            yield ("destination_rules", i, "name"), (
                f"no name given and the host {dr.host!r} gives no valid one; set name ({_NAME_RULE})")
            continue
        key = ("dr", dr.namespace or config.namespace, name)
        if key in seen:
            yield ("destination_rules", i, "name"), (
                f"DestinationRule {name!r} is defined twice (also destination_rules[{seen[key]}]); "
                "give one of them another name")
        seen[key] = i
    hosts: dict[str, int] = {}
    for i, dr in enumerate(config.destination_rules):
        h = fqdn(dr.host, dr.namespace or config.namespace)
        if h in hosts:
            yield ("destination_rules", i, "host"), (
                f"host {dr.host!r} already has a DestinationRule (destination_rules[{hosts[h]}]); "
                "Istio merges them unpredictably: put all subsets and policies in one")
        hosts[h] = i
        names: dict[str, int] = {}
        for j, subset in enumerate(dr.subsets):
            if subset.name in names:
                yield ("destination_rules", i, "subsets", j, "name"), (
                    f"subset {subset.name!r} is defined twice in this DestinationRule")
            names[subset.name] = j
    for kind, items in (("peer_authentications", config.peer_authentications),
                        ("authorization_policies", config.authorization_policies)):
        seen_names: dict[tuple, int] = {}
        for i, item in enumerate(items):
            key = (item.namespace or config.namespace, item.name)
            if key in seen_names:
                yield (kind, i, "name"), (
                    f"{item.name!r} is defined twice in namespace {key[0]!r} (also {kind}[{seen_names[key]}])")
            seen_names[key] = i


def _weights(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    for i, vs in enumerate(config.virtual_services):
        for j, route in enumerate(vs.http):
            base = ("virtual_services", i, "http", j, "route")
            weights = [d.weight for d in route.route]
            if len(route.route) == 1:
                if weights[0] not in (None, 100):
                    yield base + (0, "weight"), (
                        f"the only destination of a route gets all traffic: weight must be 100 or omitted (got {weights[0]})")
                continue
            missing = [k for k, w in enumerate(weights) if w is None]
            if missing:
                yield base + (missing[0], "weight"), (
                    f"this route has {len(route.route)} destinations: give each a weight, summing to 100")
                continue
            total = sum(weights)
            if total != 100:
                shown = " + ".join(str(w) for w in weights)
                yield base, f"route weights must sum to 100 (got {shown} = {total})"


def route_destinations(config: EnvironmentConfig) -> Iterator[tuple[tuple, str, object]]:
    """Every route destination of the file's VirtualServices: its location
    (``virtual_services[i].http[j].route[k].destination``), its host as Istio resolves it in
    the VirtualService's namespace, and the destination itself."""
    for i, vs in enumerate(config.virtual_services):
        ns = vs.namespace or config.namespace
        for j, route in enumerate(vs.http):
            for k, dest in enumerate(route.route):
                d = dest.destination
                yield ("virtual_services", i, "http", j, "route", k, "destination"), fqdn(d.host, ns), d


def _subsets(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    defined: dict[str, set[str]] = {}
    for dr in config.destination_rules:
        defined.setdefault(fqdn(dr.host, dr.namespace or config.namespace), set()).update(
            s.name for s in dr.subsets)
    for loc, host, d in route_destinations(config):
        if d.subset is None:
            continue
        path = (*loc, "subset")
        if host not in defined:
            yield path, (f"subset {d.subset!r} of host {d.host!r}: no DestinationRule in this file "
                         f"has host {d.host!r} ({host}); add one with that subset under destination_rules"
                         + dotted_hint(d.host))
        elif d.subset not in defined[host]:
            have = ", ".join(sorted(defined[host])) or "none"
            yield path, (f"subset {d.subset!r} is not defined by the DestinationRule for {host} "
                         f"(its subsets: {have})")


def _ports(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    collector = fqdn(config.collector_service, config.namespace)
    ports = collector_ports(config)
    for loc, host, d in route_destinations(config):
        if d.port is None or host != collector:
            continue
        if d.port not in ports:
            have = ", ".join(f"{n} ({p})" for p, n in sorted(ports.items()))
            yield ((*loc, "port"), f"the collector Service {config.collector_service!r} does not expose port "
                                   f"{d.port}; its ports: {have}")


def _load_balancers(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    for i, dr in enumerate(config.destination_rules):
        lb = dr.traffic_policy.load_balancer if dr.traffic_policy else None
        if lb is not None and lb.least_request is not None and lb.least_request.choice_count != 2:
            yield (("destination_rules", i, "traffic_policy", "load_balancer", "least_request", "choice_count"),
                   f"Istio cannot set a least-request choice count: its LEAST_REQUEST always uses Envoy's "
                   f"default of 2 (power of two choices); remove choice_count or set it to 2 "
                   f"(got {lb.least_request.choice_count})")


def _scrape_names(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    """The compiler's own objects for the scrape (``<collector>-scrape``, in ambient mode also
    ``<collector>-scrape-waypoint``) keep their names."""
    from .collector_flows import SCRAPE, SCRAPE_WAYPOINT, scrape_exception_port, scrape_policy, scrape_waypoint_policy
    app = config.collector_service
    for key, items, name, rendered in (
            ("peer_authentications", config.peer_authentications, SCRAPE.format(collector=app),
             scrape_exception_port(config) is not None),
            ("authorization_policies", config.authorization_policies, SCRAPE.format(collector=app),
             scrape_policy(config) is not None),
            ("authorization_policies", config.authorization_policies, SCRAPE_WAYPOINT.format(collector=app),
             scrape_waypoint_policy(config) is not None)):
        for i, item in enumerate(items):
            if rendered and item.name == name and (item.namespace or config.namespace) == config.namespace:
                yield (key, i, "name"), (f"{name!r} is the name of the {key[:-1].replace('_', ' ')} otlp-istio "
                                         "renders for the Prometheus scrape; give this one another name")


def is_namespace_default(pa, config: EnvironmentConfig) -> bool:
    """A listed PeerAuthentication that restates ``mtls.mode`` (same namespace, no selector,
    same mode) is the same object; it is rendered once."""
    return ((pa.namespace or config.namespace) == config.namespace and pa.selector is None
            and pa.mode == config.mtls.mode)


def _mtls_names(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    for i, pa in enumerate(config.peer_authentications):
        if (pa.namespace or config.namespace) != config.namespace or pa.selector is not None:
            if pa.name == "default" and pa.selector is not None and (pa.namespace or config.namespace) == config.namespace:
                yield ("peer_authentications", i, "name"), (
                    "'default' is the namespace-wide PeerAuthentication rendered from mtls.mode; "
                    "give this workload policy another name")
            continue
        if pa.mode != config.mtls.mode:
            yield ("peer_authentications", i, "mode"), (
                f"a namespace-wide PeerAuthentication for {config.namespace!r} says {pa.mode} but mtls.mode "
                f"says {config.mtls.mode}; set the mode once, in mtls.mode, or add a selector (match_labels)")
        elif pa.name != "default":
            yield ("peer_authentications", i, "name"), (
                f"mtls.mode already renders the namespace-wide PeerAuthentication 'default' for "
                f"{config.namespace!r}; Istio applies only the oldest of several, so remove this one "
                "or add a selector (match_labels)")


def _tracing_namespace(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    given = config.tracing.endpoint_namespace
    host = urlsplit(config.tracing.zipkin_endpoint).hostname or ""
    written = namespace_of(host)
    if given and written and written != given:
        yield (("tracing", "endpoint_namespace"),
               f"{given!r} contradicts the namespace {written!r} of the zipkin_endpoint host {host!r}; "
               "give the namespace in one place")


def collector_subsets(config: EnvironmentConfig) -> dict[str, list[str]]:
    """version → names of the collector DestinationRule subsets selecting it (a subset without
    a ``version`` label stands for the version named like it, as the chart's Deployments do)."""
    host = fqdn(config.collector_service, config.namespace)
    out: dict[str, list[str]] = {}
    for dr in config.destination_rules:
        if fqdn(dr.host, dr.namespace or config.namespace) == host:
            for subset in dr.subsets:
                out.setdefault(subset.labels.get("version", subset.name), []).append(subset.name)
    return out


def collector_destination_rule(config: EnvironmentConfig) -> Optional[int]:
    """Index of the collector's DestinationRule: the one whose host is the collector Service (a
    second one is refused, see ``_names``)."""
    host = fqdn(config.collector_service, config.namespace)
    return next((i for i, dr in enumerate(config.destination_rules)
                 if fqdn(dr.host, dr.namespace or config.namespace) == host), None)


def collector_routes(config: EnvironmentConfig) -> list[tuple[int, int, str]]:
    """(virtual service index, http route index, route name) of every route whose
    destinations all go to the collector Service: the routes a canary shifts."""
    host = fqdn(config.collector_service, config.namespace)
    out = []
    for i, vs in enumerate(config.virtual_services):
        ns = vs.namespace or config.namespace
        for j, route in enumerate(vs.http):
            if route.route and all(fqdn(d.destination.host, ns) == host for d in route.route):
                out.append((i, j, route.name or ""))
    return out


def _canary(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    canary = config.canary
    if canary is None:
        return
    # The chart renders a collector Deployment for every version a subset selects, so a subset
    # for each version is also a Deployment for each.
    subsets = collector_subsets(config)
    host = fqdn(config.collector_service, config.namespace)
    for key in ("baseline_version", "canary_version"):
        version = getattr(canary, key)
        if version not in subsets:
            have = ", ".join(f"{n} (version {v})" for v, names in sorted(subsets.items()) for n in names) or "none"
            yield ("canary", key), (f"no subset of the collector's DestinationRule ({host}) selects version "
                                    f"{version!r} (its subsets: {have}), so no Deployment runs it; add one, "
                                    f"e.g. {{name: {version}, labels: {{version: {version}}}}}")
    if canary.mode.value == "flagger":
        for i, dr in enumerate(config.destination_rules):
            if fqdn(dr.host, dr.namespace or config.namespace) != host:
                continue
            for j, subset in enumerate(dr.subsets):
                value = subset.labels.get(COLLECTOR_NAME_LABEL, config.collector_service)
                if value != config.collector_service:
                    yield (("destination_rules", i, "subsets", j, "labels", COLLECTOR_NAME_LABEL),
                           f"{value!r}: with canary.mode flagger every collector pod carries "
                           f"{COLLECTOR_NAME_LABEL}: {config.collector_service}, the label its policies, Service "
                           "and ServiceMonitor select (Flagger relabels 'app' on its primary pods); "
                           "select the version with another label, such as version")
        yield from _flagger_traffic_policy(config)
    routes = collector_routes(config)
    if canary.mode.value == "git" and not routes:
        yield ("canary",), (f"no VirtualService route goes to the collector ({host}): the canary has no "
                            "traffic to shift; add one under virtual_services")
    named = {name for _, _, name in routes if name}
    for k, name in enumerate(canary.routes):
        if name not in named:
            yield ("canary", "routes", k), (f"no collector route is named {name!r} (named collector routes: "
                                            f"{', '.join(sorted(named)) or 'none'})")


def _flagger_traffic_policy(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    """Flagger copies the Canary's ``service.trafficPolicy`` into the DestinationRules of the hosts
    it routes to; its CRD has no ``connectionPool.tcp``, so the API server would drop those limits."""
    i = collector_destination_rule(config)
    policy = config.destination_rules[i].traffic_policy if i is not None else None
    if policy is None or policy.connection_pool is None or policy.connection_pool.tcp is None \
            or not config.traffic_management.enable_circuit_breaker or config.routing.value == "gateway-api":
        return  # with routing gateway-api the DestinationRules of Flagger's hosts are rendered here
    target = f"{config.collector_service}-{config.canary.baseline_version}"
    yield (("destination_rules", i, "traffic_policy", "connection_pool", "tcp"),
           f"with canary.mode flagger this policy reaches the collector's pods only through the Canary's "
           f"service.trafficPolicy (Flagger copies it into the DestinationRules of {target}-primary and "
           f"{target}-canary), and Flagger's Canary has no connectionPool.tcp: the API server would drop "
           "max_connections and connect_timeout; remove tcp (connection_pool.http and outlier_detection "
           "carry over), or use canary.mode git")
