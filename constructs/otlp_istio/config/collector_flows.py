"""What the compiler renders so that the flows it sets up for the collector work (the flow model,
``otlp_istio.flows``, checks them):

* :func:`scoped_routes` — a route that sends the collector's requests to one port of it is
  matched on that port. Istio builds a VirtualService's routes for every HTTP port of its host
  (``pilot/pkg/networking/core/route/route.go``), so a route to 4318 without a port match would
  send OTLP/gRPC on 4317 and the metrics port to the OTLP/HTTP receiver. When every route is so
  scoped, the other OTLP port gets the OTLP port's catch-all route again, on its own port (the same
  subsets, weights, timeout and retries: the canary shifts it too); other ports (the metrics port)
  keep the Service's own route. Routes the file matches on a port itself are left as written.
* :func:`scrape_exception_port` — under STRICT mTLS, a Prometheus outside the mesh (the default
  ``prometheus.location``) scrapes in plaintext and would find no filter chain: the metrics port is
  made PERMISSIVE, port-level, by a PeerAuthentication ``<collector>-scrape`` selecting the
  collector (unless one of the file's PeerAuthentications selects it: Istio applies only one
  workload policy, so that one must say it, with ``port_level_mtls``).
* :func:`scrape_policy` — with ``prometheus.scrape_policy``, an ALLOW rule for the scrape beside
  the file's ALLOW policies on the collector, which would refuse it otherwise (in ambient mode on
  the port only: ztunnel, which the scrape to the pods meets, decides L4 alone).
"""
from __future__ import annotations

from typing import Optional

from ..hosts import fqdn
from ..selectors import map_selects
from .derived import OTLP_GRPC, OTLP_HTTP, collector_versions
from .flows import PrometheusLocation
from .models import EnvironmentConfig
from .policies import AuthorizationPolicy, Operation, Rule, Source, WorkloadSelector
from .traffic import HttpMatchRequest, HttpRoute, VirtualServiceSpec

OTLP_PORTS = (OTLP_GRPC, OTLP_HTTP)
SCRAPE = "{collector}-scrape"  # the PeerAuthentication and AuthorizationPolicy the scrape gets
SCRAPE_WAYPOINT = "{collector}-scrape-waypoint"  # ambient mode: the same rule where the waypoint applies it
TRUST_DOMAIN = "cluster.local"  # Istio's default trust domain, in the scrape rule's principal


def _collector_host(config: EnvironmentConfig) -> str:
    return fqdn(config.collector_service, config.namespace)


def _single_port(route: HttpRoute, host: str, namespace: str) -> Optional[int]:
    """The one collector port every destination of ``route`` names, if it has one."""
    ports = {d.destination.port for d in route.route}
    hosts = {fqdn(d.destination.host, namespace) for d in route.route}
    if hosts != {host} or len(ports) != 1 or None in ports:
        return None
    return next(iter(ports))


def scoped_routes(config: EnvironmentConfig, vs: VirtualServiceSpec) -> VirtualServiceSpec:
    """``vs`` as rendered: the collector's routes matched on the port they send to (see above)."""
    host = _collector_host(config)
    namespace = vs.namespace or config.namespace
    if host not in {fqdn(h, namespace) for h in vs.hosts}:
        return vs
    routes: list[HttpRoute] = []
    scoped: dict[int, list[HttpRoute]] = {}  # port -> the routes matched on it
    ours: list[HttpRoute] = []  # the routes this function matched on a port (not the file's own port matches)
    every_port = False  # a route left without a port match applies to every port
    for route in vs.http:
        if any(m.port is not None for m in route.match_rules):
            for m in route.match_rules:
                scoped.setdefault(m.port, []).append(route)
            routes.append(route)
            continue
        port = _single_port(route, host, namespace)
        if port is None:
            every_port = True
            routes.append(route)
            continue
        matches = [m.model_copy(update={"port": port}) for m in route.match_rules] or [HttpMatchRequest(port=port)]
        route = route.model_copy(update={"match_rules": matches})
        scoped.setdefault(port, []).append(route)
        ours.append(route)
        routes.append(route)
    if not every_port:
        catch_all = next((r for r in ours if r.match_rules[0].port in OTLP_PORTS
                          and all(m.uri is None for m in r.match_rules)), None)
        for port in OTLP_PORTS:
            if port in scoped or catch_all is None:
                continue
            routes.append(catch_all.model_copy(update={
                "match_rules": [HttpMatchRequest(port=port)],
                "route": [d.model_copy(update={"destination": d.destination.model_copy(update={"port": port})})
                          for d in catch_all.route]}))
    return vs.model_copy(update={"http": routes})


def collector_pod_labels(config: EnvironmentConfig) -> list[dict[str, str]]:
    from .canary import COLLECTOR_NAME_LABEL
    return [{**labels, COLLECTOR_NAME_LABEL: config.collector_service} for _, labels in collector_versions(config)]


def selects_collector(config: EnvironmentConfig, namespace: str, labels: Optional[dict[str, str]]) -> bool:
    """Whether a policy of ``namespace`` with selector ``labels`` (None: the whole namespace)
    applies to the collector's pods (in the collector's namespace, or mesh-wide from the root)."""
    if namespace not in (config.namespace, config.telemetry_namespace):
        return False
    return labels is None or any(map_selects(labels, pod) for pod in collector_pod_labels(config))


def scrape_exception_port(config: EnvironmentConfig) -> Optional[int]:
    """The metrics port the compiler makes PERMISSIVE for a Prometheus outside the mesh, if it does."""
    p = config.prometheus
    if not p.enabled or p.location is not PrometheusLocation.OUTSIDE_MESH or config.mtls.mode != "STRICT":
        return None
    for pa in config.peer_authentications:
        ns = pa.namespace or config.namespace
        if pa.selector is not None and ns == config.namespace and selects_collector(config, ns, pa.selector.match_labels):
            return None  # the file's own workload policy decides; Istio applies one
    return p.port


def allow_policies_on_collector(config: EnvironmentConfig) -> list[int]:
    """Indexes of the file's ALLOW policies that apply to the collector's pods."""
    return [i for i, ap in enumerate(config.authorization_policies)
            if ap.action == "ALLOW" and selects_collector(config, ap.namespace or config.namespace,
                                                          ap.selector.match_labels if ap.selector else None)]


def scrape_policy(config: EnvironmentConfig) -> Optional[AuthorizationPolicy]:
    """The ALLOW policy for the scrape, when ``prometheus.scrape_policy`` asks for it and an ALLOW
    policy of the file applies to the collector (alone, an ALLOW policy would refuse every other flow)."""
    p = config.prometheus
    if not (p.enabled and p.scrape_policy and allow_policies_on_collector(config)):
        return None
    from .ambient import is_ambient
    sources = []
    if p.location is PrometheusLocation.IN_MESH:
        sources = [Source(principals=[f"{TRUST_DOMAIN}/ns/{p.namespace}/sa/{p.service_account}"])]
    # in ambient mode ztunnel decides the scrape (to the pods, past any waypoint): the port only, L4
    operation = (Operation(ports=[str(p.port)]) if is_ambient(config)
                 else Operation(methods=["GET"], paths=[p.path], ports=[str(p.port)]))
    rule = Rule(from_=sources, to=[operation])
    return AuthorizationPolicy(name=SCRAPE.format(collector=config.collector_service),
                               selector=WorkloadSelector(match_labels={"app": config.collector_service}),
                               action="ALLOW", rules=[rule])


def scrape_waypoint_policy(config: EnvironmentConfig) -> Optional[AuthorizationPolicy]:
    """In ambient mode, the scrape's rule for requests to the metrics port through the Service: those
    pass the waypoint, which applies only policies attached with ``targetRefs`` (the file's ALLOW
    policies are there too, so without this rule it would refuse them). Rendered beside
    :func:`scrape_policy`, with the HTTP attributes the waypoint sees."""
    from .ambient import is_ambient
    ztunnel = scrape_policy(config)
    if ztunnel is None or not is_ambient(config):
        return None
    p = config.prometheus
    rule = Rule(from_=ztunnel.rules[0].from_, to=[Operation(methods=["GET"], paths=[p.path], ports=[str(p.port)])])
    return AuthorizationPolicy(name=SCRAPE_WAYPOINT.format(collector=config.collector_service),
                               selector=WorkloadSelector(match_labels={"app": config.collector_service}),
                               action="ALLOW", rules=[rule])
