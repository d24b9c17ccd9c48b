"""synth owns the folders it writes under --out, and only those.

GIVEN a project made by `otlp-istio init` with a second environment `qa` that routes to a
Service of its own (declared in `external_services`, so only its file makes it known),
WHEN `qa.yaml` is deleted and the README's `synth && validate` runs again (real processes),
THEN `dist/qa/` is gone and validate passes; a folder synth did not write stays, and so does
one it wrote that now holds something it does not write.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from otlp_istio.config.snapshot import SNAPSHOT_FILE
from otlp_istio.synth.ownership import recorded_file, write_owned
from tests.conftest import CLI, run_process

QA = """\
extends: _base.yaml
external_services:
  - name: checkout
    namespace: shop
    ports: [{name: http, port: 8080}]
virtual_services:
  - hosts: [checkout.shop.svc.cluster.local]
    http:
      - route: [{destination: {host: checkout.shop.svc.cluster.local, port: 8080}}]
"""


@pytest.fixture
def project(tmp_path) -> Path:
    subprocess.run([str(CLI), "init", str(tmp_path / "p")], check=True, capture_output=True)
    project = tmp_path / "p"
    (project / "environments" / "qa.yaml").write_text(QA)
    return project


def synth_and_validate(project: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}
    synth = run_process("synth", env=env, cwd=project)
    assert synth.code == 0, synth
    return synth, run_process("validate", env=env, cwd=project)


def test_a_deleted_environment_leaves_no_folder_for_validate(project):
    synth, validate = synth_and_validate(project)
    assert validate.code == 0, validate
    assert recorded_file(project / "dist" / "qa").resolve() == (project / "environments" / "qa.yaml").resolve()
    # WHEN qa's file is deleted and the README's flow runs again
    (project / "environments" / "qa.yaml").unlink()
    synth, validate = synth_and_validate(project)
    # THEN its folder is gone, synth says so, and validate judges only what has a file
    assert not (project / "dist" / "qa").exists()
    assert "qa: removed dist/qa/ (its environment file environments/qa.yaml is gone)" in synth.out
    assert validate.code == 0, validate
    assert "(dev; " in validate.out
    assert sorted(p.name for p in (project / "dist").iterdir()) == ["dev"]


def test_never_a_folder_synth_did_not_write(project):
    synth_and_validate(project)
    # a folder of the user's own under dist/, and one written by an older synth (no record)
    (project / "dist" / "mine").mkdir()
    (project / "dist" / "mine" / "a.yaml").write_text("x: 1\n")
    (project / "dist" / "qa" / SNAPSHOT_FILE).unlink()
    (project / "environments" / "qa.yaml").unlink()
    synth, _ = synth_and_validate(project)
    assert (project / "dist" / "mine" / "a.yaml").read_text() == "x: 1\n"
    assert (project / "dist" / "qa").is_dir()  # not recorded: not synth's to remove
    assert "removed" not in synth.out


def test_a_recorded_folder_holding_something_else_stays_with_a_note(project):
    synth_and_validate(project)
    (project / "dist" / "qa" / "NOTES.md").write_text("mine\n")
    (project / "environments" / "qa.yaml").unlink()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}
    synth = run_process("synth", env=env, cwd=project)
    assert synth.code == 0, synth
    assert (project / "dist" / "qa" / "NOTES.md").is_file()
    assert "dist/qa/ left as it is" in synth.err and "NOTES.md" in synth.err
    assert (project / "dist" / "qa" / SNAPSHOT_FILE).is_file()  # still synth's: said again next time


def test_one_environment_at_a_time(project, tmp_path):
    out = project / "dist"
    config = project / "environments"
    sources = {env: (str(config / f"{env}.yaml"), {}) for env in ("dev", "qa")}
    write_owned(out, {"dev": {"a.yaml": b"a: 1\n"}, "qa": {"a.yaml": b"a: 1\n"}}, sources)
    # rendering dev alone keeps qa, whose file still exists
    written = write_owned(out, {"dev": {"a.yaml": b"a: 2\n"}}, sources)
    assert written.removed == [] and (out / "qa" / "a.yaml").is_file()
    # once qa's file is gone, rendering dev alone removes it
    (config / "qa.yaml").unlink()
    written = write_owned(out, {"dev": {"a.yaml": b"a: 3\n"}}, sources)
    assert [r.env for r in written.removed] == ["qa"] and not (out / "qa").exists()
    assert sorted(p.name for p in out.iterdir()) == ["dev"]


def test_a_record_of_another_environment_is_not_synths(project):
    # a folder copied or renamed by hand: its record names another environment
    out = project / "dist"
    sources = {"qa": (str(project / "environments" / "qa.yaml"), {})}
    write_owned(out, {"qa": {"a.yaml": b"a: 1\n"}}, sources)
    (out / "qa").rename(out / "qa-copy")
    (project / "environments" / "qa.yaml").unlink()
    dev = {"dev": (str(project / "environments" / "dev.yaml"), {})}
    written = write_owned(out, {"dev": {"a.yaml": b"a: 1\n"}}, dev)
    assert written.removed == [] and (out / "qa-copy" / "a.yaml").is_file()


def test_the_json_output_lists_what_was_removed(project):
    run_process("synth", cwd=project)
    (project / "environments" / "qa.yaml").unlink()
    r = run_process("synth", "-o", "json", cwd=project)
    assert r.code == 0, r
    assert json.loads(r.out)["removed"] == [{"name": "qa", "dir": "dist/qa", "file": "environments/qa.yaml"}]


def test_publish_writing_out_removes_the_same(project, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}
    env["OTLP_ISTIO_STATE_DIR"] = str(tmp_path / "state")
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(tmp_path / "env.git")], check=True)
    assert run_process("synth", cwd=project, env=env).code == 0
    (project / "environments" / "qa.yaml").unlink()
    r = run_process("publish", "--repo", tmp_path / "env.git", cwd=project, env=env)
    assert r.code == 0, r
    assert not (project / "dist" / "qa").exists()
    assert "qa: removed dist/qa/" in r.err
