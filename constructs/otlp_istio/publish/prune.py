"""What the cluster loses when files leave the environment repository.

Flux's kustomize-controller deletes ("prunes") an object it applied once the object is no
longer in its Kustomization's source, or once the Kustomization itself is deleted, when that
Kustomization has ``prune: true``. It skips every object whose live labels or annotations carry
``kustomize.toolkit.fluxcd.io/prune: disabled``. So a removed file means one of three things on
the cluster:

* ``deleted``: Flux deletes the object (a Namespace: and everything in it, whoever put it there);
* ``kept``: the object says ``prune: disabled``, so Flux leaves it;
* ``orphaned``: the Kustomization that applied it does not prune: the object stays, unmanaged.

The Kustomization that applied a file is the one whose ``spec.path`` holds it (ours are among
the environment's files); the files bootstrap's Kustomization applies (the Flux objects in the
cluster folder) are taken as pruned, as ``flux bootstrap`` writes it with ``prune: true``.
"""
from __future__ import annotations

import enum
from typing import Iterable, Optional

import yaml

from ..flux_split import prune_disabled
from ..yamlio import safe_load

_KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io/"


class Fate(str, enum.Enum):
    DELETED = "deleted"
    KEPT = "kept"
    ORPHANED = "orphaned"


def _load(data: Optional[bytes]) -> dict:
    """The file's one document as a mapping; anything else (not YAML, several documents, a list)
    has no metadata or spec to read: an empty mapping."""
    try:
        doc = safe_load(data or b"")
    except yaml.YAMLError:
        return {}
    return doc if isinstance(doc, dict) else {}


def kustomization_prunes(documents: Iterable[bytes]) -> dict[str, bool]:
    """``{folder in the repository: prune}`` of the Flux Kustomizations among ``documents``."""
    out: dict[str, bool] = {}
    for data in documents:
        if b"kind: Kustomization" not in data or _KUSTOMIZE_GROUP.encode() not in data:
            continue
        doc = _load(data)
        if doc.get("kind") != "Kustomization" or not str(doc.get("apiVersion", "")).startswith(_KUSTOMIZE_GROUP):
            continue
        spec = doc.get("spec") if isinstance(doc.get("spec"), dict) else {}
        path = str(spec.get("path") or "").strip().strip("/")
        while path.startswith("./"):
            path = path[2:]
        out[path] = bool(spec.get("prune", False))
    return out


def fate(path: str, data: Optional[bytes], prunes: dict[str, bool]) -> Fate:
    """What happens on the cluster to the object of a file removed from ``path``."""
    doc = _load(data)
    if prune_disabled(doc.get("metadata")):
        return Fate.KEPT
    owners = [folder for folder in prunes if folder in ("", ".") or path == folder
              or path.startswith(folder + "/")]
    if owners and not prunes[max(owners, key=len)]:
        return Fate.ORPHANED
    return Fate.DELETED
