"""``--shard I/N``: N CI jobs publishing their shares at once to one repository (real processes,
a real bare repository): nothing lost, no empty commit, every environment's files exactly once,
each in its own shard's commit, on one line of history."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bench.fleet import env_name, environment
from otlp_istio.config.shards import in_shard, shard_of

from .conftest import GIT_ENV, commit_count, git

SHARDS = 8
NAMES = [env_name(i) for i in range(40)]


@pytest.fixture
def fleet(tmp_path) -> Path:
    """40 environments of the benchmarks' fleet, one service each (11 documents), all passing the gate."""
    folder = tmp_path / "fleet"
    folder.mkdir()
    for i, name in enumerate(NAMES):
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(environment(i, services=1), sort_keys=False))
    return folder


def publish_all_shards(fleet: Path, repo: Path, tmp_path: Path, tag: str,
                       pause: str | None = None) -> list[subprocess.CompletedProcess]:
    """Every shard's publish, started together (each with its own cache, as CI jobs have), reaped.
    ``pause`` holds each one after it reads the tip (OTLP_ISTIO_TEST_PAUSE), so their pushes overlap."""
    procs = []
    for i in range(1, SHARDS + 1):
        env = {**os.environ, **GIT_ENV, "OTLP_ISTIO_CACHE_DIR": str(tmp_path / f"cache-{tag}-{i}"),
               "OTLP_ISTIO_JOBS": "1"}
        env.pop("OTLP_ISTIO_STATE_DIR", None)
        if pause:
            env["OTLP_ISTIO_TEST_PAUSE"] = pause
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "otlp_istio", "publish", "-c", str(fleet), "--out", str(tmp_path / f"dist-{i}"),
             "--repo", str(repo), "--shard", f"{i}/{SHARDS}"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env))
    return [subprocess.CompletedProcess(p.args, p.wait(), *p.communicate()) for p in procs]


def environment_of(path: str) -> str:
    """The environment a repository path belongs to (its workload folder, its Flux folder under
    clusters/, its inputs record under .otlp-istio/); a path of no environment fails the test."""
    parts = path.split("/")
    if parts[0] in ("otlp-istio", ".otlp-istio") and parts[1] in NAMES:
        return parts[1]
    if parts[0] == "clusters" and parts[1] in NAMES:
        return parts[1]
    raise AssertionError(f"{path} belongs to no environment")


def test_eight_shards_publishing_at_once_lose_nothing_and_write_each_file_once(fleet, bare_repo, tmp_path):
    # a reference: the whole fleet published by one job
    reference = tmp_path / "reference.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(reference))
    env = {**os.environ, **GIT_ENV, "OTLP_ISTIO_CACHE_DIR": str(tmp_path / "cache-ref")}
    done = subprocess.run([sys.executable, "-m", "otlp_istio", "publish", "-c", str(fleet), "--out",
                           str(tmp_path / "dist-ref"), "--repo", str(reference)], capture_output=True, text=True,
                          env=env)
    assert done.returncode == 0, done.stderr

    # WHEN the 8 shards publish at once, each pausing after it reads the tip (so they do collide)
    results = publish_all_shards(fleet, bare_repo, tmp_path, "first", pause="fetched:0.2")

    # THEN every one succeeds
    assert [r.returncode for r in results] == [0] * SHARDS, [r.stderr for r in results if r.returncode]
    shares = {i: in_shard(NAMES, (i, SHARDS)) for i in range(1, SHARDS + 1)}
    assert all(shares.values()), "every shard has environments"
    # AND the history is one line of one commit per shard
    lines = [line.split() for line in git("log", "--format=%H %T %P", "main", cwd=bare_repo).splitlines()]
    assert len(lines) == SHARDS
    assert [len(line) for line in lines] == [3] * (SHARDS - 1) + [2]
    assert all(lines[k][2] == lines[k + 1][0] for k in range(SHARDS - 1))
    # AND each commit changes exactly its shard's environments (none empty, none touching another's)
    seen: dict[str, str] = {}
    for commit, _tree, *parents in lines:
        paths = git("diff-tree", "-r", "--no-commit-id", "--name-only", "--root", commit, cwd=bare_repo).splitlines()
        assert paths, f"{commit} changes nothing"
        envs = {environment_of(p) for p in paths}
        shard = {shard_of(e, SHARDS) for e in envs}
        assert len(shard) == 1, f"{commit} mixes shards {shard}"
        assert sorted(envs) == shares[shard.pop()]
        named = git("log", "-1", "--format=%(trailers:key=Otlp-Istio-Environments,valueonly)", commit,
                    cwd=bare_repo).split()
        assert sorted(named) == sorted(envs)
        for e in envs:
            assert e not in seen, f"{e} written by {seen.get(e)} and {commit}"
            seen[e] = commit
    assert sorted(seen) == NAMES
    # AND every environment's files are exactly what one job publishes: the same tree, file for file
    assert git("rev-parse", "main^{tree}", cwd=bare_repo) == git("rev-parse", "main^{tree}", cwd=reference)
    git("fsck", "--strict", cwd=bare_repo)

    # the shards again: nothing changed, so nothing is rendered and no commit is made
    again = publish_all_shards(fleet, bare_repo, tmp_path, "again")
    assert [r.returncode for r in again] == [0] * SHARDS, [r.stderr for r in again if r.returncode]
    assert commit_count(bare_repo) == SHARDS
    assert all("(no commit made)" in r.stdout for r in again)
