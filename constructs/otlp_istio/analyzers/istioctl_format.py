"""Findings in ``istioctl analyze -o json``'s shape, for tools that read istioctl's output.

Each finding becomes ``{"code", "level", "origin", "reference", "message", "documentationUrl"}``:

* ``code``: the Istio code (``IST0101``) where one exists, else ours (``OI1201``);
* ``level``: ``Error`` / ``Warning`` / ``Info``;
* ``origin``: ``Kind namespace/name`` (``Kind name`` for cluster-scoped objects);
* ``reference``: ``file:line``;
* ``message``: ours, with the field path in front and our code at the end when the Istio code
  replaced it (``... [OI1102]``), so nothing is lost;
* ``documentationUrl``: Istio's page for IST codes, ``docs/analyzers.md`` for ours.

Usable for any finding of the validation gate (schema and CEL findings too).
"""
from __future__ import annotations

import json
from typing import Iterable

from ..findings import Finding
from ..messages import documentation_url
from .index import CLUSTER_SCOPED


def origin(resource: str) -> str:
    """``Kind name.namespace`` -> ``Kind namespace/name`` (namespaces have no dots; names may)."""
    if not resource:
        return ""
    kind, _, rest = resource.partition(" ")
    if not rest:
        return kind
    if kind in CLUSTER_SCOPED or "." not in rest:
        return f"{kind} {rest}"
    name, _, namespace = rest.rpartition(".")
    return f"{kind} {namespace}/{name}"


def to_istioctl(f: Finding) -> dict:
    code = f.istio_code or f.code
    message = f"{f.path}: {f.message}" if f.path else f.message
    if f.istio_code:
        message += f" [{f.code}]"
    reference = ""
    if f.file:
        reference = f.file + (f":{f.line}" if f.line else "")
    return {"code": code, "level": f.severity.value, "origin": origin(f.resource), "reference": reference,
            "message": message, "documentationUrl": documentation_url(f.code, f.istio_code)}


def istioctl_json(findings: Iterable[Finding]) -> str:
    """A JSON list in istioctl analyze's output shape (keys sorted, as Go prints a map)."""
    return json.dumps([to_istioctl(f) for f in findings], indent=2, sort_keys=True, ensure_ascii=False)
