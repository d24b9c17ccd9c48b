"""An empty repository is refused, never taken for "not given".

An unset CI secret expands to ``--repo ""`` (or to ``OTLP_ISTIO_REPO=``); the commands that
talk to the environment repository must then stop with exit 2 and say which option and which
variable, instead of publishing to the embedded local repository and going green.
Each command runs as a real process, as CI runs it.
"""
from __future__ import annotations

import json
import os

import pytest

from tests.conftest import run_process

from .conftest import git

COMMANDS = [
    pytest.param(["publish", "--out", "{dist}"], id="publish"),
    pytest.param(["diff"], id="diff"),
    pytest.param(["retire", "dev"], id="retire"),
    pytest.param(["retire", "dev", "--dry-run"], id="retire-dry-run"),
    pytest.param(["canary", "status", "-e", "dev"], id="canary-status"),
    pytest.param(["canary", "step", "-e", "dev"], id="canary-step"),
]


def _environ(state, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}
    return {**env, "OTLP_ISTIO_STATE_DIR": str(state), **extra}


def _args(command: list[str], config, tmp_path) -> list[str]:
    return [a.format(dist=tmp_path / "dist") for a in command] + ["-c", str(config)]


def _refused(r, given: str) -> None:
    assert r.code == 2, r
    assert "Traceback" not in r.err
    assert given in r.err and "OTLP_ISTIO_REPO" in r.err and "--repo" in r.err, r.err


@pytest.mark.parametrize("command", COMMANDS)
def test_an_empty_repo_option_is_refused(command, config, tmp_path):
    # GIVEN the local repository does not exist yet
    state = tmp_path / "state"
    # WHEN the command is given --repo "" (what `--repo "$SECRET"` becomes with the secret unset)
    r = run_process(*_args(command, config, tmp_path), "--repo", "", env=_environ(state))
    # THEN it stops with a usage error naming the option and the variable, and nothing is made
    _refused(r, "--repo is empty")
    assert not state.exists() and not (tmp_path / "dist").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_an_empty_repo_variable_is_refused(command, config, tmp_path):
    state = tmp_path / "state"
    r = run_process(*_args(command, config, tmp_path), env=_environ(state, OTLP_ISTIO_REPO=""))
    _refused(r, "OTLP_ISTIO_REPO is set but empty")
    assert not state.exists() and not (tmp_path / "dist").exists()


def test_blank_is_empty_too(config, tmp_path):
    r = run_process("diff", "-c", config, "--repo", "  ", env=_environ(tmp_path / "state"))
    _refused(r, "--repo is empty")


def test_the_variable_names_the_repository_when_the_option_is_left_out(config, tmp_path):
    # GIVEN OTLP_ISTIO_REPO names a real repository
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    env = _environ(tmp_path / "state", OTLP_ISTIO_REPO=str(repo))
    # WHEN publishing without --repo
    r = run_process("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "-o", "json", env=env)
    # THEN it went there, and the embedded repository was not made
    assert r.code == 0, r
    assert json.loads(r.out)["repo"] == str(repo)
    assert git("rev-parse", "main", cwd=repo)
    assert not (tmp_path / "state" / "env-repo.git").exists()


def test_neither_given_is_the_local_repository(config, tmp_path):
    # `make run`: no --repo, no OTLP_ISTIO_REPO at all -> the embedded local repository
    state = tmp_path / "state"
    r = run_process("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "-o", "json",
                    env=_environ(state))
    assert r.code == 0, r
    assert json.loads(r.out)["repo"] == str(state / "env-repo.git")
