"""Service host names as Istio resolves them (``ResolveShortnameToFQDN``), shared by the
compiler's cross-reference checks and the analyzer."""
from __future__ import annotations

from typing import Optional

CLUSTER_DOMAIN = "svc.cluster.local"


def fqdn(host: str, namespace: str) -> str:
    """``a`` → ``a.<namespace>.svc.cluster.local``; a wildcard or any dotted host
    (``name.namespace`` included) is taken as written, as Istio does."""
    if not host or host.startswith("*") or "." in host:
        return host
    return f"{host}.{namespace}.{CLUSTER_DOMAIN}"


def meant_fqdn(host: str) -> Optional[str]:
    """What a ``name.namespace`` (or ``name.namespace.svc``) host was probably meant to be."""
    parts = host.split(".")
    if len(parts) == 2 and not host.startswith("*"):
        return f"{host}.{CLUSTER_DOMAIN}"
    if len(parts) == 3 and parts[2] == "svc":
        return f"{host}.cluster.local"
    return None
