"""publish(): one commit per change, exactly the rendered files, idempotent, clear errors.

GIVEN a real bare repository (and a real git daemon for git://), WHEN publishing hand-made
rendered trees, THEN the branch holds exactly those files, read back with git itself.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from otlp_istio.publish import Action, PublishError, PublishOptions, parse_remote, publish
from otlp_istio.publish.errors import EXIT_REPOSITORY

from .conftest import commit_count, env_files, git, published, rev, tree_of


def options(repo, state: Path, **kw) -> PublishOptions:
    return PublishOptions(remote=parse_remote(str(repo)), state_dir=state, source="0123abcd (dirty)", **kw)


def test_first_publish_into_an_empty_bare_repo_creates_the_branch(bare_repo, state):
    rendered = {"dev": env_files("dev"), "prod": env_files("prod")}

    result = publish(rendered, options(bare_repo, state))

    assert result.pushed and result.base is None and result.attempts == 1
    assert rev(bare_repo) == result.commit
    assert published(bare_repo, "otlp-istio/dev") == rendered["dev"]
    assert published(bare_repo, "otlp-istio/prod") == rendered["prod"]
    assert commit_count(bare_repo) == 1
    git("fsck", "--strict", cwd=bare_repo)


def test_second_identical_publish_makes_no_commit(bare_repo, state):
    rendered = {"dev": env_files("dev")}
    first = publish(rendered, options(bare_repo, state))

    second = publish(rendered, options(bare_repo, state))

    assert second.commit is None and not second.pushed and second.changes.empty
    assert rev(bare_repo) == first.commit
    assert commit_count(bare_repo) == 1


def test_idempotent_from_a_fresh_cache_too(bare_repo, tmp_path):
    rendered = {"dev": env_files("dev")}
    publish(rendered, options(bare_repo, tmp_path / "ci-job-1"))

    again = publish(rendered, options(bare_repo, tmp_path / "ci-job-2"))

    assert again.commit is None and commit_count(bare_repo) == 1


def test_removed_resources_disappear_and_changes_are_counted(bare_repo, state):
    publish({"dev": env_files("dev", extra=3)}, options(bare_repo, state))
    new = env_files("dev", version="v2", extra=1)  # two ConfigMaps gone, VS + DR changed
    new["service-otlp-collector-canary.yaml"] = b"apiVersion: v1\nkind: Service\nmetadata:\n  name: canary\n"

    result = publish({"dev": new}, options(bare_repo, state))

    assert published(bare_repo, "otlp-istio/dev") == new
    cs = result.changes
    summary = {a.value: cs.count(a) for a in Action}
    assert summary == {"added": 1, "changed": 2, "removed": 2}
    msg = git("log", "-1", "--format=%B", cwd=bare_repo)
    assert msg.startswith("deploy dev: 1 added, 2 changed, 2 removed")
    assert "removed  ConfigMap otlp-system/extra-1" in msg
    assert "changed  VirtualService otlp-system/otlp-collector" in msg
    assert "By kind: ConfigMap -2; DestinationRule ~1; Service +1; VirtualService ~1" in msg
    assert "Otlp-Istio-Source: 0123abcd (dirty)" in msg
    assert "Otlp-Istio-Environments: dev" in msg


def test_an_empty_environment_removes_its_folder(bare_repo, state):
    publish({"dev": env_files("dev"), "prod": env_files("prod")}, options(bare_repo, state))

    publish({"dev": {}}, options(bare_repo, state))

    names = git("ls-tree", "-r", "--name-only", "main", cwd=bare_repo).splitlines()
    assert names and all(n.startswith(("otlp-istio/prod/", ".otlp-istio/prod/", ".otlp-istio/dev/")) for n in names)
    assert tree_of(bare_repo, prefix=".otlp-istio/dev")["inventory.yaml"].endswith(b"environment: dev\nfiles:\n")


def test_other_environments_and_files_are_left_alone(bare_repo, state, tmp_path):
    # GIVEN a repository with a README and a folder of another tool, and prod already published
    work = tmp_path / "work"
    git("clone", "--quiet", str(bare_repo), str(work))
    (work / "README.md").write_text("# environments\n")
    (work / "clusters").mkdir()
    (work / "clusters" / "flux-system").mkdir()
    (work / "clusters" / "flux-system" / "gotk.yaml").write_text("kind: Kustomization\n")
    git("add", ".", cwd=work)
    git("commit", "--quiet", "-m", "by hand", cwd=work)
    git("push", "--quiet", "origin", "HEAD:main", cwd=work)
    publish({"prod": env_files("prod")}, options(bare_repo, state))

    # WHEN only dev is published
    publish({"dev": env_files("dev")}, options(bare_repo, state))

    # THEN the rest is untouched
    tree = tree_of(bare_repo)
    assert tree["README.md"] == b"# environments\n"
    assert tree["clusters/flux-system/gotk.yaml"] == b"kind: Kustomization\n"
    assert published(bare_repo, "otlp-istio/prod") == env_files("prod")
    assert published(bare_repo, "otlp-istio/dev") == env_files("dev")


def test_custom_path_template_and_nested_files(bare_repo, state):
    files = {"a.yaml": b"kind: A\n", "flux-system/b.yaml": b"kind: B\n"}
    publish({"edge": files}, options(bare_repo, state, path_template="envs/{env}/manifests"))
    assert published(bare_repo, "envs/edge/manifests") == files


def test_dry_run_pushes_nothing(bare_repo, state):
    result = publish({"dev": env_files("dev")}, options(bare_repo, state, dry_run=True))
    assert result.message and result.message.startswith("deploy dev: 4 added")
    assert result.commit is None and rev(bare_repo) is None


def test_push_over_git_daemon(git_daemon, state):
    base, url_of = git_daemon
    git("init", "--quiet", "--bare", str(base / "envs.git"))
    rendered = {"staging": env_files("staging")}

    result = publish(rendered, options(url_of("envs.git"), state))

    assert result.pushed and result.repo.startswith("git://127.0.0.1:")
    assert published(base / "envs.git", "otlp-istio/staging") == rendered["staging"]
    assert publish(rendered, options(url_of("envs.git"), state)).commit is None


def test_file_url_works(bare_repo, state):
    result = publish({"dev": env_files("dev")}, options(f"file://{bare_repo}", state))
    assert rev(bare_repo) == result.commit


def test_missing_branch_is_a_clear_error_unless_asked_to_create_it(bare_repo, state):
    publish({"dev": env_files("dev")}, options(bare_repo, state))

    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev")}, options(bare_repo, state, branch="release"))
    assert "branch 'release' does not exist" in str(err.value) and "--create-branch" in str(err.value)
    assert err.value.exit_code == EXIT_REPOSITORY

    result = publish({"dev": env_files("dev")}, options(bare_repo, state, branch="release", create_branch=True))
    assert rev(bare_repo, "release") == result.commit


def test_unreachable_repository(tmp_path, state):
    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev")}, options(tmp_path / "nowhere.git", state))
    assert "cannot reach the environment repository" in str(err.value)
    assert str(tmp_path / "nowhere.git") in str(err.value)


def test_protected_branch_shows_the_remote_message_and_pushes_nothing(bare_repo, state):
    publish({"dev": env_files("dev")}, options(bare_repo, state))
    before = rev(bare_repo)
    hook = bare_repo / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'GH006: Protected branch update failed for refs/heads/main.' >&2\nexit 1\n")
    hook.chmod(hook.stat().st_mode | stat.S_IXUSR)

    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev", version="v2")}, options(bare_repo, state))

    text = str(err.value)
    assert "pre-receive hook declined" in text and "protected" in text
    assert "remote: GH006: Protected branch update failed" in text
    assert "Nothing was published." in text
    assert rev(bare_repo) == before


def test_non_bare_repository_with_the_branch_checked_out(tmp_path, state):
    work = tmp_path / "checkout"
    git("init", "--quiet", "--initial-branch=main", str(work))
    (work / "README.md").write_text("x\n")
    git("add", ".", cwd=work)
    git("commit", "--quiet", "-m", "init", cwd=work)

    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev")}, options(work, state))
    assert "checked out" in str(err.value) and "bare" in str(err.value)


def test_dirty_work_tree_of_an_update_instead_repository(tmp_path, state):
    work = tmp_path / "checkout"
    git("init", "--quiet", "--initial-branch=main", str(work))
    git("config", "receive.denyCurrentBranch", "updateInstead", cwd=work)
    (work / "README.md").write_text("x\n")
    git("add", ".", cwd=work)
    git("commit", "--quiet", "-m", "init", cwd=work)
    publish({"dev": env_files("dev")}, options(work, state))  # clean: accepted and checked out
    assert (work / "otlp-istio" / "dev" / "base" / "service-otlp-collector.yaml").is_file()
    (work / "README.md").write_text("edited by hand\n")  # now dirty

    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev", version="v2")}, options(work, state))
    assert "dirty" in str(err.value)


def test_a_cache_left_broken_is_rebuilt(bare_repo, state):
    publish({"dev": env_files("dev")}, options(bare_repo, state))
    cache = next((state / "cache").glob("*.git"))
    (cache / "HEAD").unlink()  # e.g. a disk problem, or a tool that was killed
    (cache / "objects" / "objabc123").write_bytes(b"half-written")
    os.utime(cache / "objects" / "objabc123", (1, 1))

    result = publish({"dev": env_files("dev", version="v2")}, options(bare_repo, state))

    assert result.pushed
    assert published(bare_repo, "otlp-istio/dev") == env_files("dev", version="v2")


def test_bad_path_templates_are_usage_errors(bare_repo, state):
    from otlp_istio.errors import UserError
    for bad in ("clusters", "/abs/{env}", "../{env}", "a/{other}/{env}"):
        with pytest.raises(UserError) as err:
            publish({"dev": env_files("dev")}, options(bare_repo, state, path_template=bad))
        assert err.value.exit_code == 2
