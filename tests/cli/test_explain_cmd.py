"""`otlp-istio explain CODE`: meaning, fix, and examples that really fail and pass."""
from __future__ import annotations

import json

import pytest
import yaml

from otlp_istio import messages
from otlp_istio.analyzers import analyze_documents
from otlp_istio.yamlio import load_documents


CODES = {m.code: m for m in messages.analyzer_messages()}


def analyze_text(tmp_path, text: str):
    path = tmp_path / "example.yaml"
    path.write_text(text)
    return analyze_documents(load_documents(path))


@pytest.mark.parametrize("code", sorted(CODES))
def test_explain_prints_meaning_fix_and_examples_that_behave_as_said(cli, tmp_path, code):
    r = cli("explain", code.lower(), "-o", "json")
    assert r.code == 0, r
    data = json.loads(r.out)
    assert data["schema_version"] == 1
    entry = CODES[code]
    assert (data["code"], data["name"], data["meaning"], data["fix"]) == (code, entry.name, entry.description,
                                                                            entry.fix)
    assert "# expect:" not in data["failing_example"]
    got = {(f.code, f.resource, f.path) for f in analyze_text(tmp_path, data["failing_example"])}
    want = {(f["code"], f["resource"], f["path"]) for f in data["failing_example_findings"]}
    assert want and got == want
    assert analyze_text(tmp_path, data["passing_example"]) == []
    assert data["documentation"] == entry.documentation_url
    assert not data["documentation"].startswith("https://github.com/")


def test_explain_text_reads_top_down(cli):
    r = cli("explain", "OI1102")
    assert r.code == 0, r
    lines = r.out.splitlines()
    assert lines[0] == "OI1102 RouteSubsetNotFound (Error; istioctl IST0101)"
    heads = [line for line in lines if line and not line.startswith(" ")]
    assert heads[1:6] == ["What it means:", "How to fix it:", "Fails:", "Passes:", "More: "
                          "https://istio.io/latest/docs/reference/config/analysis/ist0101/"]
    fails = lines[lines.index("Fails:") + 1:lines.index("  giving:")]
    assert yaml.safe_load_all("\n".join(line[4:] for line in fails))
    assert "    OI1102 VirtualService reviews.default spec.http[0].route[0].destination.subset" in lines
    assert "      docs/analyzers.md#oi1102" in lines


def test_explain_knows_the_gate_codes(cli):
    r = cli("explain", messages.SCHEMA_VIOLATION)
    assert r.code == 0, r
    assert r.out.startswith("OI0101 SchemaViolation")
    assert "docs/validate.md#oi0101" in r.out


def test_an_istioctl_code_names_ours_and_an_unknown_code_lists_the_known_ones(cli):
    r = cli("explain", "IST0101")
    assert r.code == 2
    assert "ours for it: OI1101, OI1102, OI1103" in r.err
    r = cli("explain", "OI9999")
    assert r.code == 2
    assert "no such code" in r.err and "OI0101" in r.err and "OI1602" in r.err


def test_explain_points_the_collector_code_at_the_collector_section(cli):
    r = cli("explain", "OI0401")
    assert r.code == 0, r
    assert r.out.startswith("OI0401 CollectorConfigInvalid\n")
    assert "How to fix it:" in r.out
    assert r.out.rstrip().endswith("More: docs/collector.md#checked-by-the-real-collector")


@pytest.mark.parametrize("code", [m.code for m in messages.all() if not m.analyzer])
def test_explain_gives_each_gate_code_its_row(cli, code):
    entry = messages.get(code)
    data = json.loads(cli("explain", code, "-o", "json").out)
    assert (data["name"], data["meaning"], data["fix"], data["documentation"]) == (
        entry.name, entry.description, entry.fix, entry.documentation_url)
    if entry.check == "flows":  # the flow model's codes have examples: environment files
        assert data["severity"] == entry.severity.value
        assert data["failing_example"].startswith("#") and "istio_version" in data["passing_example"]
        assert data["failing_example_findings"] and "# expect:" not in data["failing_example"]
    else:
        assert data["failing_example"] is None and data["passing_example"] is None
