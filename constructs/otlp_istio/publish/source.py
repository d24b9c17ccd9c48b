"""The source revision a publish comes from: this project's ``HEAD``, and whether it is dirty."""
from __future__ import annotations

from pathlib import Path

from git import Repo
from git.exc import GitError, InvalidGitRepositoryError, NoSuchPathError
from git.refs import SymbolicReference


def project_root(start: Path) -> Path:
    """The git top level above ``start`` (the config folder); ``start``'s parent otherwise."""
    try:
        repo = Repo(start, search_parent_directories=True)
        root = Path(repo.working_tree_dir or start)
        repo.close()
        return root
    except (InvalidGitRepositoryError, NoSuchPathError, GitError):
        return Path.cwd()


def source_revision(start: Path) -> tuple[str, bool]:
    """``(commit id or "unknown", dirty)`` of the repository holding ``start``."""
    try:
        repo = Repo(start, search_parent_directories=True)
    except (InvalidGitRepositoryError, NoSuchPathError, GitError):
        return "unknown", False
    try:
        try:
            sha = SymbolicReference.dereference_recursive(repo, "HEAD")  # read here, no git process
        except (ValueError, GitError):
            sha = "unknown"  # no commit yet
        return sha, _dirty(repo)
    finally:
        repo.close()


def _dirty(repo: Repo) -> bool:
    """Whether the work tree has changes: staged, not staged, or untracked files (not ignored ones).
    One ``git status`` (never writing the index: ``--no-optional-locks``) answers what
    ``Repo.is_dirty`` asks three processes (``diff --cached``, ``diff``, ``status``)."""
    out = repo.git.execute(["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=normal"])
    return bool(str(out).strip())


def describe_source(sha: str, dirty: bool) -> str:
    return f"{sha} (dirty)" if dirty else sha
