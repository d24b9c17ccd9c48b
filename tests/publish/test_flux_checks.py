"""`otlp-istio publish` checks the environment files against its own options before writing
anything: --path / --layout against flux.path / flux.layout, and the GitRepository URL against
the repository it pushes to. Real environments, real repositories; `retire` from the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from .conftest import commit_count, git, published_env, tree_of
from .test_cli import TOKEN, https_like_server  # noqa: F401  (a git server over http, behind a token)


@pytest.fixture
def token(monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_GIT_TOKEN", TOKEN)
    monkeypatch.setenv("OTLP_ISTIO_GIT_USERNAME", "ci-bot")


@pytest.fixture
def repo(tmp_path) -> Path:
    path = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(path))
    return path


def set_flux(config: Path, env: str, **flux) -> None:
    path = config / f"{env}.yaml"
    doc = yaml.safe_load(path.read_text())
    doc["flux"] = {**(doc.get("flux") or {}), **flux}
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def test_path_that_disagrees_with_flux_path_is_refused(cli, config, state, repo, tmp_path):
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "prod", "--repo", repo,
            "--path", "clusters/{env}")
    assert r.code == 2, r
    assert "prod.yaml" in r.err and "flux.path" in r.err and "./otlp-istio/prod" in r.err
    assert "--path clusters/{env}" in r.err and "Traceback" not in r.err
    assert git("for-each-ref", cwd=repo) == ""
    # the same folder written as flux.path writes it is accepted
    ok = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "prod", "--repo", repo,
             "--path", "./otlp-istio/{env}/")
    assert ok.code == 0, ok


def test_path_follows_flux_path_without_the_option(cli, config, state, repo, tmp_path):
    set_flux(config, "dev", path="./envs/{env}/otel")
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", repo)
    assert r.code == 0, r
    assert "envs/dev/otel/kustomization.yaml" in tree_of(repo)
    ks = yaml.safe_load(tree_of(repo, prefix="clusters/dev/otlp-istio")["kustomization-otlp-istio-dev.yaml"])
    assert ks["spec"]["path"] == "./envs/dev/otel/mesh"


def test_a_workload_path_inside_the_cluster_folder_is_refused_in_the_flux_layout(cli, config, state, repo, tmp_path):
    # the flux.path of earlier versions: bootstrap's Kustomization would apply the workload too
    set_flux(config, "dev", path="./clusters/{env}")
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", repo)
    assert r.code == 2, r
    assert "dev.yaml:" in r.err and "lies in or around cluster_path './clusters/{env}'" in r.err
    assert "layout: folder" in r.err and git("for-each-ref", cwd=repo) == ""


def test_layout_that_disagrees_is_refused(cli, config, state, repo, tmp_path):
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", repo, "--layout", "folder")
    assert r.code == 2, r
    assert "flux.layout" in r.err and "--layout folder" in r.err


def test_folder_layout_without_url_takes_the_repository_publish_pushes_to(cli, config, state, tmp_path,
                                                                           https_like_server, token):
    url, repo, _ = https_like_server
    set_flux(config, "dev", layout="folder")
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", url)
    assert r.code == 0, r
    files = tree_of(repo, prefix="clusters/dev")
    source = yaml.safe_load(files["gitrepository-otlp-istio-dev.yaml"])
    assert source["spec"]["url"] == url
    ks = yaml.safe_load(files["kustomization-otlp-istio-dev.yaml"])
    assert ks["spec"]["path"] == "./clusters/dev" and ks["spec"]["sourceRef"]["name"] == "otlp-istio-dev"


def test_folder_layout_without_url_and_a_local_repository_is_refused(cli, config, state, repo, tmp_path):
    set_flux(config, "dev", layout="folder")
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", repo)
    assert r.code == 2, r
    assert "dev.yaml" in r.err and "flux.url: not set" in r.err and "not a URL a cluster can reach" in r.err
    assert git("for-each-ref", cwd=repo) == ""


def test_a_url_naming_another_repository_is_reported(cli, config, state, tmp_path, https_like_server, token):
    url, repo, _ = https_like_server
    set_flux(config, "dev", url="https://git.example.com/platform/other-envs.git")
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", url)
    assert r.code == 0, r
    assert "dev.yaml: Warning OI0301 flux.url: https://git.example.com/platform/other-envs.git is not the " \
        "repository publish pushes to" in r.err
    # the same repository spelled with .git and a trailing slash is not a mismatch
    set_flux(config, "dev", url=url.removesuffix(".git") + "/")
    again = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", url)
    assert again.code == 0 and "warning" not in again.err.lower()


def test_an_environment_that_waits_for_nothing_is_reported(cli, config, state, repo, tmp_path):
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "prod", "--repo", repo)
    assert r.code == 0 and "depends_on" not in r.err  # prod waits for flux-system/infra-controllers
    set_flux(config, "prod", depends_on=[])
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "prod", "--repo", repo)
    assert r.code == 0, r
    assert "prod.yaml: Warning OI0301 flux.depends_on: is empty" in r.err and "ServiceMonitor CRD" in r.err


def test_retire_from_the_command_line(cli, config, state, repo, tmp_path):
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo).code == 0
    staging = published_env(repo, "staging")
    dry = cli("retire", "dev", "--repo", repo, "--dry-run")
    assert dry.code == 0 and "dry run" in dry.out and commit_count(repo) == 1

    r = cli("retire", "dev", "--repo", repo, "-o", "json")

    assert r.code == 0, r
    report = json.loads(r.out)
    assert report["pushed"] and report["summary"]["removed"] == len(list((tmp_path / "dist" / "dev").glob("*.yaml")))
    tree = tree_of(repo)
    assert not [p for p in tree if "/dev/" in p or p.startswith("clusters/dev")]
    assert published_env(repo, "staging") == staging
    unknown = cli("retire", "dev", "--repo", repo)
    assert unknown.code == 4 and "no inventory" in unknown.err
