"""Boundaries of the environment file's rules: the value just inside is accepted, the one
just outside is refused, with the file, line, field path and what is allowed."""
from __future__ import annotations

import pytest

from otlp_istio.config.types import duration_ns
from tests.conftest import MINIMAL

from .test_errors import VS, check


def _routes(*weights: int) -> str:
    return "\n".join(f"          - {{destination: {{host: otlp-collector, subset: stable}}, weight: {w}}}"
                     for w in weights)


@pytest.mark.parametrize("weights", [(60, 50), (100, 1), (50, 50, 1)])
def test_route_weights_above_100_are_refused(cli, write_env, tmp_path, weights):
    shown = " + ".join(map(str, weights))
    check(cli, write_env, tmp_path, MINIMAL + VS.format(routes=_routes(*weights)),
          f"env.yaml:11: virtual_services[0].http[0].route: route weights must sum to 100 (got {shown} = {sum(weights)})")


def test_a_weight_above_100_is_refused_on_its_own(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + VS.format(routes=_routes(101, 0)),
          "env.yaml:12: virtual_services[0].http[0].route[0].weight: Input should be less than or equal to 100 "
          "(got 101)")


def test_route_weights_of_exactly_100_are_accepted(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + VS.format(routes=_routes(99, 1)))
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r


@pytest.mark.parametrize("text, ns", [
    ("100ms", 100_000_000), ("1ms", 1_000_000), ("1m", 60_000_000_000), ("1m30s", 90_000_000_000),
    ("1.5h", 5_400_000_000_000), ("250us", 250_000), ("7ns", 7), ("2h1m1s1ms", 7_261_001_000_000),
])
def test_duration_units(text, ns):
    assert duration_ns(text) == ns


@pytest.mark.parametrize("value", ["1ms", "1000000ns", "1000us", "0.001s"])
def test_one_millisecond_is_the_smallest_duration_accepted(cli, write_env, tmp_path, value):
    config = write_env("env.yaml", MINIMAL + f"prometheus: {{interval: {value}}}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r


@pytest.mark.parametrize("value", ["999999ns", "0.5ms", "999us", "0ms"])
def test_below_one_millisecond_is_refused(cli, write_env, tmp_path, value):
    check(cli, write_env, tmp_path, MINIMAL + f"prometheus: {{interval: {value}}}\n",
          f"env.yaml:4: prometheus.interval: '{value}' is shorter than 1ms, the smallest duration Istio accepts")
