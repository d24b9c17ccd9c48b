"""``canary step --all`` against the real Prometheus (scraping Istio-shaped counters a test drives,
with its query log on) and a real bare repository: three rollouts in three namespaces, one due
and healthy, one not due, one due and failing, and one environment whose rollout never started."""
from __future__ import annotations

import json
import time

import pytest
import yaml

from otlp_istio.canary.metrics import REPORTING, CanaryMetrics, Workload
from otlp_istio.metrics import Prometheus
from tests.support.prometheus import CounterExporter, PrometheusServer

from .conftest import git, show, subjects
from .test_canary_live import Traffic

pytestmark = pytest.mark.live

TEAMS = {"team-a": "healthy", "team-b": "not due", "team-c": "failing"}
ERROR_SHARE = {"team-a": 0.0, "team-b": 0.0, "team-c": 0.3}


def namespace(env: str) -> str:
    return f"otlp-{env}"


def labels(env: str, version: str, code: str) -> dict:
    return {"reporter": "destination", "destination_workload_namespace": namespace(env),
            "destination_workload": f"otlp-collector-{version}", "destination_version": version,
            "response_code": code, "source_workload": "app1"}


class FleetTraffic(Traffic):
    """100 requests per second to each team's v1 and v2; a share of v2's answered 503."""

    def __init__(self, exporter: CounterExporter):
        super().__init__(exporter, v2_rps=100)

    def _run(self):
        tick = 0.25
        while not self._stop.wait(tick):
            for env, share in ERROR_SHARE.items():
                self.exporter.add("istio_requests_total", labels(env, "v1", "200"), 100 * tick)
                self.exporter.add("istio_requests_total", labels(env, "v2", "200"), 100 * tick * (1 - share))
                self.exporter.add("istio_requests_total", labels(env, "v2", "503"), 100 * tick * share)

    def __enter__(self):
        for env in ERROR_SHARE:
            for code in ("200", "503"):
                self.exporter.set("istio_requests_total", labels(env, "v2", code), 0)
        self._thread.start()
        return self


@pytest.fixture
def fleet(tmp_path, config_dir):
    """The teams' environments (staging's canary, each in its own namespace over a base of its own)
    beside staging, whose rollout is never started; a Prometheus with its query log on."""
    exporter = CounterExporter().start()
    prom = PrometheusServer(tmp_path, [exporter.target], query_log=True).start()
    for name in ("dev.yaml", "prod.yaml"):
        (config_dir / name).unlink()
    base = (config_dir / "_base.yaml").read_text()
    staging = (config_dir / "staging.yaml").read_text()
    for env in TEAMS:
        ns = namespace(env)
        (config_dir / f"_base-{env}.yaml").write_text(base.replace("otlp-system", ns))
        data = yaml.safe_load(staging.replace("otlp-system", ns).replace("extends: _base.yaml",
                                                                          f"extends: _base-{env}.yaml"))
        data["canary"].update(interval="1h" if env == "team-b" else "2s", increment=25, max_wait="60s",
                              prometheus_url=prom.url,
                              success_criteria={"max_error_rate": 0.05, "min_request_count": 20})
        (config_dir / f"{env}.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    try:
        yield exporter, prom
    finally:
        prom.stop()
        exporter.stop()


def state(repo, env: str) -> dict:
    return json.loads(show(repo, f"otlp-istio/{env}.canary.state"))


def test_step_all_steps_each_due_rollout_with_one_query_per_metric(fleet, cli, repo_args, bare_repo, tmp_path):
    exporter, prom = fleet
    r = cli("publish", "--out", str(tmp_path / "dist"), *repo_args)
    assert r.code == 0, r
    with FleetTraffic(exporter):
        for env in TEAMS:
            prom.wait_for(f'istio_requests_total{{destination_workload_namespace="{namespace(env)}",'
                          f'destination_workload="otlp-collector-v2"}}')
            r = cli("canary", "start", "-e", env, *repo_args)
            assert r.code == 0, r
        started = {env: state(bare_repo, env) for env in TEAMS}
        before = len(subjects(bare_repo))
        time.sleep(4)  # team-a's and team-c's steps are due (interval 2s), with a few scrapes each
        asked = len(prom.logged_queries())

        r = cli("canary", "step", "--all", "-o", "json", *repo_args)

    # THEN team-c rolled back (exit 1), each rollout's decision listed, in the environments' order
    assert r.code == 1, r
    out = json.loads(r.out)
    by_env = {x["environment"]: x for x in out["rollouts"]}
    assert [x["environment"] for x in out["rollouts"]] == ["staging", "team-a", "team-b", "team-c"]
    assert by_env["staging"]["action"] == "none" and by_env["staging"]["commit"] is None
    assert "no rollout started" in by_env["staging"]["reason"]
    assert by_env["team-a"]["action"] == "advance" and by_env["team-a"]["commit"]
    assert by_env["team-a"]["canary"]["weight"] == 30 and by_env["team-a"]["metrics"]["error_rate"] == 0
    assert by_env["team-b"]["action"] == "none" and by_env["team-b"]["commit"] is None
    assert "next step due in" in by_env["team-b"]["reason"] and by_env["team-b"]["metrics"] is None
    assert by_env["team-c"]["action"] == "rollback" and by_env["team-c"]["commit"]
    assert 0.2 < by_env["team-c"]["metrics"]["error_rate"] < 0.4
    assert all(x["error"] is None for x in out["rollouts"])

    # AND Prometheus was asked once per metric (requests, errors) for both due rollouts together
    queries = prom.logged_queries()[asked:]
    assert len(queries) == 2, queries
    for q in queries:
        assert "otlp-team-a" in q and "otlp-team-c" in q and "otlp-team-b" not in q

    # AND one commit per decision, nothing for the rollout that was not due
    assert len(subjects(bare_repo)) == before + 2
    assert sorted(subjects(bare_repo)[:2]) == ["canary team-a: 5 % -> 30 %", "canary team-c: roll back to v1 (100 %)"]
    for env, x in by_env.items():
        if x["commit"]:
            changed = git("diff-tree", "-r", "--no-commit-id", "--name-only", x["commit"], cwd=bare_repo).split()
            assert changed and all(p.startswith((f"otlp-istio/{env}", f".otlp-istio/{env}/")) for p in changed), changed
    assert state(bare_repo, "team-b") == started["team-b"]

    # AND each rollout's share of the grouped answer is what its own query says for its window
    with Prometheus(prom.url) as client:
        for env in ("team-a", "team-c"):
            after = state(bare_repo, env)
            since, now = started[env]["last_step_at"], after["last_step_at"]
            alone = CanaryMetrics(client, Workload(namespace(env), "otlp-collector-v2", REPORTING["sidecar"]))
            assert after["history"][-1]["metrics"] == alone.read(since, now).to_dict()


def test_step_all_needs_all_or_env(cli, repo_args):
    r = cli("canary", "step", *repo_args)
    assert r.code == 2 and "--env ENV" in r.err and "--all" in r.err
    r = cli("canary", "step", "-e", "staging", "--all", *repo_args)
    assert r.code == 2
    r = cli("canary", "step", "-e", "staging", "--shard", "1/2", *repo_args)
    assert r.code == 2 and "--shard goes with --all" in r.err
