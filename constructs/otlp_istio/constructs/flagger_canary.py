"""Flagger ``Canary`` (``flagger.app/v1beta1``): the same canary settings, stepped by Flagger in the
cluster instead of by commits. Flagger's built-in Istio checks are ``request-success-rate``
(a percentage, so the minimum is ``100 × (1 - max_error_rate)``) and ``request-duration``
(p99 in milliseconds). With its Gateway API provider the same two checks read
:class:`MetricTemplate` s of Istio's telemetry (the provider's built-in queries read another metric)."""
from __future__ import annotations

from typing import Optional

from imports.app import flagger as fl

from ..config import models
from .base import MANAGED_BY, Construct, Metadata, crd_resource
from .traffic_policy import StructFamily, build_traffic_policy

# Flagger's CRD has no connectionPool.tcp (the API server would drop it): crossref refuses one.
FLAGGER_TRAFFIC_POLICY = StructFamily(
    policy=fl.CanarySpecServiceTrafficPolicy,
    load_balancer=fl.CanarySpecServiceTrafficPolicyLoadBalancer,
    consistent_hash=fl.CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash,
    simple=fl.CanarySpecServiceTrafficPolicyLoadBalancerSimple,
    connection_pool=fl.CanarySpecServiceTrafficPolicyConnectionPool,
    tcp=None,
    http=fl.CanarySpecServiceTrafficPolicyConnectionPoolHttp,
    outlier_detection=fl.CanarySpecServiceTrafficPolicyOutlierDetection,
    tls=fl.CanarySpecServiceTrafficPolicyTls,
    tls_mode=fl.CanarySpecServiceTrafficPolicyTlsMode,
)


def _number(x: float):
    """99.0 → 99 (written as an integer), 99.5 stays."""
    return int(x) if x == int(x) else x


class FlaggerCanary(Construct):
    """One Canary for the collector Deployment ``target``, exposed by Flagger as ``service`` on ``port``.

    ``hosts``, ``timeout`` and ``retries`` carry over the environment file's collector route, since
    Flagger generates the VirtualService for ``service`` from them; ``traffic_policy`` (with the
    ``traffic_management`` switches, as for a DestinationRule) is the collector DestinationRule's,
    since Flagger generates the DestinationRules of ``<target>-primary`` and ``-canary`` from it.
    """

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, target: str, port: int,
                 port_name: Optional[str], interval: str, threshold: int, step_weight: int, max_weight: int,
                 max_error_rate: float, max_latency_ms: Optional[float], hosts: list[str],
                 timeout: Optional[str] = None, retries: Optional[dict] = None,
                 traffic_policy: Optional[models.TrafficPolicy] = None, load_balancing: bool = True,
                 circuit_breaker: bool = True, gateway_parent: Optional[str] = None,
                 matches: tuple[models.HttpMatchRequest, ...] = (), templates: Optional[dict[str, str]] = None):
        """``gateway_parent``: Flagger's Gateway API provider (``gatewayapi:v1``), its HTTPRoute attached to
        that Service (``gatewayRefs``) with ``matches``; ``templates``: metric name → the MetricTemplate
        it reads (instead of the provider's built-in query)."""
        super().__init__(scope, id)
        success = round(100 * (1 - max_error_rate), 6)
        templates = templates or {}

        def ref(metric: str):
            name = templates.get(metric)
            return fl.CanarySpecAnalysisMetricsTemplateRef(name=name, namespace=namespace) if name else None
        metrics = [fl.CanarySpecAnalysisMetrics(
            name="request-success-rate", interval=interval, template_ref=ref("request-success-rate"),
            threshold_range=fl.CanarySpecAnalysisMetricsThresholdRange(min=_number(success)))]
        if max_latency_ms is not None:
            metrics.append(fl.CanarySpecAnalysisMetrics(
                name="request-duration", interval=interval, template_ref=ref("request-duration"),
                threshold_range=fl.CanarySpecAnalysisMetricsThresholdRange(max=_number(max_latency_ms))))
        service = fl.CanarySpecService(
            port=port, target_port=port, port_name=port_name, port_discovery=True, hosts=hosts or None,
            timeout=timeout,
            retries=fl.CanarySpecServiceRetries(**retries) if retries else None,
            gateway_refs=[fl.CanarySpecServiceGatewayRefs(group="", kind="Service", name=gateway_parent)]
            if gateway_parent else None,
            match=[fl.CanarySpecServiceMatch(uri=fl.CanarySpecServiceMatchUri(
                prefix=m.uri.prefix, exact=m.uri.exact, regex=m.uri.regex)) for m in matches] or None,
            traffic_policy=build_traffic_policy(FLAGGER_TRAFFIC_POLICY, traffic_policy, load_balancing=load_balancing,
                                               circuit_breaker=circuit_breaker))
        self.resource = crd_resource(
            self, fl.Canary, Metadata(name=name, namespace=namespace, labels={"app": name, **MANAGED_BY}),
            spec=fl.CanarySpec(
                provider=fl.CanarySpecProvider.GATEWAYAPI_V1 if gateway_parent else fl.CanarySpecProvider.ISTIO,
                target_ref=fl.CanarySpecTargetRef(api_version="apps/v1", kind=fl.CanarySpecTargetRefKind.DEPLOYMENT,
                                                  name=target),
                service=service,
                analysis=fl.CanarySpecAnalysis(interval=interval, threshold=threshold, step_weight=step_weight,
                                               max_weight=max_weight, metrics=metrics)))


class MetricTemplate(Construct):
    """One Flagger ``MetricTemplate``: a Prometheus query (Flagger fills in ``{{ namespace }}``,
    ``{{ target }}`` and ``{{ interval }}``) and the Prometheus that answers it."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, address: str, query: str):
        super().__init__(scope, id)
        self.resource = crd_resource(
            self, fl.MetricTemplate, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=fl.MetricTemplateSpec(provider=fl.MetricTemplateSpecProvider(
                type=fl.MetricTemplateSpecProviderType.PROMETHEUS, address=address), query=query))
