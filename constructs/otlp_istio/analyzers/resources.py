"""What the analyzer reads: one Kubernetes object (:class:`Resource`), one pod template
(:class:`Workload`), and the helpers that read loosely typed YAML values safely.

Kind tables: which API group a kind must come from (:data:`GROUPS`, so a Knative ``Service``
is not taken for a Kubernetes one), where each workload kind keeps its pod template
(:data:`TEMPLATE_PATHS`), and which kinds are cluster-scoped (:data:`CLUSTER_SCOPED`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import messages
from ..findings import Finding, resource_id

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
    "WasmPlugin": "extensions.istio.io",
    "HTTPRoute": "gateway.networking.k8s.io", "GRPCRoute": "gateway.networking.k8s.io",
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
        if self.prefix:
            path = self.prefix + path if path else self.prefix.rstrip(".")
        return messages.finding(code, resource=self.id, path=path, message=message, file=self.file, line=self.line)


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


def match_labels(spec: dict, key: str = "selector") -> dict[str, str] | None:
    """``spec.<key>.matchLabels`` (None when there is no selector, i.e. namespace-wide)."""
    sel = spec.get(key)
    if not isinstance(sel, dict):
        return None
    labels = str_map(sel.get("matchLabels") if key == "selector" else sel.get("labels"))
    return labels or None


def has_target_ref(spec: dict) -> bool:
    return bool(spec.get("targetRef") or spec.get("targetRefs"))
