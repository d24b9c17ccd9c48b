"""Gateway API routes (HTTPRoute, GRPCRoute) in the mesh: what they attach to and send to.

istioctl has no analyzer for these (Istio reports them in the route's status conditions once
applied, see :mod:`.conditions`); the codes are our own.

* OI1116 a parentRef to a Service (``group: ""``, ``kind: Service``: the mesh attachment) or a
  ServiceEntry (``networking.istio.io``) that names no such object in the parent's namespace (the
  route's unless it says otherwise), or a ``port`` the Service does not expose: the route applies to
  nothing. Parents of other kinds (Gateways, which may be installed elsewhere) are not judged.
* OI1117 a backendRef (and a RequestMirror filter's) to a Service (the default kind) that does not
  exist, or a port it does not expose: Istio answers 500 for that share of the traffic.
* OI1118 a VirtualService bound to the mesh (no ``gateways``, or ``mesh`` among them) and a Gateway
  API route attached to a Service (or ServiceEntry) for the same host. Istio's documentation: mixing
  VirtualService and Gateway API configuration for the same traffic is not supported and leads to
  undefined behavior (docs/ambient/usage/l7-features). Reported on the VirtualService's host.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from ..hosts import fqdn
from .index import Index, Resource, as_dict, as_list, text

NAME = "httproutes"
DESCRIPTION = "Gateway API routes: Service parents and backends that exist, VirtualServices for the same host"
KINDS = ("HTTPRoute", "GRPCRoute", "VirtualService", "Service", "ServiceEntry")

ROUTE_KINDS = ("HTTPRoute", "GRPCRoute")
GATEWAY_GROUP = "gateway.networking.k8s.io"
ISTIO_NETWORKING = "networking.istio.io"
MESH = "mesh"


def analyze(index: Index) -> Iterator[Finding]:
    hosts: dict[str, list[Resource]] = {}  # host -> the routes attached to it
    for kind in ROUTE_KINDS:
        for route in index.kind(kind):
            for i, parent in enumerate(as_list(route.spec.get("parentRefs"))):
                found = yield from _parent(index, route, i, as_dict(parent))
                for host in found:
                    hosts.setdefault(host, []).append(route)
            yield from _backends(index, route)
    yield from _same_host(index, hosts)


def _ref_kind(ref: dict, default_group: str, default_kind: str) -> tuple[str, str]:
    group = ref.get("group")
    kind = ref.get("kind")
    return (default_group if group is None else text(group)), (default_kind if kind is None else text(kind))


def _service_entry(index: Index, namespace: str, name: str) -> Resource | None:
    return next((se for se in index.kind("ServiceEntry") if se.namespace == namespace and se.name == name), None)


def _parent(index: Index, route: Resource, i: int, ref: dict) -> Iterator[Finding]:
    """Findings for one parentRef; returns the hosts it attaches the route to."""
    group, kind = _ref_kind(ref, GATEWAY_GROUP, "Gateway")
    name = text(ref.get("name"))
    ns = text(ref.get("namespace")) or route.namespace or "default"
    path = f"spec.parentRefs[{i}]"
    if (group, kind) == ("", "Service"):
        svc = index.services.get(fqdn(name, ns))
        if svc is None:
            yield route.finding(messages.ROUTE_PARENT_NOT_FOUND, f"{path}.name", (
                f"parent Service {ns}/{name} does not exist, so this {route.kind} attaches to nothing and routes no "
                f"request; name the Service whose traffic it routes{_similar(index, name, ns)}"))
            return []
        yield from _port(index, route, svc, ref.get("port"), f"{path}.port", messages.ROUTE_PARENT_NOT_FOUND,
                         "parent")
        return [fqdn(name, ns)]
    if (group, kind) == (ISTIO_NETWORKING, "ServiceEntry"):
        se = _service_entry(index, ns, name)
        if se is None:
            yield route.finding(messages.ROUTE_PARENT_NOT_FOUND, f"{path}.name", (
                f"parent ServiceEntry {ns}/{name} does not exist, so this {route.kind} attaches to nothing; name "
                "the ServiceEntry whose hosts it routes"))
            return []
        return [fqdn(text(h), ns) for h in as_list(se.spec.get("hosts"))]
    return []


def _port(index: Index, route: Resource, svc: Resource, port, path: str, code: str, role: str) -> Iterator[Finding]:
    ports = index.service_ports(svc)
    if isinstance(port, int) and ports and port not in ports:
        yield route.finding(code, path, (
            f"{role} Service {svc.ref} has no port {port} (its ports: {', '.join(map(str, sorted(ports)))}); "
            f"use one of them"))


def _similar(index: Index, name: str, ns: str) -> str:
    others = [h for h in index.similar_services(name) if h != fqdn(name, ns)]
    return f" (a Service {name} exists as {' and '.join(others)})" if others else ""


def _each_backend(spec: dict) -> Iterator[tuple[str, dict]]:
    for i, rule in enumerate(as_list(spec.get("rules"))):
        rule = as_dict(rule)
        for j, ref in enumerate(as_list(rule.get("backendRefs"))):
            yield f"spec.rules[{i}].backendRefs[{j}]", as_dict(ref)
            for k, f in enumerate(as_list(as_dict(ref).get("filters"))):
                mirror = as_dict(as_dict(f).get("requestMirror")).get("backendRef")
                if isinstance(mirror, dict):
                    yield f"spec.rules[{i}].backendRefs[{j}].filters[{k}].requestMirror.backendRef", mirror
        for k, f in enumerate(as_list(rule.get("filters"))):
            mirror = as_dict(as_dict(f).get("requestMirror")).get("backendRef")
            if isinstance(mirror, dict):
                yield f"spec.rules[{i}].filters[{k}].requestMirror.backendRef", mirror


def _backends(index: Index, route: Resource) -> Iterator[Finding]:
    for path, ref in _each_backend(route.spec):
        if _ref_kind(ref, "", "Service") != ("", "Service"):
            continue
        name = text(ref.get("name"))
        ns = text(ref.get("namespace")) or route.namespace or "default"
        svc = index.services.get(fqdn(name, ns))
        if svc is None:
            what = ("the mirrored copies of the requests go nowhere" if "requestMirror" in path
                    else "Istio answers its share of the requests with 500")
            yield route.finding(messages.ROUTE_BACKEND_NOT_FOUND, f"{path}.name", (
                f"backend Service {ns}/{name} does not exist: {what}; name an existing Service"
                f"{_similar(index, name, ns)}"))
            continue
        yield from _port(index, route, svc, ref.get("port"), f"{path}.port", messages.ROUTE_BACKEND_NOT_FOUND,
                         "backend")


def _same_host(index: Index, hosts: dict[str, list[Resource]]) -> Iterator[Finding]:
    if not hosts:
        return
    for vs in index.kind("VirtualService"):
        gateways = [text(g) for g in as_list(vs.spec.get("gateways"))]
        if gateways and MESH not in gateways:
            continue  # routes of ingress gateways only: not the mesh's
        ns = vs.namespace or "default"
        for i, host in enumerate(as_list(vs.spec.get("hosts"))):
            routes = hosts.get(fqdn(text(host), ns))
            if routes:
                shown = ", ".join(sorted({f"{r.kind} {r.ref}" for r in routes}))
                yield vs.finding(messages.VIRTUAL_SERVICE_AND_ROUTE, f"spec.hosts[{i}]", (
                    f"host {fqdn(text(host), ns)} is also routed by {shown} (Gateway API): Istio does not support "
                    "VirtualService and Gateway API routes for the same traffic, which one applies is undefined; "
                    "route the host with one of them"))
