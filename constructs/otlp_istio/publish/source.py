"""The source revision a publish comes from: this project's ``HEAD``, and whether it is dirty."""
from __future__ import annotations

from pathlib import Path

from git import Repo
from git.exc import GitError, InvalidGitRepositoryError, NoSuchPathError


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
            sha = repo.head.commit.hexsha
        except (ValueError, GitError):
            sha = "unknown"  # no commit yet
        dirty = repo.is_dirty(index=True, working_tree=True, untracked_files=True)
        return sha, dirty
    finally:
        repo.close()


def describe_source(sha: str, dirty: bool) -> str:
    return f"{sha} (dirty)" if dirty else sha
