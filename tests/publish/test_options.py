"""publish/options.py: publish's options as publish, diff, retire and canary take them."""
from __future__ import annotations

import pytest

from otlp_istio.errors import UserError
from otlp_istio.publish.options import cache_dir, ensure_repo, publish_options, state_dir

from .conftest import git


def test_cache_dir_prefers_its_own_variable_then_the_state_dir_then_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("OTLP_ISTIO_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "otlp-istio"
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    assert cache_dir() == tmp_path / "state"
    monkeypatch.setenv("OTLP_ISTIO_CACHE_DIR", str(tmp_path / "cache"))
    assert cache_dir() == tmp_path / "cache"


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.delenv("OTLP_ISTIO_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache_dir() == tmp_path / "home" / ".cache" / "otlp-istio"


def test_the_state_dir_is_beside_the_projects_git_top_level(tmp_path):
    project = tmp_path / "project"
    (project / "environments").mkdir(parents=True)
    git("init", "-q", str(project))
    assert state_dir(project / "environments") == project / ".otlp-istio"


@pytest.mark.parametrize("branch", ["", "-f", "two words", "a..b"])
def test_a_bad_branch_is_a_usage_error(tmp_path, branch):
    with pytest.raises(UserError, match="is not a valid branch name"):
        publish_options(tmp_path, str(tmp_path / "repo.git"), branch, None)


def test_a_path_without_env_is_refused_before_anything_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    with pytest.raises(UserError):
        publish_options(tmp_path, None, "main", "clusters/all")
    assert not (tmp_path / "state").exists()


def test_without_repo_the_embedded_repository_is_made_on_ensure_only(tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    options, dirty = publish_options(tmp_path, None, "main", None, dry_run=True)
    assert options.remote.local and options.dry_run and options.source == "unknown" and not dirty
    assert not (tmp_path / "state" / "env-repo.git").exists()
    ensure_repo(options, None, tmp_path)
    assert git("rev-parse", "--is-bare-repository", cwd=tmp_path / "state" / "env-repo.git") == "true"
