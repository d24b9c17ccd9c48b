"""Output formats for findings, one module each, chosen by name (as kubeconform's ``pkg/output``).

Every command that prints findings — ``validate``, ``analyze``, ``check``, the gate inside
``publish`` and ``diff``, the analyzer findings behind ``doctor``'s checks — renders them
through one of these formats::

    from otlp_istio.validate import output
    rendered = output.render("json", output.Result(findings, suppressed, summary, counts))
    # rendered.out for standard output, rendered.err for standard error

Each format module has ``NAME``, ``HELP`` (one line for ``--output``'s help), ``render(result)``
and a rendering of one finding (``line`` for text, ``as_dict`` for the JSON forms, ``row`` for
Markdown). The machine-readable forms keep standard output to the data and put the summary
line on standard error.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Sequence

from ...findings import Finding

__all__ = ["Result", "Rendered", "FORMATS", "names", "render", "help_text"]


@dataclass
class Result:
    """What a format renders: the findings, those accepted on purpose, the summary line and
    its counts (``summary_counts``: passed, errors, warnings, ..., for the JSON forms)."""

    findings: Sequence[Finding]
    suppressed: Sequence = ()  # validate.context.Suppressed
    summary: str = ""
    counts: dict | None = None


@dataclass
class Rendered:
    out: str = ""  # for standard output, without the final newline ("" for nothing)
    err: str = ""  # for standard error, likewise


def _formats() -> dict[str, ModuleType]:
    from . import istioctl, json, markdown, text
    return {m.NAME: m for m in (text, json, istioctl, markdown)}


FORMATS = tuple(_formats())  # the names, in the order --output's help gives them


def names() -> tuple[str, ...]:
    return FORMATS


def render(name: str, result: Result) -> Rendered:
    """``result`` in the format called ``name`` (one of :data:`FORMATS`)."""
    formats = _formats()
    if name not in formats:
        raise ValueError(f"no output format {name!r}; the formats: {', '.join(FORMATS)}")
    return formats[name].render(result)


def help_text() -> str:
    """``--output``'s help: each format's one line."""
    formats = _formats()
    return ", ".join(formats[n].HELP for n in FORMATS[:-1]) + f", or {formats[FORMATS[-1]].HELP}."
