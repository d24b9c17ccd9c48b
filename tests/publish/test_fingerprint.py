"""A publish renders only the environments that changed: the record of what each was published from
(``.otlp-istio/<env>/inputs.yaml``), against real bare repositories and the real gate."""
from __future__ import annotations

import shutil

import pytest

from otlp_istio.publish.fingerprint import Record

from .conftest import commit_count, git, tree_of


@pytest.fixture
def run(cli, config, bare_repo, state, tmp_path):
    out = tmp_path / "dist"

    def publish(*extra: str):
        r = cli("publish", "-c", config, "--out", out, "--repo", bare_repo, *extra)
        assert r.code == 0, r
        return r
    publish.out = out
    return publish


def test_a_publish_of_what_is_published_renders_nothing_and_commits_nothing(run, bare_repo):
    first = run()
    commits = commit_count(bare_repo)
    shutil.rmtree(run.out)  # a render would write it again

    again = run()

    assert commit_count(bare_repo) == commits
    assert not run.out.exists()
    assert "dev (otlp-istio/dev): unchanged" in again.out and "prod (otlp-istio/prod): unchanged" in again.out
    assert again.out.rstrip().endswith("(no commit made)")
    assert "published" in first.out


def test_the_json_report_of_a_kept_environment_is_that_of_an_unchanged_one(run, bare_repo):
    import json
    first = json.loads(run("-o", "json", "--render-all").out)
    kept = json.loads(run("-o", "json").out)
    rendered = json.loads(run("-o", "json", "--render-all").out)
    assert kept["commit"] is None and rendered["commit"] is None
    assert kept["environments"] == rendered["environments"]
    assert [e["files"] for e in kept["environments"]] == [e["files"] for e in first["environments"]]


def test_the_record_names_the_inputs_and_is_not_a_resource(run, bare_repo, config):
    import json
    report = json.loads(run("-o", "json").out)
    records = tree_of(bare_repo, prefix=".otlp-istio/staging")
    record = Record.parse(records["inputs.yaml"])
    assert record is not None and record.folder == "otlp-istio/staging" and record.layout == "flux"
    assert record.sources == ("staging.yaml", "_base.yaml")  # the environment file, then the base it extends
    assert record.files == next(e["files"] for e in report["environments"] if e["name"] == "staging")
    assert "inputs.yaml" not in run("--render-all").out


def test_an_edited_environment_file_is_rendered_again_and_only_it(run, bare_repo, config):
    run()
    shutil.rmtree(run.out)
    text = (config / "dev.yaml").read_text()
    (config / "dev.yaml").write_text(text + "\n# a comment changes the inputs, not the output\n")

    r = run()

    assert sorted(p.name for p in run.out.iterdir() if p.is_dir()) == ["dev"]
    assert "dev (otlp-istio/dev): unchanged" in r.out
    # the record says what dev was published from now: the next publish keeps it
    run()
    assert not (run.out / "prod").exists()


def test_an_edited_base_renders_every_environment_that_extends_it(run, config):
    run()
    shutil.rmtree(run.out)
    (config / "_base.yaml").write_text((config / "_base.yaml").read_text() + "\n# changed\n")
    run()
    extending = sorted(p.stem for p in config.glob("[!_]*.yaml") if "_base.yaml" in p.read_text())
    assert extending and sorted(p.name for p in run.out.iterdir() if p.is_dir()) == extending


def test_a_file_changed_in_the_repository_by_hand_is_published_again(run, bare_repo, tmp_path):
    run()
    work = tmp_path / "work"
    git("clone", "--quiet", str(bare_repo), str(work))
    target = work / "otlp-istio" / "prod" / "mesh" / "virtualservice-otlp-collector.yaml"
    original = target.read_bytes()
    target.write_text("# edited by hand\n")
    git("commit", "--quiet", "-am", "by hand", cwd=work)
    git("push", "--quiet", "origin", "HEAD:main", cwd=work)

    r = run()

    assert "prod (otlp-istio/prod): 1 changed" in r.out
    assert tree_of(bare_repo, prefix="otlp-istio/prod/mesh")["virtualservice-otlp-collector.yaml"] == original


def test_other_options_or_another_kubernetes_version_render_again(run, bare_repo):
    run()
    shutil.rmtree(run.out)
    run("--kubernetes-version", "1.30")
    assert sorted(p.name for p in run.out.iterdir() if p.is_dir()) == ["dev", "prod", "staging"]


def test_a_dry_run_and_render_all_always_render(run, bare_repo):
    run()
    shutil.rmtree(run.out)
    run("--dry-run")
    assert not run.out.exists()  # a dry run writes nothing, but it rendered and checked every environment
    run("--render-all")
    assert sorted(p.name for p in run.out.iterdir() if p.is_dir()) == ["dev", "prod", "staging"]


def test_a_canary_step_leaves_the_next_publish_nothing_to_do(cli, config, bare_repo, state, tmp_path):
    out = tmp_path / "dist"
    args = ["-c", config, "--repo", bare_repo]
    assert cli("publish", "--out", out, *args).code == 0
    r = cli("canary", "start", "-e", "staging", *args)
    assert r.code == 0, r
    commits = commit_count(bare_repo)
    shutil.rmtree(out)

    r = cli("publish", "--out", out, *args)

    assert r.code == 0, r
    assert commit_count(bare_repo) == commits and not out.exists()
    assert "staging (otlp-istio/staging): unchanged" in r.out


def test_the_tool_digest_covers_each_file_by_relative_path_and_content(tmp_path):
    import hashlib

    from otlp_istio.publish.fingerprint import _tree_digest
    files = {"a-b": b"1", "a/b": b"2", "a/c/d.py": b"3", "z.json": b"4", "a.py": b"5"}
    skipped = {"a/__pycache__/x.cpython-311.pyc": b"no", "a/x.pyc": b"no", ".git/HEAD": b"no", "a/.hidden": b"no"}
    for rel, data in {**files, **skipped}.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    expected = hashlib.sha256(b"label 5\n")
    for rel in sorted(files):  # "a-b" before "a.py" before "a/b": byte order of the relative paths
        expected.update(f"{rel} {hashlib.sha256(files[rel]).hexdigest()}\n".encode())
    h = hashlib.sha256()
    _tree_digest(h, tmp_path, "label")
    assert h.hexdigest() == expected.hexdigest()
