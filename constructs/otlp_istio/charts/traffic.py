"""Traffic management: the VirtualServices (the collector's routes matched on the port they send
to: ``config.collector_flows.scoped_routes``), DestinationRules and ServiceEntries, shaped by the
``traffic_management`` switches; with ``routing: gateway-api`` the collector's routes as Gateway API
routes instead of its VirtualService (:mod:`.gateway_routes`); in flagger mode the Canary instead of
the VirtualServices Flagger generates (:mod:`.flagger`)."""
from __future__ import annotations

from ..config.collector_flows import scoped_routes
from ..config.crossref import destination_rule_name, virtual_service_name
from ..config.gateway_routes import plan as routing_plan
from ..config.models import EnvironmentConfig
from ..config.services import service_entry_name
from ..constructs import Construct, DestinationRule, ServiceEntry, VirtualService
from .flagger import add_flagger_canary, flagger_mode, flagger_owned
from .gateway_routes import add_gateway_routes
from .suppress import suppress


def add_traffic(scope: Construct, config: EnvironmentConfig) -> None:
    c, ns, tm = config, config.namespace, config.traffic_management
    owned = flagger_owned(c)  # canary.mode flagger: Flagger generates these
    routes = routing_plan(c)  # routing gateway-api: the collector's VirtualService becomes Gateway API routes
    for i, vs in enumerate(c.virtual_services):
        if i in owned or i in routes.converted:
            continue
        name = virtual_service_name(vs, i)
        suppress(VirtualService(scope, f"VirtualService-{vs.namespace or ns}-{name}", name=name,
                                namespace=vs.namespace or ns, spec=scoped_routes(c, vs),
                                retries_enabled=tm.enable_retry), vs.suppress)
    for dr in c.destination_rules:
        name = destination_rule_name(dr)
        suppress(DestinationRule(scope, f"DestinationRule-{dr.namespace or ns}-{name}", name=name,
                                 namespace=dr.namespace or ns, spec=dr, load_balancing=tm.enable_load_balancing,
                                 circuit_breaker=tm.enable_circuit_breaker), dr.suppress)
    for se in c.service_entries:
        name = service_entry_name(se)
        suppress(ServiceEntry(scope, f"ServiceEntry-{se.namespace or ns}-{name}", name=name,
                              namespace=se.namespace or ns, spec=se), se.suppress)
    add_gateway_routes(scope, c, routes)
    if flagger_mode(c):
        add_flagger_canary(scope, c)
