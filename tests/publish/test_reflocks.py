"""Ref lock files left in the environment repository by a killed git, told apart from a race.

The kill happens at the exact step that leaves the locks: a ``reference-transaction``
hook in the target repository (git runs it with ``prepared`` while it holds
``refs/heads/main.lock`` and ``HEAD.lock``) pauses there, and the test SIGKILLs the
publisher's whole process group (``git push``, ``git receive-pack``, the hook).
"""
from __future__ import annotations

import os
import re
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


# ------------------------------------------------------------------ who works in the repository

def _spawn(args, cwd, shows: str | None = None) -> subprocess.Popen:
    """A process, returned once its command line reads ``shows`` (the program it execs)."""
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    want = (shows or " ".join(a if isinstance(a, str) else a.decode(errors="replace") for a in args)).encode()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{proc.pid}/cmdline").read_bytes().replace(b"\0", b" ").strip() != want.replace(b"\xef\xbf\xbd", b"\xff"):
        if time.monotonic() > deadline:
            raise AssertionError(f"{args} never showed {want!r}")
        time.sleep(0.01)
    return proc


def _ours(found: list[str], *procs: subprocess.Popen) -> list[str]:
    pids = {f"pid {p.pid} " for p in procs}
    return sorted(f for f in found if any(f.startswith(p) for p in pids))


def test_processes_using_a_repository(tmp_path, monkeypatch):
    bare, work, sibling = tmp_path / "env.git", tmp_path / "work", tmp_path / "env.git-other"
    git("init", "--quiet", "--bare", str(bare))
    git("init", "--quiet", str(work))
    sibling.mkdir()
    long_arg = "x" * 100
    procs = [
        _spawn(["sleep", "60"], bare),  # works in the bare repository
        _spawn(["bash", "-c", "exec -a git-helper sleep 60"], work, "git-helper 60"),  # a git in the work tree
        _spawn(["sleep", "61"], work),  # not a git, in the work tree
        _spawn(["sleep", "62"], sibling),  # a folder whose name only starts like the repository's
        _spawn(["bash", "-c", "sleep 60; true", str(bare), long_arg], tmp_path),  # names it on its command line
        _spawn([b"bash", b"-c", b"sleep 60; true", b"not-utf8-\xff"], tmp_path),  # every command line is read
    ]
    monkeypatch.chdir(bare)  # the caller itself works there: never counted
    try:
        found, complete = reflocks.processes_using(bare)
        assert complete is True
        assert not [f for f in found if f.startswith(f"pid {os.getpid()} ")]
        named = f"bash -c sleep 60; true {bare} {long_arg}"[:80]
        assert _ours(found, *procs) == sorted([f"pid {procs[0].pid} (sleep 60)", f"pid {procs[4].pid} ({named})"])
        found, complete = reflocks.processes_using(work / ".git")
        assert _ours(found, *procs) == [f"pid {procs[1].pid} (git-helper 60)"] and complete is True
    finally:
        for p in procs:
            p.kill()
            p.wait()


def test_judge_verdicts_exactly(bare_repo):
    main_lock, head_lock = bare_repo / "refs" / "heads" / "main.lock", bare_repo / "HEAD.lock"
    assert reflocks.judge(reflocks.PushGuard(bare_repo, time.time()), [main_lock, head_lock]) == reflocks.Verdict(
        [], stale=True, reason="gone meanwhile")
    head_lock.write_text("x\n")
    old = time.time() - 100
    os.utime(head_lock, (old, old))
    # a lock listed first that is gone does not hide the one that is there
    stale = reflocks.judge(reflocks.PushGuard(bare_repo, time.time() + 1000), [main_lock, head_lock])
    assert (stale.locks, stale.stale, stale.holders) == ([head_lock], True, [])
    assert re.fullmatch(r"10\d\.\ds old; no otlp-istio publisher and no process works in the repository", stale.reason)
    # modified the very instant the flock was granted: not provably older
    same = reflocks.judge(reflocks.PushGuard(bare_repo, head_lock.stat().st_mtime), [head_lock])
    assert (same.locks, same.stale) == ([head_lock], False)
    assert re.fullmatch(r"created 10\d\.\ds ago, while this publish held the repository", same.reason)
    holder = _spawn(["sleep", "60"], bare_repo)
    try:
        held = reflocks.judge(reflocks.PushGuard(bare_repo, time.time()), [head_lock])
    finally:
        holder.kill()
        holder.wait()
    assert (held.locks, held.stale, held.holders) == ([head_lock], False, [f"pid {holder.pid} (sleep 60)"])


# Outside CI, a non-root run skips this; in CI (CI=true) it runs, and fails when not root.
@pytest.mark.skipif(os.geteuid() != 0 and not os.environ.get("CI"),
                    reason="stands for another user by dropping from root to nobody")
def test_an_old_lock_is_not_provably_stale_when_other_users_processes_cannot_be_inspected():
    # As another user (nobody), a root-owned git's working directory cannot be read: the lock
    # cannot be proven stale. A forked child runs the check, so the code under test is this one.
    import json
    import tempfile
    top = Path(tempfile.mkdtemp(prefix="oi-reflocks-"))
    top.chmod(0o755)
    repo = top / "env.git"
    git("init", "--quiet", "--bare", str(repo))
    lock = repo / "HEAD.lock"
    lock.write_text("x\n")
    old = time.time() - 100
    os.utime(lock, (old, old))
    other = _spawn(["bash", "-c", "exec -a git-other sleep 60"], "/", "git-other 60")
    read, write = os.pipe()
    try:
        pid = os.fork()
        if pid == 0:  # the child: drop to nobody, judge, report, exit without pytest's teardown
            try:
                os.setgid(65534)
                os.setuid(65534)
                v = reflocks.judge(reflocks.PushGuard(repo, time.time() + 1000), [lock])
                found, complete = reflocks.processes_using(repo)
                os.write(write, json.dumps([v.stale, v.locks == [lock], v.holders, v.reason, complete]).encode())
            finally:
                os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        stale, same_locks, holders, reason, complete = json.loads(os.read(read, 65536))
        # the same check as root (who can inspect every process) proves it stale; done here in the
        # test process too, so that mutation testing sees which functions this test reaches
        assert reflocks.judge(reflocks.PushGuard(repo, time.time() + 1000), [lock]).stale is True
    finally:
        other.kill()
        other.wait()
        import shutil
        shutil.rmtree(top)
    assert (stale, same_locks, holders, complete) == (False, True, [], False)
    assert re.fullmatch(r"10\d\.\ds old and no otlp-istio publisher holds the repository, but processes of other "
                        r"users could not be inspected", reason)


def test_the_way_out_names_every_lock_file(tmp_path):
    locks = [tmp_path / "HEAD.lock", tmp_path / "main.lock"]
    text = reflocks.safe_way_out(reflocks.Verdict(locks, stale=False, reason="r"))
    assert f"rm -f {locks[0]} {locks[1]}\nNothing was published." in text


def test_ref_locks_are_the_branch_head_and_packed_refs_locks_that_exist(bare_repo):
    assert reflocks.ref_locks(bare_repo, "main") == []
    for name in ("refs/heads/main.lock", "HEAD.lock", "packed-refs.lock", "refs/heads/other.lock"):
        (bare_repo / name).write_text("x\n")
    assert reflocks.ref_locks(bare_repo, "main") == [
        bare_repo / "refs" / "heads" / "main.lock", bare_repo / "HEAD.lock", bare_repo / "packed-refs.lock"]
    (bare_repo / "HEAD.lock").unlink()
    (bare_repo / "refs" / "heads" / "dev.lock").mkdir()  # not a file
    assert reflocks.ref_locks(bare_repo, "dev") == [bare_repo / "packed-refs.lock"]


def test_local_git_dir_of_paths_and_file_urls(tmp_path):
    work, bare = tmp_path / "my work", tmp_path / "env.git"
    git("init", "--quiet", str(work))
    git("init", "--quiet", "--bare", str(bare))
    assert reflocks.local_git_dir(str(work)) == work / ".git"
    assert reflocks.local_git_dir("file://" + str(work).replace(" ", "%20")) == work / ".git"
    assert reflocks.local_git_dir(str(bare)) == bare
    assert reflocks.local_git_dir(f"file://{bare}") == bare
    assert reflocks.local_git_dir(str(work / ".git")) == work / ".git"
    odd = tmp_path / "env#1.git"  # a plain path is not read as a URL
    git("init", "--quiet", "--bare", str(odd))
    assert reflocks.local_git_dir(str(odd)) == odd
    (tmp_path / "plain").mkdir()
    assert reflocks.local_git_dir(str(tmp_path / "plain")) is None
    assert reflocks.local_git_dir("https://git.example.invalid/env.git") is None


def test_locks_named_are_normalised_deduplicated_and_sorted():
    err = ("error: Unable to create '/r/x.git/refs/heads/main.lock': File exists.\n"
           "error: Unable to create '/r/x.git/./HEAD.lock': File exists.\n"
           "error: Unable to create '/r/x.git/refs/heads/../heads/main.lock': File exists.\n"
           "error: Unable to create '/r/x.git/index': File exists.\n"
           "error: Unable to create '/r/y.lock': Permission denied\n")
    assert reflocks.locks_named(err) == [Path("/r/x.git/HEAD.lock"), Path("/r/x.git/refs/heads/main.lock")]
