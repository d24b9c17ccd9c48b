"""The git state store: the rollout state and the environment folder at the branch tip, and
commits onto it through publish's plumbing (the locked bare cache, trees built in the object
database, a push that is never forced, redone from the new tip when another writer won).

``commit(update)`` calls ``update(snapshot)`` on every attempt with what the tip holds *now*;
it returns the change to make, or None when, seen from this tip, there is nothing to do (for
instance because a racing ``canary step`` already committed the step): then nothing is
committed. So two racing writers never both apply a decision taken on the same state.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from ..publish.fingerprint import restamp
from ..publish.gitrepo import EnvRepo
from ..publish.publisher import PublishOptions, commit_with_retry, layouts_for
from ..publish.trees import TreeStore
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
        self.layout = layouts_for([env], options)[env]
        self.folder = self.layout.workload

    def read(self) -> Snapshot:
        """The tip as it is now (fetched); no lock is held afterwards."""
        envrepo = EnvRepo(self.options.remote, self.options.state_dir)
        with envrepo.session():
            tip = envrepo.fetch_tip(self.options.branch, False)
            return read_snapshot(TreeStore(envrepo.repo), tip, self.folder)

    def commit(self, update: Callable[[Snapshot], Optional[Change]]) -> CommitResult:
        """Read the state at the branch's tip, let ``update`` decide, commit and push — through
        publish's retry-on-race path, so a step decided on a tip that moved is decided again."""
        def attempt(store, tip, n, retries):
            snap = read_snapshot(store, tip, self.folder)
            change = update(snap)
            result = CommitResult(commit=None, base=tip, attempts=n, change=change, snapshot=snap, retries=retries)
            if change is None:
                return result, None, None
            root = store.repo.commit(tip).tree.binsha if tip else None
            new_root = store.edit(root, edits_for(snap, change))
            if new_root is not None:  # a step publishes what a publish of the same inputs would: say so
                new_root = restamp(store, new_root, self.layout)
            if new_root is None or new_root == root:
                result.change = None
                return result, None, None
            return result, new_root, change.message

        result, commit = commit_with_retry(self.options, attempt, done="committed")
        result.commit = commit
        return result


def read_all(stores: list[StateStore]) -> dict[str, Snapshot]:
    """Every store's snapshot from one fetch of the branch (the stores share one repository and
    branch, as the environments of one config folder do)."""
    if not stores:
        return {}
    options = stores[0].options
    envrepo = EnvRepo(options.remote, options.state_dir)
    with envrepo.session():
        tip = envrepo.fetch_tip(options.branch, False)
        trees = TreeStore(envrepo.repo)
        return {s.env: read_snapshot(trees, tip, s.folder) for s in stores}
