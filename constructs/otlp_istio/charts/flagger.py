"""``canary.mode: flagger``: the environment's canary settings as a Flagger Canary.

Flagger generates the collector's VirtualService itself (named after the Canary's service), so
the VirtualServices whose routes all go to the collector are not rendered in this mode: their
hosts, timeout and retries move into the Canary's ``service`` block. Flagger's VirtualService
routes to the hosts ``<target>-primary`` and ``<target>-canary``, whose DestinationRules it
generates from the Canary's ``service.trafficPolicy``: that is the collector DestinationRule's
policy (the parts the ``traffic_management`` switches keep). The collector's own DestinationRule
still renders: its host is the collector Service, not one of Flagger's, so the rules never overlap.

Flagger copies the target Deployment to ``<target>-primary`` with ``app: <collector>-primary``,
so a selector on ``app: <collector>`` misses the primary pods, which serve every request outside
an analysis. The collector pods also carry ``COLLECTOR_NAME_LABEL``, which Flagger copies
unchanged (in git mode too, see :func:`collector_pod_labels`); in this mode the selectors of the
collector's namespace that name ``app: <collector>`` (policies, the collector Service, the
ServiceMonitor) name that label instead. Everything else renders as in git mode.

With ``routing: gateway-api`` the Canary uses Flagger's Gateway API provider (``gatewayapi:v1``):
Flagger generates one HTTPRoute attached to the collector Service (``gatewayRefs``: group ``""``,
kind ``Service``) with one weighted rule to ``<target>-primary`` and ``<target>-canary`` on the
route's port, from the route's matches and timeout (the limits this puts on the routes are refused
in :mod:`otlp_istio.config.gateway_routes`). That provider's built-in metrics read
``http_request_duration_seconds``, which Istio does not export, so the two checks read
MetricTemplates of Istio's ``istio_requests_total`` (reporter and labels by data plane,
:mod:`otlp_istio.config.reporting`), which ask ``canary.prometheus_url``. It renders no
DestinationRule, so the collector's traffic policy is rendered for Flagger's two hosts by the
routing plan (:mod:`.gateway_routes`).
"""
from __future__ import annotations

from ..config.crossref import collector_ports, collector_destination_rule, collector_routes
from ..config.gateway_routes import flagger as gateway_flagger
from ..config.reporting import reporting_for
from ..config.canary import COLLECTOR_NAME_LABEL
from ..config.models import CanaryMode, EnvironmentConfig
from ..config.types import duration_ns
from ..constructs import Construct, FlaggerCanary, MetricTemplate
from .collector_ports import OTLP_HTTP


def flagger_mode(config: EnvironmentConfig) -> bool:
    return config.canary is not None and config.canary.mode is CanaryMode.FLAGGER


def collector_pod_labels(config: EnvironmentConfig) -> dict[str, str]:
    """Labels every collector pod template carries besides its selector's. In git mode too: the
    running pods already carry the label when an environment switches to flagger mode, so its
    policies never select a label no pod has yet (nor does the Service lose its endpoints) while
    the pods roll. Its value is ``app``'s, so Istio's canonical service name stays the same."""
    return {COLLECTOR_NAME_LABEL: config.collector_service}


def collector_selector(config: EnvironmentConfig, namespace: str, match_labels: dict[str, str]) -> dict[str, str]:
    """``match_labels`` as rendered: in flagger mode, ``app: <collector>`` in the collector's
    namespace becomes ``COLLECTOR_NAME_LABEL: <collector>`` (its other labels, such as
    ``version``, Flagger copies to the primary pods as they are)."""
    app = config.collector_service
    if not flagger_mode(config) or namespace != config.namespace or match_labels.get("app") != app:
        return dict(match_labels)
    return {COLLECTOR_NAME_LABEL: app, **{k: v for k, v in match_labels.items() if k != "app"}}


def flagger_owned(config: EnvironmentConfig) -> set[int]:
    """Indexes of the VirtualServices Flagger replaces (every route to the collector)."""
    if not flagger_mode(config):
        return set()
    routes = collector_routes(config)
    owned = set()
    for i, vs in enumerate(config.virtual_services):
        if sum(1 for k, _, _ in routes if k == i) == len(vs.http):
            owned.add(i)
    return owned


def add_flagger_canary(scope: Construct, config: EnvironmentConfig) -> None:
    c = config.canary
    owned = sorted(flagger_owned(config))
    hosts: list[str] = []
    first = None
    for i in owned:
        vs = config.virtual_services[i]
        hosts += [h for h in vs.hosts if h not in hosts]
        first = first or vs.http[0]
    port = OTLP_HTTP
    timeout = retries = None
    if first is not None:
        port = first.route[0].destination.port or OTLP_HTTP
        timeout = first.timeout
        if first.retries is not None and config.traffic_management.enable_retry:
            r = first.retries
            retries = {k: v for k, v in (("attempts", r.attempts), ("per_try_timeout", r.per_try_timeout),
                                         ("retry_on", r.retry_on)) if v is not None}
    rule = collector_destination_rule(config)
    tm = config.traffic_management
    sc = c.success_criteria
    gateway = {}
    if gateway_flagger(config):
        gateway = {"gateway_parent": config.collector_service, "matches": tuple(first.match_rules) if first else (),
                   "templates": add_metric_templates(scope, config)}
        hosts, rule = [], None  # no hostnames on a Service's route; Flagger's gateway router ignores trafficPolicy
    FlaggerCanary(scope, "FlaggerCanary", name=config.collector_service, namespace=config.namespace,
                  target=f"{config.collector_service}-{c.baseline_version}", port=port,
                  port_name=collector_ports(config).get(port), interval=c.interval, threshold=c.threshold,
                  step_weight=c.increment, max_weight=c.max_weight, max_error_rate=sc.max_error_rate,
                  max_latency_ms=duration_ns(sc.max_latency_p99) / 1e6 if sc.max_latency_p99 else None,
                  hosts=hosts, timeout=timeout, retries=retries,
                  traffic_policy=config.destination_rules[rule].traffic_policy if rule is not None else None,
                  load_balancing=tm.enable_load_balancing, circuit_breaker=tm.enable_circuit_breaker, **gateway)


# Flagger's Istio queries (pkg/metrics/observers/istio.go) over the data plane's series: {{ ... }} are
# Flagger's template variables (the Canary's namespace and target Deployment, the metric's interval).
SUCCESS_RATE = ('sum(rate(istio_requests_total{{{sel},response_code!~"5.*"}}[{{{{ interval }}}}])) / '
                'sum(rate(istio_requests_total{{{sel}}}[{{{{ interval }}}}])) * 100')
DURATION = ('histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{{{sel}}}'
            '[{{{{ interval }}}}])) by (le))')


def add_metric_templates(scope: Construct, config: EnvironmentConfig) -> dict[str, str]:
    """The MetricTemplates of the two checks; returns metric name → template name."""
    r = reporting_for(config)
    sel = (f'reporter="{r.reporter}",{r.namespace_label}="{{{{ namespace }}}}",'
           f'{r.workload_label}=~"{{{{ target }}}}"')
    queries = {"request-success-rate": SUCCESS_RATE.format(sel=sel)}
    if config.canary.success_criteria.max_latency_p99:
        queries["request-duration"] = DURATION.format(sel=sel)
    out = {}
    for metric, query in queries.items():
        name = f"{config.collector_service}-{metric}"
        MetricTemplate(scope, f"MetricTemplate-{metric}", name=name, namespace=config.namespace,
                       address=config.canary.prometheus_url, query=query)
        out[metric] = name
    return out
