"""HTTPRoute and GRPCRoute (Gateway API v1): one route of a routing plan, attached to a Service."""
from __future__ import annotations

from imports.io.k8s.networking import gateway as gw

from ..config.gateway_routes import EXACT, GRPC_ROUTE, PATH_PREFIX, Match, Route, Rule
from .base import MANAGED_BY, Construct, Metadata, crd_resource

_PATH_TYPE = {EXACT: gw.HttpRouteSpecRulesMatchesPathType.EXACT,
              PATH_PREFIX: gw.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX}


def _parent(route: Route, cls: type):
    # group "" and kind Service: a Service parent (GAMMA), written out (the defaults are Gateway's)
    return cls(group="", kind="Service", name=route.service, port=route.port)


def _http_match(m: Match) -> gw.HttpRouteSpecRulesMatches:
    kind = _PATH_TYPE.get(m.type, gw.HttpRouteSpecRulesMatchesPathType.REGULAR_EXPRESSION)
    return gw.HttpRouteSpecRulesMatches(path=gw.HttpRouteSpecRulesMatchesPath(type=kind, value=m.value))


def _grpc_match(m: Match) -> gw.GrpcRouteSpecRulesMatches:
    return gw.GrpcRouteSpecRulesMatches(method=gw.GrpcRouteSpecRulesMatchesMethod(
        service=m.grpc_service, method=m.grpc_method))


def _backends(rule: Rule, cls: type) -> list:
    return [cls(name=b.service, port=b.port, weight=b.weight) for b in rule.backends]


class GatewayRoute(Construct):
    """One ``gateway.networking.k8s.io/v1`` HTTPRoute or GRPCRoute from a
    :class:`~otlp_istio.config.gateway_routes.Route` (the plan decides the kind)."""

    def __init__(self, scope: Construct, id: str, *, route: Route):
        super().__init__(scope, id)
        meta = Metadata(name=route.name, namespace=route.namespace, labels=dict(MANAGED_BY))
        if route.kind == GRPC_ROUTE:
            rules = [gw.GrpcRouteSpecRules(name=r.name, matches=[_grpc_match(m) for m in r.matches] or None,
                                           backend_refs=_backends(r, gw.GrpcRouteSpecRulesBackendRefs))
                     for r in route.rules]
            spec = gw.GrpcRouteSpec(parent_refs=[_parent(route, gw.GrpcRouteSpecParentRefs)], rules=rules)
            self.resource = crd_resource(self, gw.GrpcRoute, meta, spec=spec)
            return
        rules = [gw.HttpRouteSpecRules(
            name=r.name, matches=[_http_match(m) for m in r.matches] or None,
            timeouts=gw.HttpRouteSpecRulesTimeouts(request=r.timeout) if r.timeout else None,
            backend_refs=_backends(r, gw.HttpRouteSpecRulesBackendRefs)) for r in route.rules]
        spec = gw.HttpRouteSpec(parent_refs=[_parent(route, gw.HttpRouteSpecParentRefs)], rules=rules)
        self.resource = crd_resource(self, gw.HttpRoute, meta, spec=spec)
