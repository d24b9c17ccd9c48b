"""Annotations in Istio's domains (``istio.io`` and ``*.istio.io``): known, and in the right place.

* OI1601 (IST0108) an annotation in an Istio domain that Istio does not define — usually a
  typo (``sidecar.istio.io/injet``), and then silently without effect.
* OI1607 (IST0135, Info) an annotation Istio deprecated (``sidecar.istio.io/inject`` in favour
  of the label of that name — not reported when the object also carries that label —, the
  ``statsInclusion*`` ones, ...). Reported beside the checks below, as istioctl does.
* OI1602 (IST0107) a known Istio annotation on a kind it has no effect on; most often a pod
  annotation put on the Deployment's own metadata instead of its pod template, or
  ``sidecar.istio.io/inject`` on a Namespace (where injection is a *label*).
* OI1605 (IST0125) a pod annotation whose value the injector refuses (:mod:`.annotation_values`).

istioctl checks the own metadata of Namespaces, Services, Pods and Deployments only; the same
findings on pod templates and other kinds are ours: OI1603, OI1604, OI1606, OI1608. As istioctl,
an annotation is Istio's when its domain ends in ``istio.io`` (or it is
``kubernetes.io/ingress.class``), and ``sidecar.istio.io/status``, ``istio.io/rev`` and
``gateway.istio.io/controller-version`` (written by Istio itself) are never reported. istioctl's
alpha-annotation analyzer (IST0136) is not among those ``istioctl analyze`` runs, so nothing here
reports IST0136.

Pod annotations are checked on Pods and on the pod templates of workloads
(``spec.template.metadata.annotations``). The table below is Istio's annotation table
(``istio/api`` ``annotation/annotations.yaml``, what istioctl knows) with the kinds each
applies to; :data:`DEPRECATED` the ones it marks deprecated.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import SUPPRESS_ANNOTATION, Finding
from . import annotation_values
from .index import Index, Resource

NAME = "annotations"
DESCRIPTION = "Unknown and misplaced Istio annotations"
KINDS = ("*",)

ANY = "Any"
_POD = ("Pod",)

# annotation -> kinds it applies to ("Pod" also means a workload's pod template)
KNOWN: dict[str, tuple[str, ...]] = {
    # injection and the proxy
    "sidecar.istio.io/inject": _POD,
    "sidecar.istio.io/status": _POD,
    "sidecar.istio.io/rewriteAppHTTPProbers": _POD,
    "sidecar.istio.io/discoveryAddress": _POD,
    "sidecar.istio.io/proxyImage": _POD,
    "sidecar.istio.io/proxyImageType": _POD,
    "sidecar.istio.io/proxyCPU": _POD,
    "sidecar.istio.io/proxyCPULimit": _POD,
    "sidecar.istio.io/proxyMemory": _POD,
    "sidecar.istio.io/proxyMemoryLimit": _POD,
    "sidecar.istio.io/interceptionMode": _POD,
    "sidecar.istio.io/bootstrapOverride": _POD,
    "sidecar.istio.io/statsInclusionPrefixes": _POD,
    "sidecar.istio.io/statsInclusionSuffixes": _POD,
    "sidecar.istio.io/statsInclusionRegexps": _POD,
    "sidecar.istio.io/statsHistogramBuckets": _POD,
    "sidecar.istio.io/statsFlushInterval": _POD,
    "sidecar.istio.io/statsEvictionInterval": _POD,
    "sidecar.istio.io/statsHistogramBins": _POD,
    "sidecar.istio.io/statsCompression": _POD,
    "sidecar.istio.io/userVolume": _POD,
    "sidecar.istio.io/userVolumeMount": _POD,
    "sidecar.istio.io/logLevel": _POD,
    "sidecar.istio.io/componentLogLevel": _POD,
    "sidecar.istio.io/agentLogLevel": _POD,
    "sidecar.istio.io/nativeSidecar": _POD,
    "sidecar.istio.io/extraStatTags": _POD,
    "status.sidecar.istio.io/port": _POD,
    "readiness.status.sidecar.istio.io/initialDelaySeconds": _POD,
    "readiness.status.sidecar.istio.io/periodSeconds": _POD,
    "readiness.status.sidecar.istio.io/failureThreshold": _POD,
    "readiness.status.sidecar.istio.io/applicationPorts": _POD,
    "traffic.sidecar.istio.io/includeOutboundIPRanges": _POD,
    "traffic.sidecar.istio.io/excludeOutboundIPRanges": _POD,
    "traffic.sidecar.istio.io/includeInboundPorts": _POD,
    "traffic.sidecar.istio.io/excludeInboundPorts": _POD,
    "traffic.sidecar.istio.io/includeOutboundPorts": _POD,
    "traffic.sidecar.istio.io/excludeOutboundPorts": _POD,
    "traffic.sidecar.istio.io/excludeInterfaces": _POD,
    "traffic.sidecar.istio.io/kubevirtInterfaces": _POD,
    "proxy.istio.io/config": _POD,
    "proxy.istio.io/overrides": _POD,
    "prometheus.istio.io/merge-metrics": _POD,
    "inject.istio.io/templates": _POD,
    "istio.io/rev": _POD,  # set by injection; as a *label* it selects the revision
    "istio.io/reroute-virtual-interfaces": _POD,
    # ambient
    "ambient.istio.io/redirection": _POD,
    "ambient.istio.io/bypass-inbound-capture": _POD,
    "ambient.istio.io/dns-capture": _POD,
    "ambient.istio.io/waypoint-inbound-binding": ("GatewayClass", "Gateway"),
    # services and networking
    "networking.istio.io/exportTo": ("Service",),
    "networking.istio.io/traffic-distribution": ("Namespace", "Service", "ServiceEntry"),
    "networking.istio.io/service-type": ("Gateway",),
    "istio.io/use-waypoint-canary-weight": ("Service", "ServiceEntry", "Namespace"),
    "traffic.istio.io/nodeSelector": ("Service",),
    "alpha.istio.io/kubernetes-serviceaccounts": ("Service",),  # deprecated
    "alpha.istio.io/canonical-serviceaccounts": ("Service",),  # deprecated
    "topology.istio.io/controlPlaneClusters": ("Namespace",),
    # gateways (Kubernetes Gateway API)
    "gateway.istio.io/service-account": ("Gateway",),
    "gateway.istio.io/name-override": ("Gateway",),
    "gateway.istio.io/controller-version": (ANY,),
    # security
    "istio.io/dry-run": ("AuthorizationPolicy",),
    # WorkloadEntry bookkeeping (written by istiod)
    "istio.io/autoRegistrationGroup": ("WorkloadEntry",),
    "istio.io/workloadController": ("WorkloadEntry",),
    "istio.io/connectedAt": ("WorkloadEntry",),
    "istio.io/disconnectedAt": ("WorkloadEntry",),
    # any resource
    SUPPRESS_ANNOTATION: (ANY,),
    # a Kubernetes annotation Istio documents (and istioctl checks)
    "kubernetes.io/ingress.class": ("Ingress",),
}
# marked deprecated in Istio's table (istioctl IST0135)
DEPRECATED = frozenset({
    "alpha.istio.io/canonical-serviceaccounts", "alpha.istio.io/kubernetes-serviceaccounts",
    "sidecar.istio.io/discoveryAddress", "sidecar.istio.io/extraStatTags", "sidecar.istio.io/inject",
    "sidecar.istio.io/statsCompression", "sidecar.istio.io/statsInclusionPrefixes",
    "sidecar.istio.io/statsInclusionRegexps", "sidecar.istio.io/statsInclusionSuffixes",
    "traffic.sidecar.istio.io/kubevirtInterfaces",
})
DEPRECATION_NOTES = {"sidecar.istio.io/inject": ' in favour of the "sidecar.istio.io/inject" label'}
# written by Istio itself: istioctl never reports them
ALWAYS_IGNORED = frozenset({"sidecar.istio.io/status", "gateway.istio.io/controller-version", "istio.io/rev"})
INGRESS_CLASS = "kubernetes.io/ingress.class"
_LOWER = {k.lower(): k for k in KNOWN}
POD_OWNERS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Rollout")
# the kinds istioctl's annotation analyzer checks (their own metadata)
ISTIOCTL_KINDS = frozenset({"Namespace", "Service", "Pod", "Deployment"})


def is_istio(key: str) -> bool:
    """Istio's annotation, as istioctl decides it: the domain (what comes before the first ``/``)
    ends in ``istio.io``, or the Kubernetes ``kubernetes.io/ingress.class`` Istio documents."""
    return key == INGRESS_CLASS or key.split("/", 1)[0].endswith("istio.io")


def _suggest(key: str) -> str:
    """What to do about an unknown name: the known one it is probably meant to be, if any."""
    import difflib

    same = _LOWER.get(key.lower())
    if same:
        return f"rename it to {same} (annotation names are case-sensitive)"
    close = difflib.get_close_matches(key, KNOWN, n=1, cutoff=0.8)
    if close:
        return f"did you mean {close[0]}? correct the name"
    return "correct or remove it"


def _check(r: Resource, annotations: dict[str, str], labels: dict[str, str], kind: str, base: str, *,
           istioctl: bool) -> Iterator[Finding]:
    """``istioctl``: the object is one istioctl checks (a Namespace, Service, Pod or Deployment's
    own metadata), so findings carry its codes; elsewhere (pod templates, other kinds) ours.
    ``labels`` are those beside the annotations (the same metadata)."""
    for key in sorted(annotations):
        if not is_istio(key) or key in ALWAYS_IGNORED:
            continue
        path = f"{base}[{key}]"
        kinds = KNOWN.get(key)
        if kinds is None:
            code = messages.UNKNOWN_ISTIO_ANNOTATION if istioctl else messages.UNKNOWN_ISTIO_ANNOTATION_ELSEWHERE
            yield r.finding(code, path, (
                f"{key} is not an Istio annotation, so Istio ignores it; {_suggest(key)} "
                "(Istio's annotations: https://istio.io/latest/docs/reference/config/annotations/)"))
            continue
        if key in DEPRECATED and not (key == "sidecar.istio.io/inject" and key in labels):
            code = messages.DEPRECATED_ISTIO_ANNOTATION if istioctl else messages.DEPRECATED_ISTIO_ANNOTATION_ELSEWHERE
            yield r.finding(code, path, (
                f"annotation {key} is deprecated{DEPRECATION_NOTES.get(key, '')} and may stop working in a future "
                "Istio version; " + ("use the sidecar.istio.io/inject label instead" if key in DEPRECATION_NOTES
                                     else "remove it, or use what Istio's annotation reference names instead")))
        if ANY in kinds or kind in kinds:
            bad = annotation_values.problem(key, annotations[key])
            if bad and kind == "Pod":
                code = (messages.INVALID_ISTIO_ANNOTATION_VALUE if istioctl
                        else messages.INVALID_ISTIO_ANNOTATION_VALUE_IN_TEMPLATE)
                yield r.finding(code, path, (
                    f"invalid value for {key}: {bad}; the injector refuses it, so the pod is not injected as "
                    "meant; fix the value"))
            continue
        where = " or ".join(kinds)
        if kinds == _POD and kind in POD_OWNERS:
            fix = "move it to spec.template.metadata.annotations (the pod template)"
        elif key == "sidecar.istio.io/inject" and kind == "Namespace":
            fix = "for a namespace use the label istio-injection=enabled (or istio.io/rev) instead"
        else:
            fix = f"move it to the {where} it is meant for, or remove it"
        code = messages.MISPLACED_ISTIO_ANNOTATION if istioctl else messages.MISPLACED_ISTIO_ANNOTATION_ELSEWHERE
        yield r.finding(code, path, (
            f"annotation {key} applies to {where} only and has no effect on a {kind}; {fix}"))


def analyze(index: Index) -> Iterator[Finding]:
    for r in index.resources:
        checked = r.kind in ISTIOCTL_KINDS and r.group in ("", "apps")
        yield from _check(r, r.annotations, r.labels, r.kind, "metadata.annotations", istioctl=checked)
    for w in index.workloads:
        if w.template_path:  # a Pod's own annotations were checked above
            yield from _check(w.resource, w.annotations, w.labels, "Pod", w.meta_path("annotations"), istioctl=False)
