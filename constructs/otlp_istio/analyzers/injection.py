"""Sidecar injection, as istioctl's injection analyzer sees it.

* OI1701 (IST0102, Info) a Namespace (other than ``istio-system``) with neither an
  ``istio-injection`` label (an empty value counts as none) nor an ``istio.io/rev`` label, and
  not in ambient mode.
* OI1704 (IST0148, Info) the same namespace when the injector ConfigMap
  (``istio-sidecar-injector``, its ``values`` key) enables namespaces by default
  (``sidecarInjectorWebhook.enableNamespacesByDefault: true``): its pods are injected.
  FAIL: a Namespace without labels.  PASS: ``istio-injection: enabled`` or ``disabled`` (a
  choice was made), ``istio.io/rev: canary``, ``istio.io/dataplane-mode: ambient``.
* OI1702 (IST0103) a Pod in a namespace labelled ``istio-injection=enabled`` without an
  ``istio-proxy`` container, unless it opts out (``sidecar.istio.io/inject: "false"``, label
  or annotation) or uses the host network. Pods only: a pod template gets its sidecar when its
  pods are created.
* OI1703 (IST0123) a Namespace with more than one kind of injection label: ``istio-injection``
  together with ``istio.io/rev`` or ``istio.io/dataplane-mode`` (the latter two counted only when
  ``istio-injection`` is absent or ``enabled``).

* OI1706 (IST0147, Error) a Pod with an ``istio-proxy`` container whose image is ``auto`` (the
  injector's placeholder): a Pod is not injected again, so the placeholder stays.
* OI1705 (IST0146) a Deployment whose pod template has that container, while no Istio
  MutatingWebhookConfiguration among the documents (a webhook whose name ends in ``istio.io``)
  selects its namespace and pods (namespaceSelector, objectSelector; none selects everything).

Our stricter judgement on namespaces under STRICT mTLS is OI1302 (:mod:`.mtls`).
"""
from __future__ import annotations

import json
from typing import Iterator

from .. import messages
from ..config.ambient_labels import DATAPLANE_MODE
from ..findings import Finding
from ..selectors import label_selector_matches
from .index import Index, as_dict, as_list, text

NAME = "injection"
DESCRIPTION = "Namespaces without injection, pods without sidecars, conflicting injection labels"
KINDS = ("Namespace", "Pod", "Deployment", "ConfigMap", "MutatingWebhookConfiguration")

INJECTION = "istio-injection"
REVISION = "istio.io/rev"
ISTIO_SYSTEM = "istio-system"


def _enabled_by_default(index: Index, revision: str) -> bool:
    name = "istio-sidecar-injector" + (f"-{revision}" if revision and revision != "default" else "")
    for cm in index.kind("ConfigMap"):
        if cm.name != name:
            continue
        try:
            values = json.loads(text(as_dict(cm.data.get("data")).get("values")) or "{}")
        except ValueError:
            return False
        return as_dict(as_dict(values).get("sidecarInjectorWebhook")).get("enableNamespacesByDefault") is True
    return False


def analyze(index: Index) -> Iterator[Finding]:
    yield from _auto_images(index)
    injected: set[str] = set()
    # a namespace without labels reads the default revision's injector ConfigMap
    by_default = _enabled_by_default(index, "")
    for name, ns in sorted(index.namespaces.items()):
        if name == ISTIO_SYSTEM:
            continue
        labels = ns.labels
        kinds = []
        if INJECTION in labels:
            kinds.append(f"{INJECTION}={labels[INJECTION]}")
        for key in (REVISION, DATAPLANE_MODE):
            if key in labels and labels.get(INJECTION, "enabled") == "enabled":
                kinds.append(f"{key}={labels[key]}")
        if len(kinds) > 1:
            yield ns.finding(messages.NAMESPACE_MULTIPLE_INJECTION_LABELS, "metadata.labels", (
                f"namespace {name} has several injection labels ({', '.join(kinds)}); which one wins is "
                "undefined; keep one of them"))
        if labels.get(DATAPLANE_MODE) == "ambient":
            continue
        if not labels.get(INJECTION) and REVISION not in labels:
            if by_default:
                yield ns.finding(messages.NAMESPACE_INJECTION_ENABLED_BY_DEFAULT, "metadata.labels", (
                    f"namespace {name} has no injection label but is enabled for Istio injection: the injector "
                    "ConfigMap istio-sidecar-injector enables namespaces by default; label it "
                    "istio-injection=disabled if its pods must stay out of the mesh"))
            else:
                yield ns.finding(messages.NAMESPACE_NOT_INJECTED, "metadata.labels", (
                    f"namespace {name} is not enabled for Istio injection; label it "
                    f"(kubectl label namespace {name} istio-injection=enabled) if its pods belong in the mesh, "
                    "or istio-injection=disabled to say they do not"))
            continue
        if labels.get(INJECTION) == "enabled":
            injected.add(name)

    for w in index.workloads:
        if w.resource.kind != "Pod" or w.namespace not in injected:
            continue
        opt = w.labels.get("sidecar.istio.io/inject", w.annotations.get("sidecar.istio.io/inject", ""))
        if opt.lower() == "false" or w.resource.spec.get("hostNetwork") is True:
            continue
        if any(c.get("name") == "istio-proxy" and c.get("image") for c in w.containers):
            continue
        yield w.resource.finding(messages.POD_MISSING_PROXY, "spec.containers", (
            f"pod {w.resource.ref} has no istio-proxy container although namespace {w.namespace} is labelled "
            "istio-injection=enabled (it was created before the label, or the injector was down); restart or "
            "redeploy its workload, or opt it out with sidecar.istio.io/inject: \"false\""))


def _auto_image(w) -> bool:
    return any(c.get("name") == "istio-proxy" and c.get("image") == "auto" for c in w.containers)


def _auto_images(index: Index) -> Iterator[Finding]:
    webhooks = [as_dict(wh) for cfg in index.resources if cfg.kind == "MutatingWebhookConfiguration"
                for wh in as_list(cfg.data.get("webhooks")) if text(as_dict(wh).get("name")).endswith("istio.io")]
    for w in index.workloads:
        if w.resource.kind not in ("Pod", "Deployment") or not _auto_image(w):
            continue
        if w.resource.kind == "Pod":
            yield w.resource.finding(messages.POD_IMAGE_AUTO, "spec.containers", (
                f"pod {w.resource.ref} has an istio-proxy container with image auto, the injector's placeholder; a "
                "Pod is not injected again, so it never gets a real proxy image; create it from a workload in an "
                "injected namespace, or set the proxy image"))
            continue
        ns = index.namespaces.get(w.namespace)
        ns_labels = ns.labels if ns is not None else {}
        if any(label_selector_matches(wh.get("namespaceSelector"), ns_labels)
               and label_selector_matches(wh.get("objectSelector"), w.labels) for wh in webhooks):
            continue
        yield w.resource.finding(messages.IMAGE_AUTO_WITHOUT_INJECTION, "spec.template.spec.containers", (
            f"{w.label} has an istio-proxy container with image auto, but no Istio injection webhook among the "
            "documents selects its namespace and pods, so the placeholder is not replaced; label the namespace "
            "istio-injection=enabled (with the injector's MutatingWebhookConfiguration), or set the image"))
