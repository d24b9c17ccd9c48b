"""The flows an environment implies, from its config and what it rendered.

* applications → collector: OTLP/gRPC (``POST /opentelemetry.proto.collector.<signal>.v1.<Kind>Service/Export``)
  and OTLP/HTTP (``POST /v1/<signal>``) for each signal a pipeline of the rendered collector config
  takes from its ``otlp`` receiver, from each of ``collector.clients`` (none: any workload of the mesh);
* Prometheus → the collector's metrics port: ``GET <path>`` to the pods the ServiceMonitor (or the
  Service's ``prometheus.io`` annotations) names, from where ``prometheus.location`` says it runs;
  and workloads of the mesh → the metrics port through the Service;
* Envoy proxies → the tracing provider's backend (``tracing.zipkin_endpoint``), and access logs;
* the collector → each exporter's backend;
* the canary split (``canary``, git mode): each OTLP port's requests through the routes the
  canary shifts.
"""
from __future__ import annotations

from typing import Any, Optional
from urllib.parse import urlsplit

import yaml

from ..analyzers.index import Resource, as_dict, as_list, text
from ..config.collector import ExporterType
from ..config.derived import OTLP_GRPC, OTLP_HTTP, tracing_service
from ..config.models import CanaryMode, PrometheusLocation
from ..hosts import fqdn, meant_fqdn
from ..yamlio import safe_load
from .context import FlowContext
from .model import Flow, Peer, Request

SIGNALS = ("traces", "metrics", "logs")
GRPC_PATH = {"traces": "/opentelemetry.proto.collector.trace.v1.TraceService/Export",
             "metrics": "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export",
             "logs": "/opentelemetry.proto.collector.logs.v1.LogsService/Export"}
HTTP_PATH = {"traces": "/v1/traces", "metrics": "/v1/metrics", "logs": "/v1/logs"}
ZIPKIN_PATH = "/api/v2/spans"


# ---------------------------------------------------------------- the collector's receivers

def collector_config(ctx: FlowContext) -> Optional[dict]:
    """The rendered collector config (the ConfigMap ``<collector>-config``, key ``config.yaml``)."""
    for cm in ctx.index.kind("ConfigMap"):
        if cm.namespace == ctx.namespace and cm.name == f"{ctx.collector}-config":
            body = as_dict(cm.data.get("data")).get("config.yaml")
            if isinstance(body, str):
                try:
                    parsed = safe_load(body)
                except yaml.YAMLError:
                    return None
                return parsed if isinstance(parsed, dict) else None
    return None


def _port_of(endpoint: Any, default: int) -> int:
    tail = text(endpoint).rpartition(":")[2]
    return int(tail) if tail.isdigit() else default


def otlp_receivers(ctx: FlowContext) -> dict[str, tuple[int, list[str]]]:
    """``{"grpc": (port, signals), "http": (port, signals)}``: where the collector's OTLP receivers
    listen and which signals the pipelines take from them (the defaults when no config is rendered)."""
    cfg = collector_config(ctx)
    if cfg is None:
        return {"grpc": (OTLP_GRPC, list(SIGNALS)), "http": (OTLP_HTTP, list(SIGNALS))}
    receivers = as_dict(cfg.get("receivers"))
    pipelines = as_dict(as_dict(cfg.get("service")).get("pipelines"))
    out: dict[str, tuple[int, list[str]]] = {}
    for rid, body in receivers.items():
        if text(rid).split("/")[0] != "otlp":
            continue
        signals = [s for s in SIGNALS if any(text(name).split("/")[0] == s and rid in as_list(as_dict(p).get("receivers"))
                                             for name, p in pipelines.items())]
        protocols = as_dict(as_dict(body).get("protocols"))
        for proto, default in (("grpc", OTLP_GRPC), ("http", OTLP_HTTP)):
            if proto in protocols and signals:
                port = _port_of(as_dict(protocols[proto]).get("endpoint"), default)
                have = out.get(proto, (port, []))[1]
                out[proto] = (port, have + [s for s in signals if s not in have])
    return out


def service_port_for(svc: Optional[Resource], target_port: int) -> Optional[int]:
    """The Service port whose target is the container port ``target_port``."""
    if svc is None:
        return None
    for p in as_list(svc.spec.get("ports")):
        p = as_dict(p)
        tp = p.get("targetPort", p.get("port"))
        if tp == target_port or (isinstance(tp, str) and tp.isdigit() and int(tp) == target_port):
            return p.get("port") if isinstance(p.get("port"), int) else None
    return None


# ---------------------------------------------------------------- who sends

def client_peers(ctx: FlowContext) -> list[Peer]:
    clients = ctx.config.collector.clients
    if not clients:
        return [Peer(name="applications anywhere in the mesh", node="apps", in_mesh=True, any_identity=True)]
    peers = []
    for c in clients:
        who = f"applications of {c.namespace}" + (f" (service account {c.service_account})" if c.service_account else "")
        node = f"apps-{c.namespace}" + (f"-{c.service_account}" if c.service_account else "")
        if not c.in_mesh:
            peers.append(Peer(name=who + ", outside the mesh", node=node, in_mesh=False, namespace=c.namespace))
        else:
            principal = ctx.principal(c.namespace, c.service_account) if c.service_account else None
            peers.append(Peer(name=who, node=node, in_mesh=True, namespace=c.namespace, principal=principal,
                              any_identity=principal is None))
    return peers


def prometheus_peer(ctx: FlowContext) -> Peer:
    p = ctx.config.prometheus
    if p.location is PrometheusLocation.IN_MESH:
        return Peer(name=f"Prometheus ({p.namespace}, in the mesh)", node="prometheus", in_mesh=True,
                    namespace=p.namespace, principal=ctx.principal(p.namespace, p.service_account), own_tls=True)
    return Peer(name="Prometheus (outside the mesh)", node="prometheus", in_mesh=False)


def collector_peer(ctx: FlowContext) -> Peer:
    """The collector as a sender: its pods run with the namespace's default service account."""
    in_mesh = True
    for w in ctx.index.ns_workloads.get(ctx.namespace, ()):
        if w.labels.get("app") == ctx.collector and ctx.index.in_mesh(w)[0] is False:
            in_mesh = False
    sa = "default"
    return Peer(name="the collector", node="collector", in_mesh=in_mesh, namespace=ctx.namespace,
                principal=ctx.principal(ctx.namespace, sa) if in_mesh else None)


MESH = Peer(name="workloads of the mesh", node="mesh", in_mesh=True, any_identity=True)
PROXIES = Peer(name="Envoy proxies (every sidecar)", node="proxies", in_mesh=True, any_identity=True)


# ---------------------------------------------------------------- the flows

def otlp_flows(ctx: FlowContext) -> list[Flow]:
    host = ctx.collector_host
    svc = ctx.index.services.get(host)
    out = []
    peers = client_peers(ctx)
    for proto, (port, signals) in sorted(otlp_receivers(ctx).items()):
        service_port = service_port_for(svc, port) or port
        label = "OTLP/gRPC" if proto == "grpc" else "OTLP/HTTP"
        for peer in peers:
            for signal in signals:
                request = (Request("grpc", host, service_port, "POST", GRPC_PATH[signal]) if proto == "grpc"
                           else Request("http", host, service_port, "POST", HTTP_PATH[signal]))
                out.append(Flow(
                    id=f"{peer.node}/otlp-{proto}/{signal}", group=f"{peer.node}/otlp-{proto}",
                    title=f"{peer.name} → collector: {label} {signal}", source=peer, request=request,
                    target="collector", target_name=f"the collector's {label} receiver (port {port})",
                    by_compiler=True, because=f"the collector's {signal} pipeline takes OTLP ({label}, port {port})",
                    service=host, target_port=port, setting="collector", edge=f"{label} :{service_port}",
                    item=signal))
    return out


def scrape_flows(ctx: FlowContext) -> list[Flow]:
    p = ctx.config.prometheus
    if not p.enabled:
        return []
    host = ctx.collector_host
    peer = prometheus_peer(ctx)
    where = "outside the mesh" if peer.node == "prometheus" and not peer.in_mesh else "in the mesh"
    svc_port = service_port_for(ctx.index.services.get(host), p.port) or p.port
    return [
        Flow(id="prometheus/scrape", group="prometheus/scrape", title=f"{peer.name} → collector: scrape GET {p.path}",
             source=peer, request=Request("http", None, p.port, "GET", p.path, direct=True), target="collector",
             target_name=f"the collector's metrics (port {p.port})", by_compiler=True,
             because=f"prometheus.enabled (a ServiceMonitor and prometheus.io annotations; Prometheus {where})",
             service=host, target_port=p.port, setting="prometheus", edge=f"scrape :{p.port}{p.path}"),
        Flow(id="mesh/metrics", group="mesh/metrics", title=f"workloads of the mesh → collector: GET {p.path} "
             f"through the Service", source=MESH, request=Request("http", host, svc_port, "GET", p.path),
             target="collector", target_name=f"the collector's metrics (Service port {svc_port})", by_compiler=True,
             because="prometheus.enabled (the Service's port metrics)", service=host, target_port=p.port,
             setting="prometheus", edge=f"metrics via the Service :{svc_port}"),
    ]


def tracing_flows(ctx: FlowContext) -> list[Flow]:
    t = ctx.config.tracing
    if not t.enabled:
        return []
    url = urlsplit(t.zipkin_endpoint)
    port = url.port or (443 if url.scheme == "https" else 80)
    service = tracing_service(ctx.config)[0]
    namespace, _, host = service.rpartition("/")
    path = url.path if url.path and url.path != "/" else ZIPKIN_PATH
    if t.provider.value == "zipkin":
        request = Request("http", host, port, "POST", path)
    elif url.path and url.path != "/":
        request = Request("http", host, port, "POST", url.path.rstrip("/") + ("" if url.path.endswith("/v1/traces")
                                                                             else "/v1/traces"))
    else:
        request = Request("grpc", host, port, "POST", GRPC_PATH["traces"])
    to_collector = fqdn(host, namespace or ctx.namespace) == ctx.collector_host
    flows = [Flow(id="proxies/tracing", group="proxies/tracing",
                  title=f"Envoy proxies → tracing backend: {request.describe()}", source=PROXIES, request=request,
                  target="collector" if to_collector else "tracing",
                  target_name=f"the tracing provider {ctx.config.tracing.effective_provider_name} ({service}:{port})",
                  by_compiler=to_collector, because="tracing.enabled, tracing.zipkin_endpoint",
                  service=host, target_port=port if to_collector else None, setting="tracing.zipkin_endpoint",
                  edge=f"spans :{port}")]
    return flows


def access_log_flows(ctx: FlowContext) -> list[Flow]:
    logs = ctx.config.access_logs
    if logs is None:
        return []
    return [Flow(id=f"proxies/access-logs/{name}", group="proxies/access-logs",
                 title=f"Envoy proxies → access log provider {name}", source=PROXIES,
                 request=Request("tcp", None, 0), target=f"logs-{name}", target_name=f"access log provider {name}",
                 by_compiler=False, because="access_logs.providers", setting="access_logs.providers",
                 edge="access logs")
            for name in logs.providers]


def exporter_request(exporter) -> Request:
    """How an exporter's requests leave the collector."""
    t = exporter.type
    if t is ExporterType.OTLP:
        host, _, port = exporter.endpoint.rpartition(":")
        insecure = exporter.tls is not None and exporter.tls.insecure
        return Request("grpc", host, int(port), "POST", GRPC_PATH[exporter.sends()[0].value], app_tls=not insecure)
    url = urlsplit(exporter.endpoint)
    port = url.port or (443 if url.scheme == "https" else 80)
    path = url.path or "/"
    if t is ExporterType.OTLPHTTP:
        path = path.rstrip("/") + HTTP_PATH[exporter.sends()[0].value]
    return Request("http", url.hostname or "", port, "POST", path, app_tls=url.scheme == "https")


def exporter_flows(ctx: FlowContext) -> list[Flow]:
    out = []
    peer = collector_peer(ctx)
    for name, exporter in sorted(ctx.config.collector.exporters.items()):
        if exporter.type is ExporterType.DEBUG or not exporter.endpoint:
            continue
        request = exporter_request(exporter)
        host = request.host or ""
        service = meant_fqdn(host) or fqdn(host, ctx.namespace)
        out.append(Flow(id=f"collector/export/{name}", group=f"collector/export/{name}",
                        title=f"collector → exporter {name}: {request.describe()}", source=peer,
                        request=request,
                        target=f"exporter-{name}", target_name=f"exporter {name}'s backend ({exporter.endpoint})",
                        by_compiler=False, because=f"collector.exporters.{name}", service=service,
                        setting=f"collector.exporters.{name}.endpoint",
                        edge=f"{exporter.type.value} :{request.port}"))
    return out


def canary_flows(ctx: FlowContext) -> list[Flow]:
    c = ctx.config.canary
    if c is None:
        return []
    out = []
    for flow in otlp_flows(ctx):
        if flow.source.node not in ("apps", client_peers(ctx)[0].node):
            continue
        proto = flow.group.rsplit("/", 1)[1]
        mode = "Flagger" if c.mode is CanaryMode.FLAGGER else "git"
        out.append(Flow(id=f"canary/{proto}/{flow.id.rsplit('/', 1)[1]}", group=f"canary/{proto}",
                        title=f"canary split {c.baseline_version} → {c.canary_version}: {flow.title.split(': ', 1)[1]}",
                        source=flow.source, request=flow.request, target="collector-canary",
                        target_name=f"the collector's versions {c.baseline_version} and {c.canary_version}",
                        by_compiler=True, because=f"canary ({mode} mode)", service=flow.service,
                        setting="canary", edge=f"canary split, {flow.edge}", item=flow.item))
    return out


def flows_of(ctx: FlowContext) -> list[Flow]:
    """Every flow the environment implies, in a stable order."""
    return (otlp_flows(ctx) + scrape_flows(ctx) + tracing_flows(ctx) + access_log_flows(ctx) + exporter_flows(ctx)
            + canary_flows(ctx))
