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
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

import yaml

from ..findings import Finding, resource_id
from ..hosts import CLUSTER_DOMAIN, fqdn
from ..yamlio import Document
from . import codes

DEFAULT_ROOT_NAMESPACE = "istio-system"
SYSTEM_NAMESPACES = frozenset({"kube-system", "kube-public", "kube-node-lease"})

# kind -> API group it must come from to count as that kind ("" = core)
GROUPS = {
    "Namespace": "", "Service": "", "Pod": "", "ConfigMap": "",
    "Deployment": "apps", "StatefulSet": "apps", "DaemonSet": "apps", "ReplicaSet": "apps",
    "Job": "batch", "CronJob": "batch", "Rollout": "argoproj.io",
    "VirtualService": "networking.istio.io", "DestinationRule": "networking.istio.io",
    "ServiceEntry": "networking.istio.io", "Sidecar": "networking.istio.io",
    "Gateway": "networking.istio.io", "WorkloadEntry": "networking.istio.io",
    "PeerAuthentication": "security.istio.io", "AuthorizationPolicy": "security.istio.io",
    "RequestAuthentication": "security.istio.io", "Telemetry": "telemetry.istio.io",
}
# where the pod template sits in each workload kind
TEMPLATE_PATHS = {
    "Deployment": ("spec", "template"), "StatefulSet": ("spec", "template"),
    "DaemonSet": ("spec", "template"), "ReplicaSet": ("spec", "template"),
    "Job": ("spec", "template"), "Rollout": ("spec", "template"),
    "CronJob": ("spec", "jobTemplate", "spec", "template"),
}
CLUSTER_SCOPED = frozenset({
    "Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole", "ClusterRoleBinding",
    "CustomResourceDefinition", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    "APIService", "PriorityClass", "IngressClass", "GatewayClass", "RuntimeClass", "CSIDriver",
    "ClusterIssuer", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
})
_EMPTY: frozenset[int] = frozenset()


def text(value: Any) -> str:
    """A label/annotation value as Kubernetes sees it (YAML may have parsed it as a number)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def as_dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def str_map(value: Any) -> dict[str, str]:
    return {str(k): text(v) for k, v in value.items()} if isinstance(value, dict) else {}


def show_labels(labels: dict[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items())) or "(none)"


def group_of(api_version: Any) -> str:
    av = text(api_version)
    return av.rpartition("/")[0] if "/" in av else ""


def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


@dataclass(eq=False)
class Resource:
    """One Kubernetes object of the input, with where it came from."""

    kind: str
    group: str
    name: str
    namespace: str | None
    data: dict
    file: str
    line: int
    prefix: str = ""  # "items[3]." for an object inside a List document

    @property
    def id(self) -> str:
        return resource_id(self.kind, self.name, self.namespace)

    @property
    def ref(self) -> str:
        """``ns/name`` (or ``name``) as in messages."""
        return f"{self.namespace}/{self.name}" if self.namespace else self.name

    @property
    def label(self) -> str:
        """``Kind ns/name`` for messages."""
        return f"{self.kind} {self.ref}"

    @property
    def metadata(self) -> dict:
        return as_dict(self.data.get("metadata"))

    @property
    def spec(self) -> dict:
        return as_dict(self.data.get("spec"))

    @property
    def labels(self) -> dict[str, str]:
        return str_map(self.metadata.get("labels"))

    @property
    def annotations(self) -> dict[str, str]:
        return str_map(self.metadata.get("annotations"))

    def finding(self, code: str, path: str, message: str) -> Finding:
        c = codes.CODES[code]
        if self.prefix:
            path = self.prefix + path if path else self.prefix.rstrip(".")
        return Finding(code=code, severity=c.severity, resource=self.id, path=path, message=message,
                       istio_code=c.istio_code, file=self.file, line=self.line)


@dataclass(eq=False)
class Workload:
    """A pod template (or a Pod) and what the mesh makes of it."""

    id: int
    resource: Resource
    namespace: str
    labels: dict[str, str]
    annotations: dict[str, str]
    containers: list[dict]
    template_path: str  # "spec.template", "spec.jobTemplate.spec.template", "" for a Pod

    @property
    def label(self) -> str:
        return self.resource.label

    def container_port(self, name: str) -> int | None:
        for c in self.containers:
            for p in as_list(c.get("ports")):
                if isinstance(p, dict) and p.get("name") == name and isinstance(p.get("containerPort"), int):
                    return p["containerPort"]
        return None

    def meta_path(self, field_name: str) -> str:
        return f"{self.template_path}.metadata.{field_name}" if self.template_path else f"metadata.{field_name}"


@dataclass
class PeerMode:
    """The mTLS mode a workload accepts, and the PeerAuthentication it comes from."""

    mode: str  # STRICT, PERMISSIVE or DISABLE
    source: Resource | None  # None: Istio's default (PERMISSIVE)
    ports: dict[int, tuple[str, Resource]] = field(default_factory=dict)  # portLevelMtls by target port

    def at(self, port: int | None) -> tuple[str, Resource | None]:
        if port is not None and port in self.ports:
            return self.ports[port]
        return self.mode, self.source

    def describe(self, port: int | None = None) -> str:
        mode, src = self.at(port)
        return f"{mode} ({'from ' + src.label if src else 'Istio default'})"


def pa_mode(pa: Resource) -> str | None:
    mode = text(as_dict(pa.spec.get("mtls")).get("mode")).upper()
    return mode if mode in ("STRICT", "PERMISSIVE", "DISABLE") else None  # UNSET / absent inherit


def match_labels(spec: dict, key: str = "selector") -> dict[str, str] | None:
    """``spec.<key>.matchLabels`` (None when there is no selector, i.e. namespace-wide)."""
    sel = spec.get(key)
    if not isinstance(sel, dict):
        return None
    labels = str_map(sel.get("matchLabels") if key == "selector" else sel.get("labels"))
    return labels or None


def has_target_ref(spec: dict) -> bool:
    return bool(spec.get("targetRef") or spec.get("targetRefs"))


class Index:
    """Everything the analyzers look up, built in one pass over the documents."""

    def __init__(self, documents: Iterable[Document]):
        self.resources: list[Resource] = []
        self.by_kind: dict[str, list[Resource]] = {}
        self.namespaces: dict[str, Resource] = {}
        self.services: dict[str, Resource] = {}  # fqdn -> Service
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
        self._mesh_cache: dict[int, tuple[bool | None, str]] = {}
        self._pa_by_workload: dict[int, list[Resource]] | None = None
        self._ns_wide_cache: dict[str, list[Resource]] | None = None

        for doc in documents:
            self._add(doc)
        self._find_root_namespace()

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

    def _find_root_namespace(self) -> None:
        """``rootNamespace`` from the mesh ConfigMap (``istio`` or ``istio-<rev>`` in istio-system)."""
        for cm in self.by_kind.get("ConfigMap", []):
            if cm.namespace != DEFAULT_ROOT_NAMESPACE or not (cm.name == "istio" or cm.name.startswith("istio-")):
                continue
            mesh = as_dict(cm.data.get("data")).get("mesh")
            if not isinstance(mesh, str):
                continue
            try:
                parsed = yaml.safe_load(mesh)
            except yaml.YAMLError:
                continue
            root = as_dict(parsed).get("rootNamespace")
            if isinstance(root, str) and root:
                self.root_namespace = root
                return

    # ------------------------------------------------------------------ kinds

    def kind(self, kind: str) -> list[Resource]:
        return self.by_kind.get(kind, [])

    # ------------------------------------------------------------------ hosts

    @staticmethod
    def visible(r: Resource, from_ns: str) -> bool:
        """Whether ``r`` (a Service or ServiceEntry) is exported to namespace ``from_ns``."""
        if r.kind == "Service":
            raw = r.annotations.get("networking.istio.io/exportTo", "")
            export = [x.strip() for x in raw.split(",") if x.strip()]
        else:
            export = [text(x) for x in as_list(r.spec.get("exportTo"))]
        if not export or "*" in export:
            return True
        return from_ns in export or ("." in export and from_ns == r.namespace)

    @staticmethod
    def _wild_lookup(wildcard: dict[str, list[Resource]], host: str) -> list[Resource]:
        found: list[Resource] = []
        pos = host.find(".")
        while pos != -1:
            found.extend(wildcard.get(host[pos:], ()))
            pos = host.find(".", pos + 1)
        found.extend(wildcard.get("", ()))
        return found

    def lookup_host(self, host: str, from_ns: str) -> tuple[Resource | None, str]:
        """The Service or ServiceEntry that defines ``host`` as seen from ``from_ns``, and the FQDN."""
        name = fqdn(host, from_ns)
        svc = self.services.get(name)
        if svc is not None and self.visible(svc, from_ns):
            return svc, name
        for se in self.se_exact.get(name, ()):
            if self.visible(se, from_ns):
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

    def has_workloads(self, namespace: str | None) -> bool:
        return bool(self.workloads) if namespace is None else bool(self.ns_workloads.get(namespace))

    def label_hint(self, namespace: str | None, labels: dict[str, str]) -> str:
        """Which values the selector's keys do have on the workloads in scope."""
        parts = []
        for k in sorted(labels):
            if namespace is None:
                values = {v for (kk, v) in self._all_label_index if kk == k}
            else:
                values = self.ns_label_values.get(namespace, {}).get(k, set())
            shown = ", ".join(sorted(values)[:6]) + (", ..." if len(values) > 6 else "")
            parts.append(f"{k}: {shown}" if values else f"no workload has label {k}")
        where = f"namespace {namespace}" if namespace else "the mesh"
        return f"labels on the workloads of {where}: " + "; ".join(parts)

    def service_workloads(self, svc: Resource) -> list[Workload]:
        selector = str_map(svc.spec.get("selector"))
        if not selector:
            return []
        return self.select(svc.namespace, selector)

    # ------------------------------------------------------------------ mesh membership

    def namespace_injection(self, namespace: str) -> tuple[bool | None, str]:
        """Whether pods of ``namespace`` get a sidecar by default (None: namespace unknown)."""
        ns = self.namespaces.get(namespace)
        if ns is None:
            return None, f"namespace {namespace} is not among the analyzed documents"
        labels = ns.labels
        inj = labels.get("istio-injection")
        if inj == "disabled":
            return False, f"namespace {namespace} is labelled istio-injection=disabled"
        if inj == "enabled":
            return True, f"namespace {namespace} is labelled istio-injection=enabled"
        if labels.get("istio.io/rev"):
            return True, f"namespace {namespace} is labelled istio.io/rev={labels['istio.io/rev']}"
        if labels.get("istio.io/dataplane-mode") == "ambient":
            return True, f"namespace {namespace} is in ambient mode"
        return False, f"namespace {namespace} has neither istio-injection=enabled nor an istio.io/rev label"

    def in_mesh(self, w: Workload) -> tuple[bool | None, str]:
        """Whether the workload gets a sidecar (or ambient), with the reason; None when unknown."""
        cached = self._mesh_cache.get(w.id)
        if cached is None:
            cached = self._mesh_cache[w.id] = self._in_mesh(w)
        return cached

    def _in_mesh(self, w: Workload) -> tuple[bool | None, str]:
        if any(c.get("name") == "istio-proxy" for c in w.containers):
            return True, "it has an istio-proxy container"
        ns_state, ns_reason = self.namespace_injection(w.namespace)
        ns = self.namespaces.get(w.namespace)
        if ns is not None and ns.labels.get("istio-injection") == "disabled":
            return False, ns_reason
        label = w.labels.get("sidecar.istio.io/inject")
        if label is not None:
            return label == "true", f'its pod label sidecar.istio.io/inject is "{label}"'
        annotation = w.annotations.get("sidecar.istio.io/inject")
        if annotation is not None and annotation != "true":
            return False, f'its pod annotation sidecar.istio.io/inject is "{annotation}"'
        if w.labels.get("istio.io/rev"):
            return True, f"its pod label istio.io/rev is {w.labels['istio.io/rev']}"
        mode = w.labels.get("istio.io/dataplane-mode")
        if mode == "ambient":
            return True, "its pod label istio.io/dataplane-mode is ambient"
        if mode == "none" and ns is not None and ns.labels.get("istio.io/dataplane-mode") == "ambient":
            return False, "its pod label istio.io/dataplane-mode is none"
        if ns_state is None and annotation == "true":
            return True, 'its pod annotation sidecar.istio.io/inject is "true"'
        return ns_state, ns_reason

    # ------------------------------------------------------------------ PeerAuthentication

    def _peer_policies(self) -> dict[int, list[Resource]]:
        if self._pa_by_workload is None:
            self._pa_by_workload = {}
            for pa in sorted(self.kind("PeerAuthentication"), key=lambda r: (r.namespace or "", r.name)):
                labels = match_labels(pa.spec)
                if labels is None:
                    continue
                for w in self.select(pa.namespace, labels):
                    self._pa_by_workload.setdefault(w.id, []).append(pa)
        return self._pa_by_workload

    def namespace_wide_pa(self, namespace: str) -> Resource | None:
        """The namespace-wide PeerAuthentication of ``namespace`` (the root namespace: mesh-wide)."""
        if self._ns_wide_cache is None:
            self._ns_wide_cache = {}
            for pa in sorted(self.kind("PeerAuthentication"), key=lambda r: r.name):
                if match_labels(pa.spec) is None and not has_target_ref(pa.spec):
                    self._ns_wide_cache.setdefault(pa.namespace or "default", []).append(pa)
        found = self._ns_wide_cache.get(namespace)
        return found[0] if found else None

    def namespace_mode(self, namespace: str) -> tuple[str, Resource | None]:
        """The mode namespace-wide and mesh-wide PeerAuthentications give ``namespace``."""
        mode, source = "PERMISSIVE", None
        for pa in (self.namespace_wide_pa(self.root_namespace), self.namespace_wide_pa(namespace)):
            if pa is not None and pa_mode(pa) is not None:
                mode, source = pa_mode(pa), pa  # type: ignore[assignment]
        return mode, source

    def peer_mode(self, w: Workload) -> PeerMode:
        cached = self._peer_cache.get(w.id)
        if cached is not None:
            return cached
        mode, source = self.namespace_mode(w.namespace)
        ports: dict[int, tuple[str, Resource]] = {}
        selected = self._peer_policies().get(w.id)
        if selected:
            pa = selected[0]  # Istio picks the oldest; offline, the first by name
            if pa_mode(pa) is not None:
                mode, source = pa_mode(pa), pa  # type: ignore[assignment]
            for port, setting in as_dict(pa.spec.get("portLevelMtls")).items():
                pmode = text(as_dict(setting).get("mode")).upper()
                try:
                    number = int(port)
                except (TypeError, ValueError):
                    continue
                if pmode in ("STRICT", "PERMISSIVE", "DISABLE"):
                    ports[number] = (pmode, pa)
        result = self._peer_cache[w.id] = PeerMode(mode=mode, source=source, ports=ports)
        return result
