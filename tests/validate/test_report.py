"""validate's summary, exactly: the summary line and its counts (the findings' own lines and
shapes: tests/validate/output)."""
from __future__ import annotations

from otlp_istio.findings import Finding, Severity
from otlp_istio.validate import Report
from otlp_istio.validate.report import plural, summary_counts, summary_line


def f(severity=Severity.ERROR, **kw) -> Finding:
    fields = dict(code="OI0101", severity=severity, resource="Service a.ns", path="spec.type", message="bad",
                  file="dist/dev/service-a.yaml", line=7)
    return Finding(**{**fields, **kw})


def test_summary_counts_per_severity_and_the_threshold():
    findings = [f(), f(Severity.WARNING), f(Severity.WARNING), f(Severity.INFO)]
    assert summary_counts(findings, ["s"], Severity.ERROR, 12) == {
        "passed": False, "errors": 1, "warnings": 2, "info": 1, "suppressed": 1, "documents": 12,
        "failure_threshold": "error"}
    warnings_only = findings[1:]
    assert summary_counts(warnings_only, [], Severity.ERROR, 3)["passed"] is True
    assert summary_counts(warnings_only, [], Severity.WARNING, 3)["passed"] is False
    assert summary_counts(findings[3:], [], Severity.WARNING, 3) == {
        "passed": True, "errors": 0, "warnings": 0, "info": 1, "suppressed": 0, "documents": 3,
        "failure_threshold": "warning"}


def test_plural():
    assert [plural(n, "error") for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]


def test_summary_line_says_the_verdict_counts_and_what_ran():
    report = Report(findings=[f(), f(Severity.WARNING), f(Severity.INFO), f(Severity.INFO)], environments=["dev", "prod"],
                    documents=1, kubernetes_version="1.31.0", analyzer=True, suppressed=["s", "t"],
                    timings={"total": 0.1234})
    assert summary_line(report, Severity.ERROR) == (
        "validate: FAILED: 1 error, 1 warning, 2 info, 2 suppressed in 1 document (dev, prod; Kubernetes 1.31.0; "
        "schema, CEL rules, analyzer; fails at error) in 0.12s")
    clean = Report(findings=[f(Severity.WARNING), f(Severity.WARNING)], environments=["dev"], documents=5,
                   kubernetes_version="1.30.0", collector=True)
    assert summary_line(clean, Severity.ERROR) == (
        "validate: passed: 0 errors, 2 warnings, 0 info, 0 suppressed in 5 documents (dev; Kubernetes 1.30.0; "
        "schema, CEL rules (analyzer not run), collector; fails at error) in 0.00s")
    assert summary_line(clean, Severity.WARNING).startswith("validate: FAILED: ")
    assert "fails at warning" in summary_line(clean, Severity.WARNING)

