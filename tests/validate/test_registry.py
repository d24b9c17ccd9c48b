"""Where the gate finds its schemas, Kubernetes versions and tools (validate/registry.py), in a
made-up schema folder and a made-up bin/ folder."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from otlp_istio.errors import UserError
from otlp_istio.validate import registry


def schema_folder(tmp_path: Path, *versions: str) -> Path:
    folder = tmp_path / "schemas"
    for v in versions:
        (folder / "kubernetes" / v).mkdir(parents=True)
    (folder / "cel-rules.json").parent.mkdir(parents=True, exist_ok=True)
    (folder / "cel-rules.json").write_text('{"rules": 1}')
    return folder


def test_versions_are_read_from_the_folder_names_and_sorted_as_numbers(tmp_path):
    folder = schema_folder(tmp_path, "v1.9.2-standalone-strict", "v1.10.0-standalone-strict", "v1.31-standalone-strict",
                           "v1.30.0-standalone", "vX.1-standalone-strict", "1.29.0-standalone-strict")
    assert registry.available_kubernetes_versions(folder) == ["1.9.2", "1.10.0", "1.31.0"]


def test_normalize_kubernetes_version_and_its_messages(tmp_path):
    folder = schema_folder(tmp_path, "v1.30.0-standalone-strict", "v1.31.0-standalone-strict")
    assert [registry.normalize_kubernetes_version(t, folder) for t in ("1.31", " v1.30 ", "1.31.0", "01.031")] == [
        "1.31.0", "1.30.0", "1.31.0", "1.31.0"]
    with pytest.raises(UserError) as err:
        registry.normalize_kubernetes_version("latest", folder)
    assert _message(err) == "--kubernetes-version 'latest' is not a version; allowed: 1.30, 1.31"
    with pytest.raises(UserError) as err:
        registry.normalize_kubernetes_version("1.31.1", folder)
    assert _message(err) == ("--kubernetes-version 1.31.1: no schemas for Kubernetes 1.31.1; allowed: 1.30, 1.31 "
                              "(add it to KUBERNETES_VERSIONS in scripts/gen_schemas.py and run `make schemas`)")


def test_the_schema_folder_from_the_environment_and_its_templates(tmp_path, monkeypatch):
    folder = schema_folder(tmp_path)
    monkeypatch.setenv("OTLP_ISTIO_SCHEMAS", str(folder))
    assert registry.schemas_dir() == folder
    assert registry.schema_locations() == [
        f"{folder}/crds/{{{{ .Group }}}}/{{{{ .ResourceKind }}}}_{{{{ .ResourceAPIVersion }}}}.json",
        f"{folder}/kubernetes/{{{{ .NormalizedKubernetesVersion }}}}-standalone{{{{ .StrictSuffix }}}}/"
        f"{{{{ .ResourceKind }}}}{{{{ .KindSuffix }}}}.json"]
    assert registry.load_rules() == {"rules": 1}
    monkeypatch.setenv("OTLP_ISTIO_SCHEMAS", str(tmp_path / "empty"))
    with pytest.raises(UserError) as err:
        registry.schemas_dir()
    assert _message(err) == (f"the schema folder {tmp_path / 'empty'} is missing or incomplete (no cel-rules.json); "
                              "run `make schemas` (needs ../shared/crds) or restore schemas/ from git")
    monkeypatch.delenv("OTLP_ISTIO_SCHEMAS")
    assert (registry.schemas_dir() / "cel-rules.json").is_file()


def test_load_schema_file_is_none_for_a_missing_or_broken_file(tmp_path):
    good, broken = tmp_path / "good.json", tmp_path / "broken.json"
    good.write_text(json.dumps({"type": "object"}))
    broken.write_text("{not json")
    assert registry.load_schema_file(str(good)) == {"type": "object"}
    assert registry.load_schema_file(str(broken)) is None
    assert registry.load_schema_file(str(tmp_path / "missing.json")) is None


def _tool(path: Path, executable: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755 if executable else 0o644)
    return path


def test_find_binary_prefers_the_variable_then_bin_then_path(tmp_path, monkeypatch):
    monkeypatch.delenv("OI_TEST_TOOL", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "path"))
    find = dict(path_names=("other-name", "tool"), hint="a tool", root=tmp_path)
    assert registry.find_binary("OI_TEST_TOOL", "tool", **find) is None
    on_path = _tool(tmp_path / "path" / "tool")
    assert registry.find_binary("OI_TEST_TOOL", "tool", **find) == str(on_path)
    _tool(tmp_path / "bin" / "tool", executable=False)  # not executable: skipped
    assert registry.find_binary("OI_TEST_TOOL", "tool", **find) == str(on_path)
    local = _tool(tmp_path / "bin" / "tool")
    assert registry.find_binary("OI_TEST_TOOL", "tool", **find) == str(local)
    chosen = _tool(tmp_path / "chosen")
    monkeypatch.setenv("OI_TEST_TOOL", str(chosen))
    assert registry.find_binary("OI_TEST_TOOL", "tool", **find) == str(chosen)
    for bad in (tmp_path / "missing", tmp_path, _tool(tmp_path / "plain", executable=False)):
        monkeypatch.setenv("OI_TEST_TOOL", str(bad))
        with pytest.raises(UserError) as err:
            registry.find_binary("OI_TEST_TOOL", "tool", **find)
        assert _message(err) == f"$OI_TEST_TOOL={bad} is not an executable file; unset it or point it at a tool"
    monkeypatch.setenv("OI_TEST_TOOL", "")  # empty: as if unset
    assert registry.find_binary("OI_TEST_TOOL", "tool", **find) == str(local)
    assert os.environ["PATH"] == str(tmp_path / "path")


def _message(err) -> str:
    [problem] = err.value.problems
    return problem.message


def test_load_rules_reads_a_changed_file_again(tmp_path):
    folder = schema_folder(tmp_path)
    assert registry.load_rules(folder) == {"rules": 1}
    rules = folder / "cel-rules.json"
    rules.write_text('{"rules": 2}')
    later = rules.stat().st_mtime + 5
    os.utime(rules, (later, later))
    assert registry.load_rules(folder) == {"rules": 2}
