"""``--require-clean`` and the source commit a publish records."""
from __future__ import annotations

import shutil

from tests.conftest import ENVIRONMENTS

from .conftest import git


def _project(tmp_path, *, commit: bool):
    project = tmp_path / "project"
    shutil.copytree(ENVIRONMENTS, project / "environments")
    if commit:
        git("init", "--quiet", "--initial-branch=main", str(project))
        git("add", "-A", cwd=project)
        git("commit", "--quiet", "-m", "environments", cwd=project)
    return project


def test_require_clean_refuses_outside_a_git_work_tree(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    project = _project(tmp_path, commit=False)
    r = cli("publish", "-c", project / "environments", "--out", tmp_path / "dist", "--require-clean",
            "--repo", tmp_path / "env.git")
    assert r.code == 2, r
    assert r.err.strip() == (f"--require-clean: {project / 'environments'} is not in a git work tree with a "
                             "commit, so the source commit this publish comes from is unknown; publish from a "
                             "clone of the project, or leave out --require-clean")
    assert not (tmp_path / "dist").exists() and not (tmp_path / "env.git").exists()


def test_require_clean_refuses_a_dirty_tree_and_passes_a_clean_one(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    project = _project(tmp_path, commit=True)
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    args = ("publish", "-c", project / "environments", "--out", project / "dist", "--require-clean",
            "--repo", repo, "-e", "dev")
    (project / "environments" / "note.txt").write_text("uncommitted\n")
    dirty = cli(*args)
    assert dirty.code == 2 and "--require-clean: the project has uncommitted changes" in dirty.err
    (project / "environments" / "note.txt").unlink()
    (project / ".gitignore").write_text("dist/\n")
    git("add", ".gitignore", cwd=project)
    git("commit", "--quiet", "-m", "ignore dist", cwd=project)
    head = git("rev-parse", "HEAD", cwd=project)
    clean = cli(*args)
    assert clean.code == 0, clean
    assert f"Otlp-Istio-Source: {head}\n" in git("log", "-1", "--format=%B", cwd=repo) + "\n"


def test_the_source_is_dirty_with_any_change_git_status_shows(tmp_path):
    from otlp_istio.publish.source import source_revision
    project = _project(tmp_path, commit=True)
    (project / ".gitignore").write_text("dist/\n")
    git("add", ".gitignore", cwd=project)
    git("commit", "--quiet", "-m", "ignore dist", cwd=project)
    head = git("rev-parse", "HEAD", cwd=project)
    env = project / "environments"
    assert source_revision(env) == (head, False)
    (project / "dist").mkdir()
    (project / "dist" / "x.yaml").write_text("ignored\n")
    assert source_revision(env) == (head, False)  # ignored files are not changes
    dev = env / "dev.yaml"
    original = dev.read_text()
    dev.write_text(original + "\n")
    assert source_revision(env) == (head, True)  # modified, not staged
    git("add", "environments/dev.yaml", cwd=project)
    assert source_revision(env) == (head, True)  # staged
    git("reset", "--quiet", "--hard", cwd=project)
    (env / "new.txt").write_text("x\n")
    assert source_revision(env) == (head, True)  # untracked
    (env / "new.txt").unlink()
    assert source_revision(env) == (head, False)
    # a repository without a commit yet
    fresh = tmp_path / "fresh"
    git("init", "--quiet", str(fresh))
    assert source_revision(fresh) == ("unknown", False)
