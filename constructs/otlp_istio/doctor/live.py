"""The live mesh, read through kubectl, as manifests the offline checks read.

``doctor cluster`` (and ``doctor --cluster``) run ``tracing``, ``routes`` and ``mtls`` on what the
cluster has in the environment's namespaces: Namespaces (injection labels), Services, Pods
(not pod templates), VirtualServices, DestinationRules, ServiceEntries, PeerAuthentications,
Telemetry, Gateway API Gateways (where the cluster serves them), and the mesh ConfigMap of the root
namespace. In ambient mode ``live-waypoints`` joins them (:mod:`.live_waypoints`). The same checks, the same analyzer,
one difference: a running Pod without an ``istio-proxy`` container has no sidecar, whatever its
namespace's label says, because injection happens when a pod is created (:class:`LiveIndex`).
"""
from __future__ import annotations

import json

from ..analyzers import Index
from ..yamlio import Document
from .result import CheckResult
from .sources import Manifests

KINDS = ("service", "pod", "virtualservice.networking.istio.io", "destinationrule.networking.istio.io",
         "serviceentry.networking.istio.io", "peerauthentication.security.istio.io", "telemetry.telemetry.istio.io")
# read where the cluster serves them (the Gateway API CRDs may be absent): the waypoints
OPTIONAL_KINDS = ("gateway.gateway.networking.k8s.io",)


class LiveIndex(Index):
    """The analyzer's index over objects read from a cluster."""

    def _in_mesh(self, w):
        if w.resource.kind == "Pod" and not any(c.get("name") == "istio-proxy" for c in w.containers):
            if w.annotations.get("ambient.istio.io/redirection") == "enabled":
                return True, "it is redirected by ambient mode"
            return False, ("the running pod has no istio-proxy container (it started before injection was "
                           "enabled, or injection was skipped); restart it")
        return super()._in_mesh(w)


def live_manifests(m: Manifests, *, kubeconfig: str | None = None, context: str | None = None,
                   root_namespace: str = "istio-system") -> Manifests:
    """The environment's namespaces (and the root namespace) as they are in the cluster."""
    from .. import kubectl as kube
    namespaces = sorted({r.namespace for r in m.resources if r.namespace} | {root_namespace})
    docs: list[Document] = []
    ns_list = kube.get_json("namespace", kubeconfig=kubeconfig, context=context).get("items") or []
    docs.extend(Document(data=o, file=f"cluster:namespace/{o['metadata']['name']}", line=1)
                for o in ns_list if o.get("metadata", {}).get("name") in namespaces)
    for ns in namespaces:
        for res in (*KINDS, *OPTIONAL_KINDS):
            get = kube.get_json_if_served if res in OPTIONAL_KINDS else kube.get_json
            for o in (get(res, "-n", ns, kubeconfig=kubeconfig, context=context) or {}).get("items") or []:
                kind = o.get("kind", res)
                docs.append(Document(data=o, file=f"cluster:{kind.lower()}/{ns}/{o['metadata']['name']}", line=1))
    # the mesh config istiod reads (tracing providers)
    mesh = kube.run("get", "configmap", "istio", "-n", root_namespace, "-o", "json", "--ignore-not-found",
                    kubeconfig=kubeconfig, context=context)
    if mesh.stdout.strip():
        docs.append(Document(data=json.loads(mesh.stdout), file=f"cluster:configmap/{root_namespace}/istio", line=1))
    # the environment's acceptances apply to what the cluster has too (its external Services are real there)
    return Manifests(name=m.name, origin=f"cluster ({context or 'current context'})", documents=docs, on_disk=False,
                     index_class=LiveIndex, context=m.context)


def live_checks(m: Manifests, *, kubeconfig: str | None = None, context: str | None = None,
                reached: bool = False) -> list[CheckResult]:
    """``tracing``, ``routes`` and ``mtls`` on the live objects, as ids ``live-tracing``, ``live-routes``
    and ``live-mtls``: the tracing status, routing and mTLS readiness the cluster really has. Without
    ``reached``, the cluster is asked first whether it answers at all (unreachable: exit 4)."""
    from . import mtls, routes, tracing
    if not reached:
        from ..kubectl import reach
        reach(kubeconfig=kubeconfig, context=context)
    live = live_manifests(m, kubeconfig=kubeconfig, context=context)
    out = []
    for module in (tracing, routes, mtls):
        r = module.check(live)
        r.id = f"live-{module.ID}"
        r.summary = "live: " + r.summary
        out.append(r)
    if ambient_mode(m):  # the waypoints' Programmed and the Services' WaypointBound conditions
        from . import live_waypoints
        r = live_waypoints.check(live.index, env=m.name)
        r.summary = "live: " + r.summary
        out.append(r)
    return out


def ambient_mode(m: Manifests) -> bool:
    """The environment runs on ambient mode (its file, or its manifests say so)."""
    from .waypoints import is_ambient
    return is_ambient(m.index, m.config)
