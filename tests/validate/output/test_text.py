"""``-o text``, exactly: one line per finding, one per suppressed finding, the summary last."""
from __future__ import annotations

from otlp_istio.findings import Finding, Severity
from otlp_istio.validate.context import Suppressed
from otlp_istio.validate.output import Result, render
from otlp_istio.validate.output.text import line, suppressed_line


def f(severity=Severity.ERROR, **kw) -> Finding:
    fields = dict(code="OI0101", severity=severity, resource="Service a.ns", path="spec.type", message="bad",
                  file="dist/dev/service-a.yaml", line=7)
    return Finding(**{**fields, **kw})


def test_finding_line_with_and_without_each_part():
    assert line(f()) == "dist/dev/service-a.yaml:7: Error OI0101 Service a.ns spec.type: bad"
    assert line(f(Severity.INFO, line=None, resource="", path="")) == "dist/dev/service-a.yaml: Info OI0101: bad"
    assert line(f(Severity.WARNING, file=None, line=3)) == "-:3: Warning OI0101 Service a.ns spec.type: bad"
    assert line(f(line=0)) == "dist/dev/service-a.yaml: Error OI0101 Service a.ns spec.type: bad"


def test_suppressed_line_names_what_suppressed_it():
    s = Suppressed(f(), "validation.ignore[0] in environments/dev.yaml")
    assert suppressed_line(s) == ("suppressed (validation.ignore[0] in environments/dev.yaml): "
                                  "dist/dev/service-a.yaml:7: Error OI0101 Service a.ns spec.type: bad")


def test_findings_then_suppressed_then_the_summary_all_on_standard_output():
    s = Suppressed(f(Severity.INFO), "annotation galley.istio.io/analyze-suppress")
    rendered = render("text", Result([f(), f(path="spec.ports")], [s], "validate: FAILED: 2 errors"))
    assert rendered.out.splitlines() == [line(f()), line(f(path="spec.ports")), suppressed_line(s),
                                         "validate: FAILED: 2 errors"]
    assert rendered.err == ""
    assert render("text", Result([])).out == ""  # nothing at all: nothing printed


def test_a_finding_with_a_source_leads_with_its_place_in_the_environment_files():
    from otlp_istio.findings import Source
    src = Source(file="environments/_base.yaml", line=39, path="services[0].type")
    assert line(f(source=src)) == ("environments/_base.yaml:39: Error OI0101 services[0].type: bad "
                                   "(rendered: dist/dev/service-a.yaml:7 Service a.ns spec.type)")
