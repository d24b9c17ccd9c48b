"""Publishing: rendered files → one commit on the environment repository's branch.

``publish(rendered, options)`` is the whole step and needs no synthesizer: it takes
``{env: {file: bytes}}``. Each attempt reads the branch tip, places each
environment's files by its layout (:mod:`.layout`), writes them and deletes the
files its inventory owns that are no longer rendered (:mod:`.inventory`; on the
tip's tree, in the object database), commits only if the root tree changed, and
pushes without force. ``retire(envs, options)`` removes what the inventories list.
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
from urllib.parse import urlsplit

from git import Actor, Repo
from git.exc import GitError, InvalidGitRepositoryError, NoSuchPathError
from git.objects import Commit, Tree
from git.refs import Reference

from ..errors import UserError
from ..testhooks import checkpoint
from .changes import ChangeSet, EnvChanges, commit_message, compare
from .errors import PublishError
from .fingerprint import stamp
from .gitrepo import EnvRepo
from .inventory import TipIndex, inventory_path, parse, plan_env
from .layout import DEFAULT_CLUSTER_TEMPLATE, STATE_ROOT, EnvLayout, Layout, check_disjoint, env_layout, place
from .remote import Remote
from .trees import TreeStore, blob_sha, empty_tree

MAX_ATTEMPTS = 10


@dataclass
class PublishOptions:
    remote: Remote
    state_dir: Path  # holds cache/ (and env-repo.git for the embedded default)
    branch: str = "main"
    path_template: Optional[str] = None  # the workload folder; default: the layout's (otlp-istio/{env})
    layout: Layout = Layout.FLUX
    cluster_template: str = DEFAULT_CLUSTER_TEMPLATE
    layouts: Optional[dict[str, EnvLayout]] = None  # per environment, overriding the three above
    # Called on every attempt with (store, tip, rendered, {env: workload folder}) before the change
    # set is computed; returns (rendered to commit, single files to set or delete by repository
    # path, lines for the commit message). The canary uses it to keep a rollout's weights.
    prepare: Optional[Callable] = None
    message: Optional[str] = None
    source: str = "unknown"
    dry_run: bool = False
    create_branch: bool = False
    max_attempts: int = MAX_ATTEMPTS
    backoff_base: float = 0.05
    backoff_cap: float = 2.0
    # env -> what its file changes in its base's named things (config.merge.BaseChange), shown by diff
    base_changes: dict[str, tuple] = field(default_factory=dict)
    # env -> (inputs digest, source files): the record written for each environment published (.fingerprint)
    stamps: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # env -> fingerprint.Record: environments left out of ``rendered`` because the tip holds what they
    # would publish; reported as unchanged
    kept: dict = field(default_factory=dict)
    # Called once, on the first attempt that has something to commit, after its objects are in the
    # cache and before the commit is made: a publish prepared while the validation gate still runs
    # waits there for the gate's verdict (it raises to stop: nothing is committed or pushed).
    ready: Optional[Callable[[], None]] = None


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
    warnings: list[str] = field(default_factory=list)
    base_changes: dict[str, tuple] = field(default_factory=dict)  # as PublishOptions.base_changes
    held: list[str] = field(default_factory=list)  # the environments the branch holds (an inventory each)

    def to_dict(self, with_diff: bool = False) -> dict:
        d = {"repo": self.repo, "branch": self.branch, "base": self.base, "commit": self.commit,
             "pushed": self.pushed, "attempts": self.attempts, "dry_run": self.dry_run,
             "message": self.message, "warnings": list(self.warnings),
             "base_changes": {env: [c.to_dict() for c in changes]
                              for env, changes in sorted(self.base_changes.items()) if changes}}
        d.update(self.changes.to_dict(with_diff))
        return d


def _backoff(attempt: int, base: float, cap: float) -> float:
    """Full jitter: uniform in [0, min(cap, base · 2^attempt)]."""
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def _point_head(remote: Remote, branch: str) -> None:
    """A repository made by ``git init --bare`` keeps HEAD on git's default branch (often
    master): after the first push into a local one, point HEAD at the branch published, so
    clones and ``flux bootstrap`` see it. A HEAD that names an existing branch is left alone."""
    if not remote.local:
        return
    path = urlsplit(remote.url).path if remote.url.startswith("file://") else remote.url
    try:
        repo = Repo(path)
    except (InvalidGitRepositoryError, NoSuchPathError):
        return
    try:
        if repo.bare and not repo.head.is_valid():
            # as `git symbolic-ref HEAD refs/heads/<branch>` writes it (HEAD.lock renamed onto HEAD)
            repo.head.set_reference(Reference(repo, f"refs/heads/{branch}"))
    except (GitError, OSError, ValueError):
        pass  # a HEAD we cannot read or set is the repository owner's to fix; the push landed
    finally:
        repo.close()


def _identity(repo) -> Actor:
    reader = repo.config_reader()
    name = os.environ.get("GIT_COMMITTER_NAME") or reader.get_value("user", "name", "") or "otlp-istio"
    email = os.environ.get("GIT_COMMITTER_EMAIL") or reader.get_value("user", "email", "") or "otlp-istio@localhost"
    return Actor(str(name), str(email))


def layouts_for(envs: list[str], options: PublishOptions) -> dict[str, EnvLayout]:
    given = options.layouts or {}
    out = {env: given.get(env) or env_layout(env, options.layout, options.path_template, options.cluster_template)
           for env in envs}
    check_disjoint({env: lay.workload for env, lay in out.items()})
    return out


def _tip_tree(store: TreeStore, tip: Optional[str]) -> tuple[Optional[bytes], dict[str, bytes]]:
    if tip is None:
        return None, {}
    root = store.repo.commit(tip).tree.binsha
    return root, store.files(root)


def _finish(store: TreeStore, root: Optional[bytes], edits: dict[str, Optional[bytes]],
            known: set[bytes]) -> bytes:
    new_root = store.edit(root, edits, known)
    return new_root if new_root is not None else empty_tree(store)


def plan(store: TreeStore, tip: Optional[str], rendered: dict[str, dict[str, bytes]], layouts: dict[str, EnvLayout],
         warnings: Optional[list[str]] = None) -> tuple[Optional[bytes], bytes, ChangeSet]:
    """``(old root tree, new root tree, change set)`` of applying ``rendered`` onto ``tip``:
    each environment's files placed by its layout, only the files its inventory owns pruned."""
    root = store.repo.commit(tip).tree.binsha if tip is not None else None
    index = TipIndex(None, store.read_blob, store=store, root=root)  # reads only what is asked for
    claimed: dict[str, str] = {}
    edits: dict[str, Optional[bytes]] = {}
    envs = []
    for env in sorted(rendered):
        layout = layouts[env]
        placed = place(layout, rendered[env])
        for path in placed:
            if path in claimed:
                raise UserError(f"environments {claimed[path]!r} and {env!r} would both write {path}")
            claimed[path] = env
        ep = plan_env(layout, placed, index)
        if warnings is not None:
            warnings.extend(f"{env}: {w}" for w in ep.warnings)
        edits.update(ep.writes)
        edits.update({p: None for p in ep.deletes})
        new_shas = {p: blob_sha(d) for p, d in ep.writes.items()}
        envs.append(compare(env, layout.workload, ep.owned, ep.writes, new_shas, store.read_blob))
    return root, _finish(store, root, edits, set()), ChangeSet(envs)


def plan_retire(store: TreeStore, tip: Optional[str], envs: list[str]) -> tuple[Optional[bytes], bytes, ChangeSet]:
    """Remove exactly the files each environment's inventory lists, and its state folder
    (``.otlp-istio/<env>/``: the inventory and any other tool state kept there)."""
    root, tip_files = _tip_tree(store, tip)
    edits: dict[str, Optional[bytes]] = {}
    out = []
    for env in sorted(envs):
        inv = inventory_path(env)
        if inv not in tip_files:
            known = sorted({p.split("/")[1] for p in tip_files if p.startswith(".otlp-istio/") and p.count("/") == 2})
            raise PublishError(f"environment {env!r} has no inventory ({inv}) on this branch, so publish owns "
                               f"nothing of it to retire (environments with an inventory: "
                               f"{', '.join(known) or 'none'})")
        paths = parse(store.read_blob(tip_files[inv]), inv)
        owned = {p: tip_files[p] for p in paths if p in tip_files}
        # the environment's state folder is the tool's: the inventory and any other state in it
        owned.update({p: sha for p, sha in tip_files.items() if p.startswith(f"{STATE_ROOT}/{env}/")})
        edits.update({p: None for p in owned})
        folder = min((p.rsplit("/", 1)[0] for p in paths), key=len, default=f".otlp-istio/{env}")
        out.append(compare(env, folder, owned, {}, {}, store.read_blob))
    return root, _finish(store, root, edits, set()), ChangeSet(out)


def _with_kept(changes: ChangeSet, kept: dict) -> ChangeSet:
    """The change set with the environments left as they are (``options.kept``), as unchanged."""
    if not kept:
        return changes
    envs = changes.envs + [EnvChanges(env=env, folder=r.folder, changes=[], files=r.files) for env, r in kept.items()]
    return ChangeSet(sorted(envs, key=lambda e: e.env))


def publish(rendered: dict[str, dict[str, bytes]], options: PublishOptions) -> PublishResult:
    """Publish every environment of ``rendered`` in one commit (see the module docstring)."""
    if not rendered and not options.kept:
        raise PublishError("nothing to publish: no environment was given")
    layouts = layouts_for(sorted(rendered), options)
    warnings: list[str] = []
    notes: list[str] = []
    held: list[str] = []

    def planner(store: TreeStore, tip: Optional[str]):
        warnings.clear()
        root = store.repo.commit(tip).tree.binsha if tip is not None else None
        held[:] = TipIndex(None, store.read_blob, store=store, root=root).environments() if root else []
        current, extra = rendered, {}
        if options.prepare is not None:
            current, extra, found = options.prepare(store, tip, rendered,
                                                    {env: lay.workload for env, lay in layouts.items()})
            notes[:] = found
        old_root, new_root, changes = plan(store, tip, current, layouts, warnings)
        if extra:
            new_root = store.edit(new_root, extra) or empty_tree(store)
        if options.stamps:
            files = {e.env: e.files for e in changes.envs}
            made = {env: (inputs, sources, files[env]) for env, (inputs, sources) in options.stamps.items()
                    if env in files}
            new_root = stamp(store, new_root, layouts, made) or empty_tree(store)
        return old_root, new_root, _with_kept(changes, options.kept)

    result = _run(planner, options, notes=notes)
    result.warnings = list(warnings)
    result.held = sorted(set(held) | {e.env for e in result.changes.envs})
    return result


def retire(envs: list[str], options: PublishOptions) -> PublishResult:
    """Remove environments from the repository in one commit: exactly the files their
    inventories list (what publish wrote), nothing else."""
    if not envs:
        raise UserError("retire: name at least one environment")
    return _run(lambda store, tip: plan_retire(store, tip, envs), options, subject_verb="retire")


def commit_with_retry(options, attempt: Callable, *, create_branch: bool = False,
                      done: str = "published") -> tuple[object, Optional[str]]:
    """The one retry-on-race path of every commit to the environment repository (publish, retire,
    the canary's steps).

    Each attempt fetches the branch's tip and calls ``attempt(store, tip, n)``, which returns
    ``(result, new_root, message)``: ``new_root`` None means nothing to commit (``result`` is
    returned as is). Otherwise the tree is committed on the tip and pushed without force; a push
    refused because the branch moved starts over on the new tip, with jittered backoff, up to
    ``options.max_attempts``. Returns ``(result, commit id)``. ``options`` needs ``remote``,
    ``state_dir``, ``branch``, ``max_attempts``, ``backoff_base`` and ``backoff_cap``, and may have
    ``ready`` (see :class:`PublishOptions`); ``done`` says what did not happen when it gives up
    ("Nothing was <done> by this run").
    """
    envrepo = EnvRepo(options.remote, options.state_dir)
    retries: list[str] = []
    ready = getattr(options, "ready", None)
    with envrepo.session():
        store = TreeStore(envrepo.repo)
        for n in range(1, options.max_attempts + 1):
            tip = envrepo.fetch_tip(options.branch, create_branch)
            checkpoint("fetched")
            result, new_root, message = attempt(store, tip, n, retries)
            if new_root is None:
                return result, None
            store.flush()  # the new objects, written in bulk, before the commit refers to them
            if ready is not None:  # the cache holds the objects, no commit refers to them yet
                ready, go = None, ready
                go()
            who = _identity(envrepo.repo)
            parents = [envrepo.repo.commit(tip)] if tip else []
            commit = Commit.create_from_tree(envrepo.repo, Tree(envrepo.repo, new_root), message,
                                             parent_commits=parents, head=False, author=who, committer=who)
            checkpoint("committed")
            outcome = envrepo.push(commit.hexsha, options.branch, tip)
            checkpoint("pushed")
            if outcome.ok:
                if tip is None:
                    _point_head(options.remote, options.branch)
                return result, commit.hexsha
            if not outcome.stale:
                raise PublishError(outcome.message)
            retries.append(outcome.message)
            if n < options.max_attempts:
                time.sleep(_backoff(n, options.backoff_base, options.backoff_cap))
    last = retries[-1] if retries else "unknown"
    if "could not create" in last or "held by a running process" in last:
        raise PublishError(
            f"gave up after {options.max_attempts} attempts: branch {options.branch!r} of {options.remote.display} "
            f"stayed locked (last refusal: {last}).\n"
            "A git process that works on that repository, or one killed there earlier, holds the lock file; "
            f"if none is running, whoever administers the repository must remove the file. Nothing was {done}.")
    raise PublishError(
        f"gave up after {options.max_attempts} attempts: branch {options.branch!r} of {options.remote.display} "
        f"kept moving while publishing (last refusal: {last}).\n"
        f"Nothing was {done} by this run; run it again.")


def _run(planner, options: PublishOptions, subject_verb: str = "deploy",
         notes: Optional[list[str]] = None) -> PublishResult:
    def attempt(store, tip, n, retries):
        old_root, new_root, changes = planner(store, tip)
        result = PublishResult(repo=options.remote.display, branch=options.branch, base=tip, commit=None,
                               pushed=False, attempts=n, dry_run=options.dry_run,
                               changes=changes, retries=retries, base_changes=options.base_changes)
        if new_root == old_root:
            return result, None, None  # idempotent: nothing changed, no commit
        subject = options.message or (notes[0] if notes and changes.empty else None)
        message = commit_message(changes, source=options.source, subject=subject, verb=subject_verb)
        if notes:  # before the trailers, which stay last
            head, sep, trailers = message.rpartition("\n\nOtlp-Istio-Source:")
            message = head + "\n\n" + "\n".join(notes) + sep + trailers
        result.message = message
        if options.dry_run:
            return result, None, None
        return result, new_root, message

    result, commit = commit_with_retry(options, attempt, create_branch=options.create_branch)
    if commit is not None:
        result.commit, result.pushed = commit, True
    return result


def diff(rendered: dict[str, dict[str, bytes]], options: PublishOptions) -> PublishResult:
    """What ``publish`` would change, without committing or pushing."""
    from dataclasses import replace
    return publish(rendered, replace(options, dry_run=True))
