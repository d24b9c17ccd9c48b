"""The generated pages of the documentation site are what scripts/gen_docs.py writes today.

A field, option or code changed without `make docs` fails here, with the command to run.
"""
from __future__ import annotations

import importlib.util
import re
import sys

import pytest

from tests.conftest import ROOT


def _gen_docs():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_docs"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


GEN = _gen_docs()


@pytest.mark.parametrize("page", sorted(GEN.PAGES))
def test_the_committed_page_is_current(page):
    committed = (ROOT / page).read_text()
    assert GEN.render(page) == committed, f"{page} is stale: run `make docs` (or scripts/gen_docs.py)"


def test_the_reference_documents_every_field_of_every_model():
    from tests.config.test_base import MODELS
    page = (ROOT / "docs" / "reference" / "configuration.md").read_text()
    sections = GEN.configuration_sections()
    # every model reachable from the file has a section, and every field of it a row there
    assert {s.model.__name__ for s in sections} == set(MODELS)
    for section in sections:
        heading = f"`{section.path}`" if section.path else "Top level"
        text = page.split(f"## {heading} {{#{section.anchor}}}\n", 1)[1].split("\n## ", 1)[0]
        for name, info in section.model.model_fields.items():
            row = re.search(rf"^\| `{re.escape(info.alias or name)}` \| (.*)$", text, re.M)
            assert row, f"{section.path or 'top level'}.{name} is missing from the reference"
            assert info.description.split("`")[0][:30].replace("|", "\\|") in row.group(1)


def test_the_reference_reads_well_for_a_few_fields():
    page = (ROOT / "docs" / "reference" / "configuration.md").read_text()
    assert ("| `max_tag_length` | integer, at least 1 | — | The extension provider's `maxTagLength`"
            in page)
    assert "| `sampling_rate` | number, 0.0 to 1.0 | `0.01` |" in page
    assert "| `mode` | `STRICT` \\| `PERMISSIVE` \\| `DISABLE` \\| `UNSET` | `PERMISSIVE` |" in page
    assert "| `depends_on` | list of `name`, `namespace/name` or `{name, namespace}` | `[]` |" in page
    assert "## `virtual_services[].http[].route[].destination` {#virtual-services-http-route-destination}" in page
    assert "## `collector.exporters.<name>.headers.<name>` {#collector-exporters-name-headers-name}" in page
    assert "| `from` | list of object" in page  # the alias, as YAML spells it


def test_the_command_reference_has_every_command_and_option():
    import typer.main

    from otlp_istio.cli import app
    page = (ROOT / "docs" / "reference" / "commands.md").read_text()
    root = typer.main.get_command(app)
    ctx = root.context_class(root, info_name="otlp-istio")
    seen = 0
    for name in root.list_commands(ctx):
        cmd = root.get_command(ctx, name)
        subs = ([(f"{name} {s}", cmd.get_command(ctx, s)) for s in cmd.list_commands(ctx)]
                if hasattr(cmd, "list_commands") else [])
        for full, c in [(name, cmd), *subs]:
            assert f"`otlp-istio {full}` {{#" in page, full
            part = page.split(f"`otlp-istio {full}` {{#", 1)[1].split("\n#", 1)[0]
            for p in c.params:
                if p.param_type_name == "option" and p.name != "help" and not p.hidden:
                    assert f"`{p.opts[0]}`" in part, f"{full} {p.opts[0]}"
            seen += 1
    assert seen >= 25


def test_the_gate_codes_are_on_the_validate_page_with_their_anchors():
    from otlp_istio import messages
    page = (ROOT / "docs" / "validate.md").read_text()
    for m in messages.all():
        target = page if not m.analyzer else (ROOT / "docs" / "analyzers.md").read_text()
        assert f'<a id="{m.code.lower()}"></a>{m.code}' in target, m.code
        assert m.our_documentation.split("#")[0] in ("docs/validate.md", "docs/analyzers.md", "docs/collector.md",
                                                     "docs/flows.md")


def test_check_mode_reports_a_stale_page(tmp_path, monkeypatch, capsys):
    page = tmp_path / "docs" / "reference" / "commands.md"
    page.parent.mkdir(parents=True)
    page.write_text("old\n")
    monkeypatch.setattr(GEN, "ROOT", tmp_path)
    monkeypatch.setattr(GEN, "PAGES", {"docs/reference/commands.md": GEN.PAGES["docs/reference/commands.md"]})
    assert GEN.main(["--check"]) == 1
    assert "stale: docs/reference/commands.md" in capsys.readouterr().err
    assert page.read_text() == "old\n"
    assert GEN.main([]) == 0 and GEN.main(["--check"]) == 0
