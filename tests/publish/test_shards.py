"""``--shard I/N``: N CI jobs publishing their shares at once to one repository (real processes,
a real bare repository): nothing lost, no empty commit, every environment's files exactly once."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from otlp_istio.config.shards import in_shard

from .conftest import ENVIRONMENTS, GIT_ENV, commit_count, git

SHARDS = 8
NAMES = [f"team-{i:02d}" for i in range(20)]


@pytest.fixture
def fleet(tmp_path) -> Path:
    """20 environments (copies of prod under other names)."""
    folder = tmp_path / "fleet"
    folder.mkdir()
    text = (ENVIRONMENTS / "prod.yaml").read_text()
    for name in NAMES:
        (folder / f"{name}.yaml").write_text(text)
    return folder


def publish_all_shards(fleet: Path, repo: Path, tmp_path: Path, tag: str) -> list[subprocess.CompletedProcess]:
    """Every shard's publish, started together (each with its own cache, as CI jobs have), reaped."""
    procs = []
    for i in range(1, SHARDS + 1):
        env = {**os.environ, **GIT_ENV, "OTLP_ISTIO_CACHE_DIR": str(tmp_path / f"cache-{tag}-{i}"),
               "OTLP_ISTIO_JOBS": "1"}
        env.pop("OTLP_ISTIO_STATE_DIR", None)
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "otlp_istio", "publish", "-c", str(fleet), "--out", str(tmp_path / f"dist-{i}"),
             "--repo", str(repo), "--shard", f"{i}/{SHARDS}"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env))
    return [subprocess.CompletedProcess(p.args, p.wait(), *p.communicate()) for p in procs]


def test_eight_shards_publishing_at_once_lose_nothing_and_write_each_file_once(fleet, bare_repo, tmp_path):
    # a reference: the whole fleet published by one job
    reference = tmp_path / "reference.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(reference))
    env = {**os.environ, **GIT_ENV, "OTLP_ISTIO_CACHE_DIR": str(tmp_path / "cache-ref")}
    done = subprocess.run([sys.executable, "-m", "otlp_istio", "publish", "-c", str(fleet), "--out",
                           str(tmp_path / "dist-ref"), "--repo", str(reference)], capture_output=True, text=True,
                          env=env)
    assert done.returncode == 0, done.stderr

    results = publish_all_shards(fleet, bare_repo, tmp_path, "first")

    assert [r.returncode for r in results] == [0] * SHARDS, [r.stderr for r in results if r.returncode]
    shares = [in_shard(NAMES, (i, SHARDS)) for i in range(1, SHARDS + 1)]
    busy = sum(1 for share in shares if share)
    # one commit per shard that had environments, each changing the tree (no empty commit)
    assert commit_count(bare_repo) == busy
    for line in git("log", "--format=%H %T %P", "main", cwd=bare_repo).splitlines():
        commit, tree, *parents = line.split()
        if parents:
            assert git("rev-parse", f"{parents[0]}^{{tree}}", cwd=bare_repo) != tree, f"{commit} changes nothing"
    # every environment's files, exactly as one job publishes them: the same tree, file for file
    assert git("rev-parse", "main^{tree}", cwd=bare_repo) == git("rev-parse", "main^{tree}", cwd=reference)
    # each commit names exactly its shard's environments
    named = sorted(git("log", "--format=%(trailers:key=Otlp-Istio-Environments,valueonly)", "main",
                       cwd=bare_repo).split())
    assert named == sorted(NAMES)

    # the shards again: nothing changed, so nothing is rendered and no commit is made
    again = publish_all_shards(fleet, bare_repo, tmp_path, "again")
    assert [r.returncode for r in again] == [0] * SHARDS
    assert commit_count(bare_repo) == busy
    assert all("(no commit made)" in r.stdout or "no environment in shard" in r.stderr for r in again)
