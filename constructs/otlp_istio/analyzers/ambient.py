"""Ambient mode's traps: what ztunnel and the waypoint do with policies written for sidecars.

A namespace is in ambient mode when it is labelled ``istio.io/dataplane-mode: ambient`` and
neither ``istio-injection=enabled`` nor ``istio.io/rev`` (sidecars win); it sends traffic through
a waypoint when it (or a Service or pod of it) is labelled ``istio.io/use-waypoint: <name>``
(``istio.io/use-waypoint-namespace`` names another namespace; ``none`` means none).

* OI1511 an AuthorizationPolicy enforced by ztunnel (``selector``, or none: namespace-wide, in an
  ambient namespace) with HTTP attributes (methods, paths, hosts, request principals, ``when``
  on ``request.*``): ztunnel cannot see them, so an ALLOW rule never matches (everything else is
  denied) and a DENY rule is enforced without its HTTP parts.
  FAIL: ``selector`` + ``to: [{operation: {methods: [GET]}}]`` in an ambient namespace.
  PASS: the same with ``targetRefs`` to the waypoint or the Service.
* OI1512 a ``selector`` AuthorizationPolicy, RequestAuthentication or Telemetry in a namespace that
  uses a waypoint: the waypoint ignores ``selector`` policies (``targetRefs`` only). An
  AuthorizationPolicy is then enforced by ztunnel alone, which sees the waypoint's identity, not
  the client's (a policy whose rules name the waypoint's identity was written for that, and
  passes, as does one whose rules name no source at all); a Telemetry or RequestAuthentication has no effect at all (ztunnel reads neither).
* OI1909 a Namespace, Service, ServiceEntry or pod (template) whose ``istio.io/use-waypoint``
  names a waypoint (a Gateway of class ``istio-waypoint``) that no document defines, when the
  waypoint's namespace is among the documents.
* OI1708 sidecar injection in an ambient namespace: a pod (template) labelled or annotated
  ``sidecar.istio.io/inject: "true"``: those pods get sidecars and stay out of ambient mode. (A
  Namespace labelled for both is OI1703, IST0123; a Sidecar resource there OI1804, IST0167.)
* OI1305 a PeerAuthentication with mode DISABLE (or a port-level DISABLE) in an ambient namespace:
  ztunnel always speaks mTLS (HBONE) and ignores it.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..config.ambient_labels import DATAPLANE_MODE, USE_WAYPOINT, USE_WAYPOINT_NAMESPACE, WAYPOINT_CLASS
from ..findings import Finding
from .index import Index, Resource, as_dict, as_list, has_target_ref, text

NAME = "ambient"
DESCRIPTION = "Ambient mode: L7 rules at ztunnel, selectors a waypoint ignores, waypoints, sidecars, DISABLE"
KINDS = ("AuthorizationPolicy", "RequestAuthentication", "Telemetry", "PeerAuthentication", "Namespace", "Service",
         "ServiceEntry", "Deployment", "Pod", "StatefulSet", "DaemonSet", "Gateway")

GATEWAY_API = "gateway.networking.k8s.io"
_HTTP_OPERATION = ("hosts", "notHosts", "methods", "notMethods", "paths", "notPaths")
_HTTP_SOURCE = ("requestPrincipals", "notRequestPrincipals", "remoteIpBlocks", "notRemoteIpBlocks")


def ambient_namespace(index: Index, namespace: str | None) -> bool:
    ns = index.namespaces.get(namespace or "default")
    if ns is None:
        return False
    labels = ns.labels
    if labels.get("istio-injection") == "enabled" or labels.get("istio.io/rev"):
        return False
    return labels.get(DATAPLANE_MODE) == "ambient"


def _http_attributes(spec: dict) -> list[str]:
    """The HTTP attributes the rules name, as ``rules[i].<where>`` paths' last parts."""
    found: set[str] = set()
    for rule in as_list(spec.get("rules")):
        rule = as_dict(rule)
        for to in as_list(rule.get("to")):
            op = as_dict(as_dict(to).get("operation"))
            found.update(k for k in _HTTP_OPERATION if op.get(k))
        for frm in as_list(rule.get("from")):
            src = as_dict(as_dict(frm).get("source"))
            found.update(k for k in _HTTP_SOURCE if src.get(k))
        for when in as_list(rule.get("when")):
            key = text(as_dict(when).get("key"))
            if key.startswith("request.") or key.startswith("experimental."):
                found.add(f"when {key}")
    return sorted(found)


def _admits(spec: dict, namespace: str, waypoint: str) -> bool:
    """Whether a rule names the waypoint's identity (its ServiceAccount is named after it)."""
    suffix = f"/ns/{namespace}/sa/{waypoint}"
    return any(text(p).endswith(suffix) for rule in as_list(spec.get("rules"))
               for frm in as_list(as_dict(rule).get("from"))
               for p in as_list(as_dict(as_dict(frm).get("source")).get("principals")))


def _names_sources(spec: dict) -> bool:
    """Whether a rule depends on who sends (``from``): a policy that does not decides the same for
    the client and for the waypoint forwarding it."""
    return any(as_list(as_dict(rule).get("from")) for rule in as_list(spec.get("rules")))


def analyze(index: Index) -> Iterator[Finding]:
    yield from _l7_at_ztunnel(index)
    yield from _selectors_a_waypoint_ignores(index)
    yield from _missing_waypoints(index)
    yield from _injection(index)
    yield from _disable(index)


def _l7_at_ztunnel(index: Index) -> Iterator[Finding]:
    for ap in index.kind("AuthorizationPolicy"):
        if has_target_ref(ap.spec) or not ambient_namespace(index, ap.namespace):
            continue
        attrs = _http_attributes(ap.spec)
        if not attrs:
            continue
        action = text(ap.spec.get("action")) or "ALLOW"
        effect = ("its ALLOW rules with them never match, so ztunnel denies what they were to allow"
                  if action == "ALLOW" else "its rules are enforced without them, so it denies more than written")
        yield ap.finding(messages.AMBIENT_L7_POLICY_AT_ZTUNNEL, "spec.rules", (
            f"namespace {ap.namespace} is in ambient mode and this policy has no targetRefs, so ztunnel enforces it; "
            f"ztunnel cannot see HTTP ({', '.join(attrs)}): {effect}; attach it to a waypoint with targetRefs "
            "(the Service or the waypoint Gateway), or keep only L4 attributes"))


def _selectors_a_waypoint_ignores(index: Index) -> Iterator[Finding]:
    for kind in ("AuthorizationPolicy", "RequestAuthentication", "Telemetry"):
        for r in index.kind(kind):
            if r.spec.get("selector") is None or has_target_ref(r.spec) or not ambient_namespace(index, r.namespace):
                continue
            ns = index.namespaces[r.namespace or "default"]
            waypoint = ns.labels.get(USE_WAYPOINT)
            if not waypoint or waypoint == "none":
                if kind == "AuthorizationPolicy":
                    continue  # ztunnel enforces it, as intended
                consequence = "ztunnel does not read it and there is no waypoint, so it has no effect"
            elif kind == "AuthorizationPolicy" and (_admits(r.spec, r.namespace or "default", waypoint)
                                                    or not _names_sources(r.spec)):
                continue  # written for ztunnel, knowing the waypoint, or the same whoever sends
            elif kind == "AuthorizationPolicy":
                consequence = ("only ztunnel enforces it, and ztunnel sees the waypoint's identity on traffic that "
                               "passed the waypoint, not the client's")
            else:
                consequence = "ztunnel does not read it either, so it has no effect"
            where = f"waypoint {waypoint}" if waypoint and waypoint != "none" else "a waypoint"
            yield r.finding(messages.WAYPOINT_IGNORES_SELECTOR, "spec.selector", (
                f"namespace {r.namespace} is in ambient mode and {where} ignores selector policies: {consequence}; "
                f"attach the {kind} with targetRefs (the Service, or the waypoint Gateway)"))


def _missing_waypoints(index: Index) -> Iterator[Finding]:
    kube_gateways = [r for r in index.resources if r.kind == "Gateway" and r.group == GATEWAY_API]
    defined = {(g.namespace or "default", g.name) for g in kube_gateways
               if text(g.spec.get("gatewayClassName")) == WAYPOINT_CLASS}
    gateways = {(g.namespace or "default", g.name) for g in kube_gateways}
    subjects = [*index.namespaces.values(), *index.kind("Service"), *index.kind("ServiceEntry")]
    for r in subjects:
        name = r.labels.get(USE_WAYPOINT)
        if not name or name == "none":
            continue
        ns = r.labels.get(USE_WAYPOINT_NAMESPACE) or (r.name if r.kind == "Namespace" else r.namespace or "default")
        if (ns, name) in defined or ns not in index.namespaces:
            continue
        other = " (a Gateway of that name exists, but not of class istio-waypoint)" if (ns, name) in gateways else ""
        yield r.finding(messages.WAYPOINT_NOT_FOUND, f"metadata.labels.{USE_WAYPOINT}", (
            f"{USE_WAYPOINT} names waypoint {ns}/{name}, which no document defines{other}; until it exists its "
            "traffic gets no L7 processing (no spans, no L7 policy, no routes); add a Gateway "
            f"{name} of class {WAYPOINT_CLASS} in {ns}, or fix the label"))
    for w in index.workloads:
        name = w.labels.get(USE_WAYPOINT)
        if not name or name == "none":
            continue
        ns = w.labels.get(USE_WAYPOINT_NAMESPACE) or w.namespace
        if (ns, name) in defined or ns not in index.namespaces:
            continue
        yield w.resource.finding(messages.WAYPOINT_NOT_FOUND, w.meta_path(f"labels.{USE_WAYPOINT}"), (
            f"{USE_WAYPOINT} names waypoint {ns}/{name}, which no document defines; add a Gateway {name} of class "
            f"{WAYPOINT_CLASS} in {ns}, or fix the label"))


def _injection(index: Index) -> Iterator[Finding]:
    for w in index.workloads:
        if not ambient_namespace(index, w.namespace):
            continue
        for where, values in (("labels", w.labels), ("annotations", w.annotations)):
            if values.get("sidecar.istio.io/inject") == "true":
                yield w.resource.finding(
                    messages.SIDECAR_INJECTION_IN_AMBIENT_NAMESPACE, w.meta_path(f"{where}.sidecar.istio.io/inject"), (
                        f"namespace {w.namespace} is in ambient mode, but sidecar.istio.io/inject \"true\" gives these "
                        "pods a sidecar, which keeps them out of ambient mode; remove it"))
                break


def _disable(index: Index) -> Iterator[Finding]:
    for pa in index.kind("PeerAuthentication"):
        if not ambient_namespace(index, pa.namespace):
            continue
        paths = []
        if text(as_dict(pa.spec.get("mtls")).get("mode")).upper() == "DISABLE":
            paths.append("spec.mtls.mode")
        for port, setting in sorted(as_dict(pa.spec.get("portLevelMtls")).items(), key=lambda kv: str(kv[0])):
            if text(as_dict(setting).get("mode")).upper() == "DISABLE":
                paths.append(f"spec.portLevelMtls.{port}.mode")
        for path in paths:
            yield pa.finding(messages.PEER_AUTHENTICATION_DISABLE_IN_AMBIENT, path, (
                f"namespace {pa.namespace} is in ambient mode, where ztunnel always speaks mTLS (HBONE) and ignores "
                "DISABLE; use PERMISSIVE, or take the workloads out of ambient mode "
                "(istio.io/dataplane-mode: none)"))
