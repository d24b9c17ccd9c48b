"""The README documents what the code does: the analyzer code table and the commands."""
from __future__ import annotations

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_readme_holds_the_current_analyzer_code_table():
    from otlp_istio.messages import readme_table
    block = re.search(r"<!-- CODES -->\n(.*?)<!-- /CODES -->", README, re.S)
    assert block, "README lost its <!-- CODES --> block"
    assert block.group(1) == readme_table(), "regenerate the README's code table: otlp_istio.messages.readme_table()"


def test_readme_documents_every_command(cli):
    from otlp_istio.cli import app
    import typer.main
    names = sorted(typer.main.get_command(app).commands)
    assert set(names) >= {"analyze", "canary", "check", "diff", "doctor", "explain", "init", "publish", "retire",
                          "schema", "synth", "validate"}
    for name in names:
        assert f"### `otlp-istio {name}`" in README, name
