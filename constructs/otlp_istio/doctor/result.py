"""What every check returns, and the report that gathers them.

A check looks at one thing (the tracing set-up, mTLS readiness, an Envoy dump, ...) and
returns one :class:`CheckResult`: an ``id`` (stable, what scripts match on), a status
(``ok`` / ``warn`` / ``fail``), one line saying what it saw, detail lines, the data behind
them (for ``-o json``) and, whenever something is wrong, what to do next.
"""
from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import SCHEMA_VERSION
from ..findings import Finding, Severity, finding_line


class Status(str, enum.Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"

    @property
    def rank(self) -> int:
        return {"ok": 0, "warn": 1, "fail": 2}[self.value]

    @staticmethod
    def worst(statuses: Iterable["Status"]) -> "Status":
        return max(statuses, key=lambda s: s.rank, default=Status.OK)

    @staticmethod
    def of_findings(findings: Iterable[Finding]) -> "Status":
        """Analyzer findings as a status: an error fails, a warning warns, info is fine."""
        worst = Status.OK
        for f in findings:
            s = Status.FAIL if f.severity is Severity.ERROR else Status.WARN if f.severity is Severity.WARNING else Status.OK
            worst = Status.worst((worst, s))
        return worst


class Problems:
    """What a check finds wrong as it goes: the worst status so far, detail lines, and the next
    steps (each said once). Called as ``problem(status, detail, todo)``."""

    def __init__(self) -> None:
        self.status = Status.OK
        self.details: list[str] = []
        self.nexts: list[str] = []

    def worsen(self, status: Status) -> None:
        self.status = Status.worst((self.status, status))

    def __call__(self, status: Status, detail: str, todo: str) -> None:
        self.worsen(status)
        self.details.append(detail)
        if todo not in self.nexts:
            self.nexts.append(todo)


@dataclass
class CheckResult:
    id: str
    status: Status
    summary: str  # one line: what the check saw
    details: list[str] = field(default_factory=list)  # more lines for the text report
    next: list[str] = field(default_factory=list)  # what to do next (always set unless ok)
    data: dict[str, Any] = field(default_factory=dict)  # the same facts, for -o json
    findings: list[Finding] = field(default_factory=list)  # analyzer findings behind the status
    env: str | None = None  # the environment it is about, when there is one

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "status": self.status.value, "summary": self.summary,
                               "next": list(self.next), "data": self.data,
                               "findings": [f.to_dict() for f in self.findings]}
        if self.env is not None:
            out["env"] = self.env
        return out


@dataclass
class Skipped:
    """A check ``doctor`` did not run, and why (so the reader knows it was not forgotten)."""

    id: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "reason": self.reason}


@dataclass
class Report:
    checks: list[CheckResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unreachable: str | None = None  # the cluster did not answer: why (the live checks are skipped)

    @property
    def status(self) -> Status:
        return Status.worst(c.status for c in self.checks)

    @property
    def failed(self) -> bool:
        return self.status is Status.FAIL

    def to_json(self) -> str:
        data = {"schema_version": SCHEMA_VERSION, "status": self.status.value,
                "checks": [c.to_dict() for c in self.checks], "skipped": [s.to_dict() for s in self.skipped]}
        if self.unreachable:
            data["unreachable"] = self.unreachable
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)

    def to_text(self) -> str:
        lines: list[str] = []
        for c in self.checks:
            tag = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}[c.status.value]
            where = f" [{c.env}]" if c.env else ""
            lines.append(f"{tag} {c.id}{where}: {c.summary}")
            lines.extend(f"       {d}" for d in c.details)
            lines.extend(f"       {finding_line(f)}" for f in c.findings)  # as validate's text output
            lines.extend(f"     next: {n}" for n in c.next)
        for s in self.skipped:
            lines.append(f"skip {s.id}: {s.reason}")
        counts = {st: sum(1 for c in self.checks if c.status is st) for st in Status}
        verdict = ("FAILED" if self.failed else "incomplete (the cluster did not answer)" if self.unreachable
                   else "passed")
        lines.append(f"doctor: {verdict}: {counts[Status.FAIL]} failed, {counts[Status.WARN]} warning(s), "
                     f"{counts[Status.OK]} ok" + (f", {len(self.skipped)} skipped" if self.skipped else ""))
        return "\n".join(lines)
