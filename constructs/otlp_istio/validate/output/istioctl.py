"""``-o istioctl``: findings in ``istioctl analyze -o json``'s shape, for tools reading istioctl's.

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

from ...analyzers.index import CLUSTER_SCOPED
from ...findings import Finding
from ...messages import documentation_url
from .result import Rendered, Result

NAME = "istioctl"
HELP = ("istioctl (istioctl analyze -o json's shape: code, level, origin, reference, message, "
        "documentationUrl)")


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


def as_dict(f: Finding) -> dict:
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
    return json.dumps([as_dict(f) for f in findings], indent=2, sort_keys=True, ensure_ascii=False)


def render(result: Result) -> Rendered:
    """The findings only (istioctl has no suppressed list nor summary object); the summary line
    on standard error."""
    return Rendered(out=istioctl_json(result.findings), err=result.summary)
