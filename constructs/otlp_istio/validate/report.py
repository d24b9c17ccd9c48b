"""A run of the gate (:class:`Report`) and its summary: its line and its counts. The findings
themselves are printed by the output formats (:mod:`.output`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Finding, Severity


@dataclass
class Report:
    findings: list[Finding]
    environments: list[str] = field(default_factory=list)
    files: int = 0
    documents: int = 0
    kubernetes_version: str = ""
    analyzer: bool = False  # whether the semantic analyzer ran
    collector: bool = False  # whether the real collector checked the collector configs
    notes: list[str] = field(default_factory=list)  # say-once messages, e.g. a check that did not run
    suppressed: list = field(default_factory=list)  # context.Suppressed: findings accepted on purpose
    timings: dict[str, float] = field(default_factory=dict)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def fails(self, threshold: Severity) -> bool:
        return any(f.severity.rank >= threshold.rank for f in self.findings)


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
            f"{len(report.suppressed)} suppressed in {plural(report.documents, 'document')} ({', '.join(report.environments) or 'no environment checked'}; "
            f"Kubernetes {report.kubernetes_version}; {checks}; fails at {threshold.value.lower()}) "
            f"in {report.timings.get('total', 0.0):.2f}s")
