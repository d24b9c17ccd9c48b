"""ServiceEntries (istioctl's serviceentry.ProtocolAddresses).

* OI1805 (IST0134) a ServiceEntry without ``addresses`` has a port whose protocol is TCP or
  unset: without an address (or DNS capture with automatic allocation in the mesh config's
  ``defaultConfig.proxyMetadata``: ``ISTIO_META_DNS_CAPTURE`` and ``ISTIO_META_DNS_AUTO_ALLOCATE``
  or ``PILOT_ENABLE_IP_AUTOALLOCATE`` set to ``"true"``), its TCP traffic cannot be told apart
  from other traffic to the same port. One finding per such port, as istioctl.
"""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from . import codes
from .index import Index, as_dict, as_list, text

NAME = "serviceentries"
DESCRIPTION = "ServiceEntry addresses for TCP ports"
KINDS = ("ServiceEntry", "ConfigMap")


def _auto_allocated(index: Index) -> bool:
    meta = index.mesh.proxy_metadata
    if meta.get("ISTIO_META_DNS_CAPTURE") != "true":
        return False
    return meta.get("ISTIO_META_DNS_AUTO_ALLOCATE") == "true" or meta.get("PILOT_ENABLE_IP_AUTOALLOCATE") == "true"


def analyze(index: Index) -> Iterator[Finding]:
    if _auto_allocated(index):
        return
    for se in index.kind("ServiceEntry"):
        if se.spec.get("addresses") is not None or as_list(as_dict(se.data.get("status")).get("addresses")):
            continue
        for i, port in enumerate(as_list(se.spec.get("ports"))):
            proto = text(as_dict(port).get("protocol"))
            if proto and proto.upper() != "TCP":
                continue
            yield se.finding(codes.SERVICE_ENTRY_ADDRESSES_REQUIRED, f"spec.ports[{i}]", (
                f"port {text(as_dict(port).get('number'))} is {'TCP' if proto else 'of no declared protocol'} and the "
                "ServiceEntry has no addresses, so its traffic cannot be told apart by destination; set "
                "spec.addresses, or enable DNS capture with address auto-allocation in the mesh config"))
