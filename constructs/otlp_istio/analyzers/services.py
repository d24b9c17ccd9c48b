"""Services and workloads: what Istio needs from plain Kubernetes objects.

* OI1401 (IST0118) a Service port named outside Istio's ``<protocol>[-<suffix>]`` convention
  and without ``appProtocol``: Istio falls back to protocol sniffing (or plain TCP).
  FAIL: ``{name: foo-http, port: 8000}``.  PASS: ``{name: http-foo}``, ``{name: grpc}``,
  ``{name: otlp, appProtocol: grpc}``; UDP/SCTP ports (not proxied) are not checked.
* OI1402 a Deployment, StatefulSet or DaemonSet in the mesh whose pod template lacks the
  ``app`` or ``version`` label (``app.kubernetes.io/name`` / ``app.kubernetes.io/version`` count
  too), which Istio uses for telemetry and which subsets select on.
"""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from . import codes
from .index import SYSTEM_NAMESPACES, Index, as_dict, as_list, text

NAME = "services"
DESCRIPTION = "Service port names and workload app/version labels"
KINDS = ("Service", "Deployment", "StatefulSet", "DaemonSet")

# Istio's protocol names (pkg/config/protocol), compared case-insensitively
PROTOCOLS = frozenset({"http", "http2", "https", "grpc", "grpc-web", "tcp", "tls", "udp", "mongo", "redis",
                       "mysql", "http_proxy"})
APP_PROTOCOLS = PROTOCOLS | {"kubernetes.io/h2c", "kubernetes.io/ws", "kubernetes.io/wss"}
LABELLED_KINDS = ("Deployment", "StatefulSet", "DaemonSet")


def port_protocol(name: str) -> str | None:
    """The protocol a port name declares, or None when it declares none."""
    lower = name.lower()
    if lower == "grpc-web" or lower.startswith("grpc-web-"):
        return "grpc-web"
    prefix = lower.split("-", 1)[0]
    return prefix if prefix in PROTOCOLS else None


def analyze(index: Index) -> Iterator[Finding]:
    yield from _port_names(index)
    yield from _labels(index)


def _port_names(index: Index) -> Iterator[Finding]:
    for svc in index.kind("Service"):
        if svc.namespace in SYSTEM_NAMESPACES or text(svc.spec.get("type")) == "ExternalName":
            continue
        for i, port in enumerate(as_list(svc.spec.get("ports"))):
            port = as_dict(port)
            if text(port.get("protocol") or "TCP").upper() in ("UDP", "SCTP"):
                continue
            number = text(port.get("port"))
            target = text(port.get("targetPort", port.get("port")))
            app = port.get("appProtocol")
            if app is not None:
                if text(app).lower() in APP_PROTOCOLS:
                    continue
                yield svc.finding(codes.PORT_NAME, f"spec.ports[{i}].appProtocol", (
                    f"appProtocol {text(app)!r} of port {number} is not a protocol Istio knows, so it "
                    f"sniffs the protocol; use one of: {', '.join(sorted(APP_PROTOCOLS))}"))
                continue
            name = text(port.get("name"))
            if name and port_protocol(name):
                continue
            what = f"port name {name!r}" if name else "an unnamed port"
            yield svc.finding(codes.PORT_NAME, f"spec.ports[{i}].name" if name else f"spec.ports[{i}]", (
                f"{what} (port: {number}, targetPort: {target}) does not follow Istio's <protocol>[-<suffix>] "
                "naming, so Istio has to detect the protocol; name it e.g. http-..., grpc-..., tcp-... "
                "or set appProtocol (http, http2, grpc, tcp, tls, ...)"))


def _labels(index: Index) -> Iterator[Finding]:
    skip = SYSTEM_NAMESPACES | {index.root_namespace}
    for w in index.workloads:
        if w.resource.kind not in LABELLED_KINDS or w.namespace in skip:
            continue
        if index.in_mesh(w)[0] is False:
            continue  # not a mesh workload: Istio's labels do not matter to it
        missing = []
        if "app" not in w.labels and "app.kubernetes.io/name" not in w.labels:
            missing.append("app")
        if "version" not in w.labels and "app.kubernetes.io/version" not in w.labels:
            missing.append("version")
        if missing:
            yield w.resource.finding(codes.APP_VERSION_LABELS, w.meta_path("labels"), (
                f"the pod template has no {' and no '.join(missing)} label; Istio uses app and version "
                "(or app.kubernetes.io/name and app.kubernetes.io/version) in metrics and traces, and "
                f"DestinationRule subsets select on version; add {', '.join(f'{m}: ...' for m in missing)} "
                "to spec.template.metadata.labels"))
