"""Publishing: rendered files → one commit on the environment repository's branch.

``publish(rendered, options)`` is the whole step and needs no synthesizer: it takes
``{env: {file: bytes}}``. Each attempt reads the branch tip, makes every
environment folder hold exactly its rendered files (on the tip's tree, in the
object database), commits only if the root tree changed, and pushes without force.
If another publisher moved the branch meanwhile, the push is refused; the attempt
is redone from the new tip (the rendered tree is re-applied, no text is rebased),
with jittered exponential backoff, up to ``max_attempts`` times.
"""
from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from git import Actor
from git.objects import Commit, Tree

from .changes import ChangeSet, commit_message, compare
from .errors import PublishError
from .gitrepo import EnvRepo
from .layout import DEFAULT_PATH_TEMPLATE, env_paths
from .remote import Remote
from .trees import TreeStore, blob_sha, edit_files, empty_tree, overlay_for

MAX_ATTEMPTS = 10


@dataclass
class PublishOptions:
    remote: Remote
    state_dir: Path  # holds cache/ (and env-repo.git for the embedded default)
    branch: str = "main"
    path_template: str = DEFAULT_PATH_TEMPLATE
    message: Optional[str] = None
    source: str = "unknown"
    dry_run: bool = False
    create_branch: bool = False
    max_attempts: int = MAX_ATTEMPTS
    backoff_base: float = 0.05
    backoff_cap: float = 2.0
    # Called on every attempt with (store, tip, rendered, paths) before the change set is
    # computed; returns (rendered to commit, single files to set or delete by repository
    # path, lines for the commit message). The canary uses it to keep a rollout's weights.
    prepare: Optional[Callable] = None


@dataclass
class PublishResult:
    repo: str  # redacted
    branch: str
    base: Optional[str]  # the tip the change set is computed against
    commit: Optional[str]  # the new commit; None when nothing changed (or a dry run)
    pushed: bool
    attempts: int
    dry_run: bool
    changes: ChangeSet
    message: Optional[str] = None
    retries: list[str] = field(default_factory=list)

    def to_dict(self, with_diff: bool = False) -> dict:
        d = {"repo": self.repo, "branch": self.branch, "base": self.base, "commit": self.commit,
             "pushed": self.pushed, "attempts": self.attempts, "dry_run": self.dry_run,
             "message": self.message}
        d.update(self.changes.to_dict(with_diff))
        return d


def checkpoint(step: str) -> None:
    """Test hook: ``OTLP_ISTIO_TEST_TRACE`` (a file) records each step reached, and
    ``OTLP_ISTIO_TEST_PAUSE=step:seconds[,step:seconds]`` sleeps there, so a test can
    kill a publish at a chosen point. Unset (always, outside tests) it does nothing."""
    trace = os.environ.get("OTLP_ISTIO_TEST_TRACE")
    if trace:
        with open(trace, "a") as fh:
            fh.write(f"{os.getpid()} {step}\n")
    pauses = os.environ.get("OTLP_ISTIO_TEST_PAUSE")
    if pauses:
        for item in pauses.split(","):
            name, _, seconds = item.partition(":")
            if name.strip() == step:
                time.sleep(float(seconds or 0))


def _backoff(attempt: int, base: float, cap: float) -> float:
    """Full jitter: uniform in [0, min(cap, base · 2^attempt)]."""
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def _identity(repo) -> Actor:
    reader = repo.config_reader()
    name = os.environ.get("GIT_COMMITTER_NAME") or reader.get_value("user", "name", "") or "otlp-istio"
    email = os.environ.get("GIT_COMMITTER_EMAIL") or reader.get_value("user", "email", "") or "otlp-istio@localhost"
    return Actor(str(name), str(email))


def plan(store: TreeStore, tip: Optional[str], rendered: dict[str, dict[str, bytes]],
         paths: dict[str, str], extra: Optional[dict[str, Optional[bytes]]] = None
         ) -> tuple[Optional[bytes], bytes, ChangeSet]:
    """``(old root tree, new root tree, change set)`` of applying ``rendered`` onto ``tip``."""
    root = None
    if tip is not None:
        commit = store.repo.commit(tip)
        root = commit.tree.binsha
    envs = []
    known: set[bytes] = set()
    for env in sorted(rendered):
        folder = paths[env]
        old = store.files(store.subtree(root, folder))
        known.update(old.values())
        new = rendered[env]
        new_shas = {f: blob_sha(d) for f, d in new.items()}
        envs.append(compare(env, folder, old, new, new_shas, store.read_blob))
    new_root = store.apply(root, overlay_for({paths[e]: rendered[e] for e in rendered}), known)
    if extra:
        new_root = edit_files(store, new_root, extra, known)
    if new_root is None:
        new_root = empty_tree(store)
    return root, new_root, ChangeSet(envs)


def publish(rendered: dict[str, dict[str, bytes]], options: PublishOptions) -> PublishResult:
    """Publish every environment of ``rendered`` in one commit (see the module docstring)."""
    if not rendered:
        raise PublishError("nothing to publish: no environment was given")
    paths = env_paths(options.path_template, sorted(rendered))
    envrepo = EnvRepo(options.remote, options.state_dir)
    retries: list[str] = []
    with envrepo.session():
        store = TreeStore(envrepo.repo)
        for attempt in range(1, options.max_attempts + 1):
            tip = envrepo.fetch_tip(options.branch, options.create_branch)
            checkpoint("fetched")
            current, extra, notes = rendered, {}, []
            if options.prepare is not None:
                current, extra, notes = options.prepare(store, tip, rendered, paths)
            old_root, new_root, changes = plan(store, tip, current, paths, extra)
            result = PublishResult(repo=options.remote.display, branch=options.branch, base=tip, commit=None,
                                   pushed=False, attempts=attempt, dry_run=options.dry_run,
                                   changes=changes, retries=retries)
            if new_root == old_root:
                return result  # idempotent: nothing changed, no commit
            message = commit_message(changes, source=options.source,
                                     subject=options.message or (notes[0] if notes and changes.empty else None))
            if notes:
                head, sep, trailers = message.rpartition("\n\nOtlp-Istio-Source:")
                message = head + "\n\n" + "\n".join(notes) + sep + trailers
            result.message = message
            if options.dry_run:
                return result
            who = _identity(envrepo.repo)
            parents = [envrepo.repo.commit(tip)] if tip else []
            commit = Commit.create_from_tree(envrepo.repo, Tree(envrepo.repo, new_root), message,
                                             parent_commits=parents, head=False, author=who, committer=who)
            checkpoint("committed")
            outcome = envrepo.push(commit.hexsha, options.branch)
            checkpoint("pushed")
            if outcome.ok:
                result.commit, result.pushed = commit.hexsha, True
                return result
            if not outcome.stale:
                raise PublishError(outcome.message)
            retries.append(outcome.message)
            if attempt < options.max_attempts:
                time.sleep(_backoff(attempt, options.backoff_base, options.backoff_cap))
    last = retries[-1] if retries else "unknown"
    if "could not create" in last or "held by a running process" in last:
        raise PublishError(
            f"gave up after {options.max_attempts} attempts: branch {options.branch!r} of {options.remote.display} "
            f"stayed locked (last refusal: {last}).\n"
            "A git process that works on that repository, or one killed there earlier, holds the lock file; "
            "if none is running, whoever administers the repository must remove the file. Nothing was published.")
    raise PublishError(
        f"gave up after {options.max_attempts} attempts: branch {options.branch!r} of {options.remote.display} "
        f"kept moving while publishing (last refusal: {last}).\n"
        "Nothing was published by this run; run it again.")


def diff(rendered: dict[str, dict[str, bytes]], options: PublishOptions) -> PublishResult:
    """What ``publish`` would change, without committing or pushing."""
    from dataclasses import replace
    return publish(rendered, replace(options, dry_run=True))
