"""``canary step --all``: one scheduled job steps every rollout that is due.

The job reads every rollout's state from one fetch of the branch, asks each Prometheus once
per metric for all the rollouts that are due there (the queries group by the labels naming
each version's workload, see :func:`fleet_queries`, and the answer is split in memory), then
decides each rollout as ``canary step`` does and commits each decision on its own: one commit
per decision, each checked against the tip it lands on (a decision taken on a state that
moved meanwhile is dropped, as for ``canary step``).

All the rollouts of one run are judged at one instant, ``now``: the steps it commits share
their time, so at the next run their windows are equal and their queries one expression.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Optional

from ..metrics import Prometheus, PrometheusError
from .decision import Action, decide, due
from .metrics import ERRORS, LATENCY_P99, REQUESTS, Workload, expand_headers, reporting_for
from .rollout import Outcome, Rollout, commit_decision
from .state import Metrics, RolloutState
from .store import Snapshot

_META = re.compile(r"[.^$|?*+()\[\]{}\\]")  # a regular expression's special characters (names have only "." of them)
WINDOW_LABEL = "otlp_istio_window"  # tags each window's part of a query, so parts never merge


@dataclass
class Due:
    """A rollout whose step is due: what its metrics query needs."""

    rollout: Rollout
    state: RolloutState
    workload: Workload
    seconds: float  # since its last committed step
    with_latency: bool

    @property
    def window(self) -> int:
        """The query's window: whole seconds, as ``canary step`` asks."""
        return max(1, int(round(self.seconds)))

    def key(self) -> tuple[str, str, str, str]:
        r = self.workload.reporting
        return str(self.window), r.reporter, self.workload.namespace, self.workload.name


@dataclass
class Result:
    """One rollout's part of the run: what was done, or why it could not be judged."""

    env: str
    outcome: Outcome
    error: Optional[PrometheusError] = None


def _alternatives(values) -> str:
    """A PromQL regular expression matching exactly these values (a string literal's text)."""
    return "|".join(_META.sub(r"\\\\\g<0>", v) for v in sorted(set(values)))


def fleet_queries(items: list[Due]) -> dict[str, str]:
    """One PromQL expression per metric for all of ``items``: per window and data plane, the
    single-rollout query's aggregation grouped by reporter, namespace and workload (``sum by``),
    tagged with the window, the parts joined with ``or``. Each series answers one rollout."""
    parts: dict[tuple[int, str], list[Due]] = {}
    for item in items:
        parts.setdefault((item.window, item.workload.reporting.reporter), []).append(item)
    out: dict[str, list[str]] = {"requests": [], "errors": [], "latency_p99_ms": []}
    for (window, _), group in sorted(parts.items()):
        r = group[0].workload.reporting
        by = f"reporter,{r.namespace_label},{r.workload_label}"
        sel = (f'reporter="{r.reporter}",{r.namespace_label}=~"{_alternatives(i.workload.namespace for i in group)}",'
               f'{r.workload_label}=~"{_alternatives(i.workload.name for i in group)}"')

        def grouped(template: str, *, le: bool = False) -> str:
            single = template.format(selector=sel, window=window)
            aggregated = single.replace("sum by (le) (", f"sum by (le,{by}) (") if le else \
                single.replace("sum(", f"sum by ({by}) (", 1)
            return f'label_replace({aggregated}, "{WINDOW_LABEL}", "{window}", "", "")'

        out["requests"].append(grouped(REQUESTS))
        out["errors"].append(grouped(ERRORS))
        if any(i.with_latency for i in group):
            out["latency_p99_ms"].append(grouped(LATENCY_P99, le=True))
    return {metric: " or ".join(exprs) for metric, exprs in out.items() if exprs}


def _presence_query(items: list[Due]) -> str:
    """Which of these namespaces have any of Istio's request series (for the reporter that counts them)."""
    parts: dict[str, list[Due]] = {}
    for item in items:
        parts.setdefault(item.workload.reporting.reporter, []).append(item)
    exprs = []
    for reporter, group in sorted(parts.items()):
        r = group[0].workload.reporting
        exprs.append(f'count by (reporter,{r.namespace_label}) (istio_requests_total{{reporter="{reporter}",'
                     f'{r.namespace_label}=~"{_alternatives(i.workload.namespace for i in group)}"}})')
    return " or ".join(exprs)


def _split(prom: Prometheus, promql: str, now: float, key: Callable[[dict], tuple]) -> dict[tuple, float]:
    return {key(s.labels): s.value for s in prom.query(promql, now)}


def read_fleet(prom: Prometheus, items: list[Due], now: float) -> dict[str, Metrics | PrometheusError]:
    """Every item's metrics, as ``CanaryMetrics.read`` gives them for one rollout, from one query
    per metric (and one more only when a rollout has no series: is Istio's telemetry there at all?);
    the error instead for a rollout whose namespace has no telemetry at all."""
    if not items:
        return {}
    r0 = items[0].workload.reporting  # both data planes name the workload with the same labels

    def series_key(labels: dict) -> tuple:
        return (labels.get(WINDOW_LABEL), labels.get("reporter"), labels.get(r0.namespace_label),
                labels.get(r0.workload_label))

    queries = fleet_queries(items)
    requests = _split(prom, queries["requests"], now, series_key)
    errors = _split(prom, queries["errors"], now, series_key)
    latency = _split(prom, queries["latency_p99_ms"], now, series_key) if "latency_p99_ms" in queries else {}
    quiet = [i for i in items if i.key() not in requests]
    present: dict[tuple, float] = {}
    if quiet:
        present = _split(prom, _presence_query(quiet), now,
                         lambda labels: (labels.get("reporter"), labels.get(r0.namespace_label)))
    out: dict[str, Metrics | PrometheusError] = {}
    for item in items:
        n = requests.get(item.key())
        if n is None:
            if not present.get((item.workload.reporting.reporter, item.workload.namespace)):
                r = item.workload.reporting
                out[item.rollout.env] = PrometheusError(
                    "no_data", prom.display,
                    f"Prometheus at {prom.display} has no istio_requests_total series for namespace "
                    f"{item.workload.namespace!r} with reporter={r.reporter}: it does not scrape {r.proxies}, or "
                    f"the namespace is wrong\n  query: {item.workload.any_telemetry()}", query=queries["requests"])
                continue
            n = 0.0
        p99 = latency.get(item.key()) if item.with_latency else None
        if p99 is not None and math.isnan(p99):
            p99 = None
        out[item.rollout.env] = Metrics(requests=_clean(n), errors=_clean(errors.get(item.key(), 0.0)),
                                        window=item.seconds, latency_p99_ms=p99)
    return out


def _clean(x: float) -> float:
    return 0.0 if math.isnan(x) else x


def _skip(r: Rollout, snap: Snapshot) -> Optional[Outcome]:
    """Nothing to step: not published, or no rollout started (``canary step -e`` refuses these;
    the whole fleet's job passes over them)."""
    if not snap.files:
        return Outcome(Action.NONE, f"not published ({snap.folder}/ is empty)", None)
    if snap.state is None:
        return Outcome(Action.NONE, f"no rollout started ({snap.state_file} does not exist)", None)
    return None


def step_all(rollouts: list[Rollout], snapshots: dict[str, Snapshot], now: float,
             prometheus_url: Optional[str] = None, *, force: bool = False) -> list[Result]:
    """Step every rollout that is due (``force``: every unfinished one), judged at ``now``; one
    result per rollout, in the order given. ``prometheus_url`` overrides the environments' own."""
    results: dict[str, Result] = {}
    by_prometheus: dict[tuple, list[Due]] = {}
    for r in rollouts:
        snap = snapshots[r.env]
        skipped = _skip(r, snap)
        if skipped is not None:
            results[r.env] = Result(r.env, skipped)
            continue
        state, policy = snap.state, r.policy_of(snap.state)
        early = due(state, policy, now, force=force)
        if early is not None:
            results[r.env] = Result(r.env, Outcome(early.action, early.reason, state, next_due=early.next_due))
            continue
        url = prometheus_url or r.canary.prometheus_url
        if not url:
            error = PrometheusError("url", "", f"no Prometheus to ask for {r.env}: set canary.prometheus_url in its "
                                               "environment file or pass --prometheus-url")
            results[r.env] = Result(r.env, Outcome(Action.NONE, str(error), state), error)
            continue
        workload = Workload(r.config.namespace, f"{r.config.collector_service}-{state.canary_version}",
                            reporting_for(r.config))
        item = Due(r, state, workload, max(1.0, now - state.last_step_at), policy.max_latency_p99_ms is not None)
        headers = tuple(sorted(r.canary.prometheus_headers.items()))
        by_prometheus.setdefault((url, headers), []).append(item)

    for (url, headers), items in by_prometheus.items():
        try:
            with Prometheus(url, headers=expand_headers(dict(headers))) as prom:
                metrics = read_fleet(prom, items, now)
        except PrometheusError as exc:
            for item in items:
                results[item.rollout.env] = Result(item.rollout.env, Outcome(
                    Action.NONE, f"not judged: {exc}", item.state), exc)
            continue
        for item in items:
            m = metrics[item.rollout.env]
            if isinstance(m, PrometheusError):
                results[item.rollout.env] = Result(item.rollout.env, Outcome(
                    Action.NONE, f"not judged: {m}", item.state), m)
                continue
            d = decide(item.state, item.rollout.policy_of(item.state), m, now, force=force)
            if d.action.commits:
                outcome = commit_decision(item.rollout, item.state, d, now, m)
            else:
                outcome = Outcome(d.action, d.reason, item.state, metrics=m, next_due=d.next_due)
            results[item.rollout.env] = Result(item.rollout.env, outcome)
    return [results[r.env] for r in rollouts]
