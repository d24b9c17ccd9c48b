"""One failing and one passing example per analyzer code: ``<code>/fail.yaml`` and ``<code>/pass.yaml``.

They are the analyzer's test grid (``tests/analyzers/test_fixtures.py``: a failing example lists
the findings it must give in ``# expect: CODE | Resource | path`` lines, a passing one gives
none) and what ``otlp-istio explain CODE`` prints. They ship inside the package, so
``explain`` works from an installed wheel.
"""
from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent
EXPECT_PREFIX = "# expect: "


def example(code: str, kind: str) -> Path | None:
    """The ``fail`` or ``pass`` example of ``code``, or None when it has none."""
    path = EXAMPLES / code.upper() / f"{kind}.yaml"
    return path if path.is_file() else None


def expected_findings(text: str) -> list[tuple[str, str, str]]:
    """``(code, resource, path)`` of every ``# expect:`` line of a failing example."""
    out = []
    for line in text.splitlines():
        if line.startswith(EXPECT_PREFIX):
            parts = [p.strip() for p in line[len(EXPECT_PREFIX):].split("|")]
            if len(parts) == 3:
                out.append((parts[0], parts[1], parts[2]))
    return out


def without_expectations(text: str) -> str:
    """The example as a user would write it: the test's ``# expect:`` lines removed."""
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith(EXPECT_PREFIX))
