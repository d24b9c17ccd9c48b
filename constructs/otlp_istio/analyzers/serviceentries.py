"""ServiceEntries (istioctl's serviceentry.ProtocolAddresses).

* OI1805 (IST0134) a ServiceEntry without ``addresses`` has a port whose protocol is TCP or
  unset: without an address (or DNS capture with automatic allocation in the mesh config's
  ``defaultConfig.proxyMetadata``: ``ISTIO_META_DNS_CAPTURE`` and ``ISTIO_META_DNS_AUTO_ALLOCATE``
  or ``PILOT_ENABLE_IP_AUTOALLOCATE`` set to ``"true"``), its TCP traffic cannot be told apart
  from other traffic to the same port. One finding per such port, as istioctl.
* OI1806 (IST0177) ServiceEntries that define one host (as written) and port number for the
  same audience (``exportTo``; one exported everywhere meets all) with different protocols (an
  unset protocol counts as its own value, as in istioctl). Each is reported once.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import Index, Resource, as_dict, as_list, text

NAME = "serviceentries"
DESCRIPTION = "ServiceEntry addresses for TCP ports, conflicting protocols"
KINDS = ("ServiceEntry", "ConfigMap")


def _auto_allocated(index: Index) -> bool:
    meta = index.mesh.proxy_metadata
    if meta.get("ISTIO_META_DNS_CAPTURE") != "true":
        return False
    return meta.get("ISTIO_META_DNS_AUTO_ALLOCATE") == "true" or meta.get("PILOT_ENABLE_IP_AUTOALLOCATE") == "true"


def analyze(index: Index) -> Iterator[Finding]:
    yield from _protocols(index)
    if _auto_allocated(index):
        return
    for se in index.kind("ServiceEntry"):
        if se.spec.get("addresses") is not None or as_list(as_dict(se.data.get("status")).get("addresses")):
            continue
        for i, port in enumerate(as_list(se.spec.get("ports"))):
            proto = text(as_dict(port).get("protocol"))
            if proto and proto.upper() != "TCP":
                continue
            yield se.finding(messages.SERVICE_ENTRY_ADDRESSES_REQUIRED, f"spec.ports[{i}]", (
                f"port {text(as_dict(port).get('number'))} is {'TCP' if proto else 'of no declared protocol'} and the "
                "ServiceEntry has no addresses, so its traffic cannot be told apart by destination; set "
                "spec.addresses, or enable DNS capture with address auto-allocation in the mesh config"))


def _protocols(index: Index) -> Iterator[Finding]:
    entries: dict[tuple[str, str, int], list[tuple[str, Resource]]] = {}
    for se in index.kind("ServiceEntry"):
        ns = se.namespace or "default"
        export = [text(e) for e in as_list(se.spec.get("exportTo"))]
        scopes = {"*"} if not export or "*" in export else {ns if e == "." else e for e in export}
        for scope in sorted(scopes):
            for h in as_list(se.spec.get("hosts")):
                for p in as_list(se.spec.get("ports")):
                    number = as_dict(p).get("number")
                    if isinstance(number, int):
                        entries.setdefault((scope, text(h), number), []).append(
                            (text(as_dict(p).get("protocol")).upper(), se))
    reported: set[int] = set()
    for (scope, host, port), items in sorted(entries.items(), key=lambda kv: kv[0]):
        group = list(items) + (entries.get(("*", host, port), []) if scope != "*" else [])
        protocols = sorted({proto for proto, _ in group})
        if len(protocols) < 2:
            continue
        names = ", ".join(sorted({f"{se.namespace}/{se.name}" for _, se in group}))
        for _, se in group:
            if id(se) in reported:
                continue
            reported.add(id(se))
            yield se.finding(messages.CONFLICTING_SERVICE_ENTRY_PROTOCOL, "spec.ports", (
                f"ServiceEntries {names} define host {host} port {port} with different protocols "
                f"({', '.join(p or '(unset)' for p in protocols)}); which one applies is undefined; use one "
                "protocol for the port everywhere, or merge them"))
