"""``--shard I/N`` through the steps of a CI matrix job (synth, validate, diff, publish), as the
recipes ``init --ci`` writes run them: a job whose share holds no environment does nothing and
succeeds at every step; the job whose share holds it does the work."""
from __future__ import annotations

import shutil

from otlp_istio.config.shards import shard_of
from tests.conftest import ENVIRONMENTS
from tests.publish.conftest import _git_identity, bare_repo, commit_count, rev  # noqa: F401 - fixtures


def test_a_matrix_job_with_an_empty_share_succeeds_at_every_step(cli, tmp_path, bare_repo, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    config = tmp_path / "environments"
    config.mkdir()
    for name in ("_base.yaml", "dev.yaml"):
        shutil.copy(ENVIRONMENTS / name, config / name)
    mine = shard_of("dev", 2)
    empty = 3 - mine
    for shard, work in ((f"{empty}/2", False), (f"{mine}/2", True)):
        out = tmp_path / f"dist-{shard[0]}"
        steps = [("synth", "-c", config, "--out", out, "--shard", shard),
                 ("validate", "-c", config, "--out", out, "--shard", shard),
                 ("diff", "-c", config, "--repo", bare_repo, "--shard", shard, "-o", "markdown"),
                 ("publish", "-c", config, "--out", out, "--repo", bare_repo, "--shard", shard)]
        for step in steps:
            r = cli(*step)
            if not work:
                assert r.code == 0 and f"no environment in shard {shard}" in r.err, (step[0], r)
            else:
                assert r.code == (1 if step[0] == "diff" else 0), (step[0], r)  # diff: 1 = changes to publish
        if not work:
            assert rev(bare_repo) is None  # nothing pushed
    assert commit_count(bare_repo) == 1
