"""Rollouts end to end on a real bare repository, without Prometheus: the commands through the
CLI, and steps through the same ``step`` the CLI runs, given the numbers Prometheus would have
returned (test_canary_live.py runs the same against the real Prometheus)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

from otlp_istio.canary.decision import Action
from otlp_istio.canary.rollout import step
from otlp_istio.canary.state import Metrics
from otlp_istio.cli.canary_cmd import _rollout

from .conftest import STAGING_STATE, STAGING_VS, edit_env, routed, show, state_of, subjects


def rollout(config_dir, repo):
    return _rollout(config_dir, "staging", str(repo), "main", None)


def healthy(requests=400, errors=1):
    return lambda state, now: Metrics(requests=requests, errors=errors, window=now - state.last_step_at)


def published_and_started(cli, repo_args, bare_repo):
    r = cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args)
    assert r.code == 0, r
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 0, r
    return state_of(bare_repo)


def test_seed_example_2_start_steps_promote_each_a_commit(cli, repo_args, bare_repo, config_dir):
    started = published_and_started(cli, repo_args, bare_repo)
    assert started["phase"] == "Progressing" and started["canary_weight"] == 5
    assert routed(bare_repo) == [("stable", 95), ("canary", 5)]
    assert subjects(bare_repo) == ["canary staging: start v1 -> v2 at 5 %", "deploy staging: 16 added"]

    r, now = rollout(config_dir, bare_repo), started["last_step_at"]
    assert step(r, now + 299, healthy()).action is Action.NONE  # not due: nothing asked, nothing committed
    weights = []
    while True:
        now += 300
        outcome = step(r, now, healthy())
        assert outcome.commit is not None
        weights.append(routed(bare_repo))
        if outcome.action is Action.PROMOTE:
            break
    assert weights[0] == [("stable", 90), ("canary", 10)]
    assert weights[-2] == [("stable", 5), ("canary", 95)]
    assert weights[-1] == [("stable", 0), ("canary", 100)]
    log = subjects(bare_repo)
    assert len(log) == 2 + 19
    assert log[:2] == ["canary staging: promote v2 (100 %)", "canary staging: 90 % -> 95 %"]
    body = subprocess.run(["git", "log", "-1", "--format=%B", "main~1"], cwd=bare_repo, capture_output=True,
                          text=True).stdout
    assert "90 % -> 95 %: 400 requests, 1 errors (0.25 %) in 300s at 90 %, within bounds" in body
    assert "Otlp-Istio-Canary-Weight: 95" in body and "v1 5 % / v2 95 %" in body
    final = state_of(bare_repo)
    assert final["phase"] == "Succeeded" and len(final["history"]) == 20
    assert final["last_metrics"] == {"requests": 400.0, "errors": 1.0, "error_rate": 0.0025, "window": 300.0}

    status = cli("canary", "status", "-e", "staging", "-o", "json", *repo_args)
    d = json.loads(status.out)
    assert (d["is_complete"], d["has_failed"], d["next_step_due"]) == (True, False, None)
    md = cli("canary", "status", "-e", "staging", "-o", "markdown", *repo_args).out
    assert "```mermaid" in md and "bar [5, 10, 15," in md and "| 20 |" in md


def test_a_publish_mid_rollout_keeps_the_weights(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    edit_env(config_dir, "staging", lambda d: d["tracing"].update(sampling_rate=0.2))
    r = cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args)
    assert r.code == 0, r
    assert subjects(bare_repo)[0] == "deploy staging: 1 changed"  # the Telemetry only
    assert routed(bare_repo) == [("stable", 95), ("canary", 5)]
    body = subprocess.run(["git", "log", "-1", "--format=%B"], cwd=bare_repo, capture_output=True, text=True).stdout
    assert "canary staging: Progressing, routes kept at v1 95 % / v2 5 % from the rollout state" in body
    # the dry run (diff) sees the same: nothing but the state's weights
    assert cli("diff", "-e", "staging", *repo_args[2:], "-c", repo_args[1]).code == 0


def test_a_rollback_survives_the_next_publish(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    r = cli("canary", "rollback", "-e", "staging", "--reason", "traces missing", *repo_args)
    assert r.code == 0, r
    assert routed(bare_repo) == [("stable", 100), ("canary", 0)]
    assert subjects(bare_repo)[0] == "canary staging: roll back to v1 (100 %) by hand"
    edit_env(config_dir, "staging", lambda d: d["tracing"].update(sampling_rate=0.3))
    assert cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args).code == 0
    assert routed(bare_repo) == [("stable", 100), ("canary", 0)]
    assert state_of(bare_repo)["phase"] == "RolledBack"
    # a second rollback has nothing to do; a new start is allowed after a rollback
    assert cli("canary", "rollback", "-e", "staging", *repo_args).code == 2
    assert cli("canary", "start", "-e", "staging", *repo_args).code == 0
    assert routed(bare_repo) == [("stable", 95), ("canary", 5)]


def test_a_promoted_rollout_is_retired_when_the_file_catches_up(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    assert cli("canary", "promote", "-e", "staging", *repo_args).code == 0
    assert routed(bare_repo) == [("stable", 0), ("canary", 100)]
    out = str(bare_repo.parent / "dist")
    assert cli("publish", "-e", "staging", "--out", out, *repo_args).code == 0  # nothing changed
    assert routed(bare_repo) == [("stable", 0), ("canary", 100)]

    # baseline_version caught up, but the routes would still go to v1: refused, nothing pushed
    edit_env(config_dir, "staging", lambda d: d["canary"].update(baseline_version="v2", canary_version="v1"))
    before = subjects(bare_repo)
    r = cli("publish", "-e", "staging", "--out", out, *repo_args)
    assert r.code == 2 and "does not move traffic back" in r.err and subjects(bare_repo) == before
    assert "the rollout promoted v2 and the environment file moved on" in r.err

    def catch_up(d):
        d["canary"].update(baseline_version="v2", canary_version="v3")
        d["destination_rules"][0]["subsets"] = [{"name": "stable", "labels": {"version": "v2"}},
                                                {"name": "canary", "labels": {"version": "v3"}}]
    edit_env(config_dir, "staging", catch_up)
    r = cli("publish", "-e", "staging", "--out", out, *repo_args)
    assert r.code == 0, r
    assert show(bare_repo, STAGING_STATE) is None  # retired in the same commit
    assert routed(bare_repo) == [("stable", 100)]
    body = subprocess.run(["git", "log", "-1", "--format=%B"], cwd=bare_repo, capture_output=True, text=True).stdout
    assert "rollout v1 -> v2 (Succeeded) retired" in body


def test_bad_states_are_refused_without_a_commit(cli, repo_args, bare_repo, config_dir):
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 2 and "is not published" in r.err and "otlp-istio publish -e staging" in r.err
    r = cli("canary", "start", "-e", "prod", *repo_args)
    assert r.code == 2 and "environment 'prod' has no canary" in r.err

    # published before v2 had a subset (so no v2 Deployment in the repository)
    edit_env(config_dir, "staging", lambda d: (d.pop("canary"), d.pop("destination_rules")))
    assert cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args).code == 0
    shutil_copy_env(config_dir)
    n = len(subjects(bare_repo))
    r = cli("canary", "status", "-e", "staging", *repo_args)
    assert r.code == 0 and "no rollout started" in r.out
    r = cli("canary", "rollback", "-e", "staging", *repo_args)
    assert r.code == 2 and "no rollout of 'staging' was started" in r.err and "canary start" in r.err
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 2 and "no collector Deployment for version 'v2'" in r.err
    assert len(subjects(bare_repo)) == n

    assert cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args).code == 0
    assert cli("canary", "start", "-e", "staging", *repo_args).code == 0
    n = len(subjects(bare_repo))
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 2 and "already in progress" in r.err and len(subjects(bare_repo)) == n


def shutil_copy_env(config_dir):
    """Put the project's staging.yaml back."""
    from tests.conftest import ENVIRONMENTS
    (config_dir / "staging.yaml").write_text((ENVIRONMENTS / "staging.yaml").read_text())


def test_a_failing_step_rolls_back_and_the_cli_exits_1_on_it(cli, repo_args, bare_repo, config_dir):
    started = published_and_started(cli, repo_args, bare_repo)
    r = rollout(config_dir, bare_repo)
    outcome = step(r, started["last_step_at"] + 300, healthy(400, 9))
    assert outcome.action is Action.ROLLBACK and outcome.commit
    assert routed(bare_repo) == [("stable", 100), ("canary", 0)]
    assert subjects(bare_repo)[0] == "canary staging: roll back to v1 (100 %)"
    assert state_of(bare_repo)["reason"].startswith("rolled back: error rate 2.25 % > 1.00 %")
    # waiting commits nothing
    cli("canary", "start", "-e", "staging", *repo_args)
    n = len(subjects(bare_repo))
    again = state_of(bare_repo)["last_step_at"]
    assert step(r, again + 300, healthy(99, 0)).action is Action.WAIT
    assert len(subjects(bare_repo)) == n


RACER = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from otlp_istio.canary.rollout import step
    from otlp_istio.canary.state import Metrics
    from otlp_istio.cli.canary_cmd import _rollout
    config_dir, repo, now = sys.argv[1], sys.argv[2], float(sys.argv[3])
    r = _rollout(Path(config_dir), "staging", repo, "main", None)
    o = step(r, now, lambda s, t: Metrics(requests=500, errors=0, window=t - s.last_step_at))
    print(json.dumps({"action": o.action.value, "commit": o.commit, "attempts": o.result.attempts if o.result else 0}))
""")


def race_two_steps(config_dir, bare_repo, now: float, tmp_path) -> list[dict]:
    """Two CI jobs stepping at once: separate caches, both read the tip before either pushes (two
    committer names: identical commits made in the same second would be one object, and the
    second push a no-op rather than a race). Each holds its first commit until both have made one,
    however slowly the machine starts them. Returns what each printed."""
    procs = []
    trace, release = tmp_path / "trace", tmp_path / "release"
    for i in range(2):
        env = {**os.environ, "OTLP_ISTIO_STATE_DIR": str(tmp_path / f"job{i}"),
               "OTLP_ISTIO_TEST_TRACE": str(trace), "OTLP_ISTIO_TEST_RELEASE": str(release),
               "OTLP_ISTIO_TEST_PAUSE": "committed:90", "GIT_COMMITTER_NAME": f"ci job {i}"}
        procs.append(subprocess.Popen([sys.executable, "-c", RACER, str(config_dir), str(bare_repo), str(now)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env))
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and all(p.poll() is None for p in procs):
        lines = trace.read_text().split("\n") if trace.exists() else []
        if sum(line.endswith(" committed") for line in lines) >= 2:
            break
        time.sleep(0.02)
    release.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    return results


def test_two_racing_steps_make_one_commit(cli, repo_args, bare_repo, config_dir, tmp_path):
    started = published_and_started(cli, repo_args, bare_repo)
    n = len(subjects(bare_repo))
    results = race_two_steps(config_dir, bare_repo, started["last_step_at"] + 300, tmp_path)
    assert sorted(bool(x["commit"]) for x in results) == [False, True], results
    loser = next(x for x in results if not x["commit"])
    assert loser["action"] == "none" and loser["attempts"] == 2  # its push was refused, the retry saw the step
    assert len(subjects(bare_repo)) == n + 1
    assert routed(bare_repo) == [("stable", 90), ("canary", 10)]


def test_a_failed_rollout_is_retired_when_the_file_names_another_canary(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    assert cli("canary", "rollback", "-e", "staging", *repo_args).code == 0

    def next_canary(d):
        d["canary"]["canary_version"] = "v3"
        d["destination_rules"][0]["subsets"][1] = {"name": "canary", "labels": {"version": "v3"}}
    edit_env(config_dir, "staging", next_canary)
    assert cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args).code == 0
    assert show(bare_repo, STAGING_STATE) is None and routed(bare_repo) == [("stable", 100)]
    body = subprocess.run(["git", "log", "-1", "--format=%B"], cwd=bare_repo, capture_output=True, text=True).stdout
    assert "rollout v1 -> v2 (RolledBack) retired: the environment file names another canary, or none" in body


def test_switching_to_flagger_mode_retires_a_running_rollout(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    # Flagger's Canary has no connectionPool.tcp: refused in this mode (test_flagger_traffic_policy.py)
    edit_env(config_dir, "staging", lambda d: (d["canary"].update(mode="flagger"),
                                               d["destination_rules"][0]["traffic_policy"]["connection_pool"].pop("tcp")))
    r = cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args)
    assert r.code == 0, r
    assert show(bare_repo, STAGING_STATE) is None
    assert show(bare_repo, "otlp-istio/staging/mesh/canary-otlp-collector.yaml") is not None
    assert show(bare_repo, STAGING_VS) is None  # Flagger's now


def test_publish_refuses_to_drop_a_running_canarys_subset(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    n = len(subjects(bare_repo))

    def drop_v2(d):
        d.pop("canary")
        d["destination_rules"][0]["subsets"] = d["destination_rules"][0]["subsets"][:1]
    edit_env(config_dir, "staging", drop_v2)
    r = cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args)
    assert r.code == 2
    assert "the rollout v1 -> v2 is Progressing at 5 %, and its routes cannot be kept" in r.err
    assert "canary promote / rollback" in r.err and len(subjects(bare_repo)) == n


def test_a_running_rollout_keeps_the_schedule_it_was_started_with(cli, repo_args, bare_repo, config_dir):
    started = published_and_started(cli, repo_args, bare_repo)
    assert started["policy"]["interval"] == 300.0 and started["policy"]["increment"] == 5
    # the working copy changes mid-rollout: it is for the next rollout
    edit_env(config_dir, "staging", lambda d: d["canary"].update(
        interval="1h", increment=20, success_criteria={"max_error_rate": 0.001, "min_request_count": 1000}))
    d = json.loads(cli("canary", "status", "-e", "staging", "-o", "json", *repo_args).out)
    assert d["next_step_in_seconds"] is not None and 250 < d["next_step_in_seconds"] <= 300
    assert d["schedule"] == "+5 % every 5m up to 100 % while errors <= 1 % over >= 100 requests"
    assert d["file_schedule"] == "+20 % every 1h up to 100 % while errors <= 0.1 % over >= 1000 requests"
    text = cli("canary", "status", "-e", "staging", *repo_args).out
    assert "schedule   +5 % every 5m" in text and "now says +20 % every 1h" in text

    outcome = step(rollout(config_dir, bare_repo), started["last_step_at"] + 300, healthy(400, 1))
    assert (outcome.action, outcome.state.canary_weight) == (Action.ADVANCE, 10)  # 5m, +5 %, 0.25 % <= 1 %
    assert routed(bare_repo) == [("stable", 90), ("canary", 10)]


def test_step_now_and_an_unreachable_prometheus_named_by_the_file(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    n = len(subjects(bare_repo))
    r = cli("canary", "step", "-e", "staging", *repo_args)  # not due: Prometheus is not asked
    assert r.code == 0 and "next step due in" in r.out
    edit_env(config_dir, "staging", lambda d: d["canary"].update(
        prometheus_url="http://prometheus-server.monitoring.svc.invalid:80/prom"))
    r = cli("canary", "step", "-e", "staging", "--now", *repo_args)  # due now: Prometheus is asked
    assert r.code == 4, r
    assert "cannot resolve host 'prometheus-server.monitoring.svc.invalid'" in r.err
    assert ("forward Prometheus (kubectl -n monitoring port-forward svc/prometheus-server 9090:80) and pass "
            "--prometheus-url http://localhost:9090/prom. Nothing was committed.") in r.err
    assert len(subjects(bare_repo)) == n
