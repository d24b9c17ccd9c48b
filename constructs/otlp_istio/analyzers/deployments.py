"""Deployments and the Services that select them (istioctl's ``deployment.ServiceAssociation``).

Only Deployments in the mesh (istioctl's rule: an istio-proxy container, else the pod's
``sidecar.istio.io/inject`` label or annotation, else the namespace's ``istio-injection``
label) and not waypoints (``gateway.istio.io/managed: istio.io-mesh-controller``) are checked,
against the Services of their namespace whose (non-empty) selector matches the pod template.

* OI1404 (IST0116) two of those Services use one port number with different protocols.
  FAIL: Service a ``{port: 8080, protocol: TCP}`` and Service b ``{port: 8080, protocol: UDP}``.
* OI1405 (IST0137) two of those Services send one targetPort different port numbers.
  FAIL: Service a ``{port: 80, targetPort: 8080}`` and Service b ``{port: 81, targetPort: 8080}``.
  PASS: both ``{port: 80, targetPort: 8080}``.
* OI1407 (IST0144) a Pod or Deployment (not of the control plane: no ``istio`` label, no
  ``release: istio``) whose pod security context, or a container's other than ``istio-proxy``
  and ``istio-operator``, runs as user 1337, the sidecar proxy's reserved UID.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import Index, Resource, Workload, as_dict, as_list, str_map, text

NAME = "deployments"
DESCRIPTION = "Services selecting one Deployment with conflicting ports or protocols; the proxy's UID"
KINDS = ("Deployment", "Pod", "Service", "Namespace")


PROXY_UID = 1337


def analyze(index: Index) -> Iterator[Finding]:
    yield from _proxy_uid(index)
    by_workload: dict[int, list[Resource]] = {}  # Services by the workloads their selector selects
    for svc in index.kind("Service"):
        if str_map(svc.spec.get("selector")):
            for w in index.service_workloads(svc):
                by_workload.setdefault(w.id, []).append(svc)
    for wid, matching in sorted(by_workload.items()):
        w = index.workloads[wid]
        if len(matching) < 2 or w.resource.kind != "Deployment":
            continue
        if w.resource.labels.get("gateway.istio.io/managed") == "istio.io-mesh-controller":
            continue
        if not index.injected_by_istioctl_rules(w):
            continue
        yield from _protocols(w, matching)
        yield from _target_ports(w, matching)


def _ports(svc: Resource) -> list[dict]:
    return [as_dict(p) for p in as_list(svc.spec.get("ports")) if isinstance(as_dict(p).get("port"), int)]


def _protocols(w: Workload, services: list[Resource]) -> Iterator[Finding]:
    by_port: dict[int, dict[str, set[str]]] = {}
    for svc in services:
        for p in _ports(svc):
            proto = text(p.get("protocol")) or "TCP"
            by_port.setdefault(p["port"], {}).setdefault(proto, set()).add(svc.ref)
    for port, protos in sorted(by_port.items()):
        if len(protos) < 2:
            continue
        shown = "; ".join(f"{proto} by {', '.join(sorted(names))}" for proto, names in sorted(protos.items()))
        yield w.resource.finding(messages.DEPLOYMENT_SERVICES_CONFLICTING_PROTOCOLS, "metadata.name", (
            f"{w.label} is selected by Services that use port {port} with different protocols ({shown}); "
            "the sidecar can serve one protocol per port; use one protocol for the port in every Service"))


def _target_ports(w: Workload, services: list[Resource]) -> Iterator[Finding]:
    by_target: dict[str, dict[int, str]] = {}
    for svc in services:
        for p in _ports(svc):
            target = text(p.get("targetPort"))
            if target in ("", "0"):
                target = str(p["port"])
            by_target.setdefault(target, {})[p["port"]] = svc.ref
    for target, ports in sorted(by_target.items()):
        if len(ports) < 2:
            continue
        shown = ", ".join(f"{port} ({svc})" for port, svc in sorted(ports.items()))
        yield w.resource.finding(messages.DEPLOYMENT_SERVICES_CONFLICTING_TARGET_PORTS, "metadata.name", (
            f"{w.label} is selected by Services that send its targetPort {target} different ports: {shown}; "
            "Istio builds one listener per port and these conflict; use one port number for the targetPort"))


def _proxy_uid(index: Index) -> Iterator[Finding]:
    for w in index.workloads:
        r = w.resource
        if r.kind not in ("Pod", "Deployment") or "istio" in r.labels or r.labels.get("release") == "istio":
            continue
        spec = as_dict(r.spec.get("template")).get("spec") if r.kind == "Deployment" else r.spec
        base = "spec.template.spec" if r.kind == "Deployment" else "spec"
        spec = as_dict(spec)
        places = []
        if as_dict(spec.get("securityContext")).get("runAsUser") == PROXY_UID:
            places.append(f"{base}.securityContext.runAsUser")
        for i, c in enumerate(as_list(spec.get("containers"))):
            c = as_dict(c)
            if c.get("name") not in ("istio-proxy", "istio-operator") and \
                    as_dict(c.get("securityContext")).get("runAsUser") == PROXY_UID:
                places.append(f"{base}.containers[{i}].securityContext.runAsUser")
        if places:
            yield r.finding(messages.INVALID_APPLICATION_UID, places[0], (
                f"{r.label} runs as user ID 1337 ({', '.join(places)}), which is reserved for the sidecar proxy: its "
                "traffic bypasses the proxy's redirection; run the application as another user"))
