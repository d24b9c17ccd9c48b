"""The git side of publishing, with GitPython: a bare cache per repository, a lock,
reading the remote tip, fetching, pushing.

The cache (``<state>/cache/<hash of the URL>.git``) is a bare repository with no
remote configured (the URL is passed on each command, so no credential or URL is
ever stored in a config file) and no work tree. It holds objects and one ref per
branch (``refs/otlp-istio/remotes/<branch>``); a publish killed at any moment can
leave only unreferenced objects behind, so every publish starts from a usable cache.
A lock file per cache keeps two local processes from fetching into it at once.
"""
from __future__ import annotations

import fcntl
import os
import re
import secrets
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from git import Repo
from git.exc import GitError, InvalidGitRepositoryError, NoSuchPathError
from git.objects import Commit
from git.refs import Reference

from . import reflocks
from .errors import PublishError
from .redact import redact
from .remote import Remote, write_askpass
from .trees import ObjectDB

GIT_TIMEOUT = float(os.environ.get("OTLP_ISTIO_GIT_TIMEOUT", "120"))
LOCK_TIMEOUT = float(os.environ.get("OTLP_ISTIO_LOCK_TIMEOUT", "600"))
_SHA = re.compile(r"^[0-9a-f]{40}$")


# ----------------------------------------------------------------- locking

@contextmanager
def file_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """An exclusive ``flock``: released by the kernel when the process dies, so never stale."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
                    raise PublishError(f"the publish cache {path.parent} is locked by pid {holder} "
                                       f"for more than {timeout:.0f}s; if no otlp-istio process is running, "
                                       "try again") from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


# ----------------------------------------------------------------- repositories

def _init_bare(target: Path, initial_branch: Optional[str] = None) -> None:
    """``git init --bare`` into a temporary folder, then rename: a killed init leaves nothing half-made."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.tmp-{secrets.token_hex(4)}"
    try:
        options = {"initial_branch": initial_branch} if initial_branch else {}
        Repo.init(tmp, mkdir=True, bare=True, **options).close()
        os.rename(tmp, target)
    except OSError:
        if not target.is_dir():
            raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _usable(path: Path) -> Optional[Repo]:
    try:
        repo = Repo(path, odbt=ObjectDB)
    except (InvalidGitRepositoryError, NoSuchPathError):
        return None
    return repo if repo.bare else None


def open_bare(path: Path, initial_branch: Optional[str] = None) -> Repo:
    """The bare repository at ``path``, created on first use (or re-created if unusable)."""
    repo = _usable(path)
    if repo is None:
        if path.exists():
            shutil.rmtree(path)
        _init_bare(path, initial_branch)
        repo = Repo(path, odbt=ObjectDB)
    return repo


def embedded_repo_path(state_dir: Path) -> Path:
    """Where the default environment repository lives (it may not exist yet)."""
    return state_dir / "env-repo.git"


def embedded_repo_usable(state_dir: Path) -> bool:
    """Whether the default environment repository exists and opens (:func:`ensure_embedded_repo` would
    leave it as it is)."""
    repo = _usable(embedded_repo_path(state_dir))
    if repo is None:
        return False
    repo.close()
    return True


def ensure_embedded_repo(state_dir: Path, branch: str) -> Path:
    """The default environment repository: ``<state>/env-repo.git``, created on first use."""
    path = embedded_repo_path(state_dir)
    with file_lock(state_dir / "env-repo.lock"):
        if _usable(path) is None:
            open_bare(path, initial_branch=branch)
    return path


def _clean_cache(repo: Repo) -> None:
    """Temporary object files a killed run left (GitPython writes ``objects/obj*`` then renames)."""
    objects = Path(repo.git_dir) / "objects"
    cutoff = time.time() - 60
    for p in objects.glob("obj*"):
        try:
            if p.is_file() and p.stat().st_mtime < cutoff:
                p.unlink()
        except OSError:
            pass


# ----------------------------------------------------------------- remote operations

@dataclass(frozen=True)
class PushOutcome:
    ok: bool
    stale: bool  # rejected because the branch moved: fetch, re-apply and retry
    message: str  # redacted: the remote's own words where it gave any
    stderr: str = ""  # git's own output, for telling a lock file from a race


_REF_LINE = re.compile(r"^(?P<flag>[ +\-*!=])\t(?P<refs>[^\t]*)\t(?P<summary>.*)$")
_STALE_HINTS = ("fetch first", "non-fast-forward", "stale info", "failed to update ref", "cannot lock ref",
                "incorrect old value", "but expected", "failed to lock", "reference already exists")


class EnvRepo:
    """The cache of one environment repository, and the commands run against it."""

    def __init__(self, remote: Remote, state_dir: Path, timeout: float = GIT_TIMEOUT):
        self.remote = remote
        self.state_dir = state_dir
        self.path = state_dir / "cache" / f"{remote.cache_key}.git"
        self.lock_path = state_dir / "cache" / f"{remote.cache_key}.lock"
        self.timeout = timeout
        self._askpass = write_askpass(state_dir) if not remote.local else None
        self.repo: Optional[Repo] = None

    @contextmanager
    def session(self) -> Iterator["EnvRepo"]:
        with file_lock(self.lock_path):
            self.repo = open_bare(self.path)
            _clean_cache(self.repo)
            try:
                yield self
            finally:
                self.repo.close()
                self.repo = None

    def _redact(self, text: str) -> str:
        return redact(text, self.remote.secrets())

    def git(self, *args: str, check: bool = True) -> tuple[int, str, str]:
        assert self.repo is not None
        try:
            status, out, err = self.repo.git.execute(
                ["git", *args], with_extended_output=True, with_exceptions=False,
                env=self.remote.git_env(self._askpass), kill_after_timeout=self.timeout)
        except GitError as exc:  # the git binary could not run at all
            raise PublishError(self._redact(f"git {args[0]} could not run: {exc}")) from None
        if check and status != 0:
            raise PublishError(self._redact(self._failure(args[0], err)))
        return status, out, err

    def _failure(self, what: str, err: str) -> str:
        lines = [ln.strip() for ln in err.splitlines() if ln.strip()]
        detail = "; ".join(lines[-4:]) or f"git {what} failed"
        if what in ("ls-remote", "fetch"):
            return (f"cannot reach the environment repository {self.remote.display}: {detail}\n"
                    "Check the URL (--repo), the network, and the credentials (ssh agent, GIT_ASKPASS "
                    "or OTLP_ISTIO_GIT_TOKEN for https).")
        return f"git {what} failed for {self.remote.display}: {detail}"

    # ------------------------------------------------------------- reading the remote
    def remote_heads(self) -> dict[str, str]:
        """branch → commit id, straight from the remote (one round trip)."""
        _, out, _ = self.git("ls-remote", "--heads", "--", self.remote.url)
        heads = {}
        for line in out.splitlines():
            sha, _, ref = line.partition("\t")
            if ref.startswith("refs/heads/") and _SHA.match(sha):
                heads[ref[len("refs/heads/"):]] = sha
        return heads

    def has_commit(self, sha: str) -> bool:
        status, _, _ = self.git("cat-file", "-e", f"{sha}^{{commit}}", check=False)
        return status == 0

    def fetch_tip(self, branch: str, create_branch: bool) -> Optional[str]:
        """The branch's current commit, fetched into the cache; None when it does not exist yet
        (an empty repository, or ``create_branch``)."""
        heads = self.remote_heads()
        sha = heads.get(branch)
        if sha is None:
            if heads and not create_branch:
                shown = ", ".join(sorted(heads)[:10])
                raise PublishError(
                    f"branch {branch!r} does not exist in {self.remote.display} (it has: {shown}).\n"
                    f"Pass --create-branch to create it, or choose one with --branch.")
            return None
        if not self.has_commit(sha):
            ref = f"refs/otlp-istio/remotes/{branch}"
            self.git("fetch", "--no-tags", "--no-write-fetch-head", "--quiet", "--", self.remote.url,
                     f"+refs/heads/{branch}:{ref}")
            _, fetched, _ = self.git("rev-parse", "--verify", ref)
            sha = fetched.strip()
        else:
            self._track(branch, sha)
        return sha

    def _track(self, branch: str, sha: str) -> None:
        """``refs/otlp-istio/remotes/<branch>`` → ``sha`` (a commit the cache holds), written here as
        git writes a ref (a lock file renamed into place; the cache's lock keeps other publishers out),
        without a ``git update-ref`` process."""
        assert self.repo is not None
        try:
            Reference(self.repo, f"refs/otlp-istio/remotes/{branch}").set_reference(
                Commit(self.repo, bytes.fromhex(sha)))
        except OSError as exc:
            raise PublishError(f"cannot update the publish cache {self.path}: {exc}") from None

    # ------------------------------------------------------------- pushing
    def push(self, commit: str, branch: str, expect: str | None) -> PushOutcome:
        """Push ``commit`` to the branch, never forced: the remote accepts it only if the
        branch still points at ``expect``, the tip it was made on (None: the branch must not
        exist), an atomic compare-and-swap of one ref (``--force-with-lease`` with the value
        expected; ``commit`` descends from it, so what lands is a fast-forward). A branch moved
        meanwhile, even back to an ancestor of ``expect`` (someone reverting by a forced push
        while this publish was checked), refuses it and the publish starts over on the new tip.

        A repository on this machine is pushed to under its push flock, and a ref lock
        file left by a killed git is told from a race (see :mod:`.reflocks`)."""
        git_dir = reflocks.local_git_dir(self.remote.url) if self.remote.local else None
        if git_dir is None:
            return self._push(commit, branch, expect)
        with reflocks.push_guard(git_dir) as guard:
            outcome = self._push(commit, branch, expect)
            locks = reflocks.locks_named(outcome.stderr) + reflocks.ref_locks(git_dir, branch)
            if outcome.ok or not locks or guard is None:
                return outcome
            verdict = reflocks.judge(guard, sorted(set(locks)))
            if verdict.stale:
                for path in reflocks.clear(verdict):  # said on stderr: stdout may be JSON
                    print(f"publish: removed a stale git lock file {path} ({verdict.reason})", file=sys.stderr)
                return self._push(commit, branch, expect)
            if verdict.holders:  # a live git works there: a race, retried with backoff
                return PushOutcome(False, True, self._redact(f"{outcome.message} ({verdict.describe()})"))
            raise PublishError(self._redact(f"push to {self.remote.display} ({branch}) refused: "
                                            + reflocks.safe_way_out(verdict)))

    def _push(self, commit: str, branch: str, expect: str | None) -> PushOutcome:
        status, out, err = self.git("push", "--porcelain", "--no-verify",
                                    f"--force-with-lease=refs/heads/{branch}:{expect or ''}", "--", self.remote.url,
                                    f"{commit}:refs/heads/{branch}", check=False)
        remote_lines = [ln[len("remote:"):].strip() for ln in err.splitlines() if ln.startswith("remote:")]
        remote_msg = "\n".join(f"  remote: {ln}" for ln in remote_lines if ln)
        for line in out.splitlines():
            m = _REF_LINE.match(line)
            if not m:
                continue
            flag, summary = m.group("flag"), m.group("summary")
            if flag in (" ", "+", "*", "="):
                if status == 0:
                    self._track(branch, commit)
                    return PushOutcome(True, False, "", err)
            if flag == "!":
                low = summary.lower()
                if "[rejected]" in low or (any(h in low for h in _STALE_HINTS) and "hook" not in low):
                    locked = reflocks.locks_named(err)
                    if locked:  # say which lock file the remote could not create
                        summary += f" (the remote could not create {', '.join(map(str, locked))}: it exists)"
                    return PushOutcome(False, True, self._redact(summary), err)
                return PushOutcome(False, False, self._redact(self._refused(branch, summary, remote_msg)), err)
        # No status line: the connection or the remote failed before any ref was considered.
        raise PublishError(self._redact(self._failure("push", err) if status else "git push reported nothing"))

    def _refused(self, branch: str, summary: str, remote_msg: str) -> str:
        low = summary.lower()
        if "checked out" in low:
            why = (f"the branch {branch!r} is checked out in the repository's work tree. "
                   "Publish to a bare repository (git init --bare), or set "
                   "receive.denyCurrentBranch=updateInstead there.")
        elif "unstaged" in low or "not clean" in low or "uncommitted" in low or "dirty" in low:
            why = ("the repository's work tree is dirty (uncommitted changes where the branch is "
                   "checked out); commit or discard them there first.")
        elif "hook" in low or "protected" in low or "denied" in low or "declined" in low:
            why = f"the branch {branch!r} is protected: the remote refused the push."
        else:
            why = "the remote refused the push."
        text = f"push to {self.remote.display} ({branch}) refused: {summary}\n{why}"
        if remote_msg:
            text += f"\nThe remote said:\n{remote_msg}"
        return text + "\nNothing was published."
