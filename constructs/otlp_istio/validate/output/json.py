"""``-o json``: ``{schema_version, findings, suppressed, summary}`` on standard output (keys
sorted), the summary line on standard error. Each finding has code, istio_code, severity,
resource, path, message, file, line; a suppressed one also ``suppressed_by``."""
from __future__ import annotations

import json

from ...errors import SCHEMA_VERSION
from ...findings import Finding
from .result import Rendered, Result

NAME = "json"
HELP = "json ({schema_version, findings, suppressed, summary})"


def as_dict(f: Finding) -> dict:
    return f.to_dict()


def document(result: Result) -> str:
    return json.dumps({"schema_version": SCHEMA_VERSION, "findings": [as_dict(f) for f in result.findings],
                       "suppressed": [s.to_dict() for s in result.suppressed], "summary": result.counts or {}},
                      indent=2, sort_keys=True, ensure_ascii=False)


def render(result: Result) -> Rendered:
    return Rendered(out=document(result), err=result.summary)
