"""``-o markdown``: findings as a pull-request comment or a CI job summary: the summary line in
bold, a table of the findings (each code linked to where it is explained; a finding on a rendered
object at its place in the environment files first), the suppressed ones in a collapsed table
below."""
from __future__ import annotations

import html

from ...findings import Finding
from ...messages import documentation_url
from .result import Rendered, Result

NAME = "markdown"
HELP = "markdown (a table of the findings, for a pull-request comment)"
HEAD = "| severity | code | resource | field | message | file |"
RULE = "|---|---|---|---|---|---|"


def cell(text: str) -> str:
    """``text`` safe in a table cell: HTML escaped, pipes escaped, on one line."""
    return html.escape(" ".join(text.split()), quote=False).replace("|", "\\|")


def row(f: Finding, extra: str | None = None) -> str:
    """One finding; with a source in the environment files, its field and place come first (the
    rendered field and file after them)."""
    code = f"[{f.code}]({documentation_url(f.code, f.istio_code)})" + (f" ({f.istio_code})" if f.istio_code else "")
    where = (f.file or "") + (f":{f.line}" if f.file and f.line else "")
    field = f"<code>{cell(f.path)}</code>" if f.path else ""
    place = f"<code>{cell(where)}</code>" if where else ""
    if f.source is not None:
        field = f"<code>{cell(f.source.path)}</code> (rendered {field or '-'})"
        place = f"<code>{cell(str(f.source))}</code> (rendered {place or '-'})"
    cells = [f.severity.value, code, cell(f.resource), field, cell(f.message), place]
    if extra is not None:
        cells.append(cell(extra))
    return "| " + " | ".join(cells) + " |"


def render(result: Result) -> Rendered:
    out = [f"**{cell(result.summary)}**", ""] if result.summary else []
    if result.findings:
        out += [HEAD, RULE, *(row(f) for f in result.findings)]
    else:
        out.append("No findings.")
    if result.suppressed:
        out += ["", f"<details><summary>{len(result.suppressed)} suppressed</summary>", "",
                HEAD + " suppressed by |", RULE + "---|", *(row(s.finding, s.by) for s in result.suppressed),
                "", "</details>"]
    return Rendered(out="\n".join(out))
