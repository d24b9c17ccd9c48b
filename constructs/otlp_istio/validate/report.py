"""Printing findings: one line per finding, or JSON; and the summary line."""
from __future__ import annotations

import json
from typing import Iterable

from ..findings import Finding, Severity


def finding_line(f: Finding) -> str:
    """``file:line: Severity code resource path: message``."""
    where = f.file or "-"
    if f.line:
        where += f":{f.line}"
    head = f"{where}: {f.severity.value} {f.code}"
    if f.resource:
        head += f" {f.resource}"
    if f.path:
        head += f" {f.path}"
    return f"{head}: {f.message}"


def findings_json(findings: Iterable[Finding]) -> str:
    """A JSON list of finding objects: code, istio_code, severity, resource, path, message, file, line."""
    return json.dumps([f.to_dict() for f in findings], indent=2, sort_keys=True, ensure_ascii=False)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def summary_line(report, threshold: Severity) -> str:
    checks = "schema, CEL rules" + (", analyzer" if report.analyzer else " (analyzer not run)")
    verdict = "FAILED" if report.fails(threshold) else "passed"
    return (f"validate: {verdict}: {plural(report.count(Severity.ERROR), 'error')}, "
            f"{plural(report.count(Severity.WARNING), 'warning')}, {report.count(Severity.INFO)} info "
            f"in {plural(report.documents, 'document')} ({', '.join(report.environments)}; "
            f"Kubernetes {report.kubernetes_version}; {checks}; fails at {threshold.value.lower()}) "
            f"in {report.timings.get('total', 0.0):.2f}s")
