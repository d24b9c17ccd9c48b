"""The environment's namespace in the mesh and its policies: the Namespace (sidecar injection
on; in ambient mode the ambient and waypoint labels, and the waypoint Gateway), PeerAuthentication
``default`` from ``mtls.mode``, every listed PeerAuthentication and AuthorizationPolicy (their
selectors of the collector as :mod:`.flagger` reads them; in ambient mode each policy where
``config.ambient.enforcement`` places it), and what admits the Prometheus scrape
(``config.collector_flows``): a port-level PERMISSIVE on the metrics port under STRICT for a
Prometheus outside the mesh, and, asked for, a scrape rule beside the file's ALLOW policies."""
from __future__ import annotations

from ..config.ambient import enforcement, is_ambient, waypoint_principal, waypoint_target
from ..config.ambient_labels import DATAPLANE_MODE, USE_WAYPOINT
from ..config.collector_flows import SCRAPE, scrape_exception_port, scrape_policy, scrape_waypoint_policy
from ..config.crossref import is_namespace_default
from ..config.models import EnvironmentConfig, NamespaceOwner
from ..constructs import AuthorizationPolicy, Construct, Namespace, PeerAuthentication, Waypoint
from ..flux_split import PRUNE_ANNOTATION, PRUNE_DISABLED
from .flagger import collector_selector
from .suppress import suppress


def add_security(scope: Construct, config: EnvironmentConfig) -> None:
    c, ns = config, config.namespace
    if c.namespace_owner is NamespaceOwner.OTLP_ISTIO:
        # A pruned Namespace takes everything in it, also what other tools run there: Flux never
        # deletes it unless the file says so.
        annotations = None if c.prune_namespace else {PRUNE_ANNOTATION: PRUNE_DISABLED}
        if is_ambient(c):
            Namespace(scope, "Namespace", name=ns, injection=False, annotations=annotations,
                      labels={DATAPLANE_MODE: "ambient", USE_WAYPOINT: c.waypoint.name})
        else:
            Namespace(scope, "Namespace", name=ns, injection=True, annotations=annotations)
    if is_ambient(c):
        Waypoint(scope, "Waypoint", name=c.waypoint.name, namespace=ns,
                 serves=c.waypoint.for_.value if c.waypoint.for_ else None)
    PeerAuthentication(scope, "MeshMtls", name="default", namespace=ns, mode=c.mtls.mode)
    for pa in c.peer_authentications:
        if is_namespace_default(pa, c):
            continue  # the same object as the one from mtls.mode
        pa_ns = pa.namespace or ns
        suppress(PeerAuthentication(
            scope, f"PeerAuthentication-{pa_ns}-{pa.name}", name=pa.name, namespace=pa_ns, mode=pa.mode,
            match_labels=collector_selector(c, pa_ns, pa.selector.match_labels) if pa.selector else None,
            port_modes=dict(pa.port_level_mtls)),
            pa.suppress)
    add_scrape(scope, c)
    if is_ambient(c):
        _ambient_policies(scope, c)
        return
    for ap in c.authorization_policies:
        ap_ns = ap.namespace or ns
        suppress(AuthorizationPolicy(
            scope, f"AuthorizationPolicy-{ap_ns}-{ap.name}", namespace=ap_ns, policy=ap,
            match_labels=collector_selector(c, ap_ns, ap.selector.match_labels) if ap.selector else None),
            ap.suppress)


def _ambient_policies(scope: Construct, c: EnvironmentConfig) -> None:
    """Each policy where it is enforced: the waypoint's copy by ``targetRefs``, ztunnel's by selector."""
    for p in enforcement(c):
        ap = c.authorization_policies[p.index]
        target = (p.target.group, p.target.kind, p.target.name) if p.target else None
        labels = collector_selector(c, p.namespace, ap.selector.match_labels) if ap.selector else None
        suppress(AuthorizationPolicy(
            scope, f"AuthorizationPolicy-{p.namespace}-{p.name}", namespace=p.namespace, policy=ap, name=p.name,
            match_labels=labels, rules=p.rules, target=target,
            allow_principal=waypoint_principal(c) if p.allow_waypoint else None), ap.suppress)


def add_scrape(scope: Construct, config: EnvironmentConfig) -> None:
    """The PeerAuthentication and AuthorizationPolicy ``<collector>-scrape``, when they are due."""
    ns, app = config.namespace, config.collector_service
    selector = collector_selector(config, ns, {"app": app})
    port = scrape_exception_port(config)
    if port is not None:
        PeerAuthentication(scope, "ScrapeMtls", name=SCRAPE.format(collector=app), namespace=ns, mode="UNSET",
                           match_labels=selector, port_modes={port: "PERMISSIVE"})
    policy = scrape_policy(config)
    if policy is not None:
        AuthorizationPolicy(scope, "ScrapeAuthorization", namespace=ns, policy=policy, match_labels=selector)
    waypoint = scrape_waypoint_policy(config)
    if waypoint is not None:
        t = waypoint_target(config, waypoint)
        AuthorizationPolicy(scope, "ScrapeAuthorizationWaypoint", namespace=ns, policy=waypoint,
                            target=(t.group, t.kind, t.name))
