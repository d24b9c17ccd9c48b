"""Kubernetes core objects (Namespace, Service, ConfigMap, Deployment) as plain JSON resources.

``cdk8s import k8s`` needs the internet, so core kinds are not generated classes:
they become ``cdk8s.ApiObject`` on the cdk8s path and plain documents on the fast path.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .base import MANAGED_BY, Construct, Metadata, Resource


@dataclass(frozen=True)
class ServicePort:
    name: str
    port: int
    app_protocol: str  # Istio reads appProtocol for protocol selection

    def to_json(self) -> dict:
        return {"name": self.name, "port": self.port, "targetPort": self.port,
                "protocol": "TCP", "appProtocol": self.app_protocol}


class Namespace(Construct):
    """A Namespace; ``injection`` labels it ``istio-injection: enabled`` (sidecars for every pod);
    ``labels`` adds more (ambient mode's); ``annotations`` such as Flux's prune policy."""

    def __init__(self, scope: Construct, id: str, *, name: str, injection: bool = True,
                 labels: Optional[dict[str, str]] = None, annotations: Optional[dict[str, str]] = None):
        super().__init__(scope, id)
        labels = {**(labels or {}), **MANAGED_BY}
        if injection:
            labels["istio-injection"] = "enabled"
        self.resource = Resource(self, api_version="v1", kind="Namespace",
                                 metadata=Metadata(name=name, labels=labels, annotations=dict(annotations or {})),
                                 props={})


class Service(Construct):
    """A ClusterIP Service labelled and selecting ``app=<app>`` (or ``selector``, plus ``labels``)
    with named, protocol-tagged ports."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, app: str,
                 ports: list[ServicePort], annotations: Optional[dict[str, str]] = None,
                 selector: Optional[dict[str, str]] = None, labels: Optional[dict[str, str]] = None):
        super().__init__(scope, id)
        self.resource = Resource(
            self, api_version="v1", kind="Service",
            metadata=Metadata(name=name, namespace=namespace, labels={"app": app, **(labels or {}), **MANAGED_BY},
                              annotations=dict(annotations or {})),
            props={"spec": {"type": "ClusterIP", "selector": dict(selector or {"app": app}),
                            "ports": [p.to_json() for p in ports]}})


class ConfigMap(Construct):
    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, data: dict[str, str],
                 labels: Optional[dict[str, str]] = None, annotations: Optional[dict[str, str]] = None):
        super().__init__(scope, id)
        self.resource = Resource(
            self, api_version="v1", kind="ConfigMap",
            metadata=Metadata(name=name, namespace=namespace, labels={**(labels or {}), **MANAGED_BY},
                              annotations=dict(annotations or {})),
            props={"data": dict(data)})


@dataclass(frozen=True)
class ContainerSpec:
    image: str
    args: list[str]
    ports: list[ServicePort]
    resources: dict[str, Any]
    config_map: str
    config_mount: str
    health_port: int
    env: tuple[dict[str, Any], ...] = ()  # container env, e.g. secretKeyRef variables the config reads
    secret_volumes: tuple[tuple[str, str, str], ...] = ()  # (volume, Secret, mount path), mounted read-only


class Deployment(Construct):
    """One workload version: pod labels ``app`` and ``version`` (+ its subset's labels); the
    selector is ``selector_labels`` when given (a subset of ``pod_labels``), else ``pod_labels``."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str,
                 pod_labels: dict[str, str], replicas: int, container: ContainerSpec,
                 pod_annotations: Optional[dict[str, str]] = None,
                 selector_labels: Optional[dict[str, str]] = None):
        super().__init__(scope, id)
        c = container
        pod_spec = {
            "containers": [{
                "name": "otel-collector",
                "image": c.image,
                "args": list(c.args),
                "ports": [{"name": p.name, "containerPort": p.port, "protocol": "TCP"} for p in c.ports],
                "resources": c.resources,
                "readinessProbe": {"httpGet": {"path": "/", "port": c.health_port}},
                "livenessProbe": {"httpGet": {"path": "/", "port": c.health_port}},
                "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                    "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}},
                "volumeMounts": [{"name": "config", "mountPath": c.config_mount, "readOnly": True}],
            }],
            "volumes": [{"name": "config", "configMap": {"name": c.config_map}}],
        }
        container = pod_spec["containers"][0]
        if c.env:
            container["env"] = [dict(e) for e in c.env]
        for volume, secret, mount in c.secret_volumes:
            container["volumeMounts"].append({"name": volume, "mountPath": mount, "readOnly": True})
            pod_spec["volumes"].append({"name": volume, "secret": {"secretName": secret}})
        template_meta: dict[str, Any] = {"labels": dict(pod_labels)}
        if pod_annotations:
            template_meta["annotations"] = dict(pod_annotations)
        self.resource = Resource(
            self, api_version="apps/v1", kind="Deployment",
            metadata=Metadata(name=name, namespace=namespace, labels={**pod_labels, **MANAGED_BY}),
            props={"spec": {"replicas": replicas, "selector": {"matchLabels": dict(selector_labels or pod_labels)},
                            "template": {"metadata": template_meta, "spec": pod_spec}}})
