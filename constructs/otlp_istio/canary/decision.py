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

from .policy import Policy
from .state import Metrics, Phase, RolloutState

__all__ = ["Action", "Decision", "Policy", "decide", "due"]


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
class Decision:
    action: Action
    phase: Phase  # the phase after the decision
    canary_weight: int  # the canary's weight after the decision
    reason: str
    next_due: Optional[float] = None  # when the next step is due (Unix seconds), if any


def _pct(x: float) -> str:
    return f"{x * 100:.2f} %"


def due(state: RolloutState, policy: Policy, now: float, *, force: bool = False) -> Optional[Decision]:
    """A NONE decision when no step is due (rules 1-2); None when Prometheus should be asked.
    ``force`` (``canary step --now``) skips rule 2: the step is judged now."""
    if state.phase.finished:
        return Decision(Action.NONE, state.phase, state.canary_weight,
                        f"the rollout is finished ({state.phase.value}): {state.reason}")
    next_due = state.last_step_at + policy.interval
    if now < next_due and not force:
        return Decision(Action.NONE, state.phase, state.canary_weight,
                        f"next step due in {next_due - now:.0f}s (interval {policy.interval:g}s)", next_due)
    return None


def _criteria(policy: Policy, metrics: Metrics) -> list[tuple[bool, str]]:
    """Each success criterion, whether it holds, and how it reads (``error rate 0.25 % <= 1.00 %``)."""
    out = [(metrics.error_rate <= policy.max_error_rate,
            f"error rate {_pct(metrics.error_rate)} {'<=' if metrics.error_rate <= policy.max_error_rate else '>'} "
            f"{_pct(policy.max_error_rate)}")]
    bound = policy.max_latency_p99_ms
    if bound is not None:
        p99 = metrics.latency_p99_ms
        if p99 is None:  # no latency samples: not held against the canary, but said
            out.append((True, f"p99 latency unknown (no latency samples; bound {bound:.0f}ms)"))
        else:
            out.append((p99 <= bound, f"p99 latency {p99:.0f}ms {'<=' if p99 <= bound else '>'} {bound:.0f}ms"))
    out.append((metrics.requests >= policy.min_request_count,
                f"requests {metrics.requests:.0f} >= {policy.min_request_count}"))
    return out


def decide(state: RolloutState, policy: Policy, metrics: Metrics, now: float, *, force: bool = False) -> Decision:
    """What to do at ``now`` given the canary's ``metrics`` since the last step (rules 1-6);
    ``force`` (``canary step --now``) judges the step before its interval has passed."""
    early = due(state, policy, now, force=force)
    if early is not None:
        return early
    d = _decide(state, policy, metrics, now)
    early_by = state.last_step_at + policy.interval - now
    if force and early_by > 0:
        d = Decision(d.action, d.phase, d.canary_weight,
                     f"forced by canary step --now, {early_by:.0f}s before the interval: {d.reason}", d.next_due)
    return d


def _decide(state: RolloutState, policy: Policy, metrics: Metrics, now: float) -> Decision:
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
    criteria = _criteria(policy, metrics)
    failed = [text for ok, text in criteria if not ok]
    if failed:
        held = [text for ok, text in criteria if ok]
        return Decision(Action.ROLLBACK, Phase.FAILED, 0,
                        f"rolled back: {', '.join(failed)} ({seen}; {', '.join(held)})")
    checks = ", ".join(text for _, text in criteria)
    nxt = w + policy.increment
    if w >= policy.max_weight or nxt >= 100:
        return Decision(Action.PROMOTE, Phase.SUCCEEDED, 100, f"promoted: {seen}, within bounds: {checks}")
    nxt = min(nxt, policy.max_weight)
    return Decision(Action.ADVANCE, Phase.PROGRESSING, nxt, f"{w} % -> {nxt} %: {seen}, within bounds: {checks}",
                    now + policy.interval)
