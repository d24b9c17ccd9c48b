"""The rollout state file: where it lives, canonical text, and a clear error when unreadable."""
from __future__ import annotations

import pytest

from otlp_istio.canary.errors import CanaryError
from otlp_istio.canary.state import Metrics, Phase, RolloutState, state_path


def test_the_state_lives_beside_the_folder_and_is_no_manifest():
    assert state_path("clusters/staging") == "clusters/staging.canary.state"
    assert state_path("staging") == "staging.canary.state"
    assert state_path("apps/staging/") == "apps/staging.canary.state"
    assert not state_path("clusters/x").endswith((".yaml", ".yml", ".json"))


def test_round_trip_is_byte_identical():
    s = RolloutState(environment="staging", baseline_version="v1", canary_version="v2", phase=Phase.PROGRESSING,
                     canary_weight=5, started_at=1.5, last_step_at=1.5, reason="")
    s = s.advanced(phase=Phase.PROGRESSING, canary_weight=10, at=301.5, reason="5 % -> 10 %",
                   metrics=Metrics(requests=250, errors=1, window=300))
    text = s.to_json()
    back = RolloutState.from_json(text, "x")
    assert back == s and back.to_json() == text
    assert b'"error_rate": 0.004' in text and text.endswith(b"}\n")


@pytest.mark.parametrize("data", [b"not json", b'{"format": 99}', b'{"format": 1, "phase": "Progressing"}'])
def test_an_unreadable_state_names_the_file(data):
    with pytest.raises(CanaryError, match=r"the rollout state clusters/s.canary.state \(commit abc\) is unreadable"):
        RolloutState.from_json(data, "clusters/s.canary.state (commit abc)")
