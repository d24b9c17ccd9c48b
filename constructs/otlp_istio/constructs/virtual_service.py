"""VirtualService: routes to the collector (or any host), with timeout and retries."""
from __future__ import annotations

from imports.io.istio import networking as net

from ..config import models
from .base import MANAGED_BY, Construct, Metadata, crd_resource


def _match(rule: models.HttpMatchRequest) -> net.VirtualServiceSpecHttpMatch:
    uri = rule.uri
    return net.VirtualServiceSpecHttpMatch(
        uri=net.VirtualServiceSpecHttpMatchUri(prefix=uri.prefix, exact=uri.exact, regex=uri.regex) if uri else None,
        port=rule.port)


def _destination(dest: models.HttpRouteDestination) -> net.VirtualServiceSpecHttpRoute:
    d = dest.destination
    port = net.VirtualServiceSpecHttpRouteDestinationPort(number=d.port) if d.port is not None else None
    return net.VirtualServiceSpecHttpRoute(
        destination=net.VirtualServiceSpecHttpRouteDestination(host=d.host, subset=d.subset, port=port),
        weight=dest.weight)


def _retries(route: models.HttpRoute, enabled: bool) -> net.VirtualServiceSpecHttpRetries | None:
    if not enabled:
        # Istio retries twice by default; turning retries off means saying attempts: 0.
        return net.VirtualServiceSpecHttpRetries(attempts=0)
    r = route.retries
    if r is None:
        return None
    return net.VirtualServiceSpecHttpRetries(attempts=r.attempts, per_try_timeout=r.per_try_timeout,
                                             retry_on=r.retry_on)


class VirtualService(Construct):
    """One ``networking.istio.io/v1`` VirtualService.

    Props: the environment file's ``VirtualServiceSpec`` and the retry switch of
    ``traffic_management`` (off: ``retries.attempts: 0``, since Istio retries by default).
    """

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str,
                 spec: models.VirtualServiceSpec, retries_enabled: bool = True):
        super().__init__(scope, id)
        http = [
            net.VirtualServiceSpecHttp(
                name=route.name,
                match=[_match(m) for m in route.match_rules] or None,
                route=[_destination(d) for d in route.route],
                timeout=route.timeout,
                retries=_retries(route, retries_enabled),
            )
            for route in spec.http
        ]
        self.resource = crd_resource(
            self, net.VirtualService, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=net.VirtualServiceSpec(hosts=list(spec.hosts), http=http))
