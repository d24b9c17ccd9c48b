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


def short_name(host: str) -> str:
    """The first label of a host (``checkout`` of ``checkout.shop.svc.cluster.local``): the default
    name of a VirtualService or DestinationRule written for it."""
    return host.split(".", 1)[0]


def host_label(host: str) -> str:
    """The first label of a host past a wildcard (``example`` of ``*.example.com``): the default
    name of a ServiceEntry."""
    return host.lstrip("*.").split(".", 1)[0]


def namespace_of(host: str) -> Optional[str]:
    """The namespace a cluster host names: ``a.ns``, ``a.ns.svc``, ``a.ns.svc.cluster.local``."""
    parts = host.split(".")
    if host.startswith("*"):
        return None
    in_cluster = (len(parts) == 2 or (len(parts) == 3 and parts[2] == "svc")
                  or (len(parts) == 5 and host.endswith(f".{CLUSTER_DOMAIN}")))
    return parts[1] if in_cluster else None


def dns_service(host: str, namespace: Optional[str], default_namespace: str) -> tuple[str, Optional[str]]:
    """A host written in a URL (resolved by a pod's DNS) as MeshConfig wants a provider's
    ``service``: ``[<namespace>/]<fully qualified host>``. Returns it and the namespace
    that was *assumed* (a short name and no ``namespace`` given), else None.

    ``jaeger`` → ``jaeger.<namespace or default_namespace>.svc.cluster.local``;
    ``jaeger.obs`` and ``jaeger.obs.svc`` → ``jaeger.obs.svc.cluster.local`` (as DNS reads
    them, unlike a VirtualService host); any other dotted host (a ServiceEntry's, an
    FQDN) is kept, prefixed with ``<namespace>/`` when one is given for it.
    """
    if "." not in host:
        ns = namespace or default_namespace
        return f"{host}.{ns}.{CLUSTER_DOMAIN}", (None if namespace else ns)
    meant = meant_fqdn(host)
    if meant is not None:
        return meant, None
    if namespace and namespace_of(host) is None:
        return f"{namespace}/{host}", None
    return host, None


def meant_fqdn(host: str) -> Optional[str]:
    """What a ``name.namespace`` (or ``name.namespace.svc``) host was probably meant to be."""
    parts = host.split(".")
    if len(parts) == 2 and not host.startswith("*"):
        return f"{host}.{CLUSTER_DOMAIN}"
    if len(parts) == 3 and parts[2] == "svc":
        return f"{host}.cluster.local"
    return None
