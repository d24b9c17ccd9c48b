"""An environment whose file is gone stays in the cluster until it is retired: publish says so.

GIVEN a project made by `otlp-istio init` with a second environment `qa`, published to a real
bare repository,
WHEN `qa.yaml` is deleted and publish runs again (real processes),
THEN publish still succeeds (exit 0: nothing of qa is deleted that the user did not ask to
delete) and warns that the branch holds qa, that Flux keeps applying it, and how to retire it;
`-o json` carries the warning; a shard that qa is not in, and `-e dev`, do not warn; once qa is
retired, no warning is left.
"""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from otlp_istio.config.shards import shard_of
from tests.conftest import run_process
from tests.synth.test_ownership import project  # noqa: F401 (the fixture)

GIT = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
       "GIT_COMMITTER_EMAIL": "t@example.com"}


@pytest.fixture
def published(project, tmp_path):  # noqa: F811
    repo = tmp_path / "env.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(repo)], check=True)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}, **GIT,
           "OTLP_ISTIO_STATE_DIR": str(tmp_path / "state")}

    def run(*args):
        return run_process(*args, "--repo", repo, env=env, cwd=project)
    r = run("publish")
    assert r.code == 0 and "warning" not in r.err, r
    return project, run


def test_publish_warns_of_an_environment_left_in_the_cluster_when_its_file_is_gone(published):
    project, run = published
    (project / "environments" / "qa.yaml").unlink()
    r = run("publish")
    assert r.code == 0, r
    [line] = [ln for ln in r.err.splitlines() if ln.startswith("warning: qa:")]
    assert line == ("warning: qa: published on main (.otlp-istio/qa/inventory.yaml) but environments has no "
                    "environment file for it any more, so Flux keeps applying what was published for it; "
                    "remove it from the cluster with `otlp-istio retire qa`, or restore the file")
    got = json.loads(run("publish", "-o", "json").out)
    assert [w for w in got["warnings"] if w.startswith("qa:")] == [line[len("warning: "):]]
    assert "warning: qa:" not in run("publish", "-e", "dev").err
    # a split where dev shares qa's shard: that shard's job warns, the others do not
    n = next(n for n in range(2, 50) if shard_of("dev", n) == shard_of("qa", n))
    mine = shard_of("qa", n)
    assert "warning: qa:" in run("publish", "--shard", f"{mine}/{n}").err
    assert "warning: qa:" not in run("publish", "--shard", f"{mine % n + 1}/{n}").err
    assert run("retire", "qa").code == 0
    assert "warning" not in run("publish").err


def test_an_environment_whose_file_is_there_is_not_warned_of(published):
    project, run = published
    r = run("publish")
    assert r.code == 0 and "warning" not in r.err, r
