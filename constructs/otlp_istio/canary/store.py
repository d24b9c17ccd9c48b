"""The git state store: the rollout state and the environment folder at the branch tip, and
commits onto it through publish's plumbing (the locked bare cache, trees built in the object
database, a push that is never forced, redone from the new tip when another writer won).

``commit(update)`` calls ``update(snapshot)`` on every attempt with what the tip holds *now*;
it returns the change to make, or None when, seen from this tip, there is nothing to do (for
instance because a racing ``canary step`` already committed the step): then nothing is
committed. So two racing writers never both apply a decision taken on the same state.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Optional

from git.objects import Commit, Tree

from ..publish.errors import PublishError
from ..publish.gitrepo import EnvRepo
from ..publish.publisher import PublishOptions, _backoff, _identity, layouts_for
from ..publish.trees import TreeStore
from ..testhooks import checkpoint
from .state import RolloutState, state_path


@dataclass
class Snapshot:
    """What the branch tip holds for one environment."""

    tip: Optional[str]
    folder: str  # the environment's folder in the repository
    state_file: str  # where its rollout state lives (beside the folder)
    files: dict[str, bytes]  # the folder's files (path inside the folder → content)
    state: Optional[RolloutState]


@dataclass
class Change:
    """A commit to make: the new state (None deletes it), files of the folder to replace, the message."""

    state: Optional[RolloutState]
    files: dict[str, bytes]
    message: str


@dataclass
class CommitResult:
    commit: Optional[str]  # None: nothing was committed
    base: Optional[str]
    attempts: int
    change: Optional[Change] = None
    snapshot: Optional[Snapshot] = None
    retries: list[str] = field(default_factory=list)


def read_state(store: TreeStore, tip: Optional[str], folder: str) -> Optional[RolloutState]:
    """The rollout state beside ``folder`` at ``tip``; None when there is none."""
    if tip is None:
        return None
    where = state_path(folder)
    parent, _, name = where.rpartition("/")
    root = store.repo.commit(tip).tree.binsha
    entry = store.entries(store.subtree(root, parent) if parent else root).get(name)
    if entry is None:
        return None
    return RolloutState.from_json(store.read_blob(entry[1]), f"{where} (commit {tip[:12]})")


def env_folder(options: PublishOptions, env: str) -> str:
    """The folder publish writes ``env``'s rendered workload to (its layout's workload folder,
    ``--path``): the folder whose VirtualServices a canary reweights, beside which its state lives."""
    return layouts_for([env], options)[env].workload


def read_snapshot(store: TreeStore, tip: Optional[str], folder: str) -> Snapshot:
    files: dict[str, bytes] = {}
    if tip is not None:
        root = store.repo.commit(tip).tree.binsha
        files = {name: store.read_blob(sha) for name, sha in store.files(store.subtree(root, folder)).items()}
    return Snapshot(tip=tip, folder=folder, state_file=state_path(folder), files=files,
                    state=read_state(store, tip, folder))


def edits_for(snapshot: Snapshot, change: Change) -> dict[str, Optional[bytes]]:
    """Repository path → new content (None: delete) of a change."""
    edits: dict[str, Optional[bytes]] = {f"{snapshot.folder}/{n}": d for n, d in change.files.items()}
    edits[snapshot.state_file] = change.state.to_json() if change.state is not None else None
    return edits


class StateStore:
    """One environment's rollout in one environment repository (``options`` as publish takes them)."""

    def __init__(self, options: PublishOptions, env: str):
        self.options = options
        self.env = env
        self.folder = env_folder(options, env)

    def read(self) -> Snapshot:
        """The tip as it is now (fetched); no lock is held afterwards."""
        envrepo = EnvRepo(self.options.remote, self.options.state_dir)
        with envrepo.session():
            tip = envrepo.fetch_tip(self.options.branch, False)
            return read_snapshot(TreeStore(envrepo.repo), tip, self.folder)

    def commit(self, update: Callable[[Snapshot], Optional[Change]]) -> CommitResult:
        o = self.options
        envrepo = EnvRepo(o.remote, o.state_dir)
        retries: list[str] = []
        with envrepo.session():
            store = TreeStore(envrepo.repo)
            for attempt in range(1, o.max_attempts + 1):
                tip = envrepo.fetch_tip(o.branch, False)
                checkpoint("fetched")
                snap = read_snapshot(store, tip, self.folder)
                change = update(snap)
                result = CommitResult(commit=None, base=tip, attempts=attempt, change=change, snapshot=snap,
                                      retries=retries)
                if change is None:
                    return result
                root = store.repo.commit(tip).tree.binsha if tip else None
                new_root = store.edit(root, edits_for(snap, change))
                if new_root is None or new_root == root:
                    result.change = None
                    return result
                who = _identity(envrepo.repo)
                parents = [envrepo.repo.commit(tip)] if tip else []
                commit = Commit.create_from_tree(envrepo.repo, Tree(envrepo.repo, new_root), change.message,
                                                 parent_commits=parents, head=False, author=who, committer=who)
                checkpoint("committed")
                outcome = envrepo.push(commit.hexsha, o.branch)
                checkpoint("pushed")
                if outcome.ok:
                    result.commit = commit.hexsha
                    return result
                if not outcome.stale:
                    raise PublishError(outcome.message)
                retries.append(outcome.message)
                if attempt < o.max_attempts:
                    time.sleep(_backoff(attempt, o.backoff_base, o.backoff_cap))
        raise PublishError(
            f"gave up after {o.max_attempts} attempts: branch {o.branch!r} of {o.remote.display} kept moving "
            f"(last refusal: {retries[-1] if retries else 'unknown'}). Nothing was committed; run it again.")
