"""The collector's exporters (``collector.exporters``) and the collector release they render for.

Each exporter is one of the OpenTelemetry Collector's own components — ``otlp`` (OTLP over
gRPC), ``otlphttp``, ``zipkin``, ``prometheusremotewrite`` or ``debug`` — with an endpoint,
TLS and headers. Secrets never enter the rendered config: a header or a certificate taken
from a Kubernetes Secret becomes an environment variable (``secretKeyRef``) read as
``${env:VAR}``, or a Secret volume whose files the TLS settings name.
"""

import enum
from typing import Annotated, Optional, Union
from urllib.parse import urlsplit

from pydantic import Field, PlainValidator, model_validator

from .base import StrictModel
from .collector_version import COLLECTOR_VERSION, DEFAULT_RELEASE, RELEASES, component_type, image_of
from . import istio_checks
from .types import DnsLabel, NoPlaceholder

# The image of the default release (collector.release unset): the release the rendered
# Deployments run and the gate's check collector is built from (scripts/otelcol-builder-<release>.yaml;
# a test keeps them equal).
COLLECTOR_IMAGE = image_of(COLLECTOR_VERSION)

# collector.release: the supported releases (config/collector_version.py), closed.
CollectorRelease = enum.Enum("CollectorRelease", {"V" + v.replace(".", "_"): v for v in RELEASES}, type=str)


class ExporterType(str, enum.Enum):
    OTLP = "otlp"  # OTLP over gRPC, endpoint host:port
    OTLPHTTP = "otlphttp"  # OTLP over HTTP, endpoint a base URL
    ZIPKIN = "zipkin"  # Zipkin v2 spans, endpoint the full URL
    PROMETHEUSREMOTEWRITE = "prometheusremotewrite"  # metrics, endpoint the remote-write URL
    DEBUG = "debug"  # the collector's log (no endpoint)


class Signal(str, enum.Enum):
    TRACES = "traces"
    METRICS = "metrics"
    LOGS = "logs"


# What each exporter type can carry; its default signals are all of them.
SIGNALS: dict[ExporterType, tuple[Signal, ...]] = {
    ExporterType.OTLP: (Signal.TRACES, Signal.METRICS, Signal.LOGS),
    ExporterType.OTLPHTTP: (Signal.TRACES, Signal.METRICS, Signal.LOGS),
    ExporterType.ZIPKIN: (Signal.TRACES,),
    ExporterType.PROMETHEUSREMOTEWRITE: (Signal.METRICS,),
    ExporterType.DEBUG: (Signal.TRACES, Signal.METRICS, Signal.LOGS),
}
URL_TYPES = (ExporterType.OTLPHTTP, ExporterType.ZIPKIN, ExporterType.PROMETHEUSREMOTEWRITE)


class SecretKey(StrictModel):
    """One key of a Kubernetes Secret in the collector's namespace."""

    secret: DnsLabel = Field(description="The Secret's name (in the collector's namespace).")
    key: str = Field(min_length=1, pattern=r"^[-._a-zA-Z0-9]+$", description="The key inside the Secret.")


class ExporterTls(StrictModel):
    """TLS towards the backend. ``insecure`` (gRPC only) sends plaintext; otherwise the
    backend's certificate is checked against the system roots, ``ca_file`` (a file in the
    image) or the ``ca.crt`` of ``secret``; ``secret`` (a kubernetes.io/tls Secret, mounted
    read-only) also gives the client certificate ``tls.crt`` / ``tls.key`` for mutual TLS."""

    insecure: bool = Field(default=False, description="gRPC (otlp) only: send plaintext, no TLS.")
    insecure_skip_verify: bool = Field(default=False, description="Do not check the backend's certificate.")
    ca_file: Optional[str] = Field(default=None, pattern=r"^/",
                                   description="A CA bundle inside the collector image (absolute path).")
    secret: Optional[DnsLabel] = Field(default=None, description=(
        "A kubernetes.io/tls Secret mounted at /etc/otelcol/tls/<exporter>/: ca.crt checks the backend, "
        "tls.crt / tls.key are the client certificate."))
    client_certificate: bool = Field(default=True, description="With secret: present tls.crt / tls.key.")
    server_name: Optional[str] = Field(default=None, min_length=1,
                                      description="The name checked in the backend's certificate.")

    @model_validator(mode="after")
    def _consistent(self):
        if self.insecure and (self.ca_file or self.secret or self.insecure_skip_verify or self.server_name):
            raise ValueError("tls.insecure sends plaintext; it cannot be combined with ca_file, secret, "
                             "insecure_skip_verify or server_name")
        if self.ca_file and self.secret:
            raise ValueError(f"tls.ca_file ({self.ca_file}) and tls.secret ({self.secret}) both name the CA; "
                             "keep one (the Secret's ca.crt is used with secret)")
        return self


def _header_value(value: object) -> Union[str, SecretKey]:
    """A header's value is a string or ``{secret, key}``, told apart by its shape, so that a
    wrong value is one problem at the header's own path (a plain union would report one per
    member, under the members' names), and a mistake inside ``{secret, key}`` is placed at
    its key."""
    if isinstance(value, str):
        problem = istio_checks.placeholder(value)
        if problem is not None:
            raise ValueError(f"{problem}, or read it from a Secret: {{secret, key}}")
        return value
    if isinstance(value, SecretKey):
        return value
    if isinstance(value, dict):
        return SecretKey.model_validate(value)  # its errors nest below the header
    allowed = "a string, or {secret, key}: the name of a Secret in the collector's namespace and the key inside it"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"a header value is {allowed}; quote the number, '{value}', to send it as text")
    got = " (got a list)" if isinstance(value, list) else ""
    raise ValueError(f"a header value is {allowed}{got}")


HeaderValue = Annotated[Union[str, SecretKey],
                        PlainValidator(_header_value, json_schema_input_type=Union[str, SecretKey])]


class Exporter(StrictModel):
    """One exporter: ``{type, endpoint, tls?, headers?, signals?}``.

    ``headers`` map a header name to a literal value or ``{secret, key}``; ``signals``
    default to all the type can carry (zipkin: traces; prometheusremotewrite: metrics)."""

    type: ExporterType = Field(description=(
        "otlp (gRPC, endpoint host:port), otlphttp (endpoint a base URL), zipkin (the span URL), "
        "prometheusremotewrite (the remote-write URL, metrics only) or debug (the collector's log)."))
    endpoint: Optional[NoPlaceholder] = Field(default=None, min_length=1,
                                              description="Where the exporter sends; see type.")
    tls: Optional[ExporterTls] = Field(default=None, description="TLS towards the backend.")
    headers: dict[str, HeaderValue] = Field(default_factory=dict, description=(
        "Header name -> a value, or {secret, key}: read from the Secret through an environment variable."))
    signals: Optional[list[Signal]] = Field(default=None, min_length=1, description=(
        "The pipelines that use this exporter (traces, metrics, logs); default: all the type carries."))
    compression: Optional[str] = Field(default=None, pattern=r"^(gzip|zstd|snappy|none)$",
                                       description="gzip, zstd, snappy or none.")
    verbosity: Optional[str] = Field(default=None, pattern=r"^(basic|normal|detailed)$",
                                     description="debug only: basic (default), normal or detailed.")

    @model_validator(mode="after")
    def _shape(self):
        t = self.type
        if t is ExporterType.DEBUG:
            extra = [k for k in ("endpoint", "tls", "compression") if getattr(self, k) is not None]
            if self.headers:
                extra.append("headers")
            if extra:
                raise ValueError(f"a debug exporter writes to the collector's log; it takes no {', '.join(extra)}")
        else:
            if self.endpoint is None:
                raise ValueError(f"{_a(t)} exporter needs an endpoint: {_ENDPOINT_HELP[t]}")
            if self.verbosity is not None:
                raise ValueError("verbosity is a setting of the debug exporter only")
            _check_endpoint(t, self.endpoint, self.tls)
        if self.signals is not None:
            allowed = SIGNALS[t]
            bad = [s.value for s in self.signals if s not in allowed]
            if bad:
                raise ValueError(f"{_a(t)} exporter cannot send {', '.join(bad)}; it sends "
                                 f"{', '.join(s.value for s in allowed)}")
            if len(set(self.signals)) != len(self.signals):
                raise ValueError("signals lists a signal twice")
        for name in self.headers:
            if not name or any(c in name for c in " :\t\n"):
                raise ValueError(f"header name {name!r} is not an HTTP header name")
        return self

    def sends(self) -> tuple[Signal, ...]:
        return tuple(self.signals) if self.signals is not None else SIGNALS[self.type]


def _a(t: ExporterType) -> str:
    return ("an " if t.value[0] in "aeiou" else "a ") + t.value


_ENDPOINT_HELP = {
    ExporterType.OTLP: "host:port such as tempo-distributor.observability:4317",
    ExporterType.OTLPHTTP: "a base URL such as https://otlp.example.com (the exporter appends /v1/traces ...)",
    ExporterType.ZIPKIN: "the full URL such as http://jaeger-collector.observability:9411/api/v2/spans",
    ExporterType.PROMETHEUSREMOTEWRITE: "the remote-write URL such as http://prometheus.monitoring:9090/api/v1/write",
}


def _check_endpoint(t: ExporterType, endpoint: str, tls: Optional[ExporterTls]) -> None:
    if t in URL_TYPES:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"endpoint {endpoint!r} is not an http(s) URL; {_a(t)} exporter takes "
                             f"{_ENDPOINT_HELP[t]}")
        if tls is not None and tls.insecure:
            raise ValueError(f"tls.insecure is for gRPC; {_a(t)} exporter sends plaintext to an http:// "
                             "endpoint and TLS to an https:// one")
        return
    host, sep, port = endpoint.rpartition(":")
    if "://" in endpoint or not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"endpoint {endpoint!r} is not host:port; an otlp (gRPC) exporter takes "
                         f"{_ENDPOINT_HELP[t]}")


def exporter_id(name: str, exporter: Exporter, release: str = DEFAULT_RELEASE) -> str:
    """The component id in the collector config: ``type`` when the name is the type, else
    ``type/name``, with the type as ``release`` names it (``otlp_grpc/tempo`` in 0.165.0)."""
    kind = component_type(exporter.type.value, release)
    return kind if name == exporter.type.value else f"{kind}/{name}"


def env_var(exporter_name: str, header: str) -> str:
    """The environment variable that carries a header from a Secret: ``OTEL_EXPORTER_<NAME>_<HEADER>``."""
    def part(text: str) -> str:
        return "".join(c if c.isalnum() else "_" for c in text.upper())
    return f"OTEL_EXPORTER_{part(exporter_name)}_{part(header)}"
