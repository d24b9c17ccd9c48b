"""The OpenTelemetry Collector releases rendered configs are written for (``collector.release``).

A module of its own, so the gate (``validate/otelcol.py``) and the build script name them
without importing the models. Each release has a check collector built from
``scripts/otelcol-builder-<release>.yaml`` (``scripts/tools.sh otelcol``; a test keeps the
manifests and this table equal).

What differs between them in a rendered config:

* the component types of the exporters: ``otlp`` and ``otlphttp`` up to 0.143, then
  ``otlp_grpc`` and ``otlp_http``; ``prometheusremotewrite``, then ``prometheus_remote_write``
  (contrib 0.154); the old names still load but log a deprecation warning;
* the Zipkin exporter: none in 0.165.0. OpenTelemetry deprecated the Zipkin exporters in favour
  of OTLP (which Zipkin-compatible backends accept), and the Go module proxy serves the contrib
  Zipkin exporter only up to 0.150.0, so the gate has no 0.165.0 one to check a config with.

The environment file keeps its own words (``type: otlp`` / ``otlphttp``) in every release.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Release:
    version: str
    renamed: dict[str, str] = field(default_factory=dict)  # exporter type -> its component type here
    zipkin_exporter: bool = True


# lower snake case names: the OTLP exporters since collector 0.144.0, prometheusremotewrite since 0.154.0
_SNAKE_CASE = {"otlp": "otlp_grpc", "otlphttp": "otlp_http", "prometheusremotewrite": "prometheus_remote_write"}

RELEASES: dict[str, Release] = {r.version: r for r in (
    Release("0.115.0"),
    Release("0.165.0", renamed=_SNAKE_CASE, zipkin_exporter=False),
)}
DEFAULT_RELEASE = "0.115.0"  # what an environment file without collector.release renders for
NEWEST_RELEASE = max(RELEASES, key=lambda v: tuple(int(p) for p in v.split(".")))
COLLECTOR_VERSION = DEFAULT_RELEASE  # the default release (the image tag of collector.image's default)


def image_of(release: str) -> str:
    """The contrib distribution's image of ``release``."""
    return f"otel/opentelemetry-collector-contrib:{release}"


def component_type(exporter_type: str, release: str) -> str:
    """The component type ``release`` knows an exporter type by (``otlp`` → ``otlp_grpc`` ...)."""
    return RELEASES[release].renamed.get(exporter_type, exporter_type)
