"""The hops before routing and after it: which Service (or ServiceEntry) a host is and its
port's protocol, the mesh's outbound policy for hosts outside it, the pods a scrape addresses, the
tracer's cluster, and the workloads behind a Service.

Istio's facts used here: a port's protocol comes from its ``appProtocol``, else its name's prefix
(``pkg/config/kube/conversion.go`` ``ConvertProtocol``); a host outside the registry goes to the
``PassthroughCluster`` under ``ALLOW_ANY`` and to the ``BlackHole`` (HTTP 502, or a reset for TCP)
under ``REGISTRY_ONLY`` (``pilot/pkg/networking/core/httproute.go`` ``buildCatchAllVirtualHost``);
Envoy's tracer sends to the cluster ``outbound|<port>||<host>`` of the provider's service, found in
the registry by host (``pilot/pkg/model/telemetry_logging.go`` ``LookupCluster``), so no
VirtualService route applies to it, but the host's DestinationRule does.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .. import messages
from ..analyzers.index import Resource, as_dict, as_list, str_map, text
from ..analyzers.services import WELL_KNOWN_PORTS, port_protocol
from ..hosts import CLUSTER_DOMAIN, fqdn, meant_fqdn, namespace_of
from ..selectors import map_selects
from .context import FlowContext
from .leg import HTTP_PROTOCOLS, TLS_PROTOCOLS, Destination, Leg
from .model import Flow, Hop, Verdict


def istio_protocol(port: dict, *, service_entry: bool = False) -> str:
    """``http``, ``tcp``, ``tls`` or ``auto`` (sniffed) for a Service or ServiceEntry port."""
    if service_entry:
        name = text(port.get("protocol")) or text(port.get("name"))
    else:
        if text(port.get("protocol")).upper() == "UDP":
            return "udp"
        app = port.get("appProtocol")
        name = text(app) if app is not None else text(port.get("name"))
    declared = port_protocol(name) if name else None
    if declared in HTTP_PROTOCOLS:
        return "http"
    if declared in TLS_PROTOCOLS:
        return "tls"
    if declared is not None:
        return "tcp"
    number = port.get("number" if service_entry else "port")
    return "tcp" if number in WELL_KNOWN_PORTS else "auto"


def _describe_protocol(protocol: str, port: dict) -> str:
    shown = text(port.get("appProtocol")) or text(port.get("protocol")) or text(port.get("name"))
    meaning = {"http": "Istio treats it as HTTP", "tcp": "Istio treats it as TCP", "tls": "Istio treats it as TLS",
               "auto": "no protocol declared: Istio sniffs it", "udp": "UDP, not proxied"}[protocol]
    return f"{shown}: {meaning}" if shown else meaning


def candidates(host: str, namespace: str) -> list[str]:
    """The FQDNs a host written in a URL may mean, in the order DNS would try them."""
    out = [fqdn(host, namespace)]
    meant = meant_fqdn(host)
    if meant and meant not in out:
        out.insert(0, meant)
    if host not in out:
        out.append(host)
    return out


def lookup(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """The Service or ServiceEntry the request addresses, and its port's protocol."""
    req = flow.request
    from_ns = flow.source.namespace or ctx.namespace
    found: Optional[Resource] = None
    name = req.host or ""
    for host in candidates(req.host or "", from_ns):
        found, name = ctx.index.lookup_host(host, from_ns)
        if found is not None:
            break
    if found is None:
        return _not_in_files(ctx, flow, leg, name)
    key = "port" if found.kind == "Service" else "number"
    port = next((as_dict(p) for p in as_list(found.spec.get("ports")) if as_dict(p).get(key) == req.port), None)
    if port is None:
        ports = ", ".join(str(p) for p in ctx.index.service_ports(found)) or "none"
        fix = f"add port {req.port} to {found.label}, or send to one of its ports ({ports})"
        return Hop("service", Verdict.BROKEN, f"{found.label} has no port {req.port} (its ports: {ports})",
                   resource=found.id, path="spec.ports", code=messages.FLOW_PORT_NOT_SERVED, fix=fix,
                   file=found.file, line=found.line), None
    protocol = istio_protocol(port, service_entry=found.kind == "ServiceEntry")
    says = f"{found.label} port {req.port} ({_describe_protocol(protocol, port)})"
    leg = Leg(host=name, service=found, protocol=protocol,
              destinations=(Destination(subset=None, port=req.port, weight=100),))
    if req.app_tls and protocol == "http" and flow.source.in_mesh:
        return Hop("service", Verdict.BROKEN, says + f"; the sender speaks TLS itself, which the sidecar cannot "
                   "read as HTTP: the connection fails", resource=found.id, path=_port_path(found, req.port),
                   code=messages.FLOW_TLS_TO_HTTP_PORT, file=found.file, line=found.line,
                   fix="send plaintext from the application (Istio's mTLS protects it in the mesh), or declare the "
                       "port tls / https (appProtocol) so the sidecar passes the TLS through"), None
    if found.kind == "ServiceEntry" and text(found.spec.get("location")).upper() != "MESH_INTERNAL":
        return Hop("service", Verdict.WORKS, says + "; outside the mesh: the backend itself is not checked",
                   resource=found.id, path=_port_path(found, req.port), file=found.file, line=found.line), None
    return Hop("service", Verdict.WORKS, says, resource=found.id, path=_port_path(found, req.port),
               file=found.file, line=found.line), leg


def _port_path(r: Resource, number: int) -> str:
    key = "port" if r.kind == "Service" else "number"
    for i, p in enumerate(as_list(r.spec.get("ports"))):
        if as_dict(p).get(key) == number:
            return f"spec.ports[{i}]"
    return "spec.ports"


def in_cluster(host: str) -> bool:
    return host.endswith("." + CLUSTER_DOMAIN) or namespace_of(host) is not None


def _not_in_files(ctx: FlowContext, flow: Flow, leg: Leg, name: str) -> tuple[Hop, None]:
    host = flow.request.host or name
    if in_cluster(name) or "." not in host:
        return Hop("service", Verdict.UNKNOWN, f"{name} is not among the rendered objects nor the file's "
                   "external_services: what Istio does with it is not known here",
                   fix=f"declare the Service under external_services (name, namespace, ports) so the gate follows "
                       f"the flow to it"), None
    if not flow.source.in_mesh:
        return Hop("outbound", Verdict.WORKS, f"{host} is outside the mesh and the sender has no sidecar: "
                   "nothing of Istio's is on the way"), None
    mode, source = ctx.outbound_policy()
    if mode == "REGISTRY_ONLY":
        return Hop("outbound", Verdict.BROKEN, f"{host}:{flow.request.port} is outside the mesh and no ServiceEntry "
                   f"admits it; the outbound policy is REGISTRY_ONLY ({source}), so the sidecar sends it to the "
                   "BlackHole (HTTP 502, or a reset)", code=messages.FLOW_EGRESS_BLOCKED,
                   fix=f"add a ServiceEntry for {host} port {flow.request.port} under service_entries"), None
    return Hop("outbound", Verdict.WORKS, f"{host} is outside the mesh; the outbound policy is ALLOW_ANY ({source}): "
               "the sidecar passes it through (PassthroughCluster); the backend itself is not checked"), None


# ---------------------------------------------------------------- pods addressed directly

def scrape_targets(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """The pods a Prometheus scrape addresses: the ServiceMonitor's Services' endpoints on the
    endpoint's port (else the Service's ``prometheus.io/port``), never through a route."""
    svc = ctx.index.services.get(ctx.collector_host)
    via = None
    port_name = None
    for sm in ctx.index.kind("ServiceMonitor"):
        labels = str_map(as_dict(sm.spec.get("selector")).get("matchLabels"))
        if sm.namespace == ctx.namespace and svc is not None and labels and map_selects(labels, svc.labels):
            sm_endpoints = [as_dict(e) for e in as_list(sm.spec.get("endpoints"))]
            port_name = next((text(e.get("port")) for e in sm_endpoints if e.get("port")), None)
            via = sm
            break
    if svc is None:
        return Hop("scrape", Verdict.BROKEN, f"no Service {ctx.collector_host} to scrape"), None
    number = None
    if port_name:
        number = next((as_dict(p).get("targetPort", as_dict(p).get("port")) for p in as_list(svc.spec.get("ports"))
                       if as_dict(p).get("name") == port_name), None)
        if number is None:
            return Hop("scrape", Verdict.BROKEN, f"{via.label} scrapes port {port_name}, which {svc.label} does not "
                       "have", resource=via.id, path="spec.endpoints[0].port", file=via.file, line=via.line), None
    else:
        annotated = svc.annotations.get("prometheus.io/port")
        number = int(annotated) if annotated and annotated.isdigit() else flow.request.port
    port = number if isinstance(number, int) else flow.request.port
    says = (f"{via.label} → {svc.label} port {port_name} → the pods' port {port}" if via is not None
            else f"{svc.label} annotation prometheus.io/port → the pods' port {port}")
    says += "; Prometheus addresses the pods, so no route applies"
    says += ("; it presents Istio's certificates itself (certificate sharing): Istio mTLS" if flow.source.own_tls
             else "; it has no sidecar: plaintext")
    protocol = "auto"
    for p in as_list(svc.spec.get("ports")):
        p = as_dict(p)
        if p.get("targetPort", p.get("port")) == port:
            protocol = istio_protocol(p)
    leg = Leg(host=None, service=svc, protocol=protocol, destinations=(Destination(None, port, 100),),
              wire="mtls" if flow.source.own_tls else "plaintext")
    hop = Hop("scrape", Verdict.WORKS, says, resource=(via or svc).id, file=(via or svc).file, line=(via or svc).line)
    return hop, endpoints(ctx, flow, leg, direct_port=port)[1]


def tracer_cluster(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    host = leg.host or ""
    return Hop("route", Verdict.WORKS, f"Envoy's tracer sends to the cluster outbound|{flow.request.port}||{host} "
               "directly: VirtualService routes do not apply (the DestinationRule does)"), leg


def no_routing(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """A sender without a sidecar: its request reaches the Service as it was sent."""
    return Hop("route", Verdict.WORKS, "the sender has no sidecar: no route applies, the Service sends it to its "
               "pods"), leg


# ---------------------------------------------------------------- the workloads behind the Service

def endpoints(ctx: FlowContext, flow: Flow, leg: Leg, *, direct_port: Optional[int] = None
              ) -> tuple[Optional[Hop], Optional[Leg]]:
    svc = leg.service
    if svc is None or svc.kind != "Service":
        return None, None
    backends = [d.service for d in leg.destinations if d.service is not None]
    if backends:  # a Gateway API route's backend Services, each with its own selector and ports
        return _backend_endpoints(ctx, flow, leg)
    selector = str_map(svc.spec.get("selector"))
    if not selector:
        return Hop("workloads", Verdict.UNKNOWN, f"{svc.label} has no selector: its endpoints are not in the files",
                   resource=svc.id), None
    found = []
    for dest in leg.destinations:
        labels = {**selector, **dict(dest.labels)}
        for w in ctx.index.select(svc.namespace, labels):
            port = direct_port if direct_port is not None else _target_port(svc, dest.port, w)
            if port is not None:
                found.append((w, port, dest))
    if not found:
        if not ctx.index.has_workloads(svc.namespace):
            return Hop("workloads", Verdict.UNKNOWN, f"the workloads behind {svc.label} are not in the files",
                       resource=svc.id), None
        return Hop("workloads", Verdict.BROKEN, f"no workload behind {svc.label} matches "
                   + ", ".join(f"subset {d.subset}" if d.subset else "its selector" for d in leg.destinations),
                   resource=svc.id, path="spec.selector", file=svc.file, line=svc.line), None
    return _reached(flow, leg, svc, found)


def _backend_endpoints(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Hop, Optional[Leg]]:
    """The workloads behind each backend Service (its selector, its port's target port)."""
    found = []
    for dest in leg.destinations:
        own = dest.service if dest.service is not None else leg.service
        selector = str_map(own.spec.get("selector"))
        if not selector:
            return Hop("workloads", Verdict.UNKNOWN, f"backend {own.label} has no selector: its endpoints are not "
                       "in the files", resource=own.id), None
        here = [(w, _target_port(own, dest.port, w), dest) for w in ctx.index.select(own.namespace, selector)]
        here = [(w, p, d) for w, p, d in here if p is not None]
        if not here:
            if not ctx.index.has_workloads(own.namespace):
                return Hop("workloads", Verdict.UNKNOWN, f"the workloads behind backend {own.label} are not in the "
                           "files", resource=own.id), None
            return Hop("workloads", Verdict.BROKEN, f"no workload behind backend {own.label} matches its selector "
                       f"({dest.weight}% of the requests get 503, no healthy upstream)", resource=own.id,
                       path="spec.selector", file=own.file, line=own.line), None
        found.extend(here)
    return _reached(flow, leg, found[0][2].service or leg.service, found)


def _reached(flow: Flow, leg: Leg, svc: Resource, found: list) -> tuple[Hop, Optional[Leg]]:
    names = sorted({w.label for w, _, _ in found})
    ports = sorted({p for _, p, _ in found})
    says = f"{', '.join(names)} (port {', '.join(map(str, ports))})"
    if flow.target_port is not None and flow.target_port not in ports:
        return Hop("workloads", Verdict.BROKEN, says + f": not the port {flow.target_port} the receiver listens on",
                   resource=svc.id, code=messages.FLOW_MISROUTED, file=svc.file, line=svc.line,
                   fix=f"point the Service port at target port {flow.target_port}"), None
    return Hop("workloads", Verdict.WORKS, says), replace(leg, workloads=tuple(found))


def _target_port(svc: Resource, port: int, w) -> Optional[int]:
    for p in as_list(svc.spec.get("ports")):
        p = as_dict(p)
        if p.get("port") != port:
            continue
        tp = p.get("targetPort", port)
        if isinstance(tp, int):
            return tp
        if isinstance(tp, str):
            return int(tp) if tp.isdigit() else w.container_port(tp)
    return None
