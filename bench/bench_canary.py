#!/usr/bin/env python3
"""Benchmark the canary stepper's own overhead (not Prometheus', not Flux's).

* the decision alone (pure function), per call;
* a whole step: read the tip (state + environment folder), decide on given numbers, reweight
  the VirtualService, commit and push to a bare repository on local disk: each of the 19 steps
  of environments/staging.yaml (5 % -> promote), so the state's history grows as in real use;
* a not-due step (read the tip, decide "nothing", no commit), what a scheduled CI job pays most
  of the time;
* publish with a running rollout against publish without one (the hook reading the state);
* the two instant queries of a step against the real Prometheus (bin/prometheus), when installed.

Writes bench/RESULTS-canary.md. Usage: python -O bench/bench_canary.py [--runs 3]
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))
sys.path.insert(1, str(ROOT))

os.environ.setdefault("GIT_COMMITTER_NAME", "bench")
os.environ.setdefault("GIT_COMMITTER_EMAIL", "bench@localhost")
os.environ.setdefault("GIT_AUTHOR_NAME", "bench")
os.environ.setdefault("GIT_AUTHOR_EMAIL", "bench@localhost")


def bare(path: Path) -> Path:
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(path)], check=True)
    return path


def bench_decision() -> float:
    from otlp_istio.canary.decision import Policy, decide
    from otlp_istio.canary.state import Metrics, Phase, RolloutState
    s = RolloutState(environment="staging", baseline_version="v1", canary_version="v2", phase=Phase.PROGRESSING,
                     canary_weight=40, started_at=0, last_step_at=0, reason="")
    p, m = Policy(), Metrics(requests=400, errors=2, window=300)
    n = 100_000
    t = time.perf_counter()
    for _ in range(n):
        decide(s, p, m, 300.0)
    return (time.perf_counter() - t) / n


def bench_rollout(tmp: Path, run: int) -> tuple[list[float], list[float], float, float]:
    from otlp_istio.canary.rollout import Rollout, start, step
    from otlp_istio.canary.publishing import publish_hook
    from otlp_istio.canary.state import Metrics
    from otlp_istio.canary.store import StateStore
    from otlp_istio.config import load_environments
    from otlp_istio.publish import PublishOptions, parse_remote, publish
    from otlp_istio.synth import render_all

    envs = load_environments(ROOT / "environments")
    rendered = render_all(envs)
    configs = {e.name: e.config for e in envs}
    repo = bare(tmp / f"repo-{run}.git")
    opts = PublishOptions(remote=parse_remote(str(repo)), state_dir=tmp / f"state-{run}", source="bench",
                          prepare=publish_hook(configs))
    t = time.perf_counter()
    publish(rendered, opts)
    plain_publish = time.perf_counter() - t  # first publish, no rollout

    r = Rollout("staging", configs["staging"], StateStore(opts, "staging"))
    state = start(r, 1_800_000_000.0).state
    now = state.last_step_at
    healthy = lambda s, at: Metrics(requests=500, errors=1, window=at - s.last_step_at)  # noqa: E731
    steps, idle = [], []
    while True:
        t = time.perf_counter()
        o = step(r, now + 10, healthy)  # not due: reads the tip, commits nothing
        idle.append(time.perf_counter() - t)
        assert o.commit is None
        now += 300
        t = time.perf_counter()
        o = step(r, now, healthy)
        steps.append(time.perf_counter() - t)
        assert o.commit is not None
        if o.state.phase.finished:
            break
    assert len(steps) == 19

    # publish again with a config change, the rollout finished (state read, routes kept at 100 %)
    changed = {e: dict(f) for e, f in rendered.items()}
    name = next(n for n in changed["staging"] if n.startswith("telemetry-"))
    changed["staging"][name] = changed["staging"][name].replace(b"randomSamplingPercentage: 10",
                                                                b"randomSamplingPercentage: 12")
    t = time.perf_counter()
    res = publish(changed, opts)
    hooked_publish = time.perf_counter() - t
    assert res.pushed and "routes kept" in res.message
    return steps, idle, plain_publish, hooked_publish


def bench_prometheus(tmp: Path) -> float | None:
    if not (ROOT / "bin" / "prometheus").exists():
        return None
    from otlp_istio.canary.metrics import CanaryMetrics, Workload
    from otlp_istio.metrics import Prometheus
    from tests.support.prometheus import CounterExporter, PrometheusServer
    labels = {"reporter": "destination", "destination_workload_namespace": "otlp-system",
              "destination_workload": "otlp-collector-v2", "response_code": "200"}
    with CounterExporter() as exporter:
        exporter.set("istio_requests_total", labels, 0)
        with PrometheusServer(tmp / "prom", [exporter.target]) as server:
            for i in range(5):
                exporter.add("istio_requests_total", labels, 100)
                time.sleep(1.1)
            server.wait_for("istio_requests_total")
            metrics = CanaryMetrics(Prometheus(server.url), Workload("otlp-system", "otlp-collector-v2"))
            times = []
            for _ in range(20):
                now = time.time()
                t = time.perf_counter()
                m = metrics.read(now - 5, now)
                times.append(time.perf_counter() - t)
                assert m.requests > 0
            return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    med = statistics.median
    decision = bench_decision()
    steps, idle, plain, hooked = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="otlp-istio-bench-canary-") as t:
        tmp = Path(t)
        for run in range(args.runs):
            s, i, p, h = bench_rollout(tmp, run)
            steps += s
            idle += i
            plain.append(p)
            hooked.append(h)
        prom = bench_prometheus(tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.split()[-1]
    rows = [
        ("the decision alone (pure function), per call", f"{decision * 1e6:.1f} µs"),
        (f"a step that commits: read tip, decide, reweight, commit, push (median of {len(steps)}; "
         "staging's 19 steps per run)", f"{med(steps) * 1000:.0f} ms"),
        ("the slowest of those steps", f"{max(steps) * 1000:.0f} ms"),
        (f"a step that is not due (read tip, no commit; median of {len(idle)})", f"{med(idle) * 1000:.0f} ms"),
        ("first publish of dev, prod, staging (41 rendered files), no rollout", f"{med(plain) * 1000:.0f} ms"),
        ("publish of one change with a rollout state to keep (hook reads state, reweights)",
         f"{med(hooked) * 1000:.0f} ms"),
    ]
    if prom is not None:
        rows.append(("a step's Prometheus queries (requests + 5xx, real Prometheus on loopback; median of 20)",
                     f"{prom * 1000:.1f} ms"))
    text = ["# Canary benchmark (bench/bench_canary.py)", "",
            f"Machine: {platform.machine()}, 2 cores (shared), Python {platform.python_version()}, git {git}; "
            f"{args.runs} runs. The stepper's own overhead per decision and per commit, against a bare "
            "repository on local disk; Prometheus' and Flux's time excluded unless stated.", "",
            "| measure | result |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows] + [""]
    out = ROOT / "bench" / "RESULTS-canary.md"
    out.write_text("\n".join(text))
    print("\n".join(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
