"""AuthorizationPolicies and PeerAuthentications: what they select and name.

* OI1501 (IST0127) an AuthorizationPolicy that applies to no workload in the mesh, as istioctl
  decides it (or a pod template of an ambient namespace): its ``selector.matchLabels`` matches no in-mesh pod (pod templates count as
  their pods) of its namespace — of any namespace for a policy in the root namespace —, or,
  without a selector, its namespace has no in-mesh pod at all (a selector-less policy in the
  root namespace is mesh-wide and always applies). In the mesh as istioctl's analyzers decide
  (:meth:`~.membership.Membership.injected_by_istioctl_rules`).
  FAIL: ``selector: {matchLabels: {app: bogus}}`` next to an injected Deployment labelled
  ``app: httpbin``.  PASS: ``matchLabels: {app: httpbin}``.
* OI1505 (IST0101) a rule's ``from[].source.namespaces`` / ``notNamespaces`` entry matches no
  Namespace among the documents, nor a namespace the environment file declares
  (``index.known_namespaces``) (``*``, ``prefix*`` and ``*suffix`` patterns as Istio reads them).
* OI1502 (ours) a PeerAuthentication's selector matches no workload in its namespace: the mTLS
  mode written there applies to nothing. Only when that namespace has workloads among the
  documents.

* OI1510 (IST0166) an AuthorizationPolicy, RequestAuthentication, Telemetry or WasmPlugin with a
  ``selector`` (an empty one too) and no ``targetRef`` that matches a Pod of its namespace
  labelled ``gateway.networking.k8s.io/gateway-name``: selectors have no effect on Kubernetes
  Gateways. As istioctl: Pods only (a Kubernetes Gateway's deployment is Istio's own), one
  finding per Gateway name; ``targetRefs`` (the plural) does not exempt.

Policies bound by ``targetRef(s)`` (gateways, waypoints) are not checked for OI1502.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..config.ambient_labels import DATAPLANE_MODE
from ..findings import Finding
from .index import Index, Resource, as_dict, as_list, has_target_ref, match_labels, show_labels, str_map, text

NAME = "selectors"
DESCRIPTION = "AuthorizationPolicy and PeerAuthentication selectors, AuthorizationPolicy namespaces"
KINDS = ("AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication", "Telemetry", "WasmPlugin",
         "Namespace", "Deployment", "Pod")

GATEWAY_NAME_LABEL = "gateway.networking.k8s.io/gateway-name"
SELECTOR_POLICIES = ("AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin")


def analyze(index: Index) -> Iterator[Finding]:
    for ap in index.kind("AuthorizationPolicy"):
        yield from _authorization_workloads(index, ap)
        yield from _authorization_namespaces(index, ap)
    for pa in index.kind("PeerAuthentication"):
        yield from _peer_selector(index, pa)
    yield from _selectors_on_kubernetes_gateways(index)


def _selectors_on_kubernetes_gateways(index: Index) -> Iterator[Finding]:
    gateway_pods: dict[str, list[dict[str, str]]] = {}
    for pod in index.kind("Pod"):
        if GATEWAY_NAME_LABEL in pod.labels:
            gateway_pods.setdefault(pod.namespace or "default", []).append(pod.labels)
    if not gateway_pods:
        return
    for kind in SELECTOR_POLICIES:
        for policy in index.kind(kind):
            selector = policy.spec.get("selector")
            if policy.spec.get("targetRef") or selector is None:
                continue
            labels = str_map(as_dict(selector).get("matchLabels"))
            names = sorted({pod[GATEWAY_NAME_LABEL] for pod in gateway_pods.get(policy.namespace or "default", ())
                            if all(pod.get(k) == v for k, v in labels.items())})
            shown = show_labels(labels) if labels else "empty: every pod of the namespace"
            for name in names:
                yield policy.finding(messages.INEFFECTIVE_SELECTOR_ON_KUBERNETES_GATEWAY, "spec.selector", (
                    f"the selector ({shown}) matches pods of the Kubernetes Gateway {name}, where a "
                    "selector has no effect; attach the policy with targetRefs: [{group: "
                    f"gateway.networking.k8s.io, kind: Gateway, name: {name}}}] instead"))


def _ambient(index: Index, w) -> bool:
    """In ambient mode: redirected by istio-cni (its annotation on a running pod), or a pod template
    of a namespace labelled ``istio.io/dataplane-mode: ambient`` that does not opt out."""
    if w.annotations.get("ambient.istio.io/redirection") == "enabled":
        return True
    ns = index.namespaces.get(w.namespace)
    return (ns is not None and ns.labels.get(DATAPLANE_MODE) == "ambient"
            and w.labels.get(DATAPLANE_MODE) != "none")


def _in_mesh_match(index: Index, scope: str | None, labels: dict[str, str]) -> bool:
    return any(index.injected_by_istioctl_rules(w) or _ambient(index, w) for w in index.select_pods(scope, labels))


def _authorization_workloads(index: Index, ap: Resource) -> Iterator[Finding]:
    selector = as_dict(ap.spec.get("selector"))
    has_selector = ap.spec.get("selector") is not None
    labels = str_map(selector.get("matchLabels"))
    root = ap.namespace == index.root_namespace
    if root and not has_selector:
        return  # mesh-wide
    scope = None if root else ap.namespace
    if _in_mesh_match(index, scope, labels if has_selector else {}):
        return
    where = "any namespace" if scope is None else f"namespace {scope}"
    outside = index.select_pods(scope, labels) if has_selector else []
    if outside:  # the labels are there, on workloads outside the mesh
        shown = ", ".join(sorted({w.label for w in outside})[:4]) + (", ..." if len(outside) > 4 else "")
        state, reason = index.in_mesh(outside[0])
        if state is not False:  # istioctl's rule is narrower than the injector's
            reason = "they have no sidecar.istio.io/inject label and their namespace no istio-injection=enabled"
        msg = (f"the workloads with the labels {show_labels(labels)} in {where} ({shown}) are not in the mesh "
               f"({reason}), so its rules apply to nothing; inject them, or fix the selector")
        path = "spec.selector.matchLabels"
    elif has_selector:
        msg = (f"no workload in the mesh in {where} has the labels {show_labels(labels)}, so its rules apply to "
               f"nothing; {index.label_hint(scope, labels) if index.has_workloads(scope) else 'no workload there'}; "
               "fix the selector, or inject the workload it is for")
        path = "spec.selector.matchLabels"
    else:
        msg = (f"namespace {scope} has no workload in the mesh, so this namespace-wide policy applies to nothing; "
               "inject the namespace's workloads, or move the policy where they are")
        path = "spec"
    yield ap.finding(messages.AUTHORIZATION_POLICY_SELECTS_NOTHING, path, msg)


def _namespace_match(namespace: str, pattern: str) -> bool:
    if pattern == "*":
        return True
    if pattern.startswith("*"):
        return namespace.endswith(pattern[1:])
    if pattern.endswith("*"):
        return namespace.startswith(pattern[:-1])
    return namespace.lower() == pattern.lower()


def _authorization_namespaces(index: Index, ap: Resource) -> Iterator[Finding]:
    known = sorted(index.namespaces.keys() | index.known_namespaces)
    for i, rule in enumerate(as_list(ap.spec.get("rules"))):
        for j, frm in enumerate(as_list(as_dict(rule).get("from"))):
            source = as_dict(as_dict(frm).get("source"))
            for key in ("namespaces", "notNamespaces"):
                for k, ns in enumerate(as_list(source.get(key))):
                    ns = text(ns)
                    if any(_namespace_match(n, ns) for n in known):
                        continue
                    shown = ", ".join(known[:8]) + (", ..." if len(known) > 8 else "") if known else "none"
                    yield ap.finding(messages.AUTHORIZATION_POLICY_NAMESPACE_NOT_FOUND,
                                     f"spec.rules[{i}].from[{j}].source.{key}[{k}]", (
                        f"namespace {ns!r} matches no Namespace among the documents (namespaces: {shown}); fix "
                        "the name, or add the Namespace"))


def _peer_selector(index: Index, pa: Resource) -> Iterator[Finding]:
    spec = pa.spec
    labels = match_labels(spec)
    if labels is None or has_target_ref(spec) or not index.has_workloads(pa.namespace):
        return
    if index.select(pa.namespace, labels):
        return
    yield pa.finding(messages.PEER_AUTHENTICATION_SELECTS_NOTHING, "spec.selector.matchLabels", (
        f"no workload in namespace {pa.namespace} has the labels {show_labels(labels)}, so its mTLS mode applies "
        f"to nothing; {index.label_hint(pa.namespace, labels)}; fix the selector (or remove it to apply the "
        "policy to the whole namespace)"))
