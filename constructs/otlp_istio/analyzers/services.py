"""Services and workloads: what Istio needs from plain Kubernetes objects.

* OI1401 (IST0118) a Service port whose protocol Istio cannot tell: its ``appProtocol`` (or,
  without one, its name) does not start with a protocol Istio knows (``<protocol>[-<suffix>]``),
  and the port is not one Istio never sniffs (25, 53, 3306, 27017). Istio falls back to protocol
  sniffing. FAIL: ``{name: foo-http, port: 8000}``, ``{name: otlp, appProtocol: otlp}``.
  PASS: ``{name: http-foo}``, ``{name: grpc}``, ``{name: otlp, appProtocol: grpc}``, UDP ports,
  an unnamed port 53. Exempt as in istioctl: Services of the control plane (label ``istio`` or
  ``release: istio``), gateways and waypoints Istio manages (``gateway.istio.io/managed``), and
  the system namespaces.
* OI1403 (IST0150) an ExternalName Service port without a known protocol, or named ``tcp``.
* OI1406 (ours, Info) a Deployment, StatefulSet or DaemonSet in the mesh that no Service of its
  namespace selects: nothing routes to it. Only where the namespace has Services among the
  documents (otherwise its Services may simply be elsewhere).
* OI1402 a Deployment, StatefulSet or DaemonSet in the mesh whose pod template lacks the
  ``app`` or ``version`` label (``app.kubernetes.io/name`` / ``app.kubernetes.io/version`` count
  too), which Istio uses for telemetry and which subsets select on.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import SYSTEM_NAMESPACES, Index, as_dict, as_list, text

NAME = "services"
DESCRIPTION = "Service port names and workload app/version labels"
KINDS = ("Service", "Deployment", "StatefulSet", "DaemonSet")

# Istio's protocol names (pkg/config/protocol), compared case-insensitively
PROTOCOLS = frozenset({"http", "http2", "https", "grpc", "grpc-web", "tcp", "tls", "udp", "mongo", "redis",
                       "mysql", "http_proxy"})
# Kubernetes' standard appProtocol names, which Istio maps itself
K8S_APP_PROTOCOLS = frozenset({"kubernetes.io/h2c", "kubernetes.io/ws", "kubernetes.io/wss"})
APP_PROTOCOLS = PROTOCOLS | K8S_APP_PROTOCOLS
# ports Istio never sniffs: an unnamed port there is plain TCP (SMTP, DNS, MySQL, MongoDB)
WELL_KNOWN_PORTS = frozenset({25, 53, 3306, 27017})
# Services of gateways and waypoints Istio deploys itself (label gateway.istio.io/managed)
MANAGED_GATEWAY_LABELS = frozenset({"istio.io-gateway-controller", "istio.io-mesh-controller",
                                    "istio.io-eastwest-controller"})
LABELLED_KINDS = ("Deployment", "StatefulSet", "DaemonSet")


def port_protocol(name: str) -> str | None:
    """The protocol a port name (or appProtocol) declares, or None when it declares none."""
    lower = name.lower()
    if lower in K8S_APP_PROTOCOLS:
        return lower
    if lower.startswith("grpc-web"):
        return "grpc-web"
    prefix = lower.split("-", 1)[0]
    return prefix if prefix in PROTOCOLS else None


def port_is_supported(port: dict) -> bool:
    """Whether Istio knows the protocol of a Service port, as its ConvertProtocol decides."""
    if text(port.get("protocol")).upper() == "UDP":
        return True
    app = port.get("appProtocol")
    name = text(app) if app is not None else text(port.get("name"))
    if port_protocol(name):
        return True
    number = port.get("port")
    return isinstance(number, int) and number in WELL_KNOWN_PORTS


def control_plane_or_managed(svc) -> bool:
    labels = svc.labels
    return ("istio" in labels or labels.get("release") == "istio"
            or labels.get("gateway.istio.io/managed") in MANAGED_GATEWAY_LABELS)


def analyze(index: Index) -> Iterator[Finding]:
    yield from _port_names(index)
    yield from _labels(index)
    yield from _without_service(index)


def _port_names(index: Index) -> Iterator[Finding]:
    for svc in index.kind("Service"):
        if svc.namespace in SYSTEM_NAMESPACES or control_plane_or_managed(svc):
            continue
        external = text(svc.spec.get("type")) == "ExternalName"
        for i, port in enumerate(as_list(svc.spec.get("ports"))):
            port = as_dict(port)
            name = text(port.get("name"))
            number = text(port.get("port"))
            if external and (not port_is_supported(port) or name == "tcp"):
                yield svc.finding(messages.EXTERNAL_NAME_PORT_NAME, f"spec.ports[{i}]", (
                    f"port {name or '(unnamed)'} ({number}) of this ExternalName Service "
                    + ("is named tcp" if name == "tcp" else "does not name a protocol Istio knows")
                    + "; the proxy may refuse traffic to tcp-named or unmatched ports of an ExternalName Service; "
                    "name it by the protocol it carries (http-..., https-..., tls-...) or set appProtocol"))
                continue
            if external or port_is_supported(port):
                continue
            target = text(port.get("targetPort", port.get("port")))
            app = port.get("appProtocol")
            if app is not None:
                yield svc.finding(messages.PORT_NAME_NOT_PROTOCOL, f"spec.ports[{i}].appProtocol", (
                    f"appProtocol {text(app)!r} of port {number} is not a protocol Istio knows, so it "
                    f"sniffs the protocol; use one of: {', '.join(sorted(APP_PROTOCOLS))}"))
                continue
            what = f"port name {name!r}" if name else "an unnamed port"
            path = f"spec.ports[{i}].name" if name else f"spec.ports[{i}]"
            yield svc.finding(messages.PORT_NAME_NOT_PROTOCOL, path, (
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
            yield w.resource.finding(messages.WORKLOAD_MISSING_APP_VERSION_LABELS, w.meta_path("labels"), (
                f"the pod template has no {' and no '.join(missing)} label; Istio uses app and version "
                "(or app.kubernetes.io/name and app.kubernetes.io/version) in metrics and traces, and "
                f"DestinationRule subsets select on version; add {', '.join(f'{m}: ...' for m in missing)} "
                "to spec.template.metadata.labels"))


def _without_service(index: Index) -> Iterator[Finding]:
    selected: set[int] = set()
    namespaces: set[str] = set()
    for svc in index.kind("Service"):
        namespaces.add(svc.namespace or "default")
        if as_dict(svc.spec.get("selector")):
            selected.update(w.id for w in index.service_workloads(svc))
    skip = SYSTEM_NAMESPACES | {index.root_namespace}
    for w in index.workloads:
        if (w.resource.kind not in LABELLED_KINDS or w.id in selected or w.namespace not in namespaces
                or w.namespace in skip or index.in_mesh(w)[0] is not True):
            continue
        yield w.resource.finding(messages.WORKLOAD_WITHOUT_SERVICE, w.meta_path("labels"), (
            f"no Service of namespace {w.namespace} selects {w.label} (its pod labels: "
            f"{', '.join(f'{k}={v}' for k, v in sorted(w.labels.items())) or 'none'}), so no route or mesh "
            "traffic reaches it; add a Service whose selector matches them, or fix the labels"))
