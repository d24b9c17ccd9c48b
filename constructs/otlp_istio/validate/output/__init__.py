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

from types import ModuleType

from . import istioctl, json, markdown, text
from .result import Rendered, Result

__all__ = ["Result", "Rendered", "FORMATS", "names", "render", "help_text"]

_BY_NAME: dict[str, ModuleType] = {m.NAME: m for m in (text, json, istioctl, markdown)}
FORMATS = tuple(_BY_NAME)  # the names, in the order --output's help gives them


def names() -> tuple[str, ...]:
    return FORMATS


def render(name: str, result: Result) -> Rendered:
    """``result`` in the format called ``name`` (one of :data:`FORMATS`)."""
    if name not in _BY_NAME:
        raise ValueError(f"no output format {name!r}; the formats: {', '.join(FORMATS)}")
    return _BY_NAME[name].render(result)


def help_text() -> str:
    """``--output``'s help: each format's one line."""
    return ", ".join(_BY_NAME[n].HELP for n in FORMATS[:-1]) + f", or {_BY_NAME[FORMATS[-1]].HELP}."
