"""The mesh config the analyzers read: the root namespace, extension providers, default
providers, the ingress controller mode and service, as istioctl reads it.

Where it comes from, first found wins: ``analyze --meshConfigFile FILE`` (a MeshConfig in
YAML, as istioctl takes it), else the mesh config among the analyzed documents
(:func:`find`, the one reading of it that doctor's checks share), else Istio's defaults (root
namespace ``istio-system``, no extension providers).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..config.prerequisites import MESH_VALUES_CONFIGMAP, MESH_VALUES_KEY
from ..errors import UserError
from ..yamlio import safe_load
from .resources import DEFAULT_ROOT_NAMESPACE, Resource, as_dict, as_list, text


@dataclass(frozen=True)
class MeshConfig:
    root_namespace: str = DEFAULT_ROOT_NAMESPACE
    extension_providers: dict[str, str] = field(default_factory=dict)  # name -> kind (zipkin, opentelemetry, ...)
    default_access_logging: tuple[str, ...] = ()
    proxy_metadata: dict[str, str] = field(default_factory=dict)  # defaultConfig.proxyMetadata
    ingress_controller_mode: str = "STRICT"  # ingressControllerMode (OFF, DEFAULT, STRICT)
    ingress_service: str = "istio-ingressgateway"  # ingressService
    image_type: str = ""  # defaultConfig.image.imageType
    trust_domain: str = "cluster.local"  # trustDomain: the first part of every SPIFFE identity
    outbound_policy: str = ""  # outboundTrafficPolicy.mode (ALLOW_ANY, REGISTRY_ONLY), when the file sets it
    source: str = "Istio's defaults"
    declared: bool = False  # read from a file or a ConfigMap (not Istio's defaults)

    @classmethod
    def parse(cls, data: Any, source: str) -> "MeshConfig":
        data = as_dict(data)
        providers: dict[str, str] = {}
        for p in as_list(data.get("extensionProviders")):
            p = as_dict(p)
            kinds = [k for k in p if k != "name"]
            if p.get("name"):
                providers[text(p["name"])] = kinds[0] if kinds else ""
        defaults = as_dict(data.get("defaultProviders"))
        root = data.get("rootNamespace")
        mode, service = data.get("ingressControllerMode"), data.get("ingressService")
        return cls(root_namespace=text(root) if isinstance(root, str) and root else DEFAULT_ROOT_NAMESPACE,
                   extension_providers=providers,
                   default_access_logging=tuple(text(x) for x in as_list(defaults.get("accessLogging"))),
                   proxy_metadata={str(k): text(v) for k, v in
                                   as_dict(as_dict(data.get("defaultConfig")).get("proxyMetadata")).items()},
                   # unquoted OFF is YAML's false
                   ingress_controller_mode="OFF" if mode is False else text(mode).upper() if mode else "STRICT",
                   ingress_service=text(service) if isinstance(service, str) and service else "istio-ingressgateway",
                   image_type=text(as_dict(as_dict(data.get("defaultConfig")).get("image")).get("imageType")),
                   trust_domain=text(data.get("trustDomain")) or "cluster.local",
                   outbound_policy=text(as_dict(data.get("outboundTrafficPolicy")).get("mode")).upper(),
                   source=source, declared=True)


MESH_KEY = "mesh"  # the istio ConfigMap's key istiod reads
# tracing.mesh_config: helm-values: the ConfigMap for istiod's HelmRelease
VALUES_CONFIGMAP, VALUES_KEY = MESH_VALUES_CONFIGMAP, MESH_VALUES_KEY


@dataclass(frozen=True)
class Found:
    """The mesh config's document among the manifests, as written."""

    resource: Resource | None  # None: not among the manifests
    data: dict = field(default_factory=dict)  # the MeshConfig mapping
    error: str | None = None  # why the document's mesh config cannot be read
    key: str = MESH_KEY


def find(configmaps: Iterable[Resource], root_namespace: str = DEFAULT_ROOT_NAMESPACE) -> Found:
    """The mesh config among the manifests, first found wins: the ``mesh`` key of ConfigMap
    ``istio`` (or ``istio-<revision>``) in the root namespace or ``istio-system`` (the form
    ``tracing.mesh_config: configmap`` renders), else the ``meshConfig`` of the values ConfigMap
    ``otlp-istio-mesh-values`` (``tracing.mesh_config: helm-values``, the default form)."""
    configmaps = sorted(configmaps, key=lambda r: r.name)
    for cm in configmaps:
        if cm.namespace != root_namespace and cm.namespace != DEFAULT_ROOT_NAMESPACE:
            continue
        if not (cm.name == "istio" or cm.name.startswith("istio-")):
            continue
        raw = as_dict(cm.data.get("data")).get(MESH_KEY)
        if not isinstance(raw, str):
            continue
        try:
            parsed = safe_load(raw)
        except yaml.YAMLError as exc:
            return Found(cm, {}, f"its mesh key is not valid YAML: {exc}")
        return Found(cm, as_dict(parsed))
    for cm in configmaps:
        raw = as_dict(cm.data.get("data")).get(VALUES_KEY)
        if cm.name != VALUES_CONFIGMAP or not isinstance(raw, str):
            continue
        try:
            parsed = safe_load(raw)
        except yaml.YAMLError as exc:
            return Found(cm, {}, f"its values.yaml key is not valid YAML: {exc}", VALUES_KEY)
        return Found(cm, as_dict(as_dict(parsed).get("meshConfig")), key=VALUES_KEY)
    return Found(None)


def from_configmaps(configmaps: Iterable[Resource]) -> MeshConfig | None:
    """The analyzer's reading of :func:`find`'s mesh config, if there is one that reads."""
    found = find(configmaps)
    if found.resource is None or found.error is not None:
        return None
    where = "key mesh" if found.key == MESH_KEY else "key values.yaml, meshConfig"
    return MeshConfig.parse(found.data, f"{found.resource.label} ({where})")


def load_file(path: str | Path) -> MeshConfig:
    """``--meshConfigFile``: a MeshConfig document; a clear error (exit 2) when it is not one."""
    p = Path(path)
    try:
        data = safe_load(p.read_text())
    except OSError as exc:
        raise UserError(f"--meshConfigFile {path}: cannot read it ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise UserError(f"--meshConfigFile {path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise UserError(f"--meshConfigFile {path}: a mesh config is a YAML mapping (rootNamespace, "
                        f"extensionProviders, ...), not a {type(data).__name__}")
    if "mesh" in as_dict(data.get("data")) and data.get("kind") == "ConfigMap":
        try:
            data = as_dict(safe_load(data["data"]["mesh"]))
        except yaml.YAMLError as exc:
            raise UserError(f"--meshConfigFile {path}: its data.mesh is not valid YAML "
                            f"({str(exc).splitlines()[0]})") from None
    return MeshConfig.parse(data, str(path))
