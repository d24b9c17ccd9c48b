"""One conversion of the environment file's ``TrafficPolicy``, for the two resources that carry it.

Istio's DestinationRule carries it as ``spec.trafficPolicy``; Flagger's Canary as
``spec.service.trafficPolicy``, which Flagger copies unchanged into the two DestinationRules it
generates, for ``<target>-primary`` and ``<target>-canary``: the hosts its VirtualService routes the
collector's traffic to. The two generated struct families have the same fields under different
class names, so :func:`build_traffic_policy` builds either from a :class:`StructFamily` that names them.
The ``traffic_management`` switches apply here, so both resources carry the same parts.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Optional

from ..config import models


@dataclass(frozen=True)
class StructFamily:
    """The generated classes one resource builds a traffic policy from."""

    policy: type
    load_balancer: type
    consistent_hash: type
    simple: type[enum.Enum]
    connection_pool: type
    tcp: Optional[type]  # None: the resource's schema has no connectionPool.tcp
    http: type
    outlier_detection: type
    tls: type
    tls_mode: type[enum.Enum]


# Enum members by name: `cdk8s import` names a value's '_' '_UNDERSCORE_' in both families.
_SIMPLE = {"round_robin": "ROUND_UNDERSCORE_ROBIN", "random": "RANDOM",
           "least_request": "LEAST_UNDERSCORE_REQUEST", "passthrough": "PASSTHROUGH"}
_TLS = {"DISABLE": "DISABLE", "SIMPLE": "SIMPLE", "MUTUAL": "MUTUAL", "ISTIO_MUTUAL": "ISTIO_UNDERSCORE_MUTUAL"}


def build_traffic_policy(family: StructFamily, tp: Optional[models.TrafficPolicy], *, load_balancing: bool = True,
                         circuit_breaker: bool = True) -> Any:
    """``tp`` as ``family.policy`` with the parts the switches keep (load balancing:
    ``loadBalancer``; circuit breaking: ``connectionPool`` and ``outlierDetection``; ``tls``
    always); None when no part is left."""
    if tp is None:
        return None
    parts = dict(
        load_balancer=_load_balancer(family, tp.load_balancer) if load_balancing and tp.load_balancer else None,
        connection_pool=(_connection_pool(family, tp.connection_pool)
                         if circuit_breaker and tp.connection_pool else None),
        outlier_detection=(_outlier_detection(family, tp.outlier_detection)
                           if circuit_breaker and tp.outlier_detection else None),
        tls=family.tls(mode=family.tls_mode[_TLS[tp.tls.mode]]) if tp.tls else None,
    )
    if all(v is None for v in parts.values()):
        return None
    return family.policy(**parts)


def _load_balancer(family: StructFamily, lb: models.LoadBalancerObject) -> Any:
    if lb.consistent_hash is not None:
        return family.load_balancer(consistent_hash=family.consistent_hash(
            http_header_name=lb.consistent_hash.http_header_name))
    # least_request's choice_count can only be Envoy's 2; crossref refuses any other value.
    simple = "least_request" if lb.least_request is not None else lb.simple
    return family.load_balancer(simple=family.simple[_SIMPLE[simple]])


def _connection_pool(family: StructFamily, cp: models.ConnectionPoolSettings) -> Any:
    pool: dict[str, Any] = {"http": None}
    if cp.tcp is not None:
        if family.tcp is None:  # crossref refuses it where it would be rendered (flagger mode)
            raise ValueError(f"{family.policy.__name__} has no connectionPool.tcp")
        pool["tcp"] = family.tcp(max_connections=cp.tcp.max_connections, connect_timeout=cp.tcp.connect_timeout)
    if cp.http is not None:
        pool["http"] = family.http(http1_max_pending_requests=cp.http.http1_max_pending_requests,
                                   http2_max_requests=cp.http.http2_max_requests,
                                   max_requests_per_connection=cp.http.max_requests_per_connection)
    return family.connection_pool(**pool)


def _outlier_detection(family: StructFamily, od: models.OutlierDetection) -> Any:
    # The file's `consecutive_errors` is Istio's removed `consecutiveErrors`; its current
    # name is `consecutive5xxErrors` (Flagger's schema has both; it passes either through).
    return family.outlier_detection(
        consecutive5_xx_errors=od.consecutive_errors, interval=od.interval,
        base_ejection_time=od.base_ejection_time, max_ejection_percent=od.max_ejection_percent)
