"""A publish prepared while the gate runs (publish.ahead): nothing is committed or pushed until the
gate has passed, and a gate that fails leaves the repository and the cache's refs as they were.

Real bare repositories, real git, and the real command (its gate against a real repository).
"""
from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest

from otlp_istio.publish import PublishError, PublishOptions, parse_remote
from otlp_istio.publish.ahead import Ahead

from .conftest import QA_ROUTES_NOWHERE, commit_count, env_files, git, published, rev


def options(repo, state: Path, **kw) -> PublishOptions:
    return PublishOptions(remote=parse_remote(str(repo)), state_dir=state, source="0123abcd", **kw)


def cache_commits(state: Path) -> list[str]:
    """Every commit object in the publish caches below ``state`` (referenced or not)."""
    found = []
    for cache in sorted((state / "cache").glob("*.git")):
        out = subprocess.run(["git", "--git-dir", str(cache), "cat-file", "--batch-all-objects", "--batch-check"],
                             capture_output=True, text=True, check=True).stdout
        found += [line.split()[0] for line in out.splitlines() if line.split()[1] == "commit"]
    return found


class _Watched(Ahead):
    """An Ahead that says when its thread waits for the verdict, and counts the waits."""

    def __init__(self, *args, **kw):
        self.waiting = threading.Event()
        self.waits = 0
        super().__init__(*args, **kw)

    def _wait(self) -> None:
        self.waits += 1
        self.waiting.set()
        super()._wait()


def test_cancelled_before_the_verdict_commits_and_pushes_nothing(bare_repo, state):
    # GIVEN a publish prepared in the background, waiting before its first commit
    ahead = _Watched({"dev": env_files("dev")}, options(bare_repo, state))
    assert ahead.waiting.wait(30)

    # WHEN the gate does not pass
    ahead.cancel()

    # THEN the repository has no branch, the cache no commit and no ref, and the thread is gone
    assert git("for-each-ref", cwd=bare_repo) == ""
    assert cache_commits(state) == []
    assert git("--git-dir", str(next((state / "cache").glob("*.git"))), "for-each-ref") == ""
    assert not any(t.name == "otlp-istio-publish" for t in threading.enumerate())


def test_passed_commits_exactly_what_publish_commits(bare_repo, state):
    rendered = {"dev": env_files("dev"), "prod": env_files("prod")}
    ahead = Ahead(rendered, options(bare_repo, state))

    result = ahead.result()

    assert result.pushed and result.commit == rev(bare_repo) and commit_count(bare_repo) == 1
    assert published(bare_repo, "otlp-istio/dev") == rendered["dev"]
    assert published(bare_repo, "otlp-istio/prod") == rendered["prod"]
    git("fsck", "--strict", cwd=bare_repo)
    ahead.cancel()  # after the result: nothing more happens
    assert commit_count(bare_repo) == 1


def test_a_cancelled_publish_leaves_the_next_one_a_usable_cache(bare_repo, state):
    # GIVEN a publish whose gate failed after the objects were written into the cache
    rendered = {"dev": env_files("dev", extra=80)}  # enough objects for the bulk writers
    first = _Watched(rendered, options(bare_repo, state))
    assert first.waiting.wait(30)
    first.cancel()

    # WHEN the next publish runs with the same cache
    result = Ahead(rendered, options(bare_repo, state)).result()

    # THEN it publishes the files as if the first had never run
    assert result.pushed and commit_count(bare_repo) == 1
    assert published(bare_repo, "otlp-istio/dev") == rendered["dev"]
    git("fsck", "--strict", cwd=bare_repo)


def test_a_repository_error_is_raised_by_the_result_not_by_cancel(tmp_path, state):
    # GIVEN a repository that has a branch, but not the one to publish
    repo = _repo_without_main(tmp_path)

    # THEN cancelling says nothing of it (the gate's verdict comes first) ...
    Ahead({"dev": env_files("dev")}, options(repo, state)).cancel()
    # ... and once the gate has passed, the repository's error is the publish's
    with pytest.raises(PublishError, match="branch 'main' does not exist"):
        Ahead({"dev": env_files("dev")}, options(repo, state)).result()
    assert git("for-each-ref", "--format=%(refname)", cwd=repo) == "refs/heads/trunk"


def test_a_branch_moved_while_the_gate_runs_is_published_onto_once_it_has_passed(bare_repo, state, tmp_path):
    # GIVEN a publish waiting for its gate, its objects in the cache
    ahead = _Watched({"dev": env_files("dev")}, options(bare_repo, state))
    assert ahead.waiting.wait(30)
    # WHEN another publisher moves the branch meanwhile, and then the gate passes
    from otlp_istio.publish import publish
    publish({"prod": env_files("prod")}, options(bare_repo, tmp_path / "other-state"))
    result = ahead.result()

    # THEN the refused push is redone from the new tip, without waiting for the verdict again
    assert result.pushed and result.attempts == 2 and ahead.waits == 1
    assert commit_count(bare_repo) == 2
    assert published(bare_repo, "otlp-istio/prod") == env_files("prod")
    assert published(bare_repo, "otlp-istio/dev") == env_files("dev")
    git("fsck", "--strict", cwd=bare_repo)


def _repo_without_main(tmp_path: Path) -> Path:
    repo = tmp_path / "other.git"
    git("init", "--quiet", "--bare", "--initial-branch=trunk", str(repo))
    work = tmp_path / "work"
    git("init", "--quiet", "--initial-branch=trunk", str(work))
    (work / "README").write_text("x\n")
    git("add", "README", cwd=work)
    git("commit", "--quiet", "-m", "first", cwd=work)
    git("push", "--quiet", str(repo), "trunk", cwd=work)
    return repo


def test_the_gate_s_verdict_is_reported_before_the_repository_s_error(cli, state, tmp_path):
    # GIVEN an environment the gate refuses, and a repository publish cannot write to (no branch main)
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "qa.yaml").write_text(QA_ROUTES_NOWHERE)
    repo = _repo_without_main(tmp_path)

    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)

    # THEN the command says what the gate found (exit 1), as when the repository is fine, and the
    # repository and the cache's refs are as they were, no commit made
    assert r.code == 1, r
    assert "OI1101" in r.err and "nothing was published" in r.err and "does not exist" not in r.err
    assert git("for-each-ref", "--format=%(refname)", cwd=repo) == "refs/heads/trunk"
    assert cache_commits(state) == []


def test_a_repository_error_after_a_passing_gate_is_reported_as_before(cli, config, state, tmp_path):
    repo = _repo_without_main(tmp_path)

    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)

    assert r.code == 4, r
    assert "branch 'main' does not exist" in r.err and "--create-branch" in r.err and "Traceback" not in r.err
    assert git("for-each-ref", "--format=%(refname)", cwd=repo) == "refs/heads/trunk"


def test_the_refs_written_without_git_processes_read_back_with_git(bare_repo, state, tmp_path):
    # GIVEN a first publish, then another publisher's commit, then a publish from this cache again
    from otlp_istio.publish import publish
    first = publish({"dev": env_files("dev")}, options(bare_repo, state))
    publish({"prod": env_files("prod")}, options(bare_repo, tmp_path / "other-state"))
    cache = next((state / "cache").glob("*.git"))
    assert git("--git-dir", str(cache), "rev-parse", "refs/otlp-istio/remotes/main") == first.commit
    # the tip fetched, then a commit already in the cache (fetched into it earlier) tracked as is
    second = publish({"dev": env_files("dev", version="v2")}, options(bare_repo, state))
    assert git("--git-dir", str(cache), "rev-parse", "refs/otlp-istio/remotes/main") == second.commit == rev(bare_repo)
    assert publish({"dev": env_files("dev", version="v2")}, options(bare_repo, state)).commit is None
    assert git("--git-dir", str(cache), "rev-parse", "refs/otlp-istio/remotes/main") == second.commit
    # THEN git reads the cache and the repository as sound, and HEAD names the published branch
    git("--git-dir", str(cache), "fsck", "--strict", "--no-dangling")
    git("fsck", "--strict", cwd=bare_repo)
    assert git("symbolic-ref", "HEAD", cwd=bare_repo) == "refs/heads/main"
    assert git("for-each-ref", "--format=%(refname)", cwd=bare_repo) == "refs/heads/main"
