"""The analyzer's context: every document indexed once, looked up by dictionary.

:class:`Index` reads the documents in one pass and keeps what the analyzers ask about:

* Services by FQDN (``name.ns.svc.cluster.local``) and by short name, ServiceEntry hosts
  (exact and ``*.`` wildcards), DestinationRules by host;
* workloads (pod templates of Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs,
  CronJobs, Argo Rollouts, and Pods) with an inverted label index per namespace, so that a
  selector is answered by intersecting small sets, never by scanning every workload;
* Namespaces and their injection labels, whether a workload gets a sidecar (and why not);
* PeerAuthentications (mesh-wide in the root namespace, namespace-wide, per workload) and
  the mTLS mode in force for a workload and port;
* the mesh root namespace (``istio-system``, or ``rootNamespace`` of the mesh ConfigMap).

Hosts resolve as Istio resolves them: ``svc`` in the namespace of the resource that names
it (``svc.<ns>.svc.cluster.local``); a dotted host, ``svc.ns`` included, as written (a
finding about ``svc.ns`` says which FQDN was probably meant).

Its parts live beside it: :mod:`.resources` (the object and pod-template types, value
helpers), :mod:`.membership` (injection and sidecars) and :mod:`.peers` (PeerAuthentication
resolution); every name they define is importable from here too.
"""
from __future__ import annotations

import difflib

import heapq
from typing import Any, Iterable

from ..hosts import CLUSTER_DOMAIN, fqdn
from ..selectors import map_selects
from ..yamlio import Document
from .membership import Membership
from .meshconfig import MeshConfig, from_configmaps
from .peers import PeerMode, PeerResolution, pa_mode
from .resources import (CLUSTER_SCOPED, DEFAULT_ROOT_NAMESPACE, GROUPS, SYSTEM_NAMESPACES, TEMPLATE_PATHS,
                        Resource, Workload, as_dict, as_list, group_of, has_target_ref, match_labels,
                        show_labels, str_map, text)

# The names the analyzer modules (and other packages) import from here.
__all__ = ["Index", "Resource", "Workload", "PeerMode", "pa_mode", "match_labels", "has_target_ref", "text",
           "as_dict", "as_list", "str_map", "show_labels", "group_of", "map_selects", "CLUSTER_SCOPED", "GROUPS",
           "TEMPLATE_PATHS", "SYSTEM_NAMESPACES", "DEFAULT_ROOT_NAMESPACE"]

_EMPTY: frozenset[int] = frozenset()


def _spelled(host: str) -> str:
    """The part of a host a person types: ``checkout.shop`` of ``checkout.shop.svc.cluster.local``."""
    return host[:-len(".svc.cluster.local")] if host.endswith(".svc.cluster.local") else host


def _deletions(text: str) -> set[str]:
    """``text`` and every string made from it by deleting one character."""
    return {text, *(text[:i] + text[i + 1:] for i in range(len(text)))}


class Index(Membership, PeerResolution):
    """Everything the analyzers look up, built in one pass over the documents."""

    def __init__(self, documents: Iterable[Document], mesh_config: MeshConfig | None = None, *,
                 file_defaults: bool = False, pods_only: bool = False, known_namespaces: Iterable[str] = ()):
        self.resources: list[Resource] = []
        # namespaces that exist though no Namespace document says so (the environment file declares them)
        self.known_namespaces: frozenset[str] = frozenset(known_namespaces)
        self.pods_only = pods_only  # istioctl's selector checks see Pod objects only (analyze --pods-only)
        self.by_kind: dict[str, list[Resource]] = {}
        self.namespaces: dict[str, Resource] = {}
        self.services: dict[str, Resource] = {}  # fqdn -> Service
        self._by_deletion: dict[str, set[str]] | None = None  # for 'did you mean' hints, made when first asked
        self.services_by_name: dict[str, list[str]] = {}  # short name -> fqdns
        self.se_exact: dict[str, list[Resource]] = {}
        self.se_wildcard: dict[str, list[Resource]] = {}  # ".example.com" -> entries; "" for "*"
        self.dr_exact: dict[str, list[Resource]] = {}
        self.dr_wildcard: dict[str, list[Resource]] = {}
        self.workloads: list[Workload] = []
        self.ns_workloads: dict[str, list[Workload]] = {}
        self._label_index: dict[str, dict[tuple[str, str], set[int]]] = {}
        self._all_label_index: dict[tuple[str, str], set[int]] = {}
        self.ns_label_values: dict[str, dict[str, set[str]]] = {}
        self.root_namespace = DEFAULT_ROOT_NAMESPACE
        self._peer_cache: dict[int, PeerMode] = {}
        self._hint_cache: dict[tuple[str | None, str], str] = {}
        self._mesh_cache: dict[int, tuple[bool | None, str]] = {}
        self._pa_by_workload: dict[int, list[Resource]] | None = None
        self._ns_wide_cache: dict[str, list[Resource]] | None = None

        for doc in documents:
            self._add(doc)
        # --meshConfigFile, else the rendered istio ConfigMap, else Istio's defaults
        self.mesh = mesh_config or from_configmaps(self.kind("ConfigMap")) or MeshConfig()
        self.root_namespace = self.mesh.root_namespace
        # ids of the objects istioctl adds when it reads files (:mod:`.file_defaults`): never reported on
        self.stand_ins: set[str] = set()
        if file_defaults:
            self._add_stand_ins()

    def _add_stand_ins(self) -> None:
        from .file_defaults import FILE, ingress_gateway

        taken = {r.id for r in self.resources}
        for data in ingress_gateway(self.mesh):
            meta = data["metadata"]
            rid = Resource(kind=data["kind"], group="", name=meta["name"], namespace=meta["namespace"], data=data,
                           file="", line=0).id
            if rid not in taken:
                self._add(Document(data=data, file=FILE, line=0))
                self.stand_ins.add(rid)

    # ------------------------------------------------------------------ building

    def _add(self, doc: Document, prefix: str = "") -> None:
        data = doc.data
        if not isinstance(data, dict):
            return
        kind = data.get("kind")
        if not isinstance(kind, str) or not kind:
            return
        if kind.endswith("List") and isinstance(data.get("items"), list):  # kubectl get -o yaml
            for i, item in enumerate(data["items"]):
                self._add(Document(data=item, file=doc.file, line=doc.line),
                          f"{prefix}items[{i}].")
            return
        meta = as_dict(data.get("metadata"))
        name = text(meta.get("name"))
        ns = meta.get("namespace")
        namespace = None if kind in CLUSTER_SCOPED else (text(ns) if ns else "default")
        group = group_of(data.get("apiVersion"))
        r = Resource(kind=kind, group=group, name=name, namespace=namespace, data=data,
                     file=doc.file, line=doc.line, prefix=prefix)
        self.resources.append(r)
        if GROUPS.get(kind, group) != group:
            return  # e.g. a Knative "Service": not the kind the analyzers mean
        self.by_kind.setdefault(kind, []).append(r)
        if kind == "Namespace":
            self.namespaces[name] = r
        elif kind == "Service":
            host = f"{name}.{namespace}.{CLUSTER_DOMAIN}"
            self.services[host] = r
            self.services_by_name.setdefault(name, []).append(host)
        elif kind == "ServiceEntry":
            for h in as_list(r.spec.get("hosts")):
                self._add_host(self.se_exact, self.se_wildcard, fqdn(text(h), namespace or "default"), r)
        elif kind == "DestinationRule":
            h = text(r.spec.get("host"))
            if h:
                self._add_host(self.dr_exact, self.dr_wildcard, fqdn(h, namespace or "default"), r)
        elif kind == "Pod":
            spec = r.spec
            containers = [c for c in as_list(spec.get("containers")) + as_list(spec.get("initContainers"))
                          if isinstance(c, dict)]
            self._add_workload(r, r.labels, r.annotations, containers, "")
        elif kind in TEMPLATE_PATHS:
            node: Any = data
            for key in TEMPLATE_PATHS[kind]:
                node = as_dict(node).get(key)
            template = as_dict(node)
            tmeta = as_dict(template.get("metadata"))
            tspec = as_dict(template.get("spec"))
            containers = [c for c in as_list(tspec.get("containers")) + as_list(tspec.get("initContainers"))
                          if isinstance(c, dict)]
            self._add_workload(r, str_map(tmeta.get("labels")), str_map(tmeta.get("annotations")),
                               containers, ".".join(TEMPLATE_PATHS[kind]))

    @staticmethod
    def _add_host(exact: dict, wildcard: dict, host: str, r: Resource) -> None:
        if host == "*":
            wildcard.setdefault("", []).append(r)
        elif host.startswith("*."):
            wildcard.setdefault(host[1:], []).append(r)
        else:
            exact.setdefault(host, []).append(r)

    def _add_workload(self, r: Resource, labels: dict[str, str], annotations: dict[str, str],
                      containers: list[dict], template_path: str) -> None:
        w = Workload(id=len(self.workloads), resource=r, namespace=r.namespace or "default", labels=labels,
                     annotations=annotations, containers=containers, template_path=template_path)
        self.workloads.append(w)
        self.ns_workloads.setdefault(w.namespace, []).append(w)
        idx = self._label_index.setdefault(w.namespace, {})
        values = self.ns_label_values.setdefault(w.namespace, {})
        for kv in labels.items():
            idx.setdefault(kv, set()).add(w.id)
            self._all_label_index.setdefault(kv, set()).add(w.id)
            values.setdefault(kv[0], set()).add(kv[1])

    # ------------------------------------------------------------------ kinds

    def kind(self, kind: str) -> list[Resource]:
        return self.by_kind.get(kind, [])

    def kinds(self) -> set[str]:
        """The kinds of every object indexed (what decides which analyzers run)."""
        return {r.kind for r in self.resources}

    # ------------------------------------------------------------------ hosts

    @staticmethod
    def exported_to(r: Resource) -> list[str]:
        """A Service's or ServiceEntry's ``exportTo`` (empty: everywhere)."""
        if r.kind == "Service":
            raw = r.annotations.get("networking.istio.io/exportTo", "")
            return [x.strip() for x in raw.split(",") if x.strip()]
        return [text(x) for x in as_list(r.spec.get("exportTo"))]

    @classmethod
    def visible(cls, r: Resource, from_ns: str | None) -> bool:
        """Whether ``r`` (a Service or ServiceEntry) is exported to namespace ``from_ns`` (None: to every one)."""
        export = cls.exported_to(r)
        if not export or "*" in export:
            return True
        return from_ns is not None and (from_ns in export or ("." in export and from_ns == r.namespace))

    @staticmethod
    def _wild_lookup(wildcard: dict[str, list[Resource]], host: str) -> list[Resource]:
        found: list[Resource] = []
        pos = host.find(".")
        while pos != -1:
            found.extend(wildcard.get(host[pos:], ()))
            pos = host.find(".", pos + 1)
        found.extend(wildcard.get("", ()))
        return found

    def lookup_host(self, host: str, from_ns: str, export_to: list[str] | None = None) -> tuple[Resource | None, str]:
        """The Service or ServiceEntry that defines ``host`` as seen from ``from_ns``, and the FQDN.

        ``export_to``: the asking resource's own ``exportTo``, as istioctl reads it: when given, the
        host must be visible in one of those namespaces (``.`` its own), or everywhere."""
        name = fqdn(host, from_ns)
        scopes = [from_ns] if not export_to else [from_ns if e == "." else e for e in export_to if e != "*"]

        def seen(r: Resource) -> bool:
            return self.visible(r, None) or any(self.visible(r, s) for s in scopes)

        svc = self.services.get(name)
        if svc is not None and seen(svc):
            return svc, name
        for se in self.se_exact.get(name, ()):
            if seen(se):
                return se, name
        for se in self._wild_lookup(self.se_wildcard, name):
            if self.visible(se, from_ns):
                return se, name
        return None, name

    def destination_rules_for(self, host_fqdn: str) -> list[Resource]:
        """DestinationRules whose host is ``host_fqdn`` or a wildcard covering it."""
        return list(self.dr_exact.get(host_fqdn, ())) + self._wild_lookup(self.dr_wildcard, host_fqdn)

    def similar_services(self, host: str) -> list[str]:
        """FQDNs of Services with the same short name (for 'did you mean' hints)."""
        return sorted(self.services_by_name.get(host.split(".")[0], ()))

    def similar_hosts(self, host: str, host_fqdn: str) -> list[str]:
        """Hosts a mistyped ``host`` (read as ``host_fqdn``) probably meant, for 'did you mean' hints:
        Services of the same short name, else the Service or ServiceEntry hosts one typo away (a
        letter missing, added, changed, or two swapped: ``chekout.shop`` → ``checkout.shop``), the
        closest first."""
        same = [h for h in self.similar_services(host) if h != host_fqdn]
        if same:
            return same
        typed = _spelled(host_fqdn)
        by_deletion = self._hosts_by_deletion()
        found = {h for key in _deletions(typed) for h in by_deletion.get(key, ())} - {host_fqdn}
        return sorted(found, key=lambda h: (-difflib.SequenceMatcher(None, typed, _spelled(h)).ratio(), h))[:1]

    def _hosts_by_deletion(self) -> dict[str, set[str]]:
        """Each Service and ServiceEntry host under its spelling and every spelling with one letter
        less: two spellings one typo apart share a key (made when first asked for)."""
        if self._by_deletion is None:
            self._by_deletion = {}
            for host in {*self.services, *self.se_exact}:
                for key in _deletions(_spelled(host)):
                    self._by_deletion.setdefault(key, set()).add(host)
        return self._by_deletion

    @staticmethod
    def service_ports(target: Resource) -> list[int]:
        key = "port" if target.kind == "Service" else "number"
        return [p[key] for p in as_list(target.spec.get("ports")) if isinstance(p, dict) and isinstance(p.get(key), int)]

    # ------------------------------------------------------------------ selectors

    def select(self, namespace: str | None, labels: dict[str, str]) -> list[Workload]:
        """Workloads of ``namespace`` (all namespaces for None) whose labels include ``labels``."""
        if namespace is None:
            idx = self._all_label_index
            if not labels:
                return list(self.workloads)
        else:
            idx = self._label_index.get(namespace, {})
            if not labels:
                return list(self.ns_workloads.get(namespace, ()))
        sets = sorted((idx.get(kv, _EMPTY) for kv in labels.items()), key=len)
        if not sets[0]:
            return []
        ids = set(sets[0])
        for s in sets[1:]:
            ids &= s
            if not ids:
                return []
        return [self.workloads[i] for i in sorted(ids)]

    def select_pods(self, namespace: str | None, labels: dict[str, str]) -> list[Workload]:
        """What istioctl's selector checks match: as :meth:`select`, where a pod template stands for
        its pods, but Pod objects only with ``pods_only`` (``analyze --pods-only``: istioctl reading
        files sees no pod of a Deployment)."""
        found = self.select(namespace, labels)
        return [w for w in found if not w.template_path] if self.pods_only else found

    def has_workloads(self, namespace: str | None) -> bool:
        return bool(self.workloads) if namespace is None else bool(self.ns_workloads.get(namespace))

    def label_hint(self, namespace: str | None, labels: dict[str, str]) -> str:
        """Which values the selector's keys do have on the workloads in scope."""
        parts = [self._values_hint(namespace, k) for k in sorted(labels)]
        where = f"namespace {namespace}" if namespace else "the mesh"
        return f"labels on the workloads of {where}: " + "; ".join(parts)

    def _values_hint(self, namespace: str | None, key: str) -> str:
        cached = self._hint_cache.get((namespace, key))
        if cached is None:
            if namespace is None:
                values = {v for (kk, v) in self._all_label_index if kk == key}
            else:
                values = self.ns_label_values.get(namespace, {}).get(key, set())
            shown = ", ".join(heapq.nsmallest(6, values)) + (", ..." if len(values) > 6 else "")
            cached = self._hint_cache[(namespace, key)] = (f"{key}: {shown}" if values
                                                            else f"no workload has label {key}")
        return cached

    def service_workloads(self, svc: Resource) -> list[Workload]:
        selector = str_map(svc.spec.get("selector"))
        if not selector:
            return []
        return self.select(svc.namespace, selector)
