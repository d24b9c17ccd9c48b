"""Racing and killed publishers, in separate processes, against one repository.

Racers use separate state folders (separate CI machines), so they really race at the
push; one test also shares one state folder (the cache lock serializes them).
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from otlp_istio.publish import PublishOptions, parse_remote, publish

from .conftest import commit_count, env_files, git, published, rev, spawn_publisher, tree_of

ENVS = ("alpha", "beta", "gamma")


def _wait(procs: list[subprocess.Popen], timeout: float = 120) -> list[tuple[int, str, str]]:
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=timeout)
        out.append((p.returncode, stdout, stderr))
    return out


def _race(repo_url: str, repo_dir: Path, tmp_path: Path, shared_state: bool) -> list[dict]:
    # GIVEN a repository that already holds the three environments at v1
    publish({e: env_files(e) for e in ENVS},
            PublishOptions(remote=parse_remote(repo_url), state_dir=tmp_path / "seed", source="seed"))
    go = tmp_path / "go"
    trace = tmp_path / "trace"
    # WHEN three publishers, each changing its own environment, start at the same instant
    # (each pauses after reading the tip, so their pushes overlap for sure)
    procs = [spawn_publisher(repo_url, tmp_path / ("shared" if shared_state else f"job-{e}"),
                             {e: env_files(e, version="v2", extra=i + 1)}, start_file=go,
                             env={"OTLP_ISTIO_TEST_PAUSE": "fetched:0.3", "OTLP_ISTIO_TEST_TRACE": str(trace)})
             for i, e in enumerate(ENVS)]
    time.sleep(0.5)
    go.touch()
    results = _wait(procs)
    # THEN all land, none loses another's change
    for code, stdout, stderr in results:
        assert code == 0, stderr
    assert commit_count(repo_dir) == 1 + len(ENVS)
    for i, e in enumerate(ENVS):
        assert published(repo_dir, f"otlp-istio/{e}") == env_files(e, version="v2", extra=i + 1)
    git("fsck", "--strict", cwd=repo_dir)
    # AND the history is one line: seed, then one commit per publisher, each on the one before
    parents = [line.split() for line in git("rev-list", "--parents", "main", cwd=repo_dir).splitlines()]
    assert [len(p) for p in parents] == [2] * len(ENVS) + [1]
    assert all(parents[k][1] == parents[k + 1][0] for k in range(len(ENVS)))
    subjects = git("log", "--format=%s", "main", cwd=repo_dir).splitlines()
    assert sorted(subjects[:len(ENVS)]) == [f"deploy {e}: {i + 1} added, 2 changed" for i, e in enumerate(ENVS)]
    steps = [tuple(line.split()) for line in trace.read_text().splitlines()]
    return [json.loads(stdout) for _, stdout, _ in results], steps


def _assert_collided(reports: list[dict], steps: list[tuple[str, str]]) -> None:
    """The trace shows the race: two publishers read the same tip before either pushed, the
    losers read the tip again, and each read is one attempt of the reports."""
    first_push = next(k for k, (_, step) in enumerate(steps) if step == "pushed")
    assert len({pid for pid, step in steps[:first_push] if step == "fetched"}) >= 2
    fetches = [step for _, step in steps].count("fetched")
    assert fetches == sum(r["attempts"] for r in reports) > len(ENVS)
    assert {r["pushed"] for r in reports} == {True}


def test_three_racing_publishers_all_land(bare_repo, tmp_path):
    _assert_collided(*_race(str(bare_repo), bare_repo, tmp_path, shared_state=False))


def test_three_racing_publishers_over_git_daemon(git_daemon, tmp_path):
    base, url_of = git_daemon
    git("init", "--quiet", "--bare", "--initial-branch=main", str(base / "race.git"))
    _assert_collided(*_race(url_of("race.git"), base / "race.git", tmp_path, shared_state=False))


def test_publishers_sharing_one_cache_are_serialized(bare_repo, tmp_path):
    reports, steps = _race(str(bare_repo), bare_repo, tmp_path, shared_state=True)
    assert all(r["attempts"] == 1 for r in reports)
    # the lock, not the retry, kept them apart: each publisher's steps run whole, one after another
    pids = [pid for pid, _ in steps]
    blocks = [pid for k, pid in enumerate(pids) if k == 0 or pids[k - 1] != pid]
    assert len(blocks) == len(set(blocks)) == len(ENVS)
    assert [step for _, step in steps] == ["fetched", "committed", "pushed"] * len(ENVS)


def test_racers_creating_the_branch_in_an_empty_repo(bare_repo, tmp_path):
    go = tmp_path / "go"
    procs = [spawn_publisher(str(bare_repo), tmp_path / f"job-{e}", {e: env_files(e)}, start_file=go,
                             env={"OTLP_ISTIO_TEST_PAUSE": "fetched:0.2"}) for e in ENVS]
    time.sleep(0.5)
    go.touch()
    for code, _, stderr in _wait(procs):
        assert code == 0, stderr
    assert commit_count(bare_repo) == len(ENVS)
    for e in ENVS:
        assert published(bare_repo, f"otlp-istio/{e}") == env_files(e)


def test_bounded_retries_then_a_clear_error(bare_repo, tmp_path, monkeypatch):
    # GIVEN a branch that moves between every read and every push (a hook on our checkpoint)
    from otlp_istio.publish import publisher
    publish({"dev": env_files("dev")}, PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=tmp_path / "s"))
    other = tmp_path / "other"
    counter = {"n": 0, "inside": False}

    def sabotage(step):
        # another publisher lands between our commit and our push (not re-entered by its own steps)
        if step == "committed" and not counter["inside"]:
            counter["n"] += 1
            counter["inside"] = True
            try:
                publish({f"noise{counter['n']}": {"x.yaml": b"kind: X\n"}},
                        PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=other))
            finally:
                counter["inside"] = False

    monkeypatch.setattr(publisher, "checkpoint", sabotage)
    with pytest.raises(publisher.PublishError) as err:
        publish({"dev": env_files("dev", version="v2")},
                PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=tmp_path / "s",
                               max_attempts=3, backoff_base=0.001))
    assert "gave up after 3 attempts" in str(err.value) and "kept moving" in str(err.value)
    assert counter["n"] == 3
    assert published(bare_repo, "otlp-istio/dev") == env_files("dev")  # ours never landed half-way


# ------------------------------------------------------------------ killed publishers

def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate()


def _wait_for_step(trace: Path, step: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if trace.exists() and any(line.split()[-1] == step for line in trace.read_text().splitlines()):
            return
        if proc.poll() is not None:
            raise AssertionError(f"publisher ended before {step}: {proc.communicate()}")
        time.sleep(0.01)
    raise AssertionError(f"publisher never reached {step}")


@pytest.mark.parametrize("step", ["fetched", "committed", "pushed"])
def test_publisher_killed_at_each_step(bare_repo, tmp_path, step):
    state = tmp_path / "state"
    v1 = {"dev": env_files("dev", extra=2)}
    publish(v1, PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=state))
    before = rev(bare_repo)
    v2 = {"dev": env_files("dev", version="v2")}
    trace = tmp_path / "trace"

    # WHEN a publisher is killed (SIGKILL, its whole process group) while paused at `step`
    proc = spawn_publisher(str(bare_repo), state, v2,
                           env={"OTLP_ISTIO_TEST_TRACE": str(trace), "OTLP_ISTIO_TEST_PAUSE": f"{step}:60"})
    _wait_for_step(trace, step, proc)
    _kill_group(proc)

    # THEN the remote is before or after, never in between
    after = rev(bare_repo)
    git("fsck", "--strict", cwd=bare_repo)
    if step == "pushed":
        assert after != before and published(bare_repo, "otlp-istio/dev") == v2["dev"]
    else:
        assert after == before and published(bare_repo, "otlp-istio/dev") == v1["dev"]
    # AND a second publish with the same cache succeeds
    result = publish(v2, PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=state))
    assert published(bare_repo, "otlp-istio/dev") == v2["dev"]
    assert (result.commit is None) == (step == "pushed")


def test_publishers_killed_at_random_moments(bare_repo, tmp_path):
    state = tmp_path / "state"
    versions = [{"dev": env_files("dev", version=f"v{i}", extra=i % 4)} for i in range(6)]
    publish(versions[0], PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=state))
    rng = random.Random(7)
    for v in versions[1:]:
        before_tree = published(bare_repo, "otlp-istio/dev")
        proc = spawn_publisher(str(bare_repo), state, v)
        time.sleep(rng.uniform(0.05, 0.6))
        _kill_group(proc)
        git("fsck", "--strict", cwd=bare_repo)
        now = published(bare_repo, "otlp-istio/dev")
        assert now in (before_tree, v["dev"])
        publish(v, PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=state))
        assert published(bare_repo, "otlp-istio/dev") == v["dev"]


def test_a_branch_reverted_by_a_forced_push_meanwhile_is_published_onto_not_undone(bare_repo, tmp_path):
    """The push is a compare-and-swap on the tip the publish was made on: a branch moved back
    to an older commit while the publish was checked (someone reverting with a forced push)
    refuses it, and the publish is made again on the reverted tip, so the revert stays."""
    # GIVEN a repository at v1, then v2 of alpha on top
    publish({"alpha": env_files("alpha")},
            PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=tmp_path / "seed", source="seed"))
    reverted_to = rev(bare_repo)
    publish({"alpha": env_files("alpha", version="v2")},
            PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=tmp_path / "seed", source="seed"))
    undone = rev(bare_repo)
    # WHEN a publisher of beta has made its commit on v2, and before it pushes the branch is
    # forced back to v1
    release, trace = tmp_path / "release", tmp_path / "trace"
    proc = spawn_publisher(str(bare_repo), tmp_path / "job", {"beta": env_files("beta")},
                           env={"OTLP_ISTIO_TEST_PAUSE": "committed:60", "OTLP_ISTIO_TEST_RELEASE": str(release),
                                "OTLP_ISTIO_TEST_TRACE": str(trace)})
    deadline = time.monotonic() + 60
    while not (trace.exists() and "committed" in trace.read_text()):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    git("update-ref", "refs/heads/main", reverted_to, undone, cwd=bare_repo)
    release.touch()
    [(code, stdout, stderr)] = _wait([proc])
    # THEN the publish lands on v1, in a second attempt, and v2 stays reverted
    assert code == 0, stderr
    assert json.loads(stdout)["attempts"] == 2
    history = git("rev-list", "main", cwd=bare_repo).split()
    assert undone not in history and history[1] == reverted_to
    assert published(bare_repo, "otlp-istio/alpha") == env_files("alpha")
    assert published(bare_repo, "otlp-istio/beta") == env_files("beta")
