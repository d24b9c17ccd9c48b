"""The values Istio's injector accepts for its pod annotations (``pkg/kube/inject/validate.go``):
a value of the wrong form is refused when the pod is injected, and istioctl reports it as
IST0125. Each check returns the problem, or None."""
from __future__ import annotations

import ipaddress
import re
from typing import Callable

from ..k8s_formats import quantity

_BOOLS = frozenset({"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"})
_INTERFACE = re.compile(r"^[^\s/]{1,15}$")


def _uint32(v: str) -> str | None:
    return None if v.isdigit() and int(v) < 2**32 else f"{v!r} is not an unsigned 32-bit number"


def _port(v: str) -> str | None:
    v = v.strip()
    return None if v.isdigit() and int(v) < 2**16 else f"{v!r} is not a port number"


def _ports(v: str) -> str | None:
    v = v.strip()
    if not v:
        return None
    for p in v.split(","):
        if _port(p):
            return f"port list: {_port(p)}"
    return None


def _cidrs(v: str) -> str | None:
    if not v:
        return None
    for c in v.split(","):
        try:
            ipaddress.ip_network(c, strict=False)
            if "/" not in c:
                raise ValueError
        except ValueError:
            return f"{c!r} is not a CIDR (address/prefix length)"
    return None


def _interfaces(v: str) -> str | None:
    for name in v.split(","):
        if not _INTERFACE.match(name.strip()):
            return f"{name!r} is not a network interface name"
    return None


def _quantity(v: str) -> str | None:
    return None if quantity(v) is not None and not any(ord(c) < 32 for c in v) else f"{v!r} is not a quantity"


VALIDATORS: dict[str, Callable[[str], str | None]] = {
    "sidecar.istio.io/interceptionMode":
        lambda v: None if v in ("REDIRECT", "TPROXY", "NONE") else f"{v!r}: use REDIRECT, TPROXY or NONE",
    "status.sidecar.istio.io/port": _port,
    "readiness.status.sidecar.istio.io/initialDelaySeconds": _uint32,
    "readiness.status.sidecar.istio.io/periodSeconds": _uint32,
    "readiness.status.sidecar.istio.io/failureThreshold": _uint32,
    "traffic.sidecar.istio.io/includeOutboundIPRanges": lambda v: None if v == "*" else _cidrs(v),
    "traffic.sidecar.istio.io/excludeOutboundIPRanges": _cidrs,
    "traffic.sidecar.istio.io/includeInboundPorts": lambda v: None if v == "*" else _ports(v),
    "traffic.sidecar.istio.io/excludeInboundPorts": _ports,
    "traffic.sidecar.istio.io/excludeOutboundPorts": _ports,
    "traffic.sidecar.istio.io/excludeInterfaces": _interfaces,
    "traffic.sidecar.istio.io/kubevirtInterfaces": _interfaces,
    "istio.io/reroute-virtual-interfaces": _interfaces,
    "prometheus.istio.io/merge-metrics": lambda v: None if v in _BOOLS else f"{v!r} is not a boolean",
    "sidecar.istio.io/proxyCPU": _quantity,
    "sidecar.istio.io/proxyMemory": _quantity,
    "sidecar.istio.io/proxyCPULimit": _quantity,
    "sidecar.istio.io/proxyMemoryLimit": _quantity,
}


def problem(key: str, value: str) -> str | None:
    check = VALIDATORS.get(key)
    return check(value) if check else None
