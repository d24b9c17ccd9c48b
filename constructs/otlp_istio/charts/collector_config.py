"""The collector's own config (the ConfigMap's ``config.yaml``) and what its pod needs for it.

OTLP (and Zipkin, when Envoy sends Zipkin spans to the collector) in; ``memory_limiter`` and
``batch``; out through ``collector.exporters`` (``debug`` when there are none), each named as
``collector.release`` names its type (``otlp`` or ``otlp_grpc``, ...); the
collector's own metrics on the Prometheus port; a health check for the probes.

Secrets stay out of the config: a header from a Secret is ``${env:VAR}`` with ``VAR`` set
from a ``secretKeyRef``; a TLS Secret is mounted read-only under ``/etc/otelcol/tls/<name>/``
and the TLS settings name its files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..config.collector import Exporter, ExporterType, SecretKey, Signal, env_var, exporter_id
from ..config.models import EnvironmentConfig
from ..yamlio import dump_plain
from .collector_ports import HEALTH, OTLP_GRPC, OTLP_HTTP, ZIPKIN, zipkin_receiver_enabled

TLS_MOUNT = "/etc/otelcol/tls"


@dataclass(frozen=True)
class SecretVolume:
    volume: str  # the pod's volume name
    secret: str
    mount_path: str


@dataclass
class CollectorRender:
    text: str  # config.yaml
    env: list[dict[str, Any]] = field(default_factory=list)  # container env (secretKeyRef), sorted by name
    volumes: list[SecretVolume] = field(default_factory=list)  # Secret volumes, sorted


def _tls(name: str, exporter: Exporter, volumes: list[SecretVolume]) -> dict[str, Any] | None:
    t = exporter.tls
    if t is None:
        return None
    out: dict[str, Any] = {}
    if t.insecure:
        out["insecure"] = True
    if t.insecure_skip_verify:
        out["insecure_skip_verify"] = True
    if t.ca_file:
        out["ca_file"] = t.ca_file
    if t.secret:
        mount = f"{TLS_MOUNT}/{name}"
        volumes.append(SecretVolume(volume=f"tls-{name}", secret=t.secret, mount_path=mount))
        out["ca_file"] = f"{mount}/ca.crt"
        if t.client_certificate:
            out["cert_file"] = f"{mount}/tls.crt"
            out["key_file"] = f"{mount}/tls.key"
    if t.server_name:
        out["server_name_override"] = t.server_name
    return out


def _exporter(name: str, exporter: Exporter, env: list[dict[str, Any]],
              volumes: list[SecretVolume]) -> dict[str, Any]:
    if exporter.type is ExporterType.DEBUG:
        return {"verbosity": exporter.verbosity or "basic"}
    body: dict[str, Any] = {"endpoint": exporter.endpoint}
    tls = _tls(name, exporter, volumes)
    if tls is not None:
        body["tls"] = tls
    if exporter.headers:
        headers = {}
        for header, value in exporter.headers.items():
            if isinstance(value, SecretKey):
                var = env_var(name, header)
                env.append({"name": var, "valueFrom": {"secretKeyRef": {"name": value.secret, "key": value.key}}})
                headers[header] = "${env:" + var + "}"
            else:
                headers[header] = value
        body["headers"] = headers
    if exporter.compression:
        body["compression"] = exporter.compression
    return body


def render_collector_config(config: EnvironmentConfig) -> CollectorRender:
    """The collector config for ``config`` (a user's ``collector.config`` verbatim)."""
    if config.collector.config is not None:
        return CollectorRender(text=dump_plain(config.collector.config))
    receivers: dict[str, Any] = {"otlp": {"protocols": {
        "grpc": {"endpoint": f"0.0.0.0:{OTLP_GRPC}"}, "http": {"endpoint": f"0.0.0.0:{OTLP_HTTP}"}}}}
    trace_receivers = ["otlp"]
    if zipkin_receiver_enabled(config):
        receivers["zipkin"] = {"endpoint": f"0.0.0.0:{ZIPKIN}"}
        trace_receivers.append("zipkin")
    processors = ["memory_limiter", "batch"]
    telemetry: dict[str, Any] = {"metrics": {"level": "none"}}
    if config.prometheus.enabled:
        telemetry = {"metrics": {"level": "detailed", "readers": [{"pull": {"exporter": {"prometheus": {
            "host": "0.0.0.0", "port": config.prometheus.port}}}}]}}

    env: list[dict[str, Any]] = []
    volumes: list[SecretVolume] = []
    exporters: dict[str, Any] = {}
    by_signal: dict[Signal, list[str]] = {s: [] for s in Signal}
    if config.collector.exporters:
        for name, exporter in sorted(config.collector.exporters.items()):
            cid = exporter_id(name, exporter, config.collector.release.value)
            exporters[cid] = _exporter(name, exporter, env, volumes)
            for signal in exporter.sends():
                by_signal[signal].append(cid)
    else:
        exporters["debug"] = {"verbosity": "basic"}
        by_signal = {s: ["debug"] for s in Signal}

    receivers_of = {Signal.TRACES: trace_receivers, Signal.METRICS: ["otlp"], Signal.LOGS: ["otlp"]}
    pipelines = {s.value: {"receivers": receivers_of[s], "processors": processors, "exporters": sorted(ids)}
                 for s, ids in by_signal.items() if ids}
    used = {r for p in pipelines.values() for r in p["receivers"]}
    doc = {
        "receivers": {k: v for k, v in receivers.items() if k in used},
        "processors": {"batch": {}, "memory_limiter": {
            "check_interval": "1s", "limit_percentage": 80, "spike_limit_percentage": 25}},
        "exporters": exporters,
        "extensions": {"health_check": {"endpoint": f"0.0.0.0:{HEALTH}"}},
        "service": {"extensions": ["health_check"], "telemetry": telemetry, "pipelines": pipelines},
    }
    return CollectorRender(text=dump_plain(doc), env=sorted(env, key=lambda e: e["name"]),
                           volumes=sorted(volumes, key=lambda v: v.volume))
