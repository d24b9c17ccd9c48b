"""Kubernetes' built-in validation of the core kinds, which no OpenAPI schema carries.

kubeconform checks an object against the kind's JSON schema; the API server then runs the
kind's own validation code and refuses, among others, a Deployment without containers or
whose selector does not match its pod labels, negative replicas, a Namespace named
``Bad_Name``, a Service port 0, protocol ``QUIC`` or type ``Magic``. This package does that
validation offline, for the kinds we render and those ``analyze`` reads (Namespace, Service,
Deployment, ConfigMap, Secret, Pod), with the server's wording, as schema findings
(``OI0101``)::

    from otlp_istio.validate.builtin import check
    findings = check(data, file="dist/prod/service-x.yaml", line=1)

A differential test (``tests/validate/test_builtin_live.py``) holds it to a real
kube-apiserver, mutation by mutation.
"""
from __future__ import annotations

from typing import Any, Callable

from ... import messages
from ...findings import Finding, resource_id
from . import kinds
from .field import Errors

__all__ = ["check", "KINDS"]

# (apiVersion, kind) -> validation
KINDS: dict[tuple[str, str], Callable[[Errors, dict], None]] = {
    ("v1", "Namespace"): kinds.namespace,
    ("v1", "Service"): kinds.service,
    ("v1", "ConfigMap"): kinds.configmap,
    ("v1", "Secret"): kinds.secret,
    ("v1", "Pod"): kinds.pod,
    ("apps/v1", "Deployment"): kinds.deployment,
}


def errors(data: Any) -> list[tuple[str, str]]:
    """``(field path, message)`` for each problem the API server would refuse ``data`` for."""
    if not isinstance(data, dict):
        return []
    api_version, kind = data.get("apiVersion"), data.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return []  # the schema check reports it
    rule = KINDS.get((api_version, kind))
    if rule is None:
        return []
    e = Errors()
    rule(e, data)
    return e.items


def check(data: Any, *, file: str | None = None, line: int | None = None) -> list[Finding]:
    problems = errors(data)
    if not problems:
        return []
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    name, ns = str(meta.get("name") or ""), meta.get("namespace")
    resource = resource_id(str(data.get("kind")), name, str(ns) if ns else None)
    return [messages.finding(messages.SCHEMA_VIOLATION, resource=resource, path=path,
                             message=f"{message} (Kubernetes built-in validation: the API server refuses this)",
                             file=file, line=line) for path, message in problems]
