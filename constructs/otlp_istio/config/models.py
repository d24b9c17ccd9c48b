"""The environment file, as pydantic models. YAML keys are the snake_case field names.

One model per section of the file (TracingConfig, CustomTag, VirtualServiceSpec, ...), each a
:class:`~.base.StrictModel`: unknown keys are refused everywhere, and every field carries its
help text. Cross-field rules that need the whole file (routes to subsets, weights, names) live
in :mod:`otlp_istio.config.crossref`.
"""

import enum
from typing import Annotated, Optional
from urllib.parse import urlsplit

from pydantic import BeforeValidator, Field, field_validator, model_validator

from .base import StrictModel
from .collector import COLLECTOR_IMAGE, CollectorRelease, Exporter
from .collector_version import DEFAULT_RELEASE, image_of
from . import istio_versions
from .ambient import DataPlane, WaypointConfig, WaypointFor  # noqa: F401
# The canary settings live in .canary, security policies in .policies, traffic rules in .traffic
# (all re-exported here).
from .canary import CanaryConfig, CanaryMode, SuccessCriteria  # noqa: F401
from .flows import CollectorClient, OutboundTrafficPolicy, PrometheusLocation  # noqa: F401
from .flux import DependencyRef, FluxConfig, FluxDependency, FluxLayout  # noqa: F401
from .policies import (AuthorizationPolicy, Operation, PeerAuthentication, Rule,  # noqa: F401
                       Source, WorkloadSelector)
from .services import ExternalService, ServiceEntrySpec, Suppress, ValidationConfig  # noqa: F401
from .traffic import (ConnectionPoolSettings, ConsistentHash, Destination, DestinationRuleSpec,  # noqa: F401
                      HttpMatchRequest, HttpRoute, HttpRouteDestination, HttpSettings, LeastRequest,
                      LoadBalancerObject, LoadBalancerSettings, OutlierDetection, RetryConfig, Subset,
                      TcpSettings, TlsSettings, TrafficPolicy, UriMatch, VirtualServiceSpec)
from . import istio_checks
from .types import DnsLabel, Duration, Labels, MtlsMode, NoPlaceholder, ResourceName, RetryOn, checked  # noqa: F401


# ------------------------------------------------------------------ tracing

class LiteralTag(StrictModel):
    value: str = Field(description="The tag's fixed value.")


class EnvironmentTag(StrictModel):
    name: str = Field(min_length=1, description="The proxy's environment variable to read.")
    default_value: Optional[str] = Field(default=None, description="The value when the variable is unset.")


class HeaderTag(StrictModel):
    name: Annotated[str, checked(istio_checks.header_name)] = Field(
        min_length=1, description="The request header to read.")
    default_value: Optional[str] = Field(default=None, description="The value when the header is absent.")


class CustomTag(StrictModel):
    """Exactly one of ``literal``, ``environment`` or ``header``."""

    literal: Optional[LiteralTag] = Field(default=None, description="A fixed value: `{value}`.")
    environment: Optional[EnvironmentTag] = Field(
        default=None, description="From an environment variable of the proxy: `{name, default_value?}`.")
    header: Optional[HeaderTag] = Field(
        default=None, description="From a request header: `{name, default_value?}`.")

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


class TracingConfig(StrictModel):
    enabled: bool = Field(default=True, description="`false`: the Telemetry turns span reporting off "
                                                    "(`disableSpanReporting: true`).")
    sampling_rate: float = Field(
        default=0.01, ge=0.0, le=1.0,
        description="The fraction of requests traced, 0.0 to 1.0 (0.1 = 10 %): the Telemetry's "
                    "`randomSamplingPercentage`, rate × 100 as an exact decimal.")
    zipkin_endpoint: NoPlaceholder = Field(
        default="http://zipkin.istio-system:9411/api/v2/spans",
        description="The trace backend's URL, split into the mesh extension provider's `service`, `port` "
                    "(default 80 / 443 by scheme) and `path`; the host is qualified to "
                    "`[<namespace>/]<FQDN>` as the mesh config wants.")
    custom_tags: dict[str, CustomTag] = Field(
        default_factory=dict,
        description="Span tags, name → `{literal: {value}}`, `{environment: {name, default_value?}}` or "
                    "`{header: {name, default_value?}}`: the Telemetry's `customTags`.")
    provider: TracingProvider = Field(default=TracingProvider.ZIPKIN,
                                      description="The kind of the mesh extension provider: zipkin or opentelemetry.")
    provider_name: Optional[DnsLabel] = Field(
        default=None, description="The name of the extension provider, which the Telemetry selects "
                                  "(default: the provider kind).")
    mesh_config: MeshConfigForm = Field(
        default=MeshConfigForm.HELM_VALUES,
        description="How the mesh config reaches istiod. `helm-values`: a ConfigMap of `meshConfig` values for "
                    "istiod's HelmRelease `valuesFrom`; `configmap`: the `istio` ConfigMap (key `mesh`), merged "
                    "by Flux, never pruned; `external`: your Istio installation manages the mesh config.")
    mesh_values_namespace: Optional[DnsLabel] = Field(
        default=None, description="`helm-values`: the namespace of istiod's HelmRelease, where the values "
                                  "ConfigMap goes (`valuesFrom` reads its own namespace; default: "
                                  "`telemetry_namespace`).")
    max_tag_length: Optional[int] = Field(
        default=None, ge=1, description="The extension provider's `maxTagLength`: the longest span tag value "
                                        "Envoy sends (unset: Istio's default).")
    endpoint_namespace: Optional[DnsLabel] = Field(
        default=None,
        description="The namespace of the trace backend's Service when `zipkin_endpoint` names it by a short "
                    "host (default: `namespace`, with a warning), so the provider's service becomes "
                    "`<host>.<namespace>.svc.cluster.local`; before a ServiceEntry host it renders "
                    "`<namespace>/<host>`.")

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

class MtlsConfig(StrictModel):
    mode: MtlsMode = Field(
        default="PERMISSIVE",
        description="The mode of the PeerAuthentication `default` in `namespace` (no selector): STRICT, "
                    "PERMISSIVE, DISABLE or UNSET, in any case (`Strict` works). Introduce PERMISSIVE first, "
                    "STRICT once every workload has a sidecar.")


class RoutingMode(str, enum.Enum):
    VIRTUAL_SERVICE = "virtual-service"  # the collector's routes as Istio VirtualServices
    GATEWAY_API = "gateway-api"  # as Gateway API HTTPRoutes / GRPCRoutes attached to the collector Service


class TrafficManagementConfig(StrictModel):
    enable_load_balancing: bool = Field(default=True,
                                        description="`false`: DestinationRules render without `loadBalancer`.")
    enable_circuit_breaker: bool = Field(
        default=True, description="`false`: DestinationRules render without `connectionPool` and `outlierDetection`.")
    enable_retry: bool = Field(
        default=True, description="`false`: every route gets `retries: {attempts: 0}` (Istio retries by default, "
                                  "so off is said explicitly).")


# ------------------------------------------------------------------ observability

class PrometheusConfig(StrictModel):
    enabled: bool = Field(default=True, description="Render the Service's `prometheus.io/scrape|port|path` "
                                                    "annotations and its `metrics` port.")
    port: int = Field(default=8888, ge=1, le=65535, description="The collector's own metrics port.")
    path: str = Field(default="/metrics", pattern=r"^/", description="The metrics path.")
    interval: Duration = Field(default="30s", description="The ServiceMonitor's scrape interval.")
    service_monitor: bool = Field(
        default=True, description="Render a ServiceMonitor (Prometheus Operator) selecting `app=<collector_service>`, "
                                  "port `metrics`.")
    location: PrometheusLocation = Field(
        default=PrometheusLocation.OUTSIDE_MESH,
        description="Where the Prometheus that scrapes the collector runs. `outside-mesh`: it has no sidecar and "
                    "scrapes in plaintext (under STRICT mTLS the metrics port is made PERMISSIVE, port-level, for "
                    "it); `in-mesh`: it has a sidecar and Istio's certificate sharing, and scrapes with Istio mTLS "
                    "(the ServiceMonitor uses the certificates in `cert_dir`).")
    namespace: DnsLabel = Field(default="monitoring", description="The namespace Prometheus runs in (`in-mesh`: "
                                                                   "part of its identity).")
    service_account: DnsLabel = Field(default="prometheus", description="Prometheus's service account (`in-mesh`: "
                                                                        "its identity).")
    cert_dir: str = Field(default="/etc/prom-certs", pattern=r"^/",
                          description="`in-mesh`: where Istio's certificate sharing mounts the workload certificates "
                                      "in the Prometheus container (`root-cert.pem`, `cert-chain.pem`, `key.pem`).")
    scrape_policy: bool = Field(
        default=False,
        description="Render an ALLOW AuthorizationPolicy `<collector_service>-scrape` for the scrape (GET `path` on "
                    "`port`, from Prometheus's identity when `in-mesh`) beside your ALLOW policies on the collector, "
                    "which would refuse it otherwise. Rendered only when such a policy exists.")


class AccessLogConfig(StrictModel):
    providers: list[DnsLabel] = Field(
        default_factory=lambda: ["envoy"], min_length=1,
        description="Access-log providers: `envoy` (Istio's built-in) or an extension provider of the mesh config.")
    filter: Optional[str] = Field(
        default=None, description="A CEL expression choosing what is logged, e.g. `response.code >= 400` "
                                  "(`filter.expression`).")


# ------------------------------------------------------------------ collector workload

class Resources(StrictModel):
    cpu_request: str = Field(default="200m", description="The CPU request.")
    memory_request: str = Field(default="256Mi", description="The memory request.")
    cpu_limit: Optional[str] = Field(default=None, description="The CPU limit (none by default).")
    memory_limit: str = Field(default="1Gi", description="The memory limit.")


class CollectorVersion(StrictModel):
    image: Optional[NoPlaceholder] = Field(default=None,
                                           description="The image of this version (default: `collector.image`).")
    replicas: Optional[int] = Field(default=None, ge=0,
                                    description="The replicas of this version (default: `collector.replicas`).")


class CollectorConfig(StrictModel):
    release: CollectorRelease = Field(
        default=CollectorRelease(DEFAULT_RELEASE),
        description="The OpenTelemetry Collector release the rendered config is written for and the gate checks "
                    "it with: the component names it uses (0.165.0: `otlp_grpc`, `otlp_http`, "
                    "`prometheus_remote_write`; no Zipkin exporter) and the default `image`.")
    image: NoPlaceholder = Field(default=COLLECTOR_IMAGE,
                       description="The collector's container image (default: the contrib image of `release`, "
                                   "otel/opentelemetry-collector-contrib:<release>).")
    replicas: int = Field(default=2, ge=0, description="The replicas of each collector Deployment.")
    versions: dict[DnsLabel, CollectorVersion] = Field(
        default_factory=dict,
        description="More versions, version → `{image?, replicas?}`; each renders a Deployment "
                    "`<collector_service>-<version>` (as does every label set a collector DestinationRule subset "
                    "selects; `v1` when neither).")
    restarted_at: Optional[str] = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$",
        description=("RFC 3339 time; a new value rolls the collector pods (pod-template annotation "
                     "kubectl.kubernetes.io/restartedAt), so their sidecars get new certificates. "
                     "`otlp-istio doctor refresh-certs` sets it."))
    resources: Resources = Field(default_factory=Resources, description="CPU and memory requests and limits.")
    zipkin_receiver: Optional[bool] = Field(
        default=None, description="Receive Zipkin spans on port 9411 (default: on when `tracing.zipkin_endpoint` "
                                  "is the collector's own Service).")
    exporters: dict[DnsLabel, Exporter] = Field(default_factory=dict, description=(
        "Where the collector sends telemetry: name -> exporter (component id type/name). None: debug."))
    clients: list[CollectorClient] = Field(
        default_factory=list,
        description="The applications that send OTLP to the collector, `[{namespace, service_account?, in_mesh?}]`: "
                    "the flows the gate follows start there (none: from any workload of the mesh).")
    config: Optional[dict] = Field(
        default=None, description="The collector's own config, replacing the rendered one (OTLP in, "
                                  "`exporters` out); not with `exporters`.")

    @model_validator(mode="before")
    @classmethod
    def _image_of_release(cls, data):
        """Without ``image``, the declared release's image (a release not supported is refused by
        its own field)."""
        if isinstance(data, dict) and "image" not in data:
            release = data.get("release")
            if isinstance(release, str) and release in {r.value for r in CollectorRelease}:
                return {**data, "image": image_of(release)}
        return data

    @model_validator(mode="after")
    def _config_or_exporters(self):
        if self.config is not None and self.exporters:
            raise ValueError("collector.config replaces the whole collector config, so collector.exporters "
                             f"({', '.join(sorted(self.exporters))}) would be ignored; put the exporters "
                             "into collector.config, or drop collector.config")
        return self


# ------------------------------------------------------------------ the file

class NamespaceOwner(str, enum.Enum):
    OTLP_ISTIO = "otlp-istio"  # rendered, never pruned by Flux (unless prune_namespace)
    EXTERNAL = "external"  # owned elsewhere: not rendered


class EnvironmentConfig(StrictModel):
    """One environment: the mesh settings, the collector and its traffic rules, and how Flux applies them."""

    istio_version: Annotated[str, BeforeValidator(istio_versions.check)] = Field(
        description=f"The Istio release of the cluster ({istio_versions.SUPPORTED}); decides the API versions rendered.")
    collector_service: DnsLabel = Field(
        description="The collector's name: its Service, ConfigMap `<name>-config`, Deployments `<name>-<version>`, "
                    "ServiceMonitor.")
    namespace: DnsLabel = Field(
        description="The collector's namespace, rendered with `istio-injection: enabled` (ambient: "
                    "`istio.io/dataplane-mode: ambient` and `istio.io/use-waypoint`); every namespaced object "
                    "goes here unless it says otherwise.")
    data_plane: DataPlane = Field(
        default=DataPlane.SIDECAR,
        description="Istio's data plane for the collector's namespace: `sidecar` (an Envoy in every pod) or "
                    "`ambient` (ztunnel on every node and a waypoint for L7: spans, L7 policies, request "
                    "metrics; Istio 1.24 and later).")
    waypoint: WaypointConfig = Field(
        default_factory=WaypointConfig,
        description="`data_plane: ambient`: the waypoint Gateway of the collector's namespace, `{name, for}`.")
    namespace_owner: NamespaceOwner = Field(
        default=NamespaceOwner.OTLP_ISTIO,
        description="Who owns `namespace`. otlp-istio (default): a Namespace is rendered, labelled "
                    "`istio-injection: enabled` and annotated `kustomize.toolkit.fluxcd.io/prune: disabled`, so Flux "
                    "never deletes it (nor what other tools run in it). external: the namespace is another team's or "
                    "tool's; no Namespace is rendered, and it must exist, with sidecar injection enabled, before Flux "
                    "applies the environment.")
    prune_namespace: bool = Field(
        default=False,
        description="With namespace_owner otlp-istio: let Flux delete the Namespace, and everything in it, when it "
                    "leaves the repository (`retire`); for short-lived environments whose namespace holds nothing "
                    "else.")
    telemetry_namespace: DnsLabel = Field(
        default="istio-system",
        description="Where the mesh-wide Telemetry and the mesh config go: Istio's root namespace.")
    tracing: TracingConfig = Field(
        default_factory=TracingConfig,
        description="Mesh-wide tracing: the extension provider and the Telemetry's sampling and custom tags.")
    mtls: MtlsConfig = Field(default_factory=MtlsConfig,
                             description="The namespace-wide PeerAuthentication `default`.")
    traffic_management: TrafficManagementConfig = Field(
        default_factory=TrafficManagementConfig,
        description="Switches that turn parts of the DestinationRules and VirtualServices on or off.")
    routing: RoutingMode = Field(
        default=RoutingMode.VIRTUAL_SERVICE,
        description="How the collector's routes render. `virtual-service`: as VirtualServices. `gateway-api` "
                    "(Istio 1.22+, sidecars or ambient): the VirtualService of the collector host becomes Gateway "
                    "API routes attached to the collector Service (HTTPRoute, GRPCRoute for the OTLP/gRPC port "
                    "where it can say the rules), each version behind its own Service `<collector>-<version>`; "
                    "what the Gateway API cannot say is refused.")
    virtual_services: list[VirtualServiceSpec] = Field(
        default_factory=list, description="VirtualServices to render (routes, timeouts, retries).")
    destination_rules: list[DestinationRuleSpec] = Field(
        default_factory=list,
        description="DestinationRules to render (load balancing, connection pool, outlier detection, subsets).")
    peer_authentications: list[PeerAuthentication] = Field(
        default_factory=list, description="More PeerAuthentications (per namespace or per workload).")
    authorization_policies: list[AuthorizationPolicy] = Field(
        default_factory=list, description="AuthorizationPolicies to render.")
    prometheus: PrometheusConfig = Field(
        default_factory=PrometheusConfig,
        description="Prometheus scraping of the collector: Service annotations and a ServiceMonitor.")
    access_logs: Optional[AccessLogConfig] = Field(
        default=None, description="Access logging in the mesh-wide Telemetry (`accessLogging`: providers and a "
                                  "CEL filter).")
    canary: Optional[CanaryConfig] = Field(
        default=None, description="Progressive delivery of the collector from a baseline to a canary version.")
    collector: CollectorConfig = Field(
        default_factory=CollectorConfig,
        description="The collector workload: image, replicas, versions, resources, exporters, its own config.")
    flux: Optional[FluxConfig] = Field(
        default=None, description="How a cluster's Flux applies this environment: Kustomizations (and a "
                                  "GitRepository with `url`), in the layout publish writes; absent: no Flux objects.")
    external_services: list[ExternalService] = Field(
        default_factory=list, description="Services that exist in the cluster but are not rendered here; the "
                                          "whole-file rules and the validation gate treat them as existing.")
    existing_namespaces: list[DnsLabel] = Field(default_factory=list, description=(
        "Namespaces that exist in the cluster though this file renders no Namespace for them (the "
        "teams' own, `monitoring`, ...): the gate knows them, so a policy naming one is no finding."))
    service_entries: list[ServiceEntrySpec] = Field(
        default_factory=list, description="Hosts outside the mesh, rendered as ServiceEntries.")
    outbound_traffic_policy: Optional[OutboundTrafficPolicy] = Field(
        default=None,
        description="The mesh's `outboundTrafficPolicy.mode` as your Istio installation sets it (not rendered): with "
                    "REGISTRY_ONLY, an exporter's backend outside the mesh needs a ServiceEntry. Default: what the "
                    "rendered mesh config says, else Istio's ALLOW_ANY.")
    validation: ValidationConfig = Field(
        default_factory=ValidationConfig,
        description="Findings of the validation gate accepted on purpose (still reported, as suppressed).")
    extends: Optional[str] = Field(  # resolved by the loader
        default=None, description="A base file (e.g. `_base.yaml`, relative to this one) merged under this file: "
                                  "mappings key by key, lists of named things entry by entry (`$patch: delete` / "
                                  "`replace`), other lists and scalars replaced; bases may extend bases, cycles "
                                  "are refused.")


