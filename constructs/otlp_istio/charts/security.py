"""The environment's namespace in the mesh and its policies: the Namespace (sidecar injection
on), PeerAuthentication ``default`` from ``mtls.mode``, every listed PeerAuthentication and
AuthorizationPolicy (their selectors of the collector as :mod:`.flagger` reads them)."""
from __future__ import annotations

from ..config.crossref import is_namespace_default
from ..config.models import EnvironmentConfig, NamespaceOwner
from ..constructs import AuthorizationPolicy, Construct, Namespace, PeerAuthentication
from ..flux_split import PRUNE_ANNOTATION, PRUNE_DISABLED
from .flagger import collector_selector
from .suppress import suppress


def add_security(scope: Construct, config: EnvironmentConfig) -> None:
    c, ns = config, config.namespace
    if c.namespace_owner is NamespaceOwner.OTLP_ISTIO:
        # A pruned Namespace takes everything in it, also what other tools run there: Flux never
        # deletes it unless the file says so.
        Namespace(scope, "Namespace", name=ns, injection=True,
                  annotations=None if c.prune_namespace else {PRUNE_ANNOTATION: PRUNE_DISABLED})
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
    for ap in c.authorization_policies:
        ap_ns = ap.namespace or ns
        suppress(AuthorizationPolicy(
            scope, f"AuthorizationPolicy-{ap_ns}-{ap.name}", namespace=ap_ns, policy=ap,
            match_labels=collector_selector(c, ap_ns, ap.selector.match_labels) if ap.selector else None),
            ap.suppress)
