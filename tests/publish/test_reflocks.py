"""Ref lock files left in the environment repository by a killed git, told apart from a race.

The kill happens at the exact step that leaves the locks: a ``reference-transaction``
hook in the target repository (git runs it with ``prepared`` while it holds
``refs/heads/main.lock`` and ``HEAD.lock``) pauses there, and the test SIGKILLs the
publisher's whole process group (``git push``, ``git receive-pack``, the hook).
"""
from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from otlp_istio.publish import PublishError, PublishOptions, parse_remote, publish
from otlp_istio.publish import reflocks

from .conftest import env_files, git, published, rev, spawn_publisher
from .test_concurrency import _kill_group

HOOK = """#!/bin/sh
if [ "$1" = prepared ]; then
  touch "{marker}"
  sleep 60
fi
"""


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"publisher ended first: {proc.communicate()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} never appeared")
        time.sleep(0.01)


def _kill_while_ref_locked(repo: Path, state: Path, rendered, tmp_path: Path) -> None:
    hook = repo / "hooks" / "reference-transaction"
    marker = tmp_path / "locked"
    hook.write_text(HOOK.format(marker=marker))
    hook.chmod(0o755)
    proc = spawn_publisher(str(repo), state, rendered)
    _wait_for(marker, proc)
    _kill_group(proc)
    hook.unlink()


def test_publish_after_a_kill_that_left_the_ref_locked(bare_repo, tmp_path, capfd):
    # GIVEN a repository at v1, and a publisher of v2 killed while git held the ref locks
    state = tmp_path / "state"
    publish({"dev": env_files("dev")}, PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=state))
    before = rev(bare_repo)
    v2 = {"dev": env_files("dev", version="v2")}
    _kill_while_ref_locked(bare_repo, state, v2, tmp_path)
    assert (bare_repo / "refs" / "heads" / "main.lock").is_file()  # the defect's precondition
    assert (bare_repo / "HEAD.lock").is_file()
    assert rev(bare_repo) == before
    # WHEN the next publish runs (another machine's cache: nothing local remembers the kill)
    result = publish(v2, PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=tmp_path / "other"))
    # THEN it proves the locks stale, removes them, says so, and lands in one attempt
    assert result.pushed and result.attempts == 1
    assert rev(bare_repo) == result.commit
    assert published(bare_repo, "otlp-istio/dev") == v2["dev"]
    assert not (bare_repo / "refs" / "heads" / "main.lock").exists()
    assert not (bare_repo / "HEAD.lock").exists()
    err = capfd.readouterr().err
    assert f"removed a stale git lock file {bare_repo / 'refs' / 'heads' / 'main.lock'}" in err
    assert "no otlp-istio publisher and no process works in the repository" in err
    git("fsck", "--strict", cwd=bare_repo)


def test_a_lock_held_by_a_live_process_is_a_race_and_is_left_alone(bare_repo, tmp_path):
    # GIVEN a repository whose branch lock is held by a live process working in it
    publish({"dev": env_files("dev")}, PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=tmp_path / "s"))
    lock = bare_repo / "refs" / "heads" / "main.lock"
    lock.write_text("0" * 40 + "\n")
    holder = subprocess.Popen(["sleep", "60"], cwd=bare_repo)
    try:
        # WHEN a publish runs out of attempts against it
        with pytest.raises(PublishError) as err:
            publish({"dev": env_files("dev", version="v2")},
                    PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=tmp_path / "s",
                                   max_attempts=2, backoff_base=0.001))
    finally:
        holder.kill()
        holder.wait()
    # THEN the lock is not touched, and the error names it and its holder (not "kept moving")
    assert lock.is_file()
    text = str(err.value)
    assert "gave up after 2 attempts" in text and "stayed locked" in text and "kept moving" not in text
    assert f"pid {holder.pid} (sleep 60)" in text
    assert str(lock) in text


def test_judge_refuses_a_lock_newer_than_the_push_flock(bare_repo):
    lock = bare_repo / "HEAD.lock"
    with reflocks.push_guard(bare_repo) as guard:
        time.sleep(0.05)
        lock.write_text("ref: refs/heads/main\n")  # created while we hold the repository
        verdict = reflocks.judge(guard, [lock])
    assert not verdict.stale and not verdict.holders
    assert "while this publish held the repository" in verdict.reason
    assert "rm -f " + str(lock) in reflocks.safe_way_out(verdict)


def test_judge_proves_an_old_lock_stale(bare_repo):
    lock = bare_repo / "refs" / "heads" / "main.lock"
    lock.write_text("x\n")
    with reflocks.push_guard(bare_repo) as guard:
        verdict = reflocks.judge(guard, [lock, bare_repo / "HEAD.lock"])
    assert verdict.stale and verdict.locks == [lock]
    assert reflocks.clear(verdict) == [lock] and not lock.exists()


def test_lock_paths_are_read_from_git_messages(tmp_path):
    err = ("remote: error: cannot lock ref 'HEAD': Unable to create '/r/x.git/./HEAD.lock': File exists.\n"
           "remote: error: Unable to create '/r/x.git/refs/heads/main.lock': File exists.\n")
    assert reflocks.locks_named(err) == [Path("/r/x.git/HEAD.lock"), Path("/r/x.git/refs/heads/main.lock")]
    assert reflocks.locks_named("! [rejected] main -> main (fetch first)") == []
    work = tmp_path / "work"
    git("init", "--quiet", str(work))
    assert reflocks.local_git_dir(str(work)) == work / ".git"
    assert reflocks.local_git_dir(f"file://{work}") == work / ".git"
    assert reflocks.local_git_dir(str(tmp_path / "nothing")) is None



def test_no_guard_where_the_flock_file_cannot_be_made(tmp_path):
    with reflocks.push_guard(tmp_path / "no-such-repo.git") as guard:
        assert guard is None


def test_the_messages_say_what_holds_the_lock_and_the_way_out(tmp_path):
    lock = tmp_path / "HEAD.lock"
    held = reflocks.Verdict([lock, tmp_path / "x.lock"], stale=False, holders=["pid 1 (git gc)", "pid 2 (a)",
                                                                               "pid 3 (b)", "pid 4 (c)"])
    assert held.describe() == (f"{lock}, {tmp_path / 'x.lock'} is held by a running process: "
                               "pid 1 (git gc); pid 2 (a); pid 3 (b)")
    unknown = reflocks.Verdict([lock], stale=False, reason="12.0s old and nobody knows")
    assert unknown.describe() == f"{lock}: 12.0s old and nobody knows"
    assert reflocks.safe_way_out(unknown) == (
        f"the branch cannot be updated: git lock file {lock}: 12.0s old and nobody knows.\n"
        "A git process that was killed while updating the branch leaves such a file behind. Make sure no git "
        "process is working on that repository (for example `ps -ef | grep git`), then remove it: "
        f"rm -f {lock}\nNothing was published.")
