"""config/sources.py: an environment file is read as UTF-8 whatever the locale, holds one YAML
mapping, and its line map is made only when first asked for."""
from __future__ import annotations

from otlp_istio.config.loader import load_environment
from tests.conftest import MINIMAL
from tests.config.loading import dir_problems, env_problems


def test_a_file_that_is_not_utf8_is_named(tmp_path):
    (tmp_path / "dev.yaml").write_bytes(MINIMAL.encode() + b"# caf\xe9\n")
    [(file, line, path, message)] = dir_problems(tmp_path)
    assert (file, line, path) == (str(tmp_path / "dev.yaml"), None, "")
    assert message == "cannot read: 'utf-8' codec can't decode byte 0xe9 in position 86: invalid continuation byte"


def test_environment_files_are_read_as_utf8_whatever_the_locale(tmp_path):
    import locale
    (tmp_path / "dev.yaml").write_text(MINIMAL + "# für die Produktion\n", encoding="utf-8")
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # LANG=C, as in many CI containers: ASCII
    try:
        assert locale.getpreferredencoding(False).lower() != "utf-8"
        from otlp_istio.config.loader import load_environments
        assert [e.name for e in load_environments(tmp_path)] == ["dev"]
    finally:
        locale.setlocale(locale.LC_CTYPE, before)


def test_a_file_is_one_yaml_mapping(tmp_path):
    (tmp_path / "two.yaml").write_text(MINIMAL + "---\na: 1\n")
    assert env_problems(tmp_path / "two.yaml") == [
        ("two.yaml", 5, "", "an environment file holds one YAML document; remove the extra '---'")]
    (tmp_path / "list.yaml").write_text("\n- a\n- b\n")
    assert env_problems(tmp_path / "list.yaml") == [
        ("list.yaml", 2, "", "the file must be a mapping of keys (istio_version, namespace, ...), not a list")]


def test_line_maps_are_made_when_first_asked_for_and_match_the_parse():
    # a clean environment never needs its line map (no problem, warning or finding to place): it
    # is made from the text when first asked for, the same as from the parse's own nodes
    import yaml

    from otlp_istio.config.sources import line_map
    from tests.conftest import ROOT
    for name in ("dev", "prod", "staging"):
        env = load_environment(name, ROOT / "environments" / f"{name}.yaml")
        if not env.warnings:  # prod's warning is placed on its line: its map is made
            assert all(src._lines is None for src in env.sources), name
        assert env.written_at(("namespace",)) is not None
        for src in env.sources:
            assert src.lines == line_map(yaml.compose(src.text, Loader=yaml.CSafeLoader)), (name, src.file)
