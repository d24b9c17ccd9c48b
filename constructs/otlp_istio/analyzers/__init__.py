"""The semantic analyzer: cross-resource checks on Istio + Kubernetes manifests, offline.

Python API (what the validation gate and ``otlp-istio analyze`` call)::

    from otlp_istio.analyzers import analyze_documents
    findings = analyze_documents(load_documents("dist/prod/virtualservice-otlp-collector.yaml"))

The documents are indexed once (:class:`~.index.Index`), then each analyzer of
:data:`ANALYZERS` (one module per family, like istioctl's ``pkg/config/analysis/analyzers``;
:mod:`.registry`) whose kinds are among the documents reads the index and yields findings. Codes are rows of the message table
(:mod:`otlp_istio.messages`, documented in ``docs/analyzers.md``). Findings are deduplicated
and sorted, so the output is deterministic.

A resource annotated ``galley.istio.io/analyze-suppress: "IST0118,OI1402"`` (or ``"*"``) has
those findings dropped, as istioctl does; our own codes work there too.

Several renderings of one system: when an object (same kind, namespace and name) is defined
in files of more than one folder — the validation gate passes ``dist/prod/``, ``dist/dev/``,
... together — each folder is analyzed on its own, as the environment (cluster) it is.
Otherwise all documents form one system, whatever folders they come from.
"""
from __future__ import annotations

import os
from types import ModuleType
from typing import Iterable

from ..findings import SUPPRESS_ANNOTATION, Finding
from ..yamlio import Document
from .index import Index, as_dict, group_of, text
from .meshconfig import MeshConfig
from .registry import ANALYZERS, applicable, catalog, select

__all__ = ["analyze_documents", "analyze_index", "file_index", "partitions", "ANALYZERS", "Index", "MeshConfig",
           "applicable", "catalog", "select"]


def _suppressions(index: Index) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in index.resources:
        value = r.annotations.get(SUPPRESS_ANNOTATION)
        if value:
            out.setdefault(r.id, set()).update(c.strip().upper() for c in value.split(",") if c.strip())
    return out


def _suppressed(f: Finding, rules: dict[str, set[str]]) -> bool:
    codes = rules.get(f.resource)
    if not codes:
        return False
    return "*" in codes or f.code in codes or (f.istio_code is not None and f.istio_code in codes)


def partitions(documents: list[Document]) -> list[list[Document]]:
    """The documents as one system, or one per folder when folders re-define each other's objects."""
    folders: dict[tuple, set[str]] = {}
    for d in documents:
        data = d.data
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
            continue
        meta = as_dict(data.get("metadata"))
        key = (group_of(data.get("apiVersion")), data["kind"], text(meta.get("namespace")), text(meta.get("name")))
        folders.setdefault(key, set()).add(os.path.dirname(d.file))
    if not any(len(f) > 1 for f in folders.values()):
        return [documents]
    by_folder: dict[str, list[Document]] = {}
    for d in documents:
        by_folder.setdefault(os.path.dirname(d.file), []).append(d)
    return [by_folder[k] for k in sorted(by_folder)]


def analyze_index(index: Index, suppressed: list[Finding] | None = None, *,
                  analyzers: Iterable[ModuleType] = ANALYZERS) -> set[Finding]:
    """The findings of ``analyzers`` (every one by default; those with nothing to report on
    among the index's kinds are skipped); findings a resource's suppress annotation drops go to
    ``suppressed`` (if given)."""
    findings: set[Finding] = set()
    for analyzer in applicable(analyzers, index.kinds()):
        findings.update(analyzer.analyze(index))
    if index.stand_ins:  # istioctl's stand-in objects for files (file_defaults.py) are not the user's
        findings = {f for f in findings if f.resource not in index.stand_ins}
    rules = _suppressions(index)
    if rules:
        dropped = {f for f in findings if _suppressed(f, rules)}
        if suppressed is not None:
            suppressed.extend(sorted(dropped, key=Finding.sort_key))
        findings -= dropped
    return findings


def file_index(documents: Iterable[Document], mesh_config: MeshConfig | None = None, *,
               pods_only: bool = False, known_namespaces: Iterable[str] = ()) -> Index:
    """The index of manifests read from files (not from a cluster), as ``analyze`` and ``doctor``
    build it: with istioctl's stand-in ingress gateway (:mod:`.file_defaults`), whose ids are in
    ``index.stand_ins``."""
    return Index(documents, mesh_config, file_defaults=True, pods_only=pods_only, known_namespaces=known_namespaces)


def analyze_documents(documents: Iterable[Document], suppressed: list[Finding] | None = None, *,
                      mesh_config: MeshConfig | None = None, pods_only: bool = False,
                      known_namespaces: Iterable[str] = (),
                      analyzers: Iterable[ModuleType] = ANALYZERS) -> list[Finding]:
    """Every analyzer finding for ``documents`` (non-mapping documents are skipped), sorted;
    findings dropped by a suppress annotation are added to ``suppressed`` (if given).

    ``mesh_config`` (``analyze --meshConfigFile``) replaces the mesh config of the rendered
    ``istio`` ConfigMap and Istio's defaults. As ``istioctl analyze`` on files, a stand-in ingress
    gateway Pod and Service are added (:mod:`.file_defaults`), never reported on. ``pods_only``
    (``analyze --pods-only``): istioctl's selector checks match Pod objects only, as istioctl on
    files; by default a workload's pod template stands for its pods. ``known_namespaces``: namespaces
    that exist though no Namespace document is among ``documents`` (an environment file's).
    ``analyzers``: those ``analyze --only``/``--skip`` leave (:func:`.registry.select`)."""
    findings: set[Finding] = set()
    analyzers = tuple(analyzers)
    for part in partitions(list(documents)):
        index = file_index(part, mesh_config, pods_only=pods_only, known_namespaces=known_namespaces)
        findings |= analyze_index(index, suppressed, analyzers=analyzers)
    return sorted(findings, key=Finding.sort_key)
