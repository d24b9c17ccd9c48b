"""`otlp-istio publish` and `otlp-istio diff` end to end: real environments, the real
validation gate, real repositories (the embedded default, a bare repo, an https server
that demands a token)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_process
from tests.support.githttp import GitHttpServer

from .conftest import QA_ROUTES_NOWHERE, commit_count, git, published_env

TOKEN = "tok-3f9a7c1e55"


def dist_files(out: Path, env: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / env).glob("*.yaml"))}


def test_publish_to_the_embedded_default_repository(cli, config, state, tmp_path):
    out = tmp_path / "dist"
    # WHEN publishing with no --repo
    r = cli("publish", "-c", config, "--out", out, "-e", "dev", "-e", "prod", "-o", "json")
    assert r.code == 0, r
    report = json.loads(r.out)
    assert report["pushed"] is True and report["commit"]
    # THEN the local bare repository exists and holds exactly what was written to dist/
    repo = state / "env-repo.git"
    assert (repo / "HEAD").is_file()
    for env in ("dev", "prod"):
        assert published_env(repo, env) == dist_files(out, env)
    # AND the commit message reads as a deployment history
    message = git("log", "-1", "--format=%B", cwd=repo)
    assert message.splitlines()[0].startswith("deploy dev, prod")
    assert "Deployment" in message and "VirtualService" in message and "Kustomization" in message
    assert "source" in message.lower()
    # AND publishing the same input again makes no commit
    again = cli("publish", "-c", config, "--out", out, "-e", "dev", "-e", "prod", "-o", "json")
    assert again.code == 0, again
    assert json.loads(again.out)["commit"] is None
    assert commit_count(repo) == 1


def test_diff_markdown_and_json_on_a_real_change(cli, config, state, tmp_path):
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo).code == 0
    clean = cli("diff", "-c", config, "--repo", repo)
    assert clean.code == 0, clean  # nothing to change: exit 0, like git diff --exit-code

    # WHEN staging's sampling rate changes and an AuthorizationPolicy is removed from the base
    staging = config / "staging.yaml"
    staging.write_text(staging.read_text().replace("sampling_rate: 0.1", "sampling_rate: 0.25"))
    base = yaml.safe_load((config / "_base.yaml").read_text())
    base.pop("authorization_policies")
    (config / "_base.yaml").write_text(yaml.safe_dump(base, sort_keys=False))

    md = cli("diff", "-c", config, "--repo", repo, "-o", "markdown")
    assert md.code == 1, md
    # staging: the Telemetry, and the -base Kustomization, which no longer checks the AuthorizationPolicy CRD;
    # the base's policy goes, and with it the scrape rule beside it (prometheus.scrape_policy)
    assert "| staging | `otlp-istio/staging` | 0 | 2 | 2 |" in md.out
    assert "-    randomSamplingPercentage: 10\n+    randomSamplingPercentage: 25\n" in md.out
    assert "```diff" in md.out and "AuthorizationPolicy otlp-system/otlp-collector-authz" in md.out

    js = cli("diff", "-c", config, "--repo", repo, "-o", "json")
    assert js.code == 1
    data = json.loads(js.out)
    assert data["by_kind"] == {"AuthorizationPolicy": {"removed": 4}, "Kustomization": {"changed": 2},
                               "Telemetry": {"changed": 1}}
    # the repository was not touched by diff
    assert commit_count(repo) == 1

    # WHEN published, the removed resource is gone from the repository (so Flux prunes it)
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo).code == 0
    files = published_env(repo, "staging")
    assert "authorizationpolicy-otlp-collector-authz.yaml" not in files
    assert b"randomSamplingPercentage: 25" in files["telemetry-mesh-default.yaml"]
    assert cli("diff", "-c", config, "--repo", repo).code == 0


def test_dry_run_writes_and_pushes_nothing(cli, config, state, tmp_path):
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo, "--dry-run")
    assert r.code == 0, r
    assert not (tmp_path / "dist").exists()
    assert git("for-each-ref", cwd=repo) == ""


def test_bad_environment_file_publishes_nothing(cli, config, state, tmp_path):
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    (config / "dev.yaml").write_text((config / "dev.yaml").read_text().replace("mode: PERMISSIVE", "mode: SOMETIMES"))
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)
    assert r.code == 2, r
    assert "dev.yaml" in r.err and "mtls.mode" in r.err and "Traceback" not in r.err
    assert git("for-each-ref", cwd=repo) == ""
    assert not (tmp_path / "dist").exists()
    # nor is the embedded default repository created for it
    r = cli("publish", "-c", config, "--out", tmp_path / "dist")
    assert r.code == 2, r
    assert not (state / "env-repo.git").exists()


def test_password_in_url_is_redacted(config, state, tmp_path):
    # a real process: git really runs and fails to connect
    r = run_process("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev",
                    "--repo", "https://bot:s3cret-pw-991@127.0.0.1:9/env.git",
                    env={"OTLP_ISTIO_STATE_DIR": str(state)})
    assert r.code == 4, r
    assert "s3cret-pw-991" not in r.out + r.err
    assert "https://bot:***@127.0.0.1:9/env.git" in r.err
    assert "Traceback" not in r.err


# ------------------------------------------------------------------ https with a token

@pytest.fixture
def https_like_server(tmp_path):
    """An http:// git server (TLS aside, what an https forge does) that requires the token."""
    root = tmp_path / "served"
    root.mkdir()
    git("init", "--quiet", "--bare", "--initial-branch=main", str(root / "env.git"))
    with GitHttpServer(root, user="ci-bot", password=TOKEN) as server:
        yield server.url("env.git"), root / "env.git", server.seen


def test_token_from_the_environment_is_used_and_never_printed(config, state, tmp_path, https_like_server):
    url, repo, seen = https_like_server
    # WITHOUT the token the server refuses, with a clear error and nothing pushed
    denied = run_process("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", url,
                         env={"OTLP_ISTIO_STATE_DIR": str(state)})
    assert denied.code == 4, denied
    assert "credentials" in denied.err and "Traceback" not in denied.err
    assert git("for-each-ref", cwd=repo) == ""

    # WITH the token in the environment the push lands, and the token appears nowhere
    ok = run_process("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", url, "-o", "json",
                     env={"OTLP_ISTIO_STATE_DIR": str(state), "OTLP_ISTIO_GIT_TOKEN": TOKEN,
                          "OTLP_ISTIO_GIT_USERNAME": "ci-bot"})
    assert ok.code == 0, ok
    assert json.loads(ok.out)["pushed"] is True
    assert published_env(repo, "dev") == dist_files(tmp_path / "dist", "dev")
    assert any(s.startswith("Basic ") for s in seen)
    assert TOKEN not in ok.out + ok.err
    # nor in anything written to the state folder (the askpass helper reads it from git's environment)
    for path in state.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_validation_errors_stop_the_publish(cli, state, tmp_path):
    # GIVEN an environment that is valid on its own but routes to a host no Service defines
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "qa.yaml").write_text(QA_ROUTES_NOWHERE)
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)
    # THEN the gate refuses it with the finding, and nothing reaches the repository
    assert r.code == 1, r
    assert "OI1101" in r.err and "legacy-collector" in r.err and "spec.http[0].route[0].destination.host" in r.err
    assert "nothing was published" in r.err
    assert git("for-each-ref", cwd=repo) == ""
