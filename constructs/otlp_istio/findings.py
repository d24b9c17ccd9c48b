"""The one result type of every check: schema errors, CEL rule failures, analyzer findings.

A finding says what is wrong, where, and what to do. ``code`` is ours and stable (a row of the
message table, :mod:`otlp_istio.messages`, which also gives its severity); ``istio_code`` is the
matching ``istioctl analyze`` code (for example ``IST0101``) where one exists.
"""
from __future__ import annotations

import enum
from dataclasses import asdict, dataclass

# A resource annotated with it (``"IST0118,OI1402"``, or ``"*"``) drops those findings, as istioctl's
# analyzer does; charts render it from an environment's ``analyze_suppress``.
SUPPRESS_ANNOTATION = "galley.istio.io/analyze-suppress"


class Severity(str, enum.Enum):
    ERROR = "Error"
    WARNING = "Warning"
    INFO = "Info"

    @property
    def rank(self) -> int:
        return {"Error": 3, "Warning": 2, "Info": 1}[self.value]

    @classmethod
    def parse(cls, text: str) -> "Severity":
        for s in cls:
            if s.value.lower() == text.lower():
                return s
        raise ValueError(f"unknown severity {text!r}; allowed: error, warning, info")


@dataclass(frozen=True)
class Source:
    """Where the environment files write the value a finding on a rendered object is about: the file
    (the environment's own or a base it extends), the line, and the field path there."""

    file: str
    line: int | None
    path: str  # e.g. "virtual_services[0].http[0].route[0].destination.host"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True)
class Finding:
    code: str  # ours, e.g. "OI1001"
    severity: Severity
    resource: str  # "Kind name.namespace" (or "Kind name" for cluster-scoped)
    path: str  # the field, e.g. "spec.http[0].route[1].destination.subset"
    message: str  # what is wrong and what to do
    istio_code: str | None = None  # e.g. "IST0101"
    file: str | None = None
    line: int | None = None
    source: Source | None = None  # the environment file's field behind the rendered value, when known

    def sort_key(self):
        return (self.file or "", self.line or 0, self.resource, self.code, self.path, self.message)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["severity"] = self.severity.value
        return d


def rendered_at(f: Finding) -> str:
    """``file:line``, or ``-`` (where the rendered object is)."""
    where = f.file or "-"
    return f"{where}:{f.line}" if f.line else where


def finding_line(f: Finding) -> str:
    """``file:line: Severity code resource path: message``; a finding with a :class:`Source` leads with
    the environment file's place and field and names the rendered place after the message:
    ``environments/_base.yaml:39: Error OI1101 virtual_services[0]...host: ... (rendered:
    dist/dev/virtualservice-checkout.yaml:14 VirtualService checkout.shop spec.http[0]...host)``."""
    if f.source is not None:
        rendered = " ".join(x for x in (rendered_at(f), f.resource, f.path) if x)
        return f"{f.source}: {f.severity.value} {f.code} {f.source.path}: {f.message} (rendered: {rendered})"
    head = f"{rendered_at(f)}: {f.severity.value} {f.code}"
    if f.resource:
        head += f" {f.resource}"
    if f.path:
        head += f" {f.path}"
    return f"{head}: {f.message}"


def resource_id(kind: str, name: str, namespace: str | None) -> str:
    """``Kind name.namespace`` as istioctl prints it in text output."""
    return f"{kind} {name}.{namespace}" if namespace else f"{kind} {name}"
