"""``-o json``, exactly: ``{schema_version, findings, suppressed, summary}`` on standard output,
the summary line on standard error."""
from __future__ import annotations

import json

from otlp_istio.findings import Finding, Severity
from otlp_istio.validate.context import Suppressed
from otlp_istio.validate.output import Result, render


def f(severity=Severity.ERROR, **kw) -> Finding:
    fields = dict(code="OI0101", severity=severity, resource="Service a.ns", path="spec.type", message="bad",
                  file="dist/dev/service-a.yaml", line=7)
    return Finding(**{**fields, **kw})


def test_findings_json_shape():
    s = Suppressed(f(Severity.INFO), "annotation galley.istio.io/analyze-suppress")
    rendered = render("json", Result([f(message="naïve")], [s], "validate: FAILED", {"passed": False}))
    text = rendered.out
    assert "naïve" in text and text.startswith('{\n  "findings": [\n    {\n')  # sorted keys, indented, not ASCII-escaped
    assert json.loads(text) == {
        "schema_version": 1,
        "findings": [{"code": "OI0101", "istio_code": None, "severity": "Error", "resource": "Service a.ns",
                      "path": "spec.type", "message": "naïve", "file": "dist/dev/service-a.yaml", "line": 7,
                      "source": None}],
        "suppressed": [{"code": "OI0101", "istio_code": None, "severity": "Info", "resource": "Service a.ns",
                        "path": "spec.type", "message": "bad", "file": "dist/dev/service-a.yaml", "line": 7,
                        "source": None, "suppressed_by": "annotation galley.istio.io/analyze-suppress"}],
        "summary": {"passed": False}}
    assert rendered.err == "validate: FAILED"
    empty = json.loads(render("json", Result([])).out)
    assert empty["summary"] == {} and empty["suppressed"] == [] and empty["findings"] == []


def test_a_finding_names_its_source_in_the_environment_files():
    from otlp_istio.findings import Source
    src = Source(file="environments/_base.yaml", line=39, path="virtual_services[0].http[0].route[0].destination.host")
    [d] = json.loads(render("json", Result([f(source=src)])).out)["findings"]
    assert d["source"] == {"file": "environments/_base.yaml", "line": 39,
                           "path": "virtual_services[0].http[0].route[0].destination.host"}
    assert (d["file"], d["line"], d["path"]) == ("dist/dev/service-a.yaml", 7, "spec.type")
