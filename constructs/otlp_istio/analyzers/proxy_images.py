"""Running proxies older (or other) than the injector's (istioctl's injection.ImageAnalyzer).

* OI1707 (IST0158) Pods of an injected namespace (``istio-injection=enabled``, or an
  ``istio.io/rev`` label: that revision's injector) whose ``istio-proxy`` container runs another
  image than the one the injector ConfigMap (``istio-sidecar-injector[-<revision>]``, its
  ``values``: ``global.proxy.image`` when it holds a ``/``, else ``global.hub``/
  ``global.proxy.image``:``global.tag``) would inject now, nor its variant
  (``<image>-<imageType>``; the image type from the mesh config's ``defaultConfig``, the
  ProxyConfig of the root namespace, of the pod's namespace, one selecting the pod, then the
  pod's ``proxy.istio.io/config`` annotation). Typical after an upgrade: restart the pods. Pods
  with a ``sidecar.istio.io/proxyImage`` annotation are left alone; one finding per namespace.
"""
from __future__ import annotations

import json
from typing import Iterator

import yaml

from .. import messages
from ..findings import Finding
from ..yamlio import safe_load
from .index import Index, Resource, as_dict, as_list, str_map, text

NAME = "proxy_images"
DESCRIPTION = "Pods whose proxy image is not the one the injector injects"
KINDS = ("ConfigMap", "Namespace", "Pod", "ProxyConfig")

INJECTOR = "istio-sidecar-injector"


def injector_image(cm: Resource) -> str:
    """The proxy image of an injector ConfigMap's ``values``, as istioctl computes it ('' if unreadable)."""
    try:
        values = json.loads(text(as_dict(cm.data.get("data")).get("values")))
    except ValueError:
        return ""
    g = as_dict(as_dict(values).get("global"))
    proxy = as_dict(g.get("proxy"))
    parts = (g.get("hub", ""), proxy.get("image", ""), g.get("tag", ""))
    if not all(isinstance(p, str) for p in parts):
        return ""  # istioctl cannot read a non-string hub, image or tag
    hub, image, tag = parts
    return image if "/" in image else f"{hub}/{image}:{tag}"


def _image_type(index: Index, pod: Resource) -> str:
    variant = index.mesh.image_type
    for pc in index.kind("ProxyConfig"):
        kind = text(as_dict(pc.spec.get("image")).get("imageType"))
        if not kind:
            continue
        if pc.namespace == index.root_namespace:
            variant = kind
    for pc in index.kind("ProxyConfig"):
        kind = text(as_dict(pc.spec.get("image")).get("imageType"))
        if kind and pc.namespace == pod.namespace and pc.namespace != index.root_namespace \
                and pc.spec.get("selector") is None:
            variant = kind
    for pc in index.kind("ProxyConfig"):
        kind = text(as_dict(pc.spec.get("image")).get("imageType"))
        selector = pc.spec.get("selector")
        if kind and selector is not None and pc.namespace != index.root_namespace \
                and f"{pc.namespace}/{pc.name}".startswith(pod.namespace or "default"):
            if all(pod.labels.get(k) == v for k, v in str_map(as_dict(selector).get("matchLabels")).items()):
                variant = kind
    config = pod.annotations.get("proxy.istio.io/config")
    if config:
        try:
            kind = text(as_dict(as_dict(safe_load(config)).get("image")).get("imageType"))
        except yaml.YAMLError:
            kind = ""
        variant = kind or variant
    return "" if variant == "default" else variant


def analyze(index: Index) -> Iterator[Finding]:
    images = {cm.name: injector_image(cm) for cm in index.kind("ConfigMap") if cm.name.startswith(INJECTOR)}
    if not images:
        return
    revisions: dict[str, str] = {}
    for name, ns in index.namespaces.items():
        labels = ns.labels
        if "istio.io/rev" in labels:
            revisions[name] = labels["istio.io/rev"]
        elif labels.get("istio-injection") == "enabled":
            revisions[name] = "default"
    mismatched: dict[str, list[str]] = {}
    expected: dict[str, str] = {}
    for pod in index.kind("Pod"):
        ns = pod.namespace or "default"
        if ns not in revisions or pod.annotations.get("sidecar.istio.io/proxyImage"):
            continue
        rev = revisions[ns]
        image = images.get(INJECTOR if rev in ("", "default") else f"{INJECTOR}-{rev}")
        if image is None:
            continue
        variant = _image_type(index, pod)
        for c in as_list(pod.spec.get("containers")) + as_list(pod.spec.get("initContainers")):
            c = as_dict(c)
            if c.get("name") == "istio-proxy" and text(c.get("image")) not in (image, f"{image}-{variant}"):
                mismatched.setdefault(ns, []).append(pod.name)
                expected[ns] = image
    for ns, pods in sorted(mismatched.items()):
        yield index.namespaces[ns].finding(messages.PODS_PROXY_IMAGE_MISMATCH, "metadata.name", (
            f"pods {', '.join(sorted(pods))} of namespace {ns} run an istio-proxy image other than the injector's "
            f"({expected[ns]}; usually after an upgrade of the control plane); restart their workloads so they get "
            "the current proxy"))
