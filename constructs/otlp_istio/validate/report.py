"""Printing findings: one line per finding, or JSON; and the summary line."""
from __future__ import annotations

import json
from typing import Iterable

from ..errors import SCHEMA_VERSION
from ..findings import Finding, Severity, finding_line  # noqa: F401  (finding_line: re-exported)




def findings_json(findings: Iterable[Finding], suppressed: Iterable = (), summary: dict | None = None) -> str:
    """``{schema_version, findings, suppressed, summary}``: each finding has code, istio_code, severity,
    resource, path, message, file, line; a suppressed one also ``suppressed_by``."""
    return json.dumps({"schema_version": SCHEMA_VERSION, "findings": [f.to_dict() for f in findings],
                       "suppressed": [s.to_dict() for s in suppressed], "summary": summary or {}},
                      indent=2, sort_keys=True, ensure_ascii=False)


def suppressed_line(s) -> str:
    return f"suppressed ({s.by}): {finding_line(s.finding)}"


def summary_counts(findings: list[Finding], suppressed: list, threshold: Severity, documents: int) -> dict:
    return {"passed": not any(f.severity.rank >= threshold.rank for f in findings),
            "errors": sum(1 for f in findings if f.severity is Severity.ERROR),
            "warnings": sum(1 for f in findings if f.severity is Severity.WARNING),
            "info": sum(1 for f in findings if f.severity is Severity.INFO),
            "suppressed": len(suppressed), "documents": documents, "failure_threshold": threshold.value.lower()}


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def summary_line(report, threshold: Severity) -> str:
    checks = "schema, CEL rules" + (", analyzer" if report.analyzer else " (analyzer not run)")
    if report.collector:
        checks += ", collector"
    verdict = "FAILED" if report.fails(threshold) else "passed"
    return (f"validate: {verdict}: {plural(report.count(Severity.ERROR), 'error')}, "
            f"{plural(report.count(Severity.WARNING), 'warning')}, {report.count(Severity.INFO)} info, "
            f"{len(report.suppressed)} suppressed in {plural(report.documents, 'document')} ({', '.join(report.environments)}; "
            f"Kubernetes {report.kubernetes_version}; {checks}; fails at {threshold.value.lower()}) "
            f"in {report.timings.get('total', 0.0):.2f}s")
