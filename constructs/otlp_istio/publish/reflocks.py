"""Ref lock files (``refs/heads/main.lock``, ``HEAD.lock``) in a local environment repository.

git updates a ref by creating ``<ref>.lock`` and renaming it over the ref. When the
process doing that dies at the wrong moment (a publish killed with its process group:
``git push`` and the local ``git receive-pack`` die with it), the lock file stays and
every later update of that ref fails with "cannot lock ref ... File exists". That is
not a race, and retrying never helps.

For a repository on this machine, a publish pushes while holding an exclusive
``flock`` on ``<git dir>/otlp-istio-push.lock`` (released by the kernel when the
process dies). A lock file is then **provably stale** when, with that flock held:

* it was last modified before we took the flock, so no otlp-istio publisher that is
  still running created it (they all push under the same flock);
* and no live process works in the repository: none has it as its working directory
  (``git receive-pack``, hooks and ``git gc`` run there) or names it on its command line,
  and no git process is left whose working directory we cannot read.

A provably stale lock is removed; a lock whose owner is alive is a race (retry); a
lock we cannot judge (another user's processes cannot be inspected) is reported
with the safe way out instead.
"""
from __future__ import annotations

import fcntl
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import unquote, urlsplit

FLOCK_NAME = "otlp-istio-push.lock"
_LOCK_IN_MESSAGE = re.compile(r"Unable to create '(?P<path>[^']+\.lock)': File exists")


def local_git_dir(url: str) -> Optional[Path]:
    """The git directory of a local repository URL (a path or ``file://``), if it exists."""
    path = Path(unquote(urlsplit(url).path)) if url.startswith("file://") else Path(url)
    if (path / ".git").is_dir():
        path = path / ".git"
    return path if (path / "HEAD").exists() else None


def locks_named(stderr: str) -> list[Path]:
    """The lock files git says it could not create (``Unable to create '...lock': File exists``)."""
    return sorted({Path(os.path.normpath(m.group("path"))) for m in _LOCK_IN_MESSAGE.finditer(stderr)})


def ref_locks(git_dir: Path, branch: str) -> list[Path]:
    """The lock files that block an update of ``refs/heads/<branch>``, where they exist."""
    candidates = [git_dir / "refs" / "heads" / f"{branch}.lock", git_dir / "HEAD.lock", git_dir / "packed-refs.lock"]
    return [p for p in candidates if p.is_file()]


@dataclass
class PushGuard:
    """The push flock on one local repository, and when we got it."""

    git_dir: Path
    acquired: float  # time.time() right after the flock was granted


@contextmanager
def push_guard(git_dir: Path) -> Iterator[Optional[PushGuard]]:
    """Hold ``<git dir>/otlp-istio-push.lock`` exclusively while pushing (waits for another
    publisher). None where the file cannot be made (a repository we may not write: the push
    itself will say why), and then nothing can be proven stale."""
    try:
        fd = os.open(git_dir / FLOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield None
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield PushGuard(git_dir, time.time())
    finally:
        os.close(fd)


@dataclass
class Verdict:
    """What holds the lock files: nobody (``stale``), a live process (``holders``), or unknown."""

    locks: list[Path]
    stale: bool
    holders: list[str] = field(default_factory=list)  # "pid 123 (git-receive-pack ...)"
    reason: str = ""

    def describe(self) -> str:
        names = ", ".join(str(p) for p in self.locks)
        if self.holders:
            return f"{names} is held by a running process: {'; '.join(self.holders[:3])}"
        return f"{names}: {self.reason}"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root + os.sep)


def processes_using(git_dir: Path) -> tuple[list[str], bool]:
    """Live processes working in ``git_dir`` (cwd inside it, or its path on their command line),
    and whether every process could be inspected."""
    root = os.path.realpath(git_dir)
    work = os.path.dirname(root) if os.path.basename(root) == ".git" else None
    found: list[str] = []
    complete = True
    me = os.getpid()
    try:
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return [], False
    for pid in pids:
        if pid == me:
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue  # ended meanwhile
        try:
            cwd = os.readlink(f"/proc/{pid}/cwd")
        except FileNotFoundError:
            continue
        except PermissionError:
            # another user's (or a protected) process: we cannot tell where it works; it counts
            # only if it is a git, since only a git holds a ref lock
            if "git" in cmd.lower():
                complete = False
            continue
        except OSError:
            continue
        if _inside(cwd, root) or (work and _inside(cwd, work) and "git" in cmd) or root in cmd:
            found.append(f"pid {pid} ({cmd[:80] or '?'})")
    return found, complete


def judge(guard: PushGuard, locks: list[Path]) -> Verdict:
    """Whether ``locks`` are provably stale (see the module docstring); never touches them."""
    now = time.time()
    mtimes = []
    for p in locks:
        try:
            mtimes.append(p.stat().st_mtime)
        except FileNotFoundError:
            continue
    present = [p for p in locks if p.exists()]
    if not present:
        return Verdict([], stale=True, reason="gone meanwhile")
    holders, complete = processes_using(guard.git_dir)
    if holders:
        return Verdict(present, stale=False, holders=holders)
    newest = max(mtimes)
    if newest >= guard.acquired:
        return Verdict(present, stale=False,
                       reason=f"created {now - newest:.1f}s ago, while this publish held the repository")
    if not complete:
        return Verdict(present, stale=False,
                       reason=(f"{now - newest:.1f}s old and no otlp-istio publisher holds the repository, but "
                               "processes of other users could not be inspected"))
    return Verdict(present, stale=True,
                   reason=f"{now - newest:.1f}s old; no otlp-istio publisher and no process works in the repository")


def clear(verdict: Verdict) -> list[Path]:
    """Remove the lock files of a stale verdict; returns those removed."""
    assert verdict.stale
    removed = []
    for p in verdict.locks:
        try:
            p.unlink()
            removed.append(p)
        except FileNotFoundError:
            pass
    return removed


def safe_way_out(verdict: Verdict) -> str:
    """The message for a lock that cannot be proven stale."""
    files = " ".join(str(p) for p in verdict.locks)
    return (f"the branch cannot be updated: git lock file {verdict.describe()}.\n"
            "A git process that was killed while updating the branch leaves such a file behind. "
            "Make sure no git process is working on that repository (for example `ps -ef | grep git`), "
            f"then remove it: rm -f {files}\nNothing was published.")
