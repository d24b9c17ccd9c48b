"""Traffic rules of the environment file: VirtualServices and DestinationRules.

``models`` re-exports these classes. Whole-file rules (weights summing to 100, routed subsets
defined by the host's DestinationRule, one DestinationRule per host) are in :mod:`.crossref`.
"""

from typing import Annotated, Literal, Optional

from pydantic import BeforeValidator, Field, model_validator

from .base import StrictModel
from .services import Suppress, suppress_field
from . import istio_checks
from .types import DnsLabel, Duration, Labels, ResourceName, RetryOn, checked


# ------------------------------------------------------------------ VirtualService

class UriMatch(StrictModel):
    """Exactly one of ``prefix``, ``exact`` or ``regex``."""

    prefix: Optional[str] = Field(default=None, description="A URI prefix, e.g. `/v1/`.")
    exact: Optional[str] = Field(default=None, description="An exact URI.")
    regex: Optional[Annotated[str, checked(istio_checks.regex)]] = Field(
        default=None, description="An RE2 regular expression over the URI (checked with RE2, as Envoy compiles it).")

    @model_validator(mode="after")
    def _one(self):
        kinds = [k for k in ("prefix", "exact", "regex") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError(f"a uri match has exactly one of prefix, exact or regex (got {', '.join(kinds) or 'none'})")
        return self


class HttpMatchRequest(StrictModel):
    uri: UriMatch = Field(description="The URI match: exactly one of `prefix`, `exact`, `regex`.")


class Destination(StrictModel):
    host: str = Field(
        min_length=1,
        description="A Service host: a short name (resolved in the VirtualService's namespace), "
                    "`name.namespace.svc.cluster.local`, or a ServiceEntry host.")
    subset: Optional[DnsLabel] = Field(default=None, description="A subset the host's DestinationRule defines.")
    port: Optional[int] = Field(default=None, ge=1, le=65535,
                                description="A port number of the Service (needed when it has several).")


class HttpRouteDestination(StrictModel):
    destination: Destination = Field(description="Where the traffic goes: `{host, subset?, port?}`.")
    weight: Optional[int] = Field(default=None, ge=0, le=100, description="The share of the traffic, 0 to 100.")


class RetryConfig(StrictModel):
    attempts: int = Field(ge=0, description="The number of retries (0: none).")
    per_try_timeout: Optional[Duration] = Field(default=None, description="The timeout of each attempt, e.g. `10s`.")
    retry_on: Optional[RetryOn] = Field(
        default=None, description="Comma-separated Envoy retry conditions (`5xx`, `reset`, `connect-failure`, ...) "
                                  "or HTTP status codes.")


class HttpRoute(StrictModel):
    name: Optional[str] = Field(default=None, description="The route's name (in Envoy's stats and logs; "
                                                         "`canary.routes` names it).")
    match_rules: list[HttpMatchRequest] = Field(
        default_factory=list, description="Match conditions, `[{uri: {prefix|exact|regex}}]`; none: every request.")
    route: list[HttpRouteDestination] = Field(
        min_length=1, description="The destinations, with weights summing to 100 (a single one may omit its weight).")
    timeout: Optional[Duration] = Field(default=None, description="The request timeout, e.g. `30s`.")
    retries: Optional[RetryConfig] = Field(
        default=None, description="The retry policy: `{attempts, per_try_timeout?, retry_on?}`.")


class VirtualServiceSpec(StrictModel):
    name: Optional[ResourceName] = Field(default=None, description="Default: the first host's short name.")
    namespace: Optional[DnsLabel] = Field(default=None, description="Default: the environment's `namespace`.")
    hosts: list[str] = Field(
        min_length=1, description="The hosts the rules apply to (a short name resolves in the VirtualService's "
                                  "namespace).")
    http: list[HttpRoute] = Field(min_length=1, description="HTTP routes, matched in order.")
    suppress: Suppress = suppress_field()


# ------------------------------------------------------------------ DestinationRule

class LeastRequest(StrictModel):
    choice_count: int = Field(default=2, ge=2,
                              description="Must be 2: Istio's `LEAST_REQUEST` has no such setting (Envoy always "
                                          "uses 2).")


class ConsistentHash(StrictModel):
    http_header_name: str = Field(min_length=1,
                                  description="The header whose value picks the host, e.g. `x-tenant-id`.")


class LoadBalancerObject(StrictModel):
    """``{least_request: {...}}`` or ``{consistent_hash: {...}}`` (or ``{simple: ...}``)."""

    least_request: Optional[LeastRequest] = Field(
        default=None, description="`{choice_count: 2}`: Istio's `LEAST_REQUEST`.")
    consistent_hash: Optional[ConsistentHash] = Field(
        default=None, description="Sticky routing on a request header, `{http_header_name}`: "
                                  "`consistentHash.httpHeaderName`.")
    simple: Optional[Literal["round_robin", "random", "least_request", "passthrough"]] = Field(
        default=None, description="round_robin, random, least_request or passthrough (Istio's `simple`; "
                                  "written alone as the `load_balancer` value).")

    @model_validator(mode="after")
    def _one(self):
        kinds = [k for k in ("least_request", "consistent_hash", "simple") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a load_balancer is one of: round_robin, random, least_request, "
                             "{least_request: {choice_count}}, {consistent_hash: {http_header_name}} "
                             f"(got {', '.join(kinds) or 'none'})")
        return self


def _lb_shorthand(value: object) -> object:
    if isinstance(value, str):
        key = value.strip().lower().replace("-", "_")
        if key in ("round_robin", "random", "least_request", "passthrough"):
            return {"simple": key}
        raise ValueError(f"{value!r} is not a load balancer; allowed: round_robin, random, least_request, "
                         "{least_request: {choice_count: 2}}, {consistent_hash: {http_header_name: ...}}")
    return value


LoadBalancerSettings = Annotated[LoadBalancerObject, BeforeValidator(_lb_shorthand)]


class TcpSettings(StrictModel):
    max_connections: Optional[int] = Field(default=None, ge=1, description="The most connections to a host.")
    connect_timeout: Optional[Duration] = Field(default=None, description="The TCP connect timeout, e.g. `10s`.")


class HttpSettings(StrictModel):
    http1_max_pending_requests: Optional[int] = Field(
        default=None, ge=1, description="The most requests queued while waiting for a connection.")
    http2_max_requests: Optional[int] = Field(default=None, ge=1, description="The most active requests to a host.")
    max_requests_per_connection: Optional[int] = Field(
        default=None, ge=0, description="Requests per connection before it is closed (0: no limit).")


class ConnectionPoolSettings(StrictModel):
    tcp: Optional[TcpSettings] = Field(default=None, description="`{max_connections, connect_timeout}`.")
    http: Optional[HttpSettings] = Field(
        default=None, description="`{http1_max_pending_requests, http2_max_requests, max_requests_per_connection}`.")


class OutlierDetection(StrictModel):
    consecutive_errors: Optional[int] = Field(
        default=None, ge=0, description="5xx errors in a row that eject a host (Istio's `consecutive5xxErrors`).")
    interval: Optional[Duration] = Field(default=None, description="The time between ejection sweeps, e.g. `10s`.")
    base_ejection_time: Optional[Duration] = Field(default=None, description="The minimum ejection time, e.g. `30s`.")
    max_ejection_percent: Optional[int] = Field(default=None, ge=0, le=100,
                                                description="The most hosts ejected at once, in percent.")


class TlsSettings(StrictModel):
    mode: Literal["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"] = Field(
        description="DISABLE, SIMPLE, MUTUAL or ISTIO_MUTUAL.")


class TrafficPolicy(StrictModel):
    load_balancer: Optional[LoadBalancerSettings] = Field(
        default=None, description="`round_robin`, `random`, `least_request`, `{least_request: {choice_count: 2}}` "
                                  "or `{consistent_hash: {http_header_name}}`.")
    connection_pool: Optional[ConnectionPoolSettings] = Field(
        default=None, description="Limits of TCP and HTTP connections, `{tcp: {...}, http: {...}}`: "
                                  "`connectionPool`.")
    outlier_detection: Optional[OutlierDetection] = Field(
        default=None, description="The ejection of failing hosts, `{consecutive_errors, interval, "
                                  "base_ejection_time, max_ejection_percent}`: `outlierDetection`.")
    tls: Optional[TlsSettings] = Field(default=None, description="The client TLS mode: `{mode}`.")


class Subset(StrictModel):
    name: DnsLabel = Field(description="The subset's name, which routes name.")
    labels: Labels = Field(min_length=1, description="The pod labels of the subset, e.g. `{version: v1}`.")


class DestinationRuleSpec(StrictModel):
    name: Optional[ResourceName] = Field(default=None, description="Default: the host's short name.")
    namespace: Optional[DnsLabel] = Field(default=None, description="Default: the environment's `namespace`.")
    host: str = Field(min_length=1,
                      description="The Service host the rule applies to (one DestinationRule per host).")
    traffic_policy: Optional[TrafficPolicy] = Field(
        default=None, description="Load balancer, connection pool, outlier detection, TLS.")
    subsets: list[Subset] = Field(
        default_factory=list, description="Named label sets (e.g. `stable` = `{version: v1}`) routes can target.")
    suppress: Suppress = suppress_field()
