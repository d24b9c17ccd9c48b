"""The fixture grid: each code has a failing and a passing fixture (written from Istio's
documentation of the message where there is one).

``analyzers/examples/<code>/fail.yaml`` (shipped in the package: ``otlp-istio explain`` prints
them) lists, in ``# expect: CODE | Resource | path`` lines, exactly the findings it must give (no
more, no fewer): findings of its code, and those of other codes the same input gives as istioctl
would (an unlabelled Namespace is IST0102 wherever it appears); ``pass.yaml`` must give none at all.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from otlp_istio import messages
from otlp_istio.analyzers import analyze_documents
from otlp_istio.analyzers.examples import EXAMPLES
from otlp_istio.yamlio import load_documents

FIXTURES = EXAMPLES
CODES = [m.code for m in messages.analyzer_messages()]
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
    dirs = {p.name for p in FIXTURES.iterdir() if p.is_dir() and p.name != "__pycache__"}  # bytecode of the package
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


# The documented contract (the code table of docs/analyzers.md), written out here on purpose: comparing
# findings with the message table would compare the table with itself.
SEVERITY_AND_ISTIO_CODE = {
    "OI1001": ("Warning", "IST0171"),
    "OI1101": ("Error", "IST0101"), "OI1102": ("Error", "IST0101"), "OI1103": ("Error", "IST0101"),
    "OI1104": ("Error", "IST0112"), "OI1105": ("Warning", None), "OI1106": ("Warning", "IST0130"),
    "OI1107": ("Info", "IST0131"), "OI1108": ("Error", "IST0101"), "OI1109": ("Warning", "IST0132"),
    "OI1110": ("Error", "IST0109"), "OI1111": ("Warning", None), "OI1112": ("Warning", "IST0140"),
    "OI1113": ("Error", "IST0149"), "OI1114": ("Warning", "IST0165"),
    "OI1115": ("Warning", "IST0002"),
    "OI1201": ("Warning", None), "OI1202": ("Warning", "IST0174"), "OI1203": ("Error", "IST0173"),
    "OI1204": ("Warning", "IST0128"), "OI1205": ("Warning", "IST0129"), "OI1206": ("Warning", None),
    "OI1301": ("Error", None), "OI1302": ("Error", None), "OI1303": ("Error", None),
    "OI1304": ("Warning", None),
    "OI1401": ("Info", "IST0118"), "OI1402": ("Info", None), "OI1403": ("Warning", "IST0150"),
    "OI1404": ("Warning", "IST0116"), "OI1405": ("Warning", "IST0137"), "OI1406": ("Info", None),
    "OI1407": ("Warning", "IST0144"),
    "OI1501": ("Warning", "IST0127"), "OI1502": ("Warning", None), "OI1503": ("Error", "IST0159"),
    "OI1504": ("Error", "IST0160"), "OI1505": ("Error", "IST0101"), "OI1506": ("Error", "IST0101"),
    "OI1507": ("Warning", "IST0157"), "OI1508": ("Warning", "IST0002"), "OI1509": ("Warning", None),
    "OI1510": ("Warning", "IST0166"),
    "OI1601": ("Warning", "IST0108"), "OI1602": ("Warning", "IST0107"), "OI1603": ("Warning", None),
    "OI1604": ("Warning", None), "OI1605": ("Warning", "IST0125"), "OI1606": ("Warning", None),
    "OI1607": ("Info", "IST0135"), "OI1608": ("Info", None),
    "OI1701": ("Info", "IST0102"), "OI1702": ("Warning", "IST0103"), "OI1703": ("Warning", "IST0123"),
    "OI1704": ("Info", "IST0148"), "OI1705": ("Warning", "IST0146"), "OI1706": ("Error", "IST0147"),
    "OI1707": ("Warning", "IST0158"),
    "OI1801": ("Error", "IST0101"), "OI1802": ("Error", "IST0110"), "OI1803": ("Error", "IST0111"),
    "OI1804": ("Warning", "IST0167"), "OI1805": ("Warning", "IST0134"), "OI1806": ("Warning", "IST0177"),
    "OI1807": ("Warning", "IST0002"),
    "OI1901": ("Error", "IST0101"), "OI1902": ("Warning", "IST0162"), "OI1903": ("Error", "IST0101"),
    "OI1904": ("Error", "IST0161"), "OI1905": ("Error", "IST0145"), "OI1906": ("Warning", "IST0138"),
    "OI1907": ("Error", None), "OI1908": ("Error", None),
    "OI1116": ("Error", None), "OI1117": ("Error", None), "OI1118": ("Error", None),
    "OI1511": ("Error", None), "OI1512": ("Warning", None), "OI1909": ("Error", None),
    "OI1708": ("Warning", None), "OI1305": ("Warning", None),
}
# Every message of the fail fixtures, word for word (`code | resource | path | message`, sorted):
# reviewed by hand; a changed message is a changed line here.
MESSAGES = Path(__file__).parent / "messages.txt"


def test_every_code_has_its_documented_severity():
    assert set(SEVERITY_AND_ISTIO_CODE) == set(CODES)


@pytest.mark.parametrize("code", sorted(CODES))
def test_findings_carry_the_documented_severity_their_message_and_their_document(code):
    path = FIXTURES / code / "fail.yaml"
    docs = load_documents(path)
    starts = {d.line for d in docs}
    findings = [f for f in analyze(path) if f.code == code]  # others are held by their own fixtures
    assert findings
    severity, istio_code = SEVERITY_AND_ISTIO_CODE[code]
    for f in findings:
        assert f.severity.value == severity
        assert f.istio_code == istio_code
        assert f.file == str(path) and f.line in starts
    expected = [line for line in MESSAGES.read_text().splitlines() if line.startswith(f"{code} | ")]
    got = sorted(f"{f.code} | {f.resource} | {f.path} | {f.message}" for f in findings)
    assert got == expected
