"""``routing: gateway-api``: the routing plan (:mod:`otlp_istio.config.gateway_routes`) as objects
(with Flagger's Gateway API provider, the DestinationRules of Flagger's hosts only).

Per collector version a Service ``<collector>-<version>`` selecting that version's pods (labelled
``app: <collector>-<version>``, so the collector's ServiceMonitor, which selects ``app:
<collector>``, does not scrape the pods twice); the HTTPRoutes and GRPCRoutes attached to the
collector Service; and, when the collector's DestinationRule has a traffic policy, a
DestinationRule per version Service carrying it (a rule applies to the host traffic is sent to).
"""
from __future__ import annotations

from ..config.gateway_routes import Plan
from ..config.models import DestinationRuleSpec, EnvironmentConfig
from ..constructs import Construct, DestinationRule, GatewayRoute, Service
from ..constructs.core import ServicePort
from .suppress import suppress


def add_gateway_routes(scope: Construct, config: EnvironmentConfig, plan: Plan) -> None:
    for svc in plan.services:
        Service(scope, f"VersionService-{svc.version}", name=svc.name, namespace=svc.namespace, app=svc.name,
                ports=[ServicePort(p.name, p.port, p.app_protocol) for p in svc.ports], selector=svc.selector)
    for route in plan.routes:  # the VirtualService's accepted findings go with its routes
        suppress(GatewayRoute(scope, f"{route.kind}-{route.namespace}-{route.name}", route=route),
                 config.virtual_services[route.source[1]].suppress)
    tm = config.traffic_management
    for policy in plan.policies:
        source = config.destination_rules[policy.rule]
        rule = DestinationRule(scope, f"DestinationRule-{policy.namespace}-{policy.name}", name=policy.name,
                               namespace=policy.namespace,
                               spec=DestinationRuleSpec(host=policy.host, traffic_policy=source.traffic_policy),
                               load_balancing=tm.enable_load_balancing, circuit_breaker=tm.enable_circuit_breaker)
        # Flagger makes its hosts' Services in the cluster: the host is not among the files (IST0174, OI1202)
        suppress(rule, ["IST0174"] if policy.generated_host else source.suppress)
