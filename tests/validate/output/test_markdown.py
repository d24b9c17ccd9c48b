"""``-o markdown``: the summary in bold, a table of the findings with each code linked to its
page, the suppressed ones collapsed; every cell safe in a Markdown table."""
from __future__ import annotations

from otlp_istio.findings import Finding, Severity
from otlp_istio.validate.context import Suppressed
from otlp_istio.validate.output import Result, render


def f(**kw) -> Finding:
    fields = dict(code="OI1102", severity=Severity.ERROR, resource="VirtualService reviews.default",
                  path="spec.http[0].route[0].destination.subset", message="subset 'v3' is not defined",
                  istio_code="IST0101", file="dist/prod/vs.yaml", line=9)
    return Finding(**{**fields, **kw})


def test_a_table_of_the_findings_under_the_summary():
    out = render("markdown", Result([f()], [], "analyze: FAILED: 1 error")).out.splitlines()
    assert out == [
        "**analyze: FAILED: 1 error**", "",
        "| severity | code | resource | field | message | file |",
        "|---|---|---|---|---|---|",
        "| Error | [OI1102](https://istio.io/latest/docs/reference/config/analysis/ist0101/) (IST0101) | "
        "VirtualService reviews.default | <code>spec.http[0].route[0].destination.subset</code> | "
        "subset 'v3' is not defined | <code>dist/prod/vs.yaml:9</code> |"]
    assert render("markdown", Result([], [], "analyze: passed")).out == "**analyze: passed**\n\nNo findings."


def test_cells_escape_what_would_break_the_table():
    row = render("markdown", Result([f(message="a | b <c>\nd", path="data[config.yaml]", istio_code=None,
                                       code="OI0401", file=None)])).out.splitlines()[-1]
    assert "a \\| b &lt;c&gt; d" in row and "[OI0401](docs/collector.md#checked-by-the-real-collector) |" in row
    assert row.endswith("|  |")  # no file


def test_suppressed_findings_are_collapsed_with_what_suppressed_them():
    s = Suppressed(f(severity=Severity.INFO), "validation.ignore[0] in environments/prod.yaml")
    out = render("markdown", Result([], [s], "validate: passed")).out
    assert "No findings.\n\n<details><summary>1 suppressed</summary>\n\n| severity | code | resource | field | " \
           "message | file | suppressed by |" in out
    assert out.splitlines()[-3].endswith("| validation.ignore[0] in environments/prod.yaml |")
    assert out.endswith("</details>")


def test_a_finding_with_a_source_leads_with_its_place_in_the_environment_files():
    from otlp_istio.findings import Source
    src = Source(file="environments/_base.yaml", line=39, path="virtual_services[0].http[0].route[0].destination.subset")
    row = render("markdown", Result([f(source=src)])).out.splitlines()[-1]
    assert row.endswith("| VirtualService reviews.default | <code>virtual_services[0].http[0].route[0].destination.subset"
                        "</code> (rendered <code>spec.http[0].route[0].destination.subset</code>) | subset 'v3' is not "
                        "defined | <code>environments/_base.yaml:39</code> (rendered <code>dist/prod/vs.yaml:9</code>) |")
