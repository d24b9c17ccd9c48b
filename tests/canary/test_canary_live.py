"""The canary commands against the real Prometheus, scraping Istio-shaped counters that a
test drives (scrape every 1 s, steps every 3 s), on a real bare repository."""
from __future__ import annotations

import json
import socket
import threading
import time

import pytest

from tests.support.prometheus import CounterExporter, PrometheusServer

from .conftest import edit_env, routed, state_of, subjects

pytestmark = pytest.mark.live

NS = "otlp-system"


def labels(version: str, code: str) -> dict:
    return {"reporter": "destination", "destination_workload_namespace": NS,
            "destination_workload": f"otlp-collector-{version}", "destination_version": version,
            "response_code": code, "source_workload": "app1"}


class Traffic:
    """Requests per second to v1 and v2 (and the share of them answered 503), as counters."""

    def __init__(self, exporter: CounterExporter, v2_rps: float, v2_error_share: float = 0.0, v1_rps: float = 50):
        self.exporter, self.v2_rps, self.share, self.v1_rps = exporter, v2_rps, v2_error_share, v1_rps
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        tick = 0.25
        while not self._stop.wait(tick):
            self.exporter.add("istio_requests_total", labels("v1", "200"), self.v1_rps * tick)
            if self.v2_rps:
                self.exporter.add("istio_requests_total", labels("v2", "200"), self.v2_rps * tick * (1 - self.share))
                self.exporter.add("istio_requests_total", labels("v2", "503"), self.v2_rps * tick * self.share)

    def __enter__(self):
        self.exporter.set("istio_requests_total", labels("v1", "200"), 0)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(5)


@pytest.fixture
def live(tmp_path, cli, repo_args, bare_repo, config_dir):
    """Publishes staging with fast canary settings pointing at a real Prometheus; yields a
    function starting traffic, and the Prometheus URL."""
    exporter = CounterExporter().start()
    prom = PrometheusServer(tmp_path, [exporter.target]).start()

    def fast(d):
        d["canary"].update(interval="3s", increment=25, max_wait="7s", prometheus_url=prom.url,
                           success_criteria={"max_error_rate": 0.01, "min_request_count": 50})
    edit_env(config_dir, "staging", fast)
    r = cli("publish", "-e", "staging", "--out", str(tmp_path / "dist"), *repo_args)
    assert r.code == 0, r
    try:
        yield exporter, prom
    finally:
        prom.stop()
        exporter.stop()


def start(cli, repo_args, prom):
    prom.wait_for('istio_requests_total{destination_workload="otlp-collector-v1"}')
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 0, r


def test_a_healthy_canary_is_promoted_step_by_step(live, cli, repo_args, bare_repo):
    exporter, prom = live
    with Traffic(exporter, v2_rps=100, v2_error_share=0.002):
        start(cli, repo_args, prom)
        r = cli("canary", "watch", "-e", "staging", "--deadline", "90s", *repo_args)
    assert r.code == 0, r
    assert routed(bare_repo) == [("stable", 0), ("canary", 100)]
    assert subjects(bare_repo)[:5] == ["canary staging: promote v2 (100 %)", "canary staging: 55 % -> 80 %",
                                       "canary staging: 30 % -> 55 %", "canary staging: 5 % -> 30 %",
                                       "canary staging: start v1 -> v2 at 5 %"]
    state = state_of(bare_repo)
    assert state["phase"] == "Succeeded"
    for event in state["history"][1:]:
        assert event["metrics"]["requests"] >= 50 and event["metrics"]["error_rate"] <= 0.01
    assert "promote" in r.out and "5 % -> 30 %" in r.out


def test_a_failing_canary_is_rolled_back(live, cli, repo_args, bare_repo):
    exporter, prom = live
    with Traffic(exporter, v2_rps=100, v2_error_share=0.2):
        start(cli, repo_args, prom)
        r = cli("canary", "watch", "-e", "staging", "--deadline", "60s", "-o", "json", *repo_args)
    assert r.code == 1, r
    last = json.loads(r.out.strip().splitlines()[-1])
    assert last["action"] == "rollback" and last["phase"] == "Failed" and last["commit"]
    assert 0.1 < last["metrics"]["error_rate"] < 0.3
    assert routed(bare_repo) == [("stable", 100), ("canary", 0)]
    assert subjects(bare_repo)[0] == "canary staging: roll back to v1 (100 %)"
    assert "error rate" in state_of(bare_repo)["reason"]


def test_a_quiet_canary_waits_then_fails_at_max_wait(live, cli, repo_args, bare_repo):
    exporter, prom = live
    with Traffic(exporter, v2_rps=0):  # v1 is busy, v2 gets nothing: no series for v2 at all
        start(cli, repo_args, prom)
        n = len(subjects(bare_repo))
        r = cli("canary", "watch", "-e", "staging", "--deadline", "60s", "-o", "json", *repo_args)
    assert r.code == 1, r
    lines = [json.loads(x) for x in r.out.strip().splitlines()]
    waits = [x for x in lines if x["action"] == "wait"]
    assert waits and all(x["commit"] is None and x["metrics"]["requests"] == 0 for x in waits)
    assert lines[-1]["action"] == "rollback"
    assert len(subjects(bare_repo)) == n + 1  # waiting committed nothing; the failure one commit
    assert "only 0 of the 50 requests needed" in state_of(bare_repo)["reason"]


def test_prometheus_down_is_a_clear_error_and_no_commit(live, cli, repo_args, bare_repo, config_dir):
    assert cli("canary", "start", "-e", "staging", *repo_args).code == 0
    n = len(subjects(bare_repo))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    time.sleep(3.2)  # the step is due
    r = cli("canary", "step", "-e", "staging", "--prometheus-url", closed, *repo_args)
    assert r.code == 4, r
    assert f"Prometheus at {closed}: connection refused" in r.err
    assert len(subjects(bare_repo)) == n


def test_a_prometheus_without_istio_telemetry_is_an_error_not_a_wait(live, cli, repo_args, bare_repo):
    exporter, prom = live
    exporter.set("up_probe", {}, 1)
    prom.wait_for("up_probe")
    assert cli("canary", "start", "-e", "staging", *repo_args).code == 0
    n = len(subjects(bare_repo))
    time.sleep(3.2)  # the step is due
    r = cli("canary", "step", "-e", "staging", *repo_args)
    assert r.code == 4, r
    assert "has no istio_requests_total series for namespace 'otlp-system'" in r.err
    assert len(subjects(bare_repo)) == n


def test_a_slow_canary_is_rolled_back_on_its_p99_latency(live, cli, repo_args, bare_repo, config_dir):
    exporter, prom = live
    edit_env(config_dir, "staging", lambda d: d["canary"]["success_criteria"].update(max_latency_p99="500ms"))
    bucket = {k: v for k, v in labels("v2", "200").items() if k != "response_code"}
    stop = threading.Event()

    def slow():  # half the requests under 100 ms, the rest between 100 ms and 1 s: p99 near 1 s
        while not stop.wait(0.25):
            for le, share in (("100", 0.5), ("1000", 1.0), ("+Inf", 1.0)):
                exporter.add("istio_request_duration_milliseconds_bucket", {**bucket, "le": le}, 25 * share)
    thread = threading.Thread(target=slow, daemon=True)
    with Traffic(exporter, v2_rps=100):
        thread.start()
        try:
            start(cli, repo_args, prom)
            r = cli("canary", "watch", "-e", "staging", "--deadline", "60s", "-o", "json", *repo_args)
        finally:
            stop.set()
            thread.join(5)
    assert r.code == 1, r
    last = json.loads(r.out.strip().splitlines()[-1])
    assert last["action"] == "rollback" and last["metrics"]["latency_p99_ms"] > 500
    assert "p99 latency" in state_of(bare_repo)["reason"] and routed(bare_repo) == [("stable", 100), ("canary", 0)]


def test_step_now_judges_at_once_on_every_criterion(live, cli, repo_args, bare_repo, config_dir):
    exporter, prom = live
    edit_env(config_dir, "staging", lambda d: (d["canary"].update(interval="1h", max_wait="2h"),
                                               d["canary"]["success_criteria"].update(max_latency_p99="500ms")))
    bucket = {k: v for k, v in labels("v2", "200").items() if k != "response_code"}
    stop = threading.Event()

    def fast():  # every request under 100 ms: p99 99 ms
        while not stop.wait(0.25):
            for le in ("100", "1000", "+Inf"):
                exporter.add("istio_request_duration_milliseconds_bucket", {**bucket, "le": le}, 25)
    thread = threading.Thread(target=fast, daemon=True)
    with Traffic(exporter, v2_rps=100):
        thread.start()
        try:
            start(cli, repo_args, prom)
            n = len(subjects(bare_repo))
            r = cli("canary", "step", "-e", "staging", "-o", "json", *repo_args)
            assert r.code == 0 and json.loads(r.out)["action"] == "none"  # due in an hour
            for _ in range(60):  # until Prometheus has scraped enough of the canary's requests
                r = cli("canary", "step", "-e", "staging", "--now", "-o", "json", *repo_args)
                assert r.code == 0, r
                if json.loads(r.out)["action"] != "wait":
                    break
                time.sleep(0.5)
        finally:
            stop.set()
            thread.join(5)
    d = json.loads(r.out)
    assert d["action"] == "advance" and d["commit"] and d["canary"]["weight"] == 30, d
    assert d["reason"].startswith("forced by canary step --now, ")
    assert "error rate 0.00 % <= 1.00 %, p99 latency 99ms <= 500ms, requests " in d["reason"]
    assert subjects(bare_repo)[0] == "canary staging: 5 % -> 30 %" and len(subjects(bare_repo)) == n + 1
    assert routed(bare_repo) == [("stable", 70), ("canary", 30)]
