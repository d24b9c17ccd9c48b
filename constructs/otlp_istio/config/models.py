"""The environment file, as pydantic models. YAML keys are the snake_case field names.

One model per type of the original API (IstioConfig, TracingConfig, CustomTag, ...).
Unknown keys are refused everywhere. Cross-field rules that need the whole file
(routes to subsets, weights, names) live in :mod:`otlp_istio.config.crossref`.
"""

import enum
from typing import Annotated, Literal, Optional, Union
from urllib.parse import urlsplit

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, field_validator,
                      model_validator)

from .collector import COLLECTOR_IMAGE, Exporter
from . import istio_versions
# The canary settings live in .canary, security policies in .policies (both re-exported here).
from .canary import CanaryConfig, CanaryMode, SuccessCriteria  # noqa: F401
from .flux import DependencyRef, FluxConfig, FluxDependency, FluxLayout  # noqa: F401
from .policies import (AuthorizationPolicy, Operation, PeerAuthentication, Rule,  # noqa: F401
                       Source, WorkloadSelector)
from .services import ExternalService, ServiceEntrySpec, Suppress, ValidationConfig
from .types import DnsLabel, Duration, Labels, MtlsMode, ResourceName, RetryOn  # noqa: F401


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# ------------------------------------------------------------------ tracing

class LiteralTag(Model):
    value: str


class EnvironmentTag(Model):
    name: str = Field(min_length=1)
    default_value: Optional[str] = None


class HeaderTag(Model):
    name: str = Field(min_length=1)
    default_value: Optional[str] = None


class CustomTag(Model):
    """Exactly one of ``literal``, ``environment`` or ``header``."""

    literal: Optional[LiteralTag] = None
    environment: Optional[EnvironmentTag] = None
    header: Optional[HeaderTag] = None

    @model_validator(mode="after")
    def _exactly_one(self):
        kinds = [k for k in ("literal", "environment", "header") if getattr(self, k) is not None]
        if len(kinds) != 1:
            got = ", ".join(kinds) if kinds else "none"
            raise ValueError(f"a custom tag has exactly one kind: literal, environment or header (got {got})")
        return self


class TracingProvider(str, enum.Enum):
    ZIPKIN = "zipkin"
    OPENTELEMETRY = "opentelemetry"


class MeshConfigForm(str, enum.Enum):
    HELM_VALUES = "helm-values"  # a values ConfigMap for istiod's HelmRelease `valuesFrom` (meshConfig.*)
    CONFIGMAP = "configmap"  # the `istio` ConfigMap (key `mesh`), applied with Flux's SSA merge, never pruned
    EXTERNAL = "external"  # the mesh config is managed elsewhere (Helm / IstioOperator)


class TracingConfig(Model):
    enabled: bool = True
    sampling_rate: float = Field(default=0.01, ge=0.0, le=1.0)
    zipkin_endpoint: str = "http://zipkin.istio-system:9411/api/v2/spans"
    custom_tags: dict[str, CustomTag] = Field(default_factory=dict)
    provider: TracingProvider = TracingProvider.ZIPKIN
    provider_name: Optional[DnsLabel] = None  # extension provider name; default: the provider kind
    mesh_config: MeshConfigForm = MeshConfigForm.HELM_VALUES
    # helm-values: the namespace of istiod's HelmRelease (valuesFrom reads its own namespace); telemetry_namespace
    mesh_values_namespace: Optional[DnsLabel] = None
    max_tag_length: Optional[int] = Field(default=None, ge=1)
    # the namespace of zipkin_endpoint's Service when its host is a short name (default: `namespace`),
    # or of a ServiceEntry host (rendered `<namespace>/<host>`)
    endpoint_namespace: Optional[DnsLabel] = None

    @property
    def effective_provider_name(self) -> str:
        """The extension provider's name in the rendered mesh config, which the Telemetry selects."""
        return self.provider_name or self.provider.value

    @field_validator("zipkin_endpoint")
    @classmethod
    def _endpoint(cls, v: str) -> str:
        parts = urlsplit(v)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{v!r} is not an http(s) URL such as http://jaeger-collector.observability:9411/api/v2/spans")
        try:
            parts.port
        except ValueError:
            raise ValueError(f"{v!r} has an invalid port") from None
        return v

    @field_validator("custom_tags")
    @classmethod
    def _tag_names(cls, v: dict[str, CustomTag]) -> dict[str, CustomTag]:
        for name in v:
            if not name:
                raise ValueError("a custom tag needs a non-empty name")
        return v


# ------------------------------------------------------------------ mTLS

class MtlsConfig(Model):
    mode: MtlsMode = "PERMISSIVE"


class TrafficManagementConfig(Model):
    enable_load_balancing: bool = True
    enable_circuit_breaker: bool = True
    enable_retry: bool = True


# ------------------------------------------------------------------ VirtualService

class UriMatch(Model):
    """Exactly one of ``prefix``, ``exact`` or ``regex``."""

    prefix: Optional[str] = None
    exact: Optional[str] = None
    regex: Optional[str] = None

    @model_validator(mode="after")
    def _one(self):
        kinds = [k for k in ("prefix", "exact", "regex") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError(f"a uri match has exactly one of prefix, exact or regex (got {', '.join(kinds) or 'none'})")
        return self


class HttpMatchRequest(Model):
    uri: UriMatch


class Destination(Model):
    host: str = Field(min_length=1)
    subset: Optional[DnsLabel] = None
    port: Optional[int] = Field(default=None, ge=1, le=65535)


class HttpRouteDestination(Model):
    destination: Destination
    weight: Optional[int] = Field(default=None, ge=0, le=100)


class RetryConfig(Model):
    attempts: int = Field(ge=0)
    per_try_timeout: Optional[Duration] = None
    retry_on: Optional[RetryOn] = None


class HttpRoute(Model):
    name: Optional[str] = None
    match_rules: list[HttpMatchRequest] = Field(default_factory=list)
    route: list[HttpRouteDestination] = Field(min_length=1)
    timeout: Optional[Duration] = None
    retries: Optional[RetryConfig] = None


class VirtualServiceSpec(Model):
    name: Optional[ResourceName] = None
    namespace: Optional[DnsLabel] = None
    hosts: list[str] = Field(min_length=1)
    http: list[HttpRoute] = Field(min_length=1)
    suppress: Suppress = Field(default_factory=list)


# ------------------------------------------------------------------ DestinationRule

class LeastRequest(Model):
    choice_count: int = Field(default=2, ge=2)


class ConsistentHash(Model):
    http_header_name: str = Field(min_length=1)


class LoadBalancerObject(Model):
    """``{least_request: {...}}`` or ``{consistent_hash: {...}}`` (or ``{simple: ...}``)."""

    least_request: Optional[LeastRequest] = None
    consistent_hash: Optional[ConsistentHash] = None
    simple: Optional[Literal["round_robin", "random", "least_request", "passthrough"]] = None

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


class TcpSettings(Model):
    max_connections: Optional[int] = Field(default=None, ge=1)
    connect_timeout: Optional[Duration] = None


class HttpSettings(Model):
    http1_max_pending_requests: Optional[int] = Field(default=None, ge=1)
    http2_max_requests: Optional[int] = Field(default=None, ge=1)
    max_requests_per_connection: Optional[int] = Field(default=None, ge=0)


class ConnectionPoolSettings(Model):
    tcp: Optional[TcpSettings] = None
    http: Optional[HttpSettings] = None


class OutlierDetection(Model):
    consecutive_errors: Optional[int] = Field(default=None, ge=0)
    interval: Optional[Duration] = None
    base_ejection_time: Optional[Duration] = None
    max_ejection_percent: Optional[int] = Field(default=None, ge=0, le=100)


class TlsSettings(Model):
    mode: Literal["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"]


class TrafficPolicy(Model):
    load_balancer: Optional[LoadBalancerSettings] = None
    connection_pool: Optional[ConnectionPoolSettings] = None
    outlier_detection: Optional[OutlierDetection] = None
    tls: Optional[TlsSettings] = None


class Subset(Model):
    name: DnsLabel
    labels: Labels = Field(min_length=1)


class DestinationRuleSpec(Model):
    name: Optional[ResourceName] = None
    namespace: Optional[DnsLabel] = None
    host: str = Field(min_length=1)
    traffic_policy: Optional[TrafficPolicy] = None
    subsets: list[Subset] = Field(default_factory=list)
    suppress: Suppress = Field(default_factory=list)


# ------------------------------------------------------------------ observability

class PrometheusConfig(Model):
    enabled: bool = True
    port: int = Field(default=8888, ge=1, le=65535)
    path: str = Field(default="/metrics", pattern=r"^/")
    interval: Duration = "30s"
    service_monitor: bool = True


class AccessLogConfig(Model):
    providers: list[DnsLabel] = Field(default_factory=lambda: ["envoy"], min_length=1)
    filter: Optional[str] = None


# ------------------------------------------------------------------ collector workload

class Resources(Model):
    cpu_request: str = "200m"
    memory_request: str = "256Mi"
    cpu_limit: Optional[str] = None
    memory_limit: str = "1Gi"


class CollectorVersion(Model):
    image: Optional[str] = None
    replicas: Optional[int] = Field(default=None, ge=0)


class CollectorConfig(Model):
    image: str = COLLECTOR_IMAGE  # the release the gate's collector check is built from
    replicas: int = Field(default=2, ge=0)
    versions: dict[DnsLabel, CollectorVersion] = Field(default_factory=dict)
    # RFC 3339 time rendered as the pod-template annotation kubectl.kubernetes.io/restartedAt: a new
    # value rolls the collector pods (new sidecar certificates); `otlp-istio doctor refresh-certs` sets it
    restarted_at: Optional[str] = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$",
        description=("RFC 3339 time; a new value rolls the collector pods (pod-template annotation "
                     "kubectl.kubernetes.io/restartedAt), so their sidecars get new certificates. "
                     "`otlp-istio doctor refresh-certs` sets it."))
    resources: Resources = Field(default_factory=Resources)
    zipkin_receiver: Optional[bool] = None  # default: on when tracing sends to the collector
    exporters: dict[DnsLabel, Exporter] = Field(default_factory=dict, description=(
        "Where the collector sends telemetry: name -> exporter (component id type/name). None: debug."))
    config: Optional[dict] = None  # the collector's own config; default: OTLP in, exporters out

    @model_validator(mode="after")
    def _config_or_exporters(self):
        if self.config is not None and self.exporters:
            raise ValueError("collector.config replaces the whole collector config, so collector.exporters "
                             f"({', '.join(sorted(self.exporters))}) would be ignored; put the exporters "
                             "into collector.config, or drop collector.config")
        return self


# ------------------------------------------------------------------ the file

class EnvironmentConfig(Model):
    """IstioConfig of the seed, plus everything the seed's operations configure."""

    istio_version: Annotated[str, BeforeValidator(istio_versions.check)] = Field(
        description=f"The Istio release of the cluster ({istio_versions.SUPPORTED}); decides the API versions rendered.")
    collector_service: DnsLabel
    namespace: DnsLabel
    telemetry_namespace: DnsLabel = "istio-system"
    tracing: TracingConfig = Field(default_factory=TracingConfig)
    mtls: MtlsConfig = Field(default_factory=MtlsConfig)
    traffic_management: TrafficManagementConfig = Field(default_factory=TrafficManagementConfig)
    virtual_services: list[VirtualServiceSpec] = Field(default_factory=list)
    destination_rules: list[DestinationRuleSpec] = Field(default_factory=list)
    peer_authentications: list[PeerAuthentication] = Field(default_factory=list)
    authorization_policies: list[AuthorizationPolicy] = Field(default_factory=list)
    prometheus: PrometheusConfig = Field(default_factory=PrometheusConfig)
    access_logs: Optional[AccessLogConfig] = None
    canary: Optional[CanaryConfig] = None
    collector: CollectorConfig = Field(default_factory=CollectorConfig)
    flux: Optional[FluxConfig] = None
    external_services: list[ExternalService] = Field(default_factory=list)
    existing_namespaces: list[DnsLabel] = Field(default_factory=list, description=(
        "Namespaces that exist in the cluster though this file renders no Namespace for them (the "
        "teams' own, `monitoring`, ...): the gate knows them, so a policy naming one is no finding."))
    service_entries: list[ServiceEntrySpec] = Field(default_factory=list)
    validation: ValidationConfig = Field(default_factory=ValidationConfig)
    extends: Optional[str] = None  # a base file (``_name.yaml``) this one overrides; resolved by the loader


CustomTagKind = Union[LiteralTag, EnvironmentTag, HeaderTag]
