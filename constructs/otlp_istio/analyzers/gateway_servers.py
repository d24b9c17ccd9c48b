"""Istio Gateways: their pods, ports and conflicts (istioctl's gateway analyzers; their
credentials are :mod:`.gateway_credentials`).

A Gateway's ``selector`` is matched against pods and pod templates of every namespace (the
gateway deployment usually lives apart from the Gateway; a pod template stands for its pods).

* OI1901 (IST0101) the selector matches no pod.
* OI1902 (IST0162) a server port is neither a targetPort (or, without one, a port) of a TCP port
  of the Services in front of the matched pods, nor one of those Services' ports. A port
  without ``protocol`` counts as TCP, as the API server defaults it.
* OI1905 (IST0145) a server conflicts with another Gateway's, as istioctl's
  ConflictingGatewayAnalyzer decides it: the two selectors, written ``k=v,...`` sorted by key,
  are equal, or one is a substring of the other and a pod matches both (``istio=ingress`` is
  inside ``istio=ingressgateway``; ``app=a,istio=b`` is not inside ``app=a,x=y,istio=b``); the
  other Gateway's *last* server on the same port number (no port: 0) has one of the server's
  hosts, as written (no wildcard matching: ``*.example.com`` and ``a.example.com`` do not
  conflict, nor ``ns/a.example.com`` and ``a.example.com``), with the same ``bind``. One finding
  per server, naming every Gateway it conflicts with; servers of one Gateway never conflict.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import Index, Resource, Workload, as_dict, as_list, show_labels, str_map, text

NAME = "gateway_servers"
DESCRIPTION = "Gateway selectors, ports on the gateway Service, conflicting Gateways"
KINDS = ("Gateway", "Service", "Deployment", "Pod")


def analyze(index: Index) -> Iterator[Finding]:
    gateways = sorted(index.kind("Gateway"), key=lambda r: (r.namespace or "", r.name))
    pods: dict[int, list[Workload]] = {}
    for gw in gateways:
        selector = str_map(gw.spec.get("selector"))
        found = index.select_pods(None, selector)
        pods[id(gw)] = found
        if not found:
            yield gw.finding(messages.GATEWAY_SELECTS_NOTHING, "spec.selector", (
                f"no pod of any namespace has the labels {show_labels(selector)}, so no gateway proxy serves "
                "this Gateway; fix the selector (istio: ingressgateway for the default ingress gateway)"))
            continue
        yield from _ports(index, gw, found)
    yield from _conflicts(gateways, pods)


def _ports(index: Index, gw: Resource, found: list[Workload]) -> Iterator[Finding]:
    targets: set[int] = set()
    ports: set[int] = set()
    for w in found:
        for svc in index.kind("Service"):
            selector = str_map(svc.spec.get("selector"))
            if svc.namespace != w.namespace or not selector or not all(w.labels.get(k) == v for k, v in selector.items()):
                continue
            for p in as_list(svc.spec.get("ports")):
                p = as_dict(p)
                if text(p.get("protocol") or "TCP") != "TCP" or not isinstance(p.get("port"), int):
                    continue
                target = p.get("targetPort")
                number = target if isinstance(target, int) else int(target) if isinstance(target, str) and target.isdigit() else 0
                targets.add(number or p["port"])
                if number:
                    ports.add(p["port"])
    for i, server in enumerate(as_list(gw.spec.get("servers"))):
        number = as_dict(as_dict(server).get("port")).get("number")
        if isinstance(number, int) and number not in targets and number not in ports:
            yield gw.finding(messages.GATEWAY_PORT_NOT_ON_SERVICE, f"spec.servers[{i}].port.number", (
                f"port {number} is not a port or targetPort of the Services in front of the gateway pods "
                f"(their TCP targetPorts: {', '.join(map(str, sorted(targets))) or 'none'}); listen on one of "
                "them, or add the port to the gateway's Service"))


def _selector_string(selector: dict[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(selector.items()))


def _last_servers(gw: Resource) -> dict[int, dict]:
    """Port number -> the Gateway's last server on it (istioctl keeps one server per port and Gateway)."""
    out: dict[int, dict] = {}
    for server in as_list(gw.spec.get("servers")):
        server = as_dict(server)
        number = as_dict(server.get("port")).get("number")
        out[number if isinstance(number, int) else 0] = server
    return out


def _conflicts(gateways: list[Resource], pods: dict[int, list[Workload]]) -> Iterator[Finding]:
    strings = {id(g): _selector_string(str_map(g.spec.get("selector"))) for g in gateways}
    last = {id(g): _last_servers(g) for g in gateways}
    pod_ids = {id(g): {w.id for w in pods[id(g)]} for g in gateways}
    for gw in gateways:
        mine = strings[id(gw)]
        same_pods = []
        for other in gateways:
            theirs = strings[id(other)]
            if other is gw:
                continue
            if mine == theirs or ((mine in theirs or theirs in mine) and pod_ids[id(gw)] & pod_ids[id(other)]):
                same_pods.append(other)
        if not same_pods:
            continue
        for i, server in enumerate(as_list(gw.spec.get("servers"))):
            server = as_dict(server)
            number = as_dict(server.get("port")).get("number")
            port = number if isinstance(number, int) else 0
            hosts = [text(h) for h in as_list(server.get("hosts"))]
            bind = text(server.get("bind"))
            others = sorted(f"{o.namespace}/{o.name}" for o in same_pods
                            if _shares_host(last[id(o)].get(port), hosts, bind))
            if others:
                yield gw.finding(messages.CONFLICTING_GATEWAYS, f"spec.servers[{i}]", (
                    f"Gateway {', '.join(others)} serves port {port} with host(s) of this server "
                    f"({', '.join(hosts)}) on the same gateway pods ({mine or 'any pod'}); which one wins is "
                    "undefined; merge the servers into one Gateway or give them different hosts or ports"))


def _shares_host(other: dict | None, hosts: list[str], bind: str) -> bool:
    if other is None or text(other.get("bind")) != bind:
        return False
    return bool(set(hosts) & {text(h) for h in as_list(other.get("hosts"))})
