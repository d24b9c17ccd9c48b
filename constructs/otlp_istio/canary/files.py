"""The rendered files a canary reads: ``{file: YAML bytes}`` → the documents of one kind."""
from __future__ import annotations

from typing import Optional

from ..yamlio import safe_load

_KINDS = ("VirtualService", "DestinationRule", "Deployment", "HTTPRoute", "GRPCRoute", "Service", "Namespace", "Gateway")


def _load(data: bytes) -> Optional[dict]:
    if not any(f"kind: {k}".encode() in data for k in _KINDS):
        return None  # cheap pre-filter: the canonical writer puts `kind:` at the start of a line
    doc = safe_load(data)
    return doc if isinstance(doc, dict) else None


def documents(files: dict[str, bytes], kind: str) -> dict[str, dict]:
    """file → document, for the files holding one object of ``kind``."""
    out = {}
    for name, data in sorted(files.items()):
        if not name.endswith((".yaml", ".yml")) or f"kind: {kind}".encode() not in data:
            continue
        doc = _load(data)
        if doc is not None and doc.get("kind") == kind:
            out[name] = doc
    return out
