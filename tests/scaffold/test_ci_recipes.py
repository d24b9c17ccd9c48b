"""The CI recipes `otlp-istio init --ci` writes, run for real: each recipe is parsed and its shell
steps are executed in order, as the CI service would, in a clone of a project made by
`otlp-istio init`, against a real bare environment repository and a local HTTP server that
stands in for the GitHub / GitLab API (the only part of the run that cannot be real here).

otlp-istio and kubeconform are on PATH, so the recipes' install lines (guarded by `command -v`)
do nothing; `uses:` steps (checkout, setup-*) are what the clone and this machine stand for.
The GitHub pull-request run is in the fast suite; the others (each runs the command as several
processes) in `make conformance`.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import yaml

from tests.conftest import CLI, ROOT


class Api:
    """A loopback HTTP server that records every request and answers 201."""

    def __init__(self):
        self.requests: list[dict] = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                api.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                self.send_response(201)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"id": 1}')

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def api():
    server = Api()
    yield server
    server.stop()


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


@pytest.fixture
def checkout(tmp_path) -> tuple[Path, Path]:
    """(a CI checkout of a project made by `init --ci github --ci gitlab`, an empty bare environment repo)."""
    origin = tmp_path / "origin"
    subprocess.run([str(CLI), "init", str(origin), "--ci", "github", "--ci", "gitlab"], check=True,
                   capture_output=True)
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "-A")
    git(origin, "commit", "-qm", "platform")
    work = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", str(origin), str(work))
    env_repo = tmp_path / "env-repo.git"
    git(tmp_path, "init", "-q", "--bare", str(env_repo))
    return work, env_repo


def base_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}
    env["PATH"] = f"{CLI.parent}:{ROOT / 'bin'}:{env['PATH']}"
    env["HOME"] = str(tmp_path / "home")  # the publish cache stays in the test
    return env


class StepFailed(AssertionError):
    """A step exited non-zero: the job fails there (``ran`` are the steps that passed before it)."""

    def __init__(self, what: str, proc: subprocess.CompletedProcess, ran: list[str] | None = None):
        super().__init__(f"{what} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        self.what, self.proc, self.ran = what, proc, ran or []


def run_script(script: str, cwd: Path, env: dict, what: str) -> None:
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=cwd, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise StepFailed(what, proc)


def published(env_repo: Path) -> list[str]:
    try:
        return git(env_repo, "ls-tree", "-r", "--name-only", "main").split()
    except subprocess.CalledProcessError:
        return []


# ---------------------------------------------------------------- GitHub Actions

_EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def run_github(workflow: dict, work: Path, env: dict, context: dict, event: str) -> list[str]:
    """Run the workflow's one job for ``event``; returns the names of the steps that ran."""
    def expr(text: str) -> str:
        def sub(m):
            assert m[1] in context, f"the test does not know the expression {m[1]!r}"
            return context[m[1]]
        return _EXPR.sub(sub, text)

    assert event in workflow[True] or event in workflow.get("on", {})  # PyYAML reads `on:` as True
    (job,) = workflow["jobs"].values()
    env = {**env, **{k: expr(str(v)) for k, v in job.get("env", {}).items()}, "GITHUB_EVENT_NAME": event}
    ran = []
    for step in job["steps"]:
        condition = step.get("if")
        if condition is not None:
            m = re.fullmatch(r"github\.event_name == '(\w+)'", condition)
            assert m, f"the test does not know the condition {condition!r}"
            if m[1] != event:
                continue
        if "uses" in step:
            continue
        try:
            run_script(step["run"], work, env, step.get("name", step["run"]))
        except StepFailed as exc:
            exc.ran = ran
            raise
        ran.append(step.get("name", step["run"]))
    return ran


@pytest.fixture
def github(checkout, api, tmp_path):
    work, env_repo = checkout
    workflow = yaml.safe_load((work / ".github" / "workflows" / "otlp-istio.yml").read_text())
    env = {**base_env(tmp_path), "GITHUB_API_URL": api.url, "GITHUB_REPOSITORY": "acme/platform",
           "GITHUB_PATH": str(tmp_path / "github_path")}
    context = {"secrets.OTLP_ISTIO_REPO": str(env_repo), "secrets.OTLP_ISTIO_GIT_TOKEN": "push-token",
               "vars.OTLP_ISTIO_PACKAGE": "", "secrets.GITHUB_TOKEN": "gh-token",
               "matrix.shard": "1", "strategy.job-total": "1"}
    return workflow, work, env_repo, env, context


def test_github_pull_request_validates_and_comments_the_diff_without_publishing(github, api):
    workflow, work, env_repo, env, context = github
    context = {**context, "github.event.pull_request.number": "42"}
    ran = run_github(workflow, work, env, context, "pull_request")
    assert ran == ["Check the secrets", "Install otlp-istio and kubeconform", "Synthesize", "Validate",
                   "Comment the change on the pull request"]
    (request,) = api.requests
    assert request["path"] == "/repos/acme/platform/issues/42/comments"
    assert request["headers"]["Authorization"] == "Bearer gh-token"
    body = json.loads(request["body"])["body"]
    assert "dev" in body and "<details>" in body and "deployment" in body.lower()
    assert published(env_repo) == []


@pytest.mark.conformance  # the slower half (synth, validate, publish as processes): make conformance
def test_github_push_to_main_publishes(github, api):
    workflow, work, env_repo, env, context = github
    ran = run_github(workflow, work, env, {**context, "github.event.pull_request.number": ""}, "push")
    assert ran[-1] == "Publish" and "Comment the change on the pull request" not in ran
    assert "otlp-istio/dev/base/deployment-otlp-collector-v1.yaml" in published(env_repo)  # the flux layout
    assert api.requests == []


@pytest.mark.parametrize("event", ["push", "pull_request"])
def test_github_without_the_repository_secret_fails_first(github, api, event):
    # GIVEN the secret OTLP_ISTIO_REPO was never added: GitHub expands it to ""
    workflow, work, env_repo, env, context = github
    context = {**context, "secrets.OTLP_ISTIO_REPO": "", "github.event.pull_request.number": "42"}
    # WHEN the job runs
    with pytest.raises(StepFailed) as failed:
        run_github(workflow, work, env, context, event)
    # THEN it fails at its first step, saying which secret, before anything is installed or run
    assert failed.value.what == "Check the secrets" and failed.value.ran == []
    assert "OTLP_ISTIO_REPO is not set" in failed.value.proc.stdout
    assert not (work / "dist").exists() and published(env_repo) == [] and api.requests == []


def test_github_publish_step_alone_refuses_an_empty_repository(github, api, tmp_path):
    # GIVEN someone dropped the check step: the Publish step's own command still refuses
    workflow, work, env_repo, env, context = github
    (job,) = workflow["jobs"].values()
    publish = next(step for step in job["steps"] if step.get("name") == "Publish")
    env = {**env, "OTLP_ISTIO_REPO": "", "OTLP_ISTIO_STATE_DIR": str(tmp_path / "state")}
    with pytest.raises(StepFailed) as failed:
        run_script(publish["run"], work, env, "Publish")
    assert failed.value.proc.returncode == 2
    assert "--repo is empty" in failed.value.proc.stderr and "OTLP_ISTIO_REPO" in failed.value.proc.stderr
    assert not (tmp_path / "state").exists() and published(env_repo) == []


# ---------------------------------------------------------------- GitLab CI

_RULE = re.compile(r'^\$(\w+) == (?:"([^"]*)"|\$(\w+))$')


def gitlab_jobs(pipeline: dict, variables: dict) -> list[tuple[str, dict]]:
    """The jobs a pipeline with ``variables`` runs, in stage order, with `extends` merged."""
    reserved = {"stages", "variables", "default", "include", "workflow", "image", "services", "cache"}
    jobs = []
    for name, job in pipeline.items():
        if name.startswith(".") or name in reserved:
            continue
        if "extends" in job:
            job = {**pipeline[job["extends"]], **{k: v for k, v in job.items() if k != "extends"}}
        runs = False
        for rule in job.get("rules", [{}]):
            if "if" not in rule:
                runs = True
                break
            m = _RULE.match(rule["if"])
            assert m, f"the test does not know the rule {rule['if']!r}"
            right = m[2] if m[2] is not None else variables.get(m[3], "")
            if variables.get(m[1], "") == right:
                runs = True
                break
        if runs:
            jobs.append((name, job))
    return sorted(jobs, key=lambda j: pipeline["stages"].index(j[1]["stage"]))


@pytest.fixture
def gitlab(checkout, api, tmp_path):
    work, env_repo = checkout
    pipeline = yaml.safe_load((work / ".gitlab-ci.yml").read_text())
    env = {**base_env(tmp_path), "CI_API_V4_URL": f"{api.url}/api/v4", "CI_PROJECT_ID": "7",
           "CI_DEFAULT_BRANCH": "main", "OTLP_ISTIO_REPO": str(env_repo), "OTLP_ISTIO_GIT_TOKEN": "push-token",
           "OTLP_ISTIO_NOTE_TOKEN": "note-token"}
    return pipeline, work, env_repo, env


def run_gitlab(pipeline: dict, work: Path, env: dict) -> list[str]:
    ran = []
    for name, job in gitlab_jobs(pipeline, env):
        try:
            run_script("\n".join(job.get("before_script", []) + job["script"]), work, env, name)
        except StepFailed as exc:
            exc.ran = ran
            raise
        ran.append(name)
    return ran


@pytest.mark.parametrize("source", ["merge_request_event", "push"])
def test_gitlab_without_the_repository_variable_fails_first(gitlab, api, source):
    # GIVEN the CI/CD variable is missing (or protected, on an unprotected branch)
    pipeline, work, env_repo, env = gitlab
    env = {k: v for k, v in env.items() if k != "OTLP_ISTIO_REPO"}
    env.update(CI_PIPELINE_SOURCE=source, CI_COMMIT_BRANCH="main", CI_MERGE_REQUEST_IID="42")
    if source == "merge_request_event":
        env.pop("CI_COMMIT_BRANCH")
    # WHEN the pipeline runs, its job fails in before_script, naming the variable
    with pytest.raises(StepFailed) as failed:
        run_gitlab(pipeline, work, env)
    assert failed.value.what in ("otlp-istio-check", "otlp-istio-publish") and failed.value.ran == []
    assert "OTLP_ISTIO_REPO is not set" in failed.value.proc.stderr
    # AND nothing was synthesized, published or posted
    assert not (work / "dist").exists() and published(env_repo) == [] and api.requests == []


@pytest.mark.conformance
def test_gitlab_merge_request_validates_and_notes_the_diff_without_publishing(gitlab, api):
    pipeline, work, env_repo, env = gitlab
    env = {**env, "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "42"}
    assert run_gitlab(pipeline, work, env) == ["otlp-istio-check"]
    (request,) = api.requests
    assert request["path"] == "/api/v4/projects/7/merge_requests/42/notes"
    assert request["headers"]["PRIVATE-TOKEN"] == "note-token"
    body = parse_qs(request["body"])["body"][0]
    assert "dev" in body and "<details>" in body
    assert published(env_repo) == []


@pytest.mark.conformance
def test_gitlab_default_branch_publishes(gitlab, api):
    pipeline, work, env_repo, env = gitlab
    env = {**env, "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "main"}
    assert run_gitlab(pipeline, work, env) == ["otlp-istio-publish"]
    assert "otlp-istio/dev/base/deployment-otlp-collector-v1.yaml" in published(env_repo)  # the flux layout
    assert api.requests == []
