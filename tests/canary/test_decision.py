"""The scheduler's decision is a pure function: every rule tested without any server or clock."""
from __future__ import annotations

import pytest

from otlp_istio.canary.decision import Action, Policy, decide, due
from otlp_istio.canary.state import Metrics, Phase, RolloutState

T0 = 1_800_000_000.0
SEED = Policy(initial_weight=5, increment=5, max_weight=100, interval=300, max_wait=3000,
              max_error_rate=0.01, min_request_count=100)


def state(weight=5, phase=Phase.PROGRESSING, last=T0) -> RolloutState:
    return RolloutState(environment="staging", baseline_version="v1", canary_version="v2", phase=phase,
                        canary_weight=weight, started_at=T0, last_step_at=last, reason="")


def m(requests, errors=0, latency=None) -> Metrics:
    return Metrics(requests=requests, errors=errors, window=300, latency_p99_ms=latency)


def test_interval_not_elapsed_is_nothing_and_says_when():
    d = decide(state(), SEED, m(1000), T0 + 299)
    assert d.action is Action.NONE and d.canary_weight == 5 and d.next_due == T0 + 300
    assert "next step due in 1s" in d.reason
    assert due(state(), SEED, T0 + 300) is None  # due exactly at the interval


def test_healthy_step_advances_by_the_increment():
    d = decide(state(10), SEED, m(250, 2), T0 + 300)
    assert (d.action, d.phase, d.canary_weight) == (Action.ADVANCE, Phase.PROGRESSING, 15)
    assert d.next_due == T0 + 600
    assert d.reason.startswith("10 % -> 15 %: 250 requests, 2 errors (0.80 %)")


def test_error_rate_at_the_bound_passes_above_it_rolls_back():
    assert decide(state(), SEED, m(100, 1), T0 + 300).action is Action.ADVANCE  # 1 % is not above 1 %
    d = decide(state(20), SEED, m(100, 2), T0 + 300)
    assert (d.action, d.phase, d.canary_weight) == (Action.ROLLBACK, Phase.FAILED, 0)
    assert "error rate 2.00 % > 1.00 %" in d.reason


def test_too_few_requests_waits_then_fails_at_max_wait():
    d = decide(state(), SEED, m(99), T0 + 300)
    assert (d.action, d.phase, d.canary_weight) == (Action.WAIT, Phase.WAITING, 5)
    assert not d.action.commits and "100 requests needed" in d.reason and "fails after 2700s more" in d.reason
    d = decide(state(), SEED, m(99, 99), T0 + 2999)  # errors do not count before enough requests
    assert d.action is Action.WAIT
    d = decide(state(), SEED, m(99), T0 + 3000)
    assert (d.action, d.phase, d.canary_weight) == (Action.ROLLBACK, Phase.FAILED, 0)
    assert "only 99 of the 100 requests needed after waiting 3000s" in d.reason


def test_enough_requests_after_waiting_advances():
    assert decide(state(), SEED, m(100), T0 + 1000).action is Action.ADVANCE


def test_next_weight_reaching_100_promotes():
    d = decide(state(95), SEED, m(100), T0 + 300)
    assert (d.action, d.phase, d.canary_weight) == (Action.PROMOTE, Phase.SUCCEEDED, 100)
    assert d.reason.startswith("promoted:")


def test_max_weight_caps_then_promotes():
    p = Policy(initial_weight=10, increment=20, max_weight=50, interval=60, max_wait=600,
               max_error_rate=0.05, min_request_count=10)
    assert decide(state(30), p, m(10), T0 + 60).canary_weight == 50
    d = decide(state(50), p, m(10), T0 + 60)
    assert (d.action, d.canary_weight) == (Action.PROMOTE, 100)


def test_latency_bound_when_set():
    p = Policy(max_latency_p99_ms=500, interval=300, min_request_count=100)
    assert decide(state(), p, m(200, 0, 499.0), T0 + 300).action is Action.ADVANCE
    assert decide(state(), p, m(200, 0, None), T0 + 300).action is Action.ADVANCE  # no histogram: not judged
    d = decide(state(), p, m(200, 0, 800.0), T0 + 300)
    assert d.action is Action.ROLLBACK and "p99 latency 800ms > 500ms" in d.reason


@pytest.mark.parametrize("phase", [Phase.SUCCEEDED, Phase.FAILED, Phase.ROLLED_BACK])
def test_a_finished_rollout_does_nothing(phase):
    d = decide(state(0, phase), SEED, m(10_000, 5000), T0 + 10_000)
    assert d.action is Action.NONE and d.phase is phase


def test_the_seed_example_takes_nineteen_steps_to_promote():
    s, now, actions = state(5), T0, []
    while not s.phase.finished:
        now += 300
        d = decide(s, SEED, m(1000, 3), now)
        actions.append(d.canary_weight)
        s = s.advanced(phase=d.phase, canary_weight=d.canary_weight, at=now, reason=d.reason, metrics=m(1000, 3))
    assert actions == list(range(10, 100, 5)) + [100]
    assert len(s.history) == 19 and s.phase is Phase.SUCCEEDED


def test_policy_from_config_defaults_max_wait_to_ten_intervals():
    from otlp_istio.config.models import CanaryConfig
    c = CanaryConfig(baseline_version="v1", canary_version="v2", interval="5m",
                     success_criteria={"max_latency_p99": "250ms"})
    p = Policy.from_config(c)
    assert (p.interval, p.max_wait, p.max_latency_p99_ms, p.min_request_count, p.max_error_rate) == \
        (300.0, 3000.0, 250.0, 100, 0.01)
    assert Policy.from_config(c.model_copy(update={"max_wait": "7m"})).max_wait == 420.0


def test_every_criterion_is_in_the_reason_p99_too():
    p = Policy(max_latency_p99_ms=500, interval=300, min_request_count=100, max_error_rate=0.01)
    d = decide(state(10), p, m(250, 2, 120.0), T0 + 300)
    assert d.action is Action.ADVANCE
    assert d.reason == ("10 % -> 15 %: 250 requests, 2 errors (0.80 %) in 300s at 10 %, within bounds: "
                        "error rate 0.80 % <= 1.00 %, p99 latency 120ms <= 500ms, requests 250 >= 100")
    d = decide(state(95), p, m(250, 0, 120.0), T0 + 300)
    assert d.action is Action.PROMOTE and "p99 latency 120ms <= 500ms" in d.reason
    d = decide(state(10), p, m(250, 2, None), T0 + 300)  # no latency samples: said, not held against it
    assert d.action is Action.ADVANCE and "p99 latency unknown (no latency samples; bound 500ms)" in d.reason


def test_a_rollback_names_what_failed_and_what_held():
    p = Policy(max_latency_p99_ms=500, interval=300, min_request_count=100, max_error_rate=0.01)
    d = decide(state(20), p, m(200, 4, 120.0), T0 + 300)
    assert d.action is Action.ROLLBACK
    assert d.reason == ("rolled back: error rate 2.00 % > 1.00 % (200 requests, 4 errors (2.00 %) in 300s at 20 %; "
                        "p99 latency 120ms <= 500ms, requests 200 >= 100)")
    d = decide(state(20), p, m(200, 4, 900.0), T0 + 300)  # both bounds broken: both named
    assert d.reason.startswith("rolled back: error rate 2.00 % > 1.00 %, p99 latency 900ms > 500ms (")


def test_a_forced_step_is_judged_before_its_interval_and_says_so():
    assert due(state(), SEED, T0 + 10, force=True) is None
    d = decide(state(10), SEED, m(250, 2), T0 + 10, force=True)
    assert (d.action, d.canary_weight) == (Action.ADVANCE, 15)
    assert d.reason.startswith("forced by canary step --now, 290s before the interval: 10 % -> 15 %: ")
    assert d.next_due == T0 + 10 + 300
    # the criteria still apply: too few requests waits, errors roll back
    assert decide(state(10), SEED, m(20), T0 + 10, force=True).action is Action.WAIT
    assert decide(state(10), SEED, m(250, 50), T0 + 10, force=True).action is Action.ROLLBACK
    # once due, forcing changes nothing
    assert decide(state(10), SEED, m(250, 2), T0 + 300, force=True) == decide(state(10), SEED, m(250, 2), T0 + 300)


@pytest.mark.parametrize("phase", [Phase.SUCCEEDED, Phase.FAILED, Phase.ROLLED_BACK])
def test_forcing_a_finished_rollout_does_nothing(phase):
    assert decide(state(0, phase), SEED, m(10_000), T0 + 1, force=True).action is Action.NONE
