"""DestinationRule: load balancing, circuit breaking (connection pool + outlier detection), subsets."""
from __future__ import annotations

from imports.io.istio import networking as net

from ..config import models
from .base import MANAGED_BY, Construct, Metadata, crd_resource
from .traffic_policy import StructFamily, build_traffic_policy

ISTIO_TRAFFIC_POLICY = StructFamily(
    policy=net.DestinationRuleSpecTrafficPolicy,
    load_balancer=net.DestinationRuleSpecTrafficPolicyLoadBalancer,
    consistent_hash=net.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash,
    simple=net.DestinationRuleSpecTrafficPolicyLoadBalancerSimple,
    connection_pool=net.DestinationRuleSpecTrafficPolicyConnectionPool,
    tcp=net.DestinationRuleSpecTrafficPolicyConnectionPoolTcp,
    http=net.DestinationRuleSpecTrafficPolicyConnectionPoolHttp,
    outlier_detection=net.DestinationRuleSpecTrafficPolicyOutlierDetection,
    tls=net.DestinationRuleSpecTrafficPolicyTls,
    tls_mode=net.DestinationRuleSpecTrafficPolicyTlsMode,
)


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
        policy = build_traffic_policy(ISTIO_TRAFFIC_POLICY, spec.traffic_policy, load_balancing=load_balancing,
                                      circuit_breaker=circuit_breaker)
        subsets = [net.DestinationRuleSpecSubsets(name=s.name, labels=dict(s.labels)) for s in spec.subsets]
        self.resource = crd_resource(
            self, net.DestinationRule, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=net.DestinationRuleSpec(host=spec.host, traffic_policy=policy, subsets=subsets or None))
