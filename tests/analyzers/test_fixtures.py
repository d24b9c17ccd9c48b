"""The fixture grid: each code has a failing and a passing fixture (written from Istio's
documentation of the message where there is one).

``fixtures/<code>/fail.yaml`` lists, in ``# expect: CODE | Resource | path`` lines, exactly the
findings it must give (no more, no fewer): findings of its code, and those of other codes the
same input gives as istioctl would (an unlabelled Namespace is IST0102 wherever it appears);
``fixtures/<code>/pass.yaml`` must give none at all.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from otlp_istio.analyzers import CODES, analyze_documents
from otlp_istio.yamlio import load_documents

FIXTURES = Path(__file__).parent / "fixtures"
EXPECT_RE = re.compile(r"^# expect: (\S+) \| (.+?) \| (\S+)\s*$")


def expectations(path: Path) -> set[tuple[str, str, str]]:
    out = set()
    for line in path.read_text().splitlines():
        m = EXPECT_RE.match(line)
        if m:
            out.add(m.groups())
    return out


def analyze(path: Path):
    return analyze_documents(load_documents(path))


def test_every_code_has_a_fixture_pair_and_every_fixture_a_code():
    dirs = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert dirs == set(CODES)
    for code in CODES:
        assert (FIXTURES / code / "fail.yaml").is_file(), code
        assert (FIXTURES / code / "pass.yaml").is_file(), code


@pytest.mark.parametrize("code", sorted(CODES))
def test_fail_fixture_gives_exactly_its_expected_findings(code):
    path = FIXTURES / code / "fail.yaml"
    expected = expectations(path)
    assert code in {e[0] for e in expected}
    got = {(f.code, f.resource, f.path) for f in analyze(path)}
    assert got == expected


@pytest.mark.parametrize("code", sorted(CODES))
def test_pass_fixture_gives_nothing(code):
    findings = analyze(FIXTURES / code / "pass.yaml")
    assert findings == [], "\n".join(f"{f.code} {f.resource} {f.path}: {f.message}" for f in findings)


@pytest.mark.parametrize("code", sorted(CODES))
def test_findings_carry_the_table_entry_and_their_document(code):
    path = FIXTURES / code / "fail.yaml"
    docs = load_documents(path)
    starts = {d.line for d in docs}
    entry = CODES[code]
    for f in analyze(path):
        if f.code != code:
            continue
        assert f.severity is entry.severity
        assert f.istio_code == entry.istio_code
        assert f.file == str(path) and f.line in starts
        assert len(f.message) > 40 and ";" in f.message  # what is wrong; what to do
