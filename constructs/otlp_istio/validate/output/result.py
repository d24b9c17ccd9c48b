"""What every output format renders, and what it gives back."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ...findings import Finding


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
