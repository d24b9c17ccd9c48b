"""The formats, chosen by name: each module declares NAME, HELP and render; --output offers
exactly them, with their help."""
from __future__ import annotations

import pytest

from otlp_istio.cli.common import FINDINGS_OUTPUT_HELP, FindingsOutput
from otlp_istio.findings import Finding, Severity
from otlp_istio.validate import output


def test_the_option_offers_every_format_with_its_help():
    assert [o.value for o in FindingsOutput] == list(output.names()) == ["text", "json", "istioctl", "markdown"]
    assert FINDINGS_OUTPUT_HELP == output.help_text()


def test_every_format_renders_the_same_result_and_an_unknown_name_is_refused():
    f = Finding(code="OI1401", severity=Severity.INFO, resource="Service a.ns", path="spec.ports[0]", message="m")
    for name in output.names():
        rendered = output.render(name, output.Result([f], [], "summary"))
        assert "OI1401" in rendered.out and "summary" in rendered.out + rendered.err, name
    with pytest.raises(ValueError, match="no output format 'xml'"):
        output.render("xml", output.Result([]))
