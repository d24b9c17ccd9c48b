"""The semantic analyzer: cross-resource checks on Istio + Kubernetes manifests, offline.

Python API (what the validation gate and ``otlp-istio analyze`` call)::

    from otlp_istio.analyzers import analyze_documents
    findings = analyze_documents(load_documents("dist/prod/virtualservice-otlp-collector.yaml"))

The documents are indexed once (:class:`~.index.Index`), then each analyzer of
:data:`ANALYZERS` (one module per family, like istioctl's ``pkg/config/analysis/analyzers``)
reads the index and yields findings. Codes are in :mod:`.codes` (:data:`CODES`, documented in
``docs/analyzers.md``). Findings are deduplicated and sorted, so the output is deterministic.

A resource annotated ``galley.istio.io/analyze-suppress: "IST0118,OI1402"`` (or ``"*"``) has
those findings dropped, as istioctl does; our own codes work there too.
"""
from __future__ import annotations

from typing import Iterable

from ..findings import Finding
from ..yamlio import Document
from . import destinationrules, istio_annotations, mtls, routes, selectors, services, telemetry
from .codes import CODES, Code, documentation_url, table
from .index import Index

__all__ = ["analyze_documents", "ANALYZERS", "CODES", "Code", "Index", "documentation_url", "table"]

# An explicit, sorted registry: each module has NAME, DESCRIPTION, KINDS and analyze(index).
ANALYZERS = (destinationrules, istio_annotations, mtls, routes, selectors, services, telemetry)

SUPPRESS_ANNOTATION = "galley.istio.io/analyze-suppress"


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


def analyze_documents(documents: Iterable[Document]) -> list[Finding]:
    """Every analyzer finding for ``documents`` (non-mapping documents are skipped), sorted."""
    index = Index(documents)
    findings: set[Finding] = set()
    for analyzer in ANALYZERS:
        findings.update(analyzer.analyze(index))
    rules = _suppressions(index)
    if rules:
        findings = {f for f in findings if not _suppressed(f, rules)}
    return sorted(findings, key=Finding.sort_key)
