"""The mesh config the environment renders: ``enableTracing`` and the tracing provider as an
``extensionProviders`` entry, as YAML text for istiod's ``istio`` ConfigMap (key ``mesh``) or
as istiod chart values (``meshConfig.*``) for a HelmRelease's ``valuesFrom``.

The Telemetry (:mod:`.telemetry`) names the provider this config declares; the charts put the
text into the ConfigMap of the form ``tracing.mesh_config`` asks for (``charts/telemetry.py``)
and its checksum on the collector's pod template.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..config import istio_versions
from ..config.derived import tracing_service
from ..config.models import EnvironmentConfig
from ..config.prerequisites import MESH_VALUES_CONFIGMAP, MESH_VALUES_KEY  # noqa: F401  (re-exported)
from ..yamlio import dump_plain

MESH_CONFIGMAP = "istio"
MESH_CONFIG_KEY = "mesh"


def provider_name(config: EnvironmentConfig) -> str:
    return config.tracing.effective_provider_name


def extension_provider(config: EnvironmentConfig) -> dict[str, Any]:
    """MeshConfig ``extensionProviders`` entry for ``tracing.zipkin_endpoint`` (Istio 1.22+ form).

    The URL splits into service host, port and path: ``http://jaeger:9411`` gives
    ``{service: jaeger.<namespace>.svc.cluster.local, port: 9411}`` (the host qualified by
    ``config.derived.tracing_service``); a path other than Zipkin's default (``/api/v2/spans``)
    is kept.
    """
    url = urlsplit(config.tracing.zipkin_endpoint)
    port = url.port or (443 if url.scheme == "https" else 80)
    name = provider_name(config)
    service = tracing_service(config)[0]  # [<namespace>/]<FQDN>, as MeshConfig wants it
    version = istio_versions.parse(config.istio_version)
    if config.tracing.provider.value == "zipkin":
        body: dict[str, Any] = {"service": service, "port": port}
        # Before 1.24 Istio has no zipkin `path` (it always posts to /api/v2/spans): left out.
        if url.path and url.path != "/" and istio_versions.knows("zipkin.path", version):
            body["path"] = url.path
        if config.tracing.max_tag_length:
            body["maxTagLength"] = config.tracing.max_tag_length
        return {"name": name, "zipkin": body}
    body = {"service": service, "port": port}
    if url.path and url.path != "/":
        body["http"] = {"path": url.path}
    if config.tracing.max_tag_length:
        body["maxTagLength"] = config.tracing.max_tag_length
    return {"name": name, "opentelemetry": body}


def mesh_fields(config: EnvironmentConfig) -> dict[str, Any]:
    return {"enableTracing": config.tracing.enabled, "extensionProviders": [extension_provider(config)]}


def mesh_config(config: EnvironmentConfig) -> str:
    """The ``mesh`` key of the ``istio`` ConfigMap."""
    return dump_plain(mesh_fields(config))


def mesh_values(config: EnvironmentConfig) -> str:
    """istiod chart values (``meshConfig.*``) for a HelmRelease ``valuesFrom``."""
    return dump_plain({"meshConfig": mesh_fields(config)})
