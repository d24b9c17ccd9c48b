"""DestinationRule: load balancing, circuit breaking (connection pool + outlier detection), subsets."""
from __future__ import annotations

from imports.io.istio import networking as net

from ..config import models
from .base import MANAGED_BY, Construct, Metadata, crd_resource

_SIMPLE = {
    "round_robin": net.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.ROUND_UNDERSCORE_ROBIN,
    "random": net.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.RANDOM,
    "least_request": net.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.LEAST_UNDERSCORE_REQUEST,
    "passthrough": net.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.PASSTHROUGH,
}

_TLS = {
    "DISABLE": net.DestinationRuleSpecTrafficPolicyTlsMode.DISABLE,
    "SIMPLE": net.DestinationRuleSpecTrafficPolicyTlsMode.SIMPLE,
    "MUTUAL": net.DestinationRuleSpecTrafficPolicyTlsMode.MUTUAL,
    "ISTIO_MUTUAL": net.DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL,
}


def load_balancer(lb: models.LoadBalancerObject) -> net.DestinationRuleSpecTrafficPolicyLoadBalancer:
    if lb.consistent_hash is not None:
        return net.DestinationRuleSpecTrafficPolicyLoadBalancer(
            consistent_hash=net.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(
                http_header_name=lb.consistent_hash.http_header_name))
    # least_request's choice_count can only be Envoy's 2; crossref refuses any other value.
    simple = "least_request" if lb.least_request is not None else lb.simple
    return net.DestinationRuleSpecTrafficPolicyLoadBalancer(simple=_SIMPLE[simple])


def connection_pool(cp: models.ConnectionPoolSettings) -> net.DestinationRuleSpecTrafficPolicyConnectionPool:
    tcp = http = None
    if cp.tcp is not None:
        tcp = net.DestinationRuleSpecTrafficPolicyConnectionPoolTcp(
            max_connections=cp.tcp.max_connections, connect_timeout=cp.tcp.connect_timeout)
    if cp.http is not None:
        http = net.DestinationRuleSpecTrafficPolicyConnectionPoolHttp(
            http1_max_pending_requests=cp.http.http1_max_pending_requests,
            http2_max_requests=cp.http.http2_max_requests,
            max_requests_per_connection=cp.http.max_requests_per_connection)
    return net.DestinationRuleSpecTrafficPolicyConnectionPool(tcp=tcp, http=http)


def outlier_detection(od: models.OutlierDetection) -> net.DestinationRuleSpecTrafficPolicyOutlierDetection:
    # The seed's `consecutive_errors` is Istio's removed `consecutiveErrors`; its current
    # name is `consecutive5xxErrors`.
    return net.DestinationRuleSpecTrafficPolicyOutlierDetection(
        consecutive5_xx_errors=od.consecutive_errors, interval=od.interval,
        base_ejection_time=od.base_ejection_time, max_ejection_percent=od.max_ejection_percent)


class DestinationRule(Construct):
    """One ``networking.istio.io/v1`` DestinationRule.

    Props: the environment file's ``DestinationRuleSpec`` and the two switches of
    ``traffic_management``: load balancing (``loadBalancer``) and circuit breaking
    (``connectionPool`` + ``outlierDetection``); a switch that is off leaves its part out.
    """

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str,
                 spec: models.DestinationRuleSpec, load_balancing: bool = True,
                 circuit_breaker: bool = True):
        super().__init__(scope, id)
        tp = spec.traffic_policy
        policy = None
        if tp is not None:
            parts = dict(
                load_balancer=load_balancer(tp.load_balancer) if load_balancing and tp.load_balancer else None,
                connection_pool=connection_pool(tp.connection_pool) if circuit_breaker and tp.connection_pool else None,
                outlier_detection=outlier_detection(tp.outlier_detection) if circuit_breaker and tp.outlier_detection else None,
                tls=net.DestinationRuleSpecTrafficPolicyTls(mode=_TLS[tp.tls.mode]) if tp.tls else None,
            )
            if any(v is not None for v in parts.values()):
                policy = net.DestinationRuleSpecTrafficPolicy(**parts)
        subsets = [net.DestinationRuleSpecSubsets(name=s.name, labels=dict(s.labels)) for s in spec.subsets]
        self.resource = crd_resource(
            self, net.DestinationRule, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=net.DestinationRuleSpec(host=spec.host, traffic_policy=policy, subsets=subsets or None))
