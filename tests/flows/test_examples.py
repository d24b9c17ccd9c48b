"""The flow codes' examples: each code has a failing and a passing example; the failing one gives
exactly the flow findings its ``# expect:`` lines name, the passing one none (the grid of
``tests/analyzers/test_fixtures.py``, for the flow model)."""
from __future__ import annotations

import pytest

from otlp_istio import messages
from otlp_istio.flows.examples import EXAMPLES

from .examples import expectations, follow, found

CODES = [m.code for m in messages.all() if m.check == "flows"]


def test_every_flow_code_has_a_pair_of_examples_and_every_example_a_code():
    dirs = {p.name for p in EXAMPLES.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert dirs == set(CODES)
    for code in CODES:
        assert (EXAMPLES / code / "fail.yaml").is_file() and (EXAMPLES / code / "pass.yaml").is_file(), code


@pytest.mark.parametrize("code", CODES)
def test_the_failing_example_gives_exactly_its_findings(code, tmp_path):
    text = (EXAMPLES / code / "fail.yaml").read_text(encoding="utf-8")
    expected = expectations(text)
    assert code in {c for c, _, _ in expected}
    _, findings = follow(text, tmp_path)
    assert found(findings) == expected, "\n".join(f"{f.code} {f.resource} {f.path}: {f.message}" for f in findings)
    assert all(f.severity is messages.get(f.code).severity for f in findings)


@pytest.mark.parametrize("code", CODES)
def test_the_passing_example_gives_no_flow_finding(code, tmp_path):
    _, findings = follow((EXAMPLES / code / "pass.yaml").read_text(encoding="utf-8"), tmp_path)
    assert findings == [], "\n".join(f"{f.code} {f.resource} {f.path}: {f.message}" for f in findings)
