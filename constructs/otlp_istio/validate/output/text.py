"""``-o text``: one line per finding (``file:line: Severity code resource path: message``), one
per suppressed finding (``suppressed (by): <its line>``), then the summary line."""
from __future__ import annotations

from ...findings import Finding, finding_line
from .result import Rendered, Result

NAME = "text"
HELP = "text (one line per finding and a summary)"


def line(f: Finding) -> str:
    return finding_line(f)


def suppressed_line(s) -> str:
    return f"suppressed ({s.by}): {finding_line(s.finding)}"


def render(result: Result) -> Rendered:
    lines = [line(f) for f in result.findings] + [suppressed_line(s) for s in result.suppressed]
    if result.summary:
        lines.append(result.summary)
    return Rendered(out="\n".join(lines))
