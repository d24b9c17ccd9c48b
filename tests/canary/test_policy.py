"""The policy a rollout runs on: recorded at start, read back from the state, described in words."""
from __future__ import annotations

import pytest

from otlp_istio.canary.policy import Policy, duration_text
from otlp_istio.canary.state import Phase, RolloutState


def started(policy=None) -> RolloutState:
    return RolloutState(environment="staging", baseline_version="v1", canary_version="v2", phase=Phase.PROGRESSING,
                        canary_weight=5, started_at=1.5, last_step_at=1.5, reason="", policy=policy)


def test_the_state_records_the_policy_and_reads_it_back():
    p = Policy(initial_weight=10, increment=20, max_weight=80, interval=90, max_wait=900, max_error_rate=0.02,
               min_request_count=30, max_latency_p99_ms=250)
    text = started(p).to_json()
    assert b'"policy": {' in text and b'"max_latency_p99_ms": 250' in text
    back = RolloutState.from_json(text, "x")
    assert back.policy == p and back.to_json() == text


def test_a_state_without_a_policy_reads_as_before():
    text = started().to_json()
    assert b"policy" not in text  # states of rollouts started before the policy was recorded
    assert RolloutState.from_json(text, "x").policy is None


def test_an_unknown_policy_key_is_an_unreadable_state():
    from otlp_istio.canary.errors import CanaryError
    text = started(Policy()).to_json().replace(b'"increment"', b'"incremnt"')
    with pytest.raises(CanaryError, match="unknown policy keys incremnt"):
        RolloutState.from_json(text, "x")


@pytest.mark.parametrize("seconds, text", [(300, "5m"), (5400, "1h30m"), (3, "3s"), (2.5, "2.5s"), (90, "1m30s"),
                                           (3600, "1h")])
def test_durations_read_as_the_file_writes_them(seconds, text):
    assert duration_text(seconds) == text


def test_describe_names_every_criterion():
    assert Policy().describe() == "+5 % every 5m up to 100 % while errors <= 1 % over >= 100 requests"
    assert Policy(max_latency_p99_ms=500, interval=3).describe() == \
        "+5 % every 3s up to 100 % while errors <= 1 %, p99 <= 500ms over >= 100 requests"
