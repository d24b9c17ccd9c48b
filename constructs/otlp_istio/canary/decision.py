"""The scheduler's decision, as a pure function of the state, the policy, the metrics and the time.

No I/O: :func:`due` says whether a step is due (before asking Prometheus), :func:`decide`
what to do with what Prometheus said. The rules, in order:

1. a finished rollout (Succeeded, Failed, RolledBack): nothing;
2. ``interval`` not elapsed since the last committed step: nothing;
3. fewer than ``min_request_count`` requests since the last step: wait (no commit), until
   ``max_wait`` has passed since that step: then fail and roll back;
4. error rate above ``max_error_rate`` (or p99 latency above ``max_latency_p99``): roll back;
5. the canary at ``max_weight``, or the next weight reaching 100: promote (canary 100 %);
6. otherwise: the next weight, ``min(weight + increment, max_weight)``.

Unlike Flagger, which counts "no data" as a failed check and so rolls back quiet services,
too little traffic here only delays the step (rule 3).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Optional

from ..config.types import duration_ns
from .state import Metrics, Phase, RolloutState


class Action(str, enum.Enum):
    START = "start"  # `canary start`: the first weight
    NONE = "none"  # nothing to do (not due, or finished)
    WAIT = "wait"  # too few requests yet: no commit
    ADVANCE = "advance"  # commit the next weight
    PROMOTE = "promote"  # commit canary 100 %, Succeeded
    ROLLBACK = "rollback"  # commit baseline 100 %, Failed

    @property
    def commits(self) -> bool:
        return self in (Action.START, Action.ADVANCE, Action.PROMOTE, Action.ROLLBACK)


@dataclass(frozen=True)
class Policy:
    """The numbers of ``canary:`` the decision needs, in seconds and fractions."""

    initial_weight: int = 5
    increment: int = 5
    max_weight: int = 100
    interval: float = 300.0
    max_wait: float = 3000.0
    max_error_rate: float = 0.01
    min_request_count: int = 100
    max_latency_p99_ms: Optional[float] = None

    @classmethod
    def from_config(cls, canary) -> "Policy":
        interval = duration_ns(canary.interval) / 1e9
        max_wait = duration_ns(canary.max_wait) / 1e9 if canary.max_wait else 10 * interval
        sc = canary.success_criteria
        latency = duration_ns(sc.max_latency_p99) / 1e6 if sc.max_latency_p99 else None
        return cls(initial_weight=canary.initial_weight, increment=canary.increment,
                   max_weight=canary.max_weight, interval=interval, max_wait=max(max_wait, interval),
                   max_error_rate=sc.max_error_rate, min_request_count=sc.min_request_count,
                   max_latency_p99_ms=latency)


@dataclass(frozen=True)
class Decision:
    action: Action
    phase: Phase  # the phase after the decision
    canary_weight: int  # the canary's weight after the decision
    reason: str
    next_due: Optional[float] = None  # when the next step is due (Unix seconds), if any


def _pct(x: float) -> str:
    return f"{x * 100:.2f} %"


def due(state: RolloutState, policy: Policy, now: float) -> Optional[Decision]:
    """A NONE decision when no step is due (rules 1-2); None when Prometheus should be asked."""
    if state.phase.finished:
        return Decision(Action.NONE, state.phase, state.canary_weight,
                        f"the rollout is finished ({state.phase.value}): {state.reason}")
    next_due = state.last_step_at + policy.interval
    if now < next_due:
        return Decision(Action.NONE, state.phase, state.canary_weight,
                        f"next step due in {next_due - now:.0f}s (interval {policy.interval:g}s)", next_due)
    return None


def decide(state: RolloutState, policy: Policy, metrics: Metrics, now: float) -> Decision:
    """What to do at ``now`` given the canary's ``metrics`` since the last step (rules 1-6)."""
    early = due(state, policy, now)
    if early is not None:
        return early
    w = state.canary_weight
    waited = now - state.last_step_at
    seen = (f"{metrics.requests:.0f} requests, {metrics.errors:.0f} errors ({_pct(metrics.error_rate)}) "
            f"in {waited:.0f}s at {w} %")
    if metrics.requests < policy.min_request_count:
        if waited >= policy.max_wait:
            return Decision(Action.ROLLBACK, Phase.FAILED, 0,
                            f"rolled back: only {metrics.requests:.0f} of the {policy.min_request_count} requests "
                            f"needed after waiting {waited:.0f}s (max_wait {policy.max_wait:g}s) at {w} %")
        return Decision(Action.WAIT, Phase.WAITING, w,
                        f"waiting: {seen}; {policy.min_request_count} requests needed "
                        f"(fails after {policy.max_wait - waited:.0f}s more)",
                        now + min(policy.interval, policy.max_wait - waited))
    if metrics.error_rate > policy.max_error_rate:
        return Decision(Action.ROLLBACK, Phase.FAILED, 0,
                        f"rolled back: error rate {_pct(metrics.error_rate)} > {_pct(policy.max_error_rate)} "
                        f"({seen})")
    if policy.max_latency_p99_ms is not None and metrics.latency_p99_ms is not None \
            and metrics.latency_p99_ms > policy.max_latency_p99_ms:
        return Decision(Action.ROLLBACK, Phase.FAILED, 0,
                        f"rolled back: p99 latency {metrics.latency_p99_ms:.0f}ms > "
                        f"{policy.max_latency_p99_ms:.0f}ms ({seen})")
    nxt = w + policy.increment
    if w >= policy.max_weight or nxt >= 100:
        return Decision(Action.PROMOTE, Phase.SUCCEEDED, 100, f"promoted: {seen}, within bounds")
    nxt = min(nxt, policy.max_weight)
    return Decision(Action.ADVANCE, Phase.PROGRESSING, nxt, f"{w} % -> {nxt} %: {seen}, within bounds",
                    now + policy.interval)
