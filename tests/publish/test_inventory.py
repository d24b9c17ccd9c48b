"""Ownership: publish owns exactly the files its inventory lists, beside `flux bootstrap`'s files.

GIVEN real bare repositories (some prepared as `flux bootstrap` leaves them, by the test, in
Flux's documented layout), WHEN publishing hand-made rendered trees, THEN only owned files
change, read back with git itself.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from otlp_istio.errors import UserError
from otlp_istio.publish import (Action, EnvLayout, Layout, PublishError, PublishOptions, parse_remote, publish,
                                retire)
from otlp_istio.publish.errors import EXIT_REPOSITORY

from .conftest import (bootstrap_files, commit_count, commit_files, env_files, git, manifest, published, rev,
                       tree_of)

KUSTOMIZATION = (b"apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n"
                 b"  name: otlp-istio-dev\n  namespace: flux-system\nspec:\n  path: ./otlp-istio/dev\n")


def options(repo, state: Path, **kw) -> PublishOptions:
    return PublishOptions(remote=parse_remote(str(repo)), state_dir=state, source="test", **kw)


def inventory(repo: Path, env: str) -> list[str]:
    doc = yaml.safe_load(tree_of(repo, prefix=f".otlp-istio/{env}")["inventory.yaml"])
    assert doc["environment"] == env
    return doc["files"]


def with_flux(env: str, **kw) -> dict[str, bytes]:
    return {**env_files(env, **kw), f"kustomization-otlp-istio-{env}.yaml": KUSTOMIZATION.replace(b"dev", env.encode())}


def test_published_twice_beside_flux_bootstrap_leaves_its_files_byte_identical(bare_repo, state, tmp_path):
    # GIVEN a repository as `flux bootstrap --path=clusters/dev` leaves it
    boot = bootstrap_files("dev")
    commit_files(bare_repo, boot, tmp_path / "work", "Add Flux sync manifests")
    rendered = {"dev": with_flux("dev")}

    # WHEN published twice
    first = publish(rendered, options(bare_repo, state))
    second = publish(rendered, options(bare_repo, state))

    # THEN bootstrap's files are byte-identical, the second publish made no commit
    tree = tree_of(bare_repo)
    assert {p: tree[p] for p in boot} == boot
    assert first.pushed and second.commit is None and commit_count(bare_repo) == 2
    # AND our Kustomization sits in its own folder under clusters/dev (which bootstrap applies),
    # the workload in otlp-istio/dev, each with a kustomization.yaml
    assert published(bare_repo, "clusters/dev/otlp-istio") == {
        "kustomization-otlp-istio-dev.yaml": rendered["dev"]["kustomization-otlp-istio-dev.yaml"]}
    assert published(bare_repo, "otlp-istio/dev") == env_files("dev")
    # AND the inventory lists exactly what publish wrote, nothing of bootstrap's
    assert inventory(bare_repo, "dev") == sorted(p for p in tree if not p.startswith(("clusters/dev/flux-system/",
                                                                                       ".otlp-istio/")))


def test_pruning_removes_only_owned_files(bare_repo, state, tmp_path):
    publish({"dev": env_files("dev", extra=2)}, options(bare_repo, state))
    # someone adds a README into our folder, and a file of another tool beside it
    commit_files(bare_repo, {"otlp-istio/dev/README.md": b"# dev\n", "otlp-istio/notes.txt": b"x\n"},
                 tmp_path / "work")

    result = publish({"dev": env_files("dev")}, options(bare_repo, state))

    tree = tree_of(bare_repo)
    assert tree["otlp-istio/dev/README.md"] == b"# dev\n" and tree["otlp-istio/notes.txt"] == b"x\n"
    assert "otlp-istio/dev/base/configmap-extra-0.yaml" not in tree
    assert "otlp-istio/dev/base/service-otlp-collector.yaml" in tree
    assert [(c.action.value, c.file) for c in result.changes.changes] == [
        ("removed", "base/configmap-extra-0.yaml"), ("removed", "base/configmap-extra-1.yaml")]
    assert "otlp-istio/dev/README.md" not in inventory(bare_repo, "dev")


def test_a_foreign_file_where_publish_would_write_is_refused(bare_repo, state, tmp_path):
    commit_files(bare_repo, {"otlp-istio/dev/base/service-otlp-collector.yaml": b"kind: Service  # mine\n"},
                 tmp_path / "work")
    before = rev(bare_repo)

    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev")}, options(bare_repo, state))

    text = str(err.value)
    assert ("otlp-istio/dev/base/service-otlp-collector.yaml: already in the repository and otlp-istio did not "
            "write it") in text
    assert err.value.exit_code == EXIT_REPOSITORY
    assert rev(bare_repo) == before
    assert tree_of(bare_repo)["otlp-istio/dev/base/service-otlp-collector.yaml"] == b"kind: Service  # mine\n"


def test_a_foreign_manifest_inside_our_folder_is_refused_since_flux_would_stop_applying_it(bare_repo, state,
                                                                                          tmp_path):
    commit_files(bare_repo, {"otlp-istio/dev/team-app.yaml": manifest("ConfigMap", "team-app")}, tmp_path / "work")
    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev")}, options(bare_repo, state))
    assert "otlp-istio/dev/team-app.yaml: not otlp-istio's, inside otlp-istio/dev/" in str(err.value)
    assert "kustomization.yaml" in str(err.value)


def test_the_folder_layout_is_refused_where_bootstrap_wrote_flux_system(bare_repo, state, tmp_path):
    # GIVEN a bootstrapped repository, WHEN publishing with the old one-folder layout into clusters/dev,
    # THEN our kustomization.yaml would hide flux-system/ from bootstrap's own Kustomization: refused
    commit_files(bare_repo, bootstrap_files("dev"), tmp_path / "work")
    before = rev(bare_repo)
    with pytest.raises(PublishError) as err:
        publish({"dev": with_flux("dev")}, options(bare_repo, state, layout=Layout.FOLDER))
    assert "clusters/dev/flux-system/: not otlp-istio's" in str(err.value)
    assert "flux layout" in str(err.value)
    assert rev(bare_repo) == before


def test_folder_layout_puts_everything_in_one_folder(bare_repo, state):
    publish({"dev": with_flux("dev")}, options(bare_repo, state, layout=Layout.FOLDER))
    assert published(bare_repo, "clusters/dev") == with_flux("dev")
    assert not tree_of(bare_repo, prefix="otlp-istio")


def test_another_environments_files_are_refused(bare_repo, state):
    # GIVEN dev published into apps/dev
    publish({"dev": env_files("dev")}, options(bare_repo, state, path_template="apps/{env}"))
    # WHEN an environment named apps is published into apps/dev
    with pytest.raises(PublishError) as err:
        publish({"apps": env_files("apps")}, options(bare_repo, state, path_template="{env}/dev"))
    assert "apps/dev/base/service-otlp-collector.yaml: already in the repository and environment 'dev' owns it" \
        in str(err.value)


def test_two_environments_writing_one_path_in_one_publish_is_a_usage_error(bare_repo, state):
    layouts = {"a": EnvLayout(env="a", layout=Layout.FLUX, workload="shared/a", cluster="clusters/a"),
               "b": EnvLayout(env="b", layout=Layout.FLUX, workload="shared/a", cluster="clusters/b")}
    with pytest.raises(UserError) as err:
        publish({"a": env_files("a"), "b": env_files("b")}, options(bare_repo, state, layouts=layouts))
    assert err.value.exit_code == 2 and "share folder 'shared/a'" in str(err.value)
    assert rev(bare_repo) is None


def test_a_repository_published_before_inventories_is_adopted(bare_repo, state, tmp_path):
    # GIVEN the old layout: clusters/dev/ holding labelled files, plus a README someone added
    label = b"  labels:\n    app.kubernetes.io/managed-by: otlp-istio\n"
    old = {f"clusters/dev/{name}": data.replace(b"metadata:\n", b"metadata:\n" + label, 1)
           for name, data in env_files("dev", extra=1).items()}
    commit_files(bare_repo, {**old, "clusters/dev/README.md": b"# dev cluster\n"}, tmp_path / "work")

    result = publish({"dev": env_files("dev")}, options(bare_repo, state))

    # THEN the labelled files moved to the new layout; the README stayed
    tree = tree_of(bare_repo)
    assert not [p for p in tree if p.startswith("clusters/dev/") and p.endswith(".yaml")]
    assert tree["clusters/dev/README.md"] == b"# dev cluster\n"
    assert published(bare_repo, "otlp-istio/dev") == env_files("dev")
    assert result.changes.count(Action.REMOVED) == 5 and result.changes.count(Action.ADDED) == 4


def test_a_hand_edited_inventory_is_a_clear_error(bare_repo, state, tmp_path):
    publish({"dev": env_files("dev")}, options(bare_repo, state))
    commit_files(bare_repo, {".otlp-istio/dev/inventory.yaml": b"files: [a, b]\n"}, tmp_path / "work")
    with pytest.raises(PublishError) as err:
        publish({"dev": env_files("dev")}, options(bare_repo, state))
    assert ".otlp-istio/dev/inventory.yaml:1: not an otlp-istio inventory line" in str(err.value)


# ------------------------------------------------------------------ retire

def test_retire_removes_exactly_the_inventory_in_one_commit(bare_repo, state, tmp_path):
    boot = bootstrap_files("qa")
    commit_files(bare_repo, {**boot, "README.md": b"# envs\n", "otlp-istio/qa/NOTES.md": b"notes\n"},
                 tmp_path / "work")
    publish({"qa": with_flux("qa"), "prod": with_flux("prod")}, options(bare_repo, state))
    commit_files(bare_repo, {".otlp-istio/qa/canary.yaml": b"step: 3\n"}, tmp_path / "work")  # other tool state
    prod_before = {p: d for p, d in tree_of(bare_repo).items() if "prod" in p}
    commits = commit_count(bare_repo)

    result = retire(["qa"], options(bare_repo, state))

    tree = tree_of(bare_repo)
    assert commit_count(bare_repo) == commits + 1 and result.pushed
    assert git("log", "-1", "--format=%s", cwd=bare_repo) == "retire qa: 6 removed"
    assert not [p for p in tree if p.startswith((".otlp-istio/qa/", "clusters/qa/otlp-istio/"))]
    assert not [p for p in tree if p.startswith("otlp-istio/qa/") and p != "otlp-istio/qa/NOTES.md"]
    assert {p: tree[p] for p in boot} == boot and tree["README.md"] == b"# envs\n"
    assert {p: d for p, d in tree.items() if "prod" in p} == prod_before
    # AND retiring it again, or an environment never published, is refused
    for env in ("qa", "nope"):
        with pytest.raises(PublishError) as err:
            retire([env], options(bare_repo, state))
        assert f"environment {env!r} has no inventory" in str(err.value) and "prod" in str(err.value)


def test_retire_dry_run_pushes_nothing(bare_repo, state):
    publish({"qa": env_files("qa")}, options(bare_repo, state))
    before = rev(bare_repo)
    result = retire(["qa"], options(bare_repo, state, dry_run=True))
    assert result.message.startswith("retire qa: 4 removed") and rev(bare_repo) == before


# ------------------------------------------------------------------ HEAD of a bare repository

def test_a_bare_repository_left_on_master_gets_head_on_the_published_branch(tmp_path, state):
    repo = tmp_path / "plain.git"
    git("init", "--quiet", "--bare", "--initial-branch=master", str(repo))
    publish({"dev": env_files("dev")}, options(repo, state))
    assert git("symbolic-ref", "HEAD", cwd=repo) == "refs/heads/main"
    clone = tmp_path / "clone"
    git("clone", "--quiet", str(repo), str(clone))
    assert (clone / "otlp-istio" / "dev" / "kustomization.yaml").is_file()


def test_an_existing_head_is_left_alone(tmp_path, state):
    repo = tmp_path / "plain.git"
    git("init", "--quiet", "--bare", "--initial-branch=trunk", str(repo))
    commit_files(repo, {"README.md": b"x\n"}, tmp_path / "work", branch="trunk")
    publish({"dev": env_files("dev")}, options(repo, state, create_branch=True))
    assert git("symbolic-ref", "HEAD", cwd=repo) == "refs/heads/trunk"


def test_a_hand_written_cluster_kustomization_that_skips_our_folder_is_reported(bare_repo, state, tmp_path):
    commit_files(bare_repo, {"clusters/dev/kustomization.yaml": b"resources:\n- flux-system\n"}, tmp_path / "work")
    result = publish({"dev": with_flux("dev")}, options(bare_repo, state))
    assert result.pushed and result.warnings == [
        "dev: clusters/dev/kustomization.yaml does not list otlp-istio: the Kustomization that applies clusters/dev "
        "will not apply clusters/dev/otlp-istio/ (add '- otlp-istio' to its resources)"]
    # listed (as kustomize accepts it, with or without ./), nothing to report
    commit_files(bare_repo, {"clusters/dev/kustomization.yaml": b"resources:\n- flux-system\n- ./otlp-istio\n"},
                 tmp_path / "work")
    assert publish({"dev": with_flux("dev", extra=1)}, options(bare_repo, state)).warnings == []


def test_the_folder_layout_adopts_an_earlier_publish_in_place(bare_repo, state, tmp_path):
    # GIVEN clusters/dev/ as an earlier version wrote it (labelled files, no inventory)
    label = b"  labels:\n    app.kubernetes.io/managed-by: otlp-istio\n"
    files = {name: data.replace(b"metadata:\n", b"metadata:\n" + label, 1) for name, data in env_files("dev").items()}
    commit_files(bare_repo, {f"clusters/dev/{n}": d for n, d in files.items()}, tmp_path / "work")

    result = publish({"dev": files}, options(bare_repo, state, layout=Layout.FOLDER))

    # THEN no resource changed; publish only recorded its inventory and the folder's kustomization.yaml
    assert result.pushed and result.changes.empty
    assert git("log", "-1", "--format=%s", cwd=bare_repo) == "deploy dev: inventory and kustomization.yaml only"
    assert published(bare_repo, "clusters/dev") == files
    assert inventory(bare_repo, "dev") == sorted([f"clusters/dev/{n}" for n in files]
                                                 + ["clusters/dev/kustomization.yaml"])
    assert publish({"dev": files}, options(bare_repo, state, layout=Layout.FOLDER)).commit is None
    from otlp_istio.publish.report import text_publish
    assert text_publish(result).endswith(f"to {bare_repo} (main): no changes\n")
