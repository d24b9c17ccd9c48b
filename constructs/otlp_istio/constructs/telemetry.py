"""Telemetry: mesh-wide tracing (provider, sampling, custom tags) and access logging."""
from __future__ import annotations

from typing import Optional

from imports.io.istio import telemetry as tel

from ..config import models
from ..config.derived import sampling_percentage
from .base import MANAGED_BY, Construct, Metadata, crd_resource


def _custom_tag(tag: models.CustomTag) -> tel.TelemetrySpecTracingCustomTags:
    if tag.literal is not None:
        return tel.TelemetrySpecTracingCustomTags(literal=tel.TelemetrySpecTracingCustomTagsLiteral(value=tag.literal.value))
    if tag.environment is not None:
        return tel.TelemetrySpecTracingCustomTags(environment=tel.TelemetrySpecTracingCustomTagsEnvironment(
            name=tag.environment.name, default_value=tag.environment.default_value))
    return tel.TelemetrySpecTracingCustomTags(header=tel.TelemetrySpecTracingCustomTagsHeader(
        name=tag.header.name, default_value=tag.header.default_value))


class MeshTelemetry(Construct):
    """One ``telemetry.istio.io/v1`` Telemetry without selector.

    In the root namespace (istio-system) it is the mesh-wide default. Tracing and
    access logging share one resource on purpose: several selector-less Telemetry
    resources in one namespace conflict.
    """

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str,
                 tracing: Optional[models.TracingConfig], provider_name: Optional[str],
                 access_logs: Optional[models.AccessLogConfig]):
        super().__init__(scope, id)
        tracing_rules = None
        if tracing is not None:
            if tracing.enabled:
                rule = tel.TelemetrySpecTracing(
                    providers=[tel.TelemetrySpecTracingProviders(name=provider_name)],
                    random_sampling_percentage=sampling_percentage(tracing.sampling_rate),
                    custom_tags={k: _custom_tag(v) for k, v in sorted(tracing.custom_tags.items())} or None)
            else:
                rule = tel.TelemetrySpecTracing(disable_span_reporting=True)
            tracing_rules = [rule]
        logging = None
        if access_logs is not None:
            logging = [tel.TelemetrySpecAccessLogging(
                providers=[tel.TelemetrySpecAccessLoggingProviders(name=p) for p in access_logs.providers],
                filter=tel.TelemetrySpecAccessLoggingFilter(expression=access_logs.filter) if access_logs.filter else None)]
        self.resource = crd_resource(
            self, tel.Telemetry, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=tel.TelemetrySpec(tracing=tracing_rules, access_logging=logging))
