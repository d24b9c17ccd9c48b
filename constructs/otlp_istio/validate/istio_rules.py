"""Rules of Istio's validating webhook (istiod, ``pkg/config/validation``) that neither the CRD
schemas nor their CEL rules carry, so kubeconform and the API server alone accept what istiod
refuses. ``istioctl analyze`` reports them as IST0106 (schema validation error).

* A DestinationRule ``trafficPolicy`` (of the rule or of a subset) without any field: "traffic
  policy must have at least one field".
* A ``portLevelSettings`` entry without ``loadBalancer``, ``connectionPool``,
  ``outlierDetection`` or ``tls``: "port traffic policy must have at least one field".
"""
from __future__ import annotations

from typing import Any, Iterator

from .. import messages
from ..findings import Finding, resource_id

_POLICY_FIELDS = ("outlierDetection", "connectionPool", "loadBalancer", "tls", "portLevelSettings", "tunnel",
                  "proxyProtocol", "retryBudget")
_PORT_POLICY_FIELDS = ("outlierDetection", "connectionPool", "loadBalancer", "tls")


def _policies(spec: dict) -> Iterator[tuple[str, Any]]:
    if "trafficPolicy" in spec:
        yield "spec.trafficPolicy", spec["trafficPolicy"]
    subsets = spec.get("subsets")
    for i, subset in enumerate(subsets if isinstance(subsets, list) else []):
        if isinstance(subset, dict) and "trafficPolicy" in subset:
            yield f"spec.subsets[{i}].trafficPolicy", subset["trafficPolicy"]


def errors(data: Any) -> list[tuple[str, str]]:
    if not isinstance(data, dict) or data.get("kind") != "DestinationRule":
        return []
    if not str(data.get("apiVersion", "")).startswith("networking.istio.io/"):
        return []
    spec = data.get("spec")
    out: list[tuple[str, str]] = []
    for path, policy in _policies(spec if isinstance(spec, dict) else {}):
        if policy is None:
            continue
        if isinstance(policy, dict) and not any(policy.get(k) is not None for k in _POLICY_FIELDS):
            out.append((path, "traffic policy must have at least one field"))
        pls = policy.get("portLevelSettings") if isinstance(policy, dict) else None
        for j, item in enumerate(pls if isinstance(pls, list) else []):
            if isinstance(item, dict) and not any(item.get(k) is not None for k in _PORT_POLICY_FIELDS):
                out.append((f"{path}.portLevelSettings[{j}]", "port traffic policy must have at least one field"))
    return out


def check(data: Any, *, file: str | None = None, line: int | None = None) -> list[Finding]:
    problems = errors(data)
    if not problems:
        return []
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    ns = meta.get("namespace")
    resource = resource_id("DestinationRule", str(meta.get("name") or ""), str(ns) if ns else None)
    return [messages.finding(messages.SCHEMA_VIOLATION, resource=resource, path=path,
                             message=f"{message} (Istio's validating webhook refuses this; remove the empty "
                                     "policy or give it a setting)", file=file, line=line)
            for path, message in problems]
