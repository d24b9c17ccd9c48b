"""Every finding code of otlp-istio, from one table: ``messages.yaml`` beside this module.

The validation gate's codes (``OI0xxx``) and the analyzer's (``OI1xxx``) are rows of the same
table, read once, on first use. From it derive:

* the constants the source names codes by: a row's ``name`` in UPPER_SNAKE form
  (``messages.ROUTE_HOST_NOT_FOUND == "OI1101"``);
* each finding's severity and istioctl code (:func:`finding`, and the analyzers' ``Resource.finding``);
* ``otlp-istio explain``, ``analyze --list-codes`` and ``analyze --list``;
* the code tables of the documentation (:func:`markdown_table`; ``scripts/gen_docs.py``).

The API for tools (the documentation site builds its codes page on it)::

    from otlp_istio import messages
    for m in messages.all():          # every Message, ordered by code
        print(m.code, m.name, m.severity.value, m.istio_code, m.check, m.description, m.fix,
              m.documentation_url)
    messages.get("OI1101")            # one Message, or None
    messages.analyzer_messages()      # the analyzer's codes only
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .findings import Finding, Severity

TABLE = Path(__file__).with_name("messages.yaml")
ISTIO_DOCS = "https://istio.io/latest/docs/reference/config/analysis/{code}/"
# Relative to the project (and to a checkout of it): the pages `otlp-istio explain CODE` points at.
ANALYZER_DOCS = "docs/analyzers.md#{code}"
GATE_DOCS = "docs/validate.md#{code}"
# The checks of the validation gate a row's ``check`` may name (an analyzer code names its analyzer).
GATE_CHECKS = ("schema", "files", "cel", "environment", "collector", "server", "flows")

__all__ = ["Message", "all", "analyzer_messages", "get", "istio_level", "documentation_url", "finding",
           "environment_warning", "markdown_table", "table"]


def constant_name(name: str) -> str:
    """``RouteHostNotFound`` -> ``ROUTE_HOST_NOT_FOUND`` (``InvalidApplicationUid`` -> ``INVALID_APPLICATION_UID``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).upper()


@dataclass(frozen=True)
class Message:
    code: str  # "OI1101"
    name: str  # "RouteHostNotFound"
    severity: Severity
    istio_code: str | None  # the istioctl message reporting the same thing ("IST0101"), if any
    check: str  # a gate check (GATE_CHECKS) or the NAME of the analyzer reporting it
    description: str  # one line: what the finding means
    fix: str | None  # one line: what to do about it
    docs: str | None = None  # where it is explained, when not the default page

    @property
    def constant(self) -> str:
        return constant_name(self.name)

    @property
    def analyzer(self) -> bool:
        """A code of the analyzer (not of the validation gate's own checks)."""
        return self.check not in GATE_CHECKS

    @property
    def our_documentation(self) -> str:
        """Our own page for the code (for a code with ``istio_code``, beside istioctl's)."""
        return self.docs or (ANALYZER_DOCS if self.analyzer else GATE_DOCS).format(code=self.code.lower())

    @property
    def documentation_url(self) -> str:
        """Istio's page for a code mirroring an istioctl message, ours otherwise."""
        if self.istio_code:
            return ISTIO_DOCS.format(code=self.istio_code.lower())
        return self.our_documentation

    def finding(self, *, resource: str = "", path: str = "", message: str, file: str | None = None,
                line: int | None = None) -> Finding:
        return Finding(code=self.code, severity=self.severity, resource=resource, path=path, message=message,
                       istio_code=self.istio_code, file=file, line=line)


@dataclass(frozen=True)
class _Table:
    by_code: dict[str, Message]
    istio_levels: dict[str, Severity]
    constants: dict[str, str]


@functools.cache
def _table() -> _Table:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(TABLE.read_text(encoding="utf-8"), Loader=loader)
    rows = [Message(code=r["code"], name=r["name"], severity=Severity(r["severity"]), istio_code=r.get("istioctl"),
                    check=r["check"], description=r["description"], fix=r.get("fix"), docs=r.get("docs"))
            for r in data["messages"]]
    by_code = {m.code: m for m in sorted(rows, key=lambda m: m.code)}
    levels = {code: Severity(level) for code, level in data["istioctl_levels"].items()}
    return _Table(by_code=by_code, istio_levels=levels, constants={m.constant: m.code for m in by_code.values()})


def all() -> tuple[Message, ...]:  # noqa: A001  (the table's one listing, as messages.all())
    """Every message, ordered by code."""
    return tuple(_table().by_code.values())


def analyzer_messages() -> tuple[Message, ...]:
    """The analyzer's messages (``OI1xxx``), ordered by code."""
    return tuple(m for m in _table().by_code.values() if m.analyzer)


def get(code: str) -> Message | None:
    """The message of ``code`` (exactly as written: ``OI1101``), or None."""
    return _table().by_code.get(code)


def istio_level(istio_code: str) -> Severity:
    """istioctl's level of one of its messages a code of ours mirrors."""
    return _table().istio_levels[istio_code]


def documentation_url(code: str, istio_code: str | None = None) -> str:
    """Where a finding's code is explained: Istio's page for IST codes, ours otherwise."""
    if istio_code:
        return ISTIO_DOCS.format(code=istio_code.lower())
    known = get(code)
    return known.documentation_url if known is not None else GATE_DOCS.format(code="codes")


def finding(code: str, *, resource: str = "", path: str = "", message: str, file: str | None = None,
            line: int | None = None) -> Finding:
    """A finding of ``code``, with the table's severity and istioctl code."""
    return _table().by_code[code].finding(resource=resource, path=path, message=message, file=file, line=line)


def environment_warning(problem) -> Finding:
    """A warning of an environment file (an ``errors.Problem``: rendered on an assumption, or
    without a field the Istio release lacks) as a finding: validate reports it, and every other
    command prints it with ``findings.finding_line``, so it reads the same everywhere."""
    return finding(_table().constants["ENVIRONMENT_WARNING"], path=problem.path, message=problem.message, file=problem.file,
                   line=problem.line)


def __getattr__(name: str) -> str:
    """The code constants: ``messages.ROUTE_HOST_NOT_FOUND`` is ``"OI1101"``."""
    code = _table().constants.get(name) if name.isupper() else None
    if code is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = code
    return code


# ---------------------------------------------------------------- renderings for the documentation

def table() -> dict[str, dict]:
    """The analyzer's codes as plain data (``analyze --list-codes -o json``)."""
    return {m.code: {"name": m.name, "severity": m.severity.value, "istio_code": m.istio_code,
                     "description": m.description, "fix": m.fix} for m in analyzer_messages()}


def markdown_table() -> str:
    """The analyzer's codes in Markdown, as ``docs/analyzers.md`` holds them (each row an anchor ``#oi1101``)."""
    def cell(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")

    rows = ["| code | name | severity | istioctl | what it means | what to do |", "|---|---|---|---|---|---|"]
    for m in analyzer_messages():
        istio = f"[{m.istio_code}]({m.documentation_url})" if m.istio_code else "—"
        rows.append(f'| <a id="{m.code.lower()}"></a>{m.code} | {m.name} | {m.severity.value} | {istio} | '
                    f"{cell(m.description)} | {cell(m.fix or '')} |")
    return "\n".join(rows)

