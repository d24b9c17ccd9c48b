"""Istio Gateways: their pods, ports, credentials and conflicts (istioctl's gateway analyzers).

A Gateway's ``selector`` is matched against pods and pod templates of every namespace (the
gateway deployment usually lives apart from the Gateway).

* OI1901 (IST0101) the selector matches no pod.
* OI1902 (IST0162) a server port is neither a targetPort (or, without one, a port) of a TCP port
  of the Services in front of the matched pods, nor one of those Services' ports. A port
  without ``protocol`` counts as TCP, as the API server defaults it.
* OI1903 (IST0101) a server's ``tls.credentialName`` (``name``, or ``namespace/name``) names no
  Secret in the namespace of the gateway pods.
* OI1904 (IST0161) that Secret has neither ``cert``/``key`` nor ``tls.crt``/``tls.key`` with
  values, or its certificate is not a PEM certificate.
* OI1905 (IST0145) another Gateway with the same selector (or one meeting it on a pod) has a
  server on the same port with one of the same hosts and the same ``bind``.
"""
from __future__ import annotations

import base64
import binascii
import re
from typing import Iterator

from ..findings import Finding
from . import codes
from .index import Index, Resource, Workload, as_dict, as_list, show_labels, str_map, text

NAME = "gateway_servers"
DESCRIPTION = "Gateway selectors, ports on the gateway Service, credentials and conflicts"
KINDS = ("Gateway", "Service", "Secret", "Deployment", "Pod")

_PEM = re.compile(r"-----BEGIN CERTIFICATE-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----")


def analyze(index: Index) -> Iterator[Finding]:
    gateways = sorted(index.kind("Gateway"), key=lambda r: (r.namespace or "", r.name))
    pods: dict[int, list[Workload]] = {}
    for gw in gateways:
        selector = str_map(gw.spec.get("selector"))
        found = index.select(None, selector)
        pods[id(gw)] = found
        if not found:
            yield gw.finding(codes.GATEWAY_SELECTS_NOTHING, "spec.selector", (
                f"no pod of any namespace has the labels {show_labels(selector)}, so no gateway proxy serves "
                "this Gateway; fix the selector (istio: ingressgateway for the default ingress gateway)"))
            continue
        yield from _ports(index, gw, found)
        yield from _credentials(index, gw, found)
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
            yield gw.finding(codes.GATEWAY_PORT_NOT_ON_SERVICE, f"spec.servers[{i}].port.number", (
                f"port {number} is not a port or targetPort of the Services in front of the gateway pods "
                f"(their TCP targetPorts: {', '.join(map(str, sorted(targets))) or 'none'}); listen on one of "
                "them, or add the port to the gateway's Service"))


def _credentials(index: Index, gw: Resource, found: list[Workload]) -> Iterator[Finding]:
    namespace = found[0].namespace
    secrets = {(s.namespace, s.name): s for s in index.kind("Secret")}
    for i, server in enumerate(as_list(gw.spec.get("servers"))):
        name = text(as_dict(as_dict(server).get("tls")).get("credentialName"))
        if not name:
            continue
        key = tuple(name.split("/", 1)) if "/" in name else (namespace, name)
        path = f"spec.servers[{i}].tls.credentialName"
        secret = secrets.get(key)
        if secret is None:
            yield gw.finding(codes.GATEWAY_CREDENTIAL_NOT_FOUND, path, (
                f"credential {name}: no Secret {key[0]}/{key[1]} (the gateway pods run in namespace {namespace}, "
                "where the gateway reads its credentials); create it there or fix the name"))
        elif not _valid_certificate(secret):
            yield gw.finding(codes.GATEWAY_CREDENTIAL_INVALID, path, (
                f"Secret {key[0]}/{key[1]} holds no certificate the gateway can use: it needs a PEM certificate "
                "and key under tls.crt and tls.key (or cert and key); traffic to this server will fail"))


def _decoded(data: dict, key: str) -> bytes:
    try:
        return base64.b64decode(text(data.get(key)), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _valid_certificate(secret: Resource) -> bool:
    data = as_dict(secret.data.get("data"))
    strings = as_dict(secret.data.get("stringData"))
    for cert_key, key_key in (("cert", "key"), ("tls.crt", "tls.key")):
        cert = strings.get(cert_key, "").encode() if cert_key in strings else _decoded(data, cert_key)
        key = strings.get(key_key, "").encode() if key_key in strings else _decoded(data, key_key)
        if cert and key:
            blocks = _PEM.findall(cert.decode("utf-8", "replace"))
            try:
                return bool(blocks) and all(base64.b64decode("".join(b.split()), validate=True)[:1] == b"\x30"
                                            for b in blocks)
            except (binascii.Error, ValueError):
                return False
    return False


def _conflicts(gateways: list[Resource], pods: dict[int, list[Workload]]) -> Iterator[Finding]:
    for gw in gateways:
        selector = str_map(gw.spec.get("selector"))
        mine = {w.id for w in pods[id(gw)]}
        for i, server in enumerate(as_list(gw.spec.get("servers"))):
            server = as_dict(server)
            port = as_dict(server.get("port")).get("number")
            hosts = {text(h) for h in as_list(server.get("hosts"))}
            bind = text(server.get("bind"))
            others = []
            for other in gateways:
                if other is gw:
                    continue
                same = str_map(other.spec.get("selector")) == selector or bool(mine & {w.id for w in pods[id(other)]})
                if not same:
                    continue
                for o in as_list(other.spec.get("servers")):
                    o = as_dict(o)
                    if (as_dict(o.get("port")).get("number") == port and text(o.get("bind")) == bind
                            and hosts & {text(h) for h in as_list(o.get("hosts"))}):
                        others.append(f"{other.namespace}/{other.name}")
                        break
            if others:
                yield gw.finding(codes.CONFLICTING_GATEWAYS, f"spec.servers[{i}]", (
                    f"Gateway {', '.join(sorted(others))} serves the same port {port} and host(s) "
                    f"{', '.join(sorted(hosts))} on the same gateway pods ({show_labels(selector)}); which one wins "
                    "is undefined; merge the servers into one Gateway or give them different hosts or ports"))
