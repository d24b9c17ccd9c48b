"""config/loader.py: which files of a folder are environments, the names asked for, and the names
the loader has always offered to its importers."""
from __future__ import annotations

from tests.conftest import MINIMAL
from tests.config.loading import dir_problems


def test_unknown_environment_names_and_an_empty_folder(tmp_path):
    (tmp_path / "prod.yaml").write_text(MINIMAL)
    (tmp_path / "dev.yaml").write_text(MINIMAL)
    assert dir_problems(tmp_path, ["prod", "qa", "eu"]) == [
        (str(tmp_path), None, "", "no environment named 'qa', 'eu'; environments here: dev, prod")]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert dir_problems(empty, ["qa"]) == [(str(empty), None, "", "no environment named 'qa'; environments here: none")]
    assert dir_problems(empty) == [
        (str(empty), None, "", "no environment files (*.yaml not starting with '_') found")]


def test_discover_takes_yaml_and_yml_files_only_not_bases_hidden_files_or_folders(tmp_path):
    from otlp_istio.config.loader import discover
    for name in ("prod.yaml", "dev.yml", "_base.yaml", ".hidden.yaml", "notes.txt", "eu-1.yaml"):
        (tmp_path / name).write_text(MINIMAL)
    (tmp_path / "folder.yaml").mkdir()
    assert discover(tmp_path) == {"dev": tmp_path / "dev.yml", "eu-1": tmp_path / "eu-1.yaml",
                                  "prod": tmp_path / "prod.yaml"}


def test_discover_refuses_bad_names_and_names_defined_twice_all_at_once(tmp_path):
    for name in ("a.yaml", "a.yml", "Bad_Name.yaml", "-x.yaml", "b.yaml", "z_z.yaml"):
        (tmp_path / name).write_text(MINIMAL)
    rule = "must be lower-case letters, digits and '-'; rename the file, or start it with '_' to make it a base"
    assert dir_problems(tmp_path) == [
        (str(tmp_path / "-x.yaml"), None, "", f"environment name '-x' (from the file name) {rule}"),
        (str(tmp_path / "Bad_Name.yaml"), None, "", f"environment name 'Bad_Name' (from the file name) {rule}"),
        (str(tmp_path / "a.yml"), None, "", "environment 'a' is defined twice (a.yaml and a.yml)"),
        (str(tmp_path / "z_z.yaml"), None, "", f"environment name 'z_z' (from the file name) {rule}")]
    assert dir_problems(tmp_path / "nope") == [
        (str(tmp_path / "nope"), None, "", "config directory not found (pass --config-dir DIR)")]


def test_the_loader_still_offers_its_names():
    import otlp_istio.config.loader as loader
    from otlp_istio.config import extends, sources
    assert loader.file_key is sources.file_key and loader.extends_any is extends.extends_any
    assert all(hasattr(loader, name) for name in loader.__all__)
    assert {"Environment", "discover", "environment_files", "environments_affected_by", "extends_any", "file_key",
            "ignored_folders", "load_environment", "load_environments"} <= set(loader.__all__)
