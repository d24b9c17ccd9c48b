"""Small Kubernetes and Istio objects for the analyzer tests, and an Index over them."""
from __future__ import annotations

import yaml

from otlp_istio.analyzers.index import Index
from otlp_istio.yamlio import Document


def docs(text: str, file: str = "in.yaml") -> list[Document]:
    return [Document(data=d, file=file, line=i + 1) for i, d in enumerate(yaml.safe_load_all(text)) if d]


def svc(name, ns, selector=None, ports=((80, "http"),), annotations=None):
    meta = {"name": name, "namespace": ns}
    if annotations:
        meta["annotations"] = annotations
    return {"apiVersion": "v1", "kind": "Service", "metadata": meta,
            "spec": {"selector": selector or {"app": name},
                     "ports": [{"name": n, "port": p} for p, n in ports]}}


def deploy(name, ns, labels, annotations=None, containers=("app",)):
    tmeta = {"labels": labels}
    if annotations:
        tmeta["annotations"] = annotations
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
            "spec": {"selector": {"matchLabels": labels},
                     "template": {"metadata": tmeta,
                                  "spec": {"containers": [{"name": c, "image": "x"} for c in containers]}}}}


def ns(name, **labels):
    meta = {"name": name}
    if labels:
        meta["labels"] = {k.replace("_", "-"): v for k, v in labels.items()}
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": meta}


def pa(name, namespace, mode, selector=None, ports=None):
    spec = {"mtls": {"mode": mode}}
    if selector:
        spec["selector"] = {"matchLabels": selector}
    if ports:
        spec["portLevelMtls"] = {p: {"mode": m} for p, m in ports.items()}
    return {"apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
            "metadata": {"name": name, "namespace": namespace}, "spec": spec}


def index(*objects) -> Index:
    return Index([Document(data=o, file="in.yaml", line=i + 1) for i, o in enumerate(objects)])
