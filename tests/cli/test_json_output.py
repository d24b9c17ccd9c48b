"""Every `-o json` output carries schema_version; a failing command prints its errors as JSON too."""
from __future__ import annotations

import json
import subprocess

from tests.conftest import ENVIRONMENTS, MINIMAL


def test_synth_json_has_a_schema_version(cli, tmp_path):
    r = cli("synth", "-c", ENVIRONMENTS, "--out", tmp_path, "-e", "prod", "-o", "json")
    assert r.code == 0, r
    data = json.loads(r.out)
    assert data["schema_version"] == 1 and data["environments"][0]["name"] == "prod"


def test_config_errors_are_json_with_file_line_path_message(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "tracing: {sampling_rate: 10}\n")
    for output in (["-o", "json"], ["--output=json"]):
        r = cli("synth", "-c", config, "--out", tmp_path / "out", *output)
        assert r.code == 2
        data = json.loads(r.out)
        assert data["schema_version"] == 1
        [error] = data["errors"]
        assert error["file"].endswith("env.yaml") and error["line"] == 4
        assert error["path"] == "tracing.sampling_rate" and "0.1 means 10 %" in error["message"]
        assert "sampling_rate" in r.err  # people still read stderr


def test_usage_errors_of_validate_are_json_too(cli, tmp_path):
    r = cli("validate", "--out", tmp_path / "nothing", "-o", "json")
    assert r.code == 2
    data = json.loads(r.out)
    assert data["errors"][0]["message"].startswith("--out ")


def test_text_output_errors_stay_text(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "colour: blue\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2 and r.out == ""


def test_diff_json_has_a_schema_version(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    repo = tmp_path / "env.git"
    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    r = cli("diff", "-c", ENVIRONMENTS, "-e", "prod", "--repo", repo, "-o", "json")
    assert r.code == 1, r  # everything is new
    assert json.loads(r.out)["schema_version"] == 1


def test_diff_keeps_its_cache_in_the_user_cache_dir_not_the_project(cli, tmp_path, monkeypatch):
    import shutil
    project = tmp_path / "project"
    shutil.copytree(ENVIRONMENTS, project / "environments")
    repo = tmp_path / "env.git"
    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    monkeypatch.chdir(project)
    monkeypatch.delenv("OTLP_ISTIO_STATE_DIR", raising=False)
    monkeypatch.delenv("OTLP_ISTIO_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    r = cli("diff", "-c", "environments", "-e", "prod", "--repo", repo)
    assert r.code == 1, r
    assert sorted(p.name for p in project.iterdir()) == ["environments"]  # diff writes nothing here
    assert (tmp_path / "xdg" / "otlp-istio" / "cache").is_dir()


def test_a_bad_option_value_with_json_output_is_a_json_error(cli, tmp_path):
    r = cli("validate", "--out", tmp_path, "--failure-threshold", "bogus", "-o", "json")
    assert r.code == 2
    [error] = json.loads(r.out)["errors"]
    assert "'bogus' is not one of 'error', 'warning', 'info'" in error["message"]
