"""validate never judges a folder whose environment no longer exists as green.

GIVEN a project made by `otlp-istio init` with a second environment `qa`, synthesized,
WHEN `qa.yaml` is deleted (or renamed) and `validate` runs without `synth` first (real processes),
THEN validate fails (exit 1) with an error on `dist/qa` that names the file that is gone and
what to run, checks nothing in that folder, and deletes nothing; publish, which writes `--out`,
removes the folder as synth does, even when nothing is to be published. With `-c`, an
environment file added and not rendered fails too.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from tests.conftest import run_process
from tests.synth.test_ownership import project  # noqa: F401 (the fixture)


def run(*args, cwd, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}
    return run_process(*args, env={**clean, **env}, cwd=cwd)


@pytest.fixture
def synthesized(project):  # noqa: F811
    r = run("synth", cwd=project)
    assert r.code == 0, r
    return project


def test_a_deleted_environment_s_folder_fails_validate_and_says_what_to_do(synthesized):
    (synthesized / "environments" / "qa.yaml").unlink()
    r = run("validate", "--out", "dist", cwd=synthesized)
    assert r.code == 1, r
    [line] = [ln for ln in r.out.splitlines() if "OI0303" in ln]
    assert line.startswith("dist/qa: Error OI0303: environment qa: dist/qa/ was rendered from "
                           "environments/qa.yaml, which is gone"), line
    assert "run `otlp-istio synth --out dist`" in line and "`otlp-istio retire qa`" in line
    assert "FAILED: 1 error" in r.out and "(dev; " in r.out  # dev is checked, qa is not
    assert (synthesized / "dist" / "qa" / "virtualservice-checkout.yaml").is_file()  # nothing deleted


def test_with_a_config_dir_and_with_one_environment_named(synthesized):
    (synthesized / "environments" / "qa.yaml").rename(synthesized / "environments" / "qa-eu.yaml")
    r = run("validate", "--out", "dist", "-c", "environments", "-o", "json", cwd=synthesized)
    assert r.code == 1, r
    [found] = [f for f in json.loads(r.out)["findings"] if f["code"] == "OI0303"]
    assert found["severity"] == "Error" and found["file"] == "dist/qa"
    assert "`otlp-istio synth -c environments --out dist`" in found["message"]
    r = run("validate", "--out", "dist", "-e", "qa", cwd=synthesized)
    assert r.code == 1 and "OI0303" in r.out and "no environment checked" in r.out, r
    assert (synthesized / "dist" / "qa").is_dir()


def test_with_a_config_dir_an_environment_file_never_rendered_fails(synthesized):
    (synthesized / "environments" / "eu.yaml").write_text((synthesized / "environments" / "dev.yaml").read_text())
    r = run("validate", "--out", "dist", "-c", "environments", cwd=synthesized)
    assert r.code == 1, r
    assert ("environments/eu.yaml: Error OI0304: environment eu: no output folder dist/eu/, so it was not "
            "checked; run `otlp-istio synth -c environments --out dist`") in r.out
    assert "(dev, qa; " in r.out
    # without -c, validate judges the folders there are; with --env, the environments named
    assert run("validate", "--out", "dist", cwd=synthesized).code == 0
    assert run("validate", "--out", "dist", "-c", "environments", "-e", "dev", cwd=synthesized).code == 0


def test_synth_then_validate_is_green_again(synthesized):
    (synthesized / "environments" / "qa.yaml").unlink()
    assert run("synth", cwd=synthesized).code == 0
    r = run("validate", cwd=synthesized)
    assert r.code == 0 and "OI0303" not in r.out, r


def test_output_copied_where_the_environment_files_are_not_is_judged_by_its_record(synthesized, tmp_path):
    """A CI job that validates the output artifact of another job: no environments/ there."""
    shutil.copytree(synthesized / "dist", tmp_path / "artifact" / "dist")
    r = run("validate", "--out", "dist", cwd=tmp_path / "artifact")
    assert r.code == 0 and "(dev, qa; " in r.out, r


def test_a_folder_without_a_record_is_checked_on_its_own(synthesized):
    (synthesized / "dist" / "qa" / ".otlp-istio-environment").unlink()
    (synthesized / "environments" / "qa.yaml").unlink()
    r = run("validate", cwd=synthesized)
    assert "OI0303" not in r.out and "(dev, qa; " in r.out, r


def test_publish_with_nothing_to_publish_removes_the_folder_too(synthesized, tmp_path):
    git = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "OTLP_ISTIO_STATE_DIR": str(tmp_path / "state")}
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(tmp_path / "env.git")], check=True)
    assert run("publish", "--repo", tmp_path / "env.git", cwd=synthesized, **git).code == 0
    (synthesized / "environments" / "qa.yaml").unlink()
    r = run("publish", "--repo", tmp_path / "env.git", cwd=synthesized, **git)
    assert r.code == 0 and "dev (otlp-istio/dev): unchanged" in r.out, r
    assert "qa: removed dist/qa/ (its environment file environments/qa.yaml is gone)" in r.err
    assert not (synthesized / "dist" / "qa").exists()
    assert run("validate", cwd=synthesized).code == 0
