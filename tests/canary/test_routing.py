"""Who gets which weight: the collector routes of rendered files, weighted from a state."""
from __future__ import annotations

import pytest
import yaml

from otlp_istio.canary.errors import CanaryError
from otlp_istio.canary.routing import Target, has_deployment, reweight, subset_for, weights
from otlp_istio.config import load_environments
from otlp_istio.synth import render_all
from tests.conftest import ENVIRONMENTS

VS = "virtualservice-otlp-collector.yaml"
TARGET = Target(service="otlp-collector", namespace="otlp-system")


@pytest.fixture(scope="module")
def staging() -> dict[str, bytes]:
    return render_all(load_environments(ENVIRONMENTS, ["staging"]))["staging"]


def test_the_collector_route_is_split_between_the_two_subsets(staging):
    changed = reweight(staging, TARGET, "v1", "v2", 15)
    assert list(changed) == [VS]  # nothing else is touched
    http = yaml.safe_load(changed[VS])["spec"]["http"][0]
    assert http["route"] == [
        {"destination": {"host": "otlp-collector", "subset": "stable", "port": {"number": 4318}}, "weight": 85},
        {"destination": {"host": "otlp-collector", "subset": "canary", "port": {"number": 4318}}, "weight": 15}]
    assert http["timeout"] == "30s" and http["retries"]["attempts"] == 3  # the rest of the route is kept
    assert weights({**staging, **changed}, TARGET) == {"stable": 85, "canary": 15}
    assert weights(staging, TARGET) == {"stable": 100}


def test_the_output_is_canonical_and_stable(staging):
    once = reweight(staging, TARGET, "v1", "v2", 40)
    twice = reweight({**staging, **once}, TARGET, "v1", "v2", 40)
    assert twice == {}  # same weights: the file is byte for byte what it was
    text = once[VS].decode()
    assert text.startswith("apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n")


def test_subsets_are_found_by_version_label(staging):
    assert subset_for(staging, TARGET, "v1") == "stable" and subset_for(staging, TARGET, "v2") == "canary"
    with pytest.raises(CanaryError, match=r"selects version 'v9' \(subsets: stable \(version v1\), canary"):
        subset_for(staging, TARGET, "v9")
    assert has_deployment(staging, TARGET, "v2") and not has_deployment(staging, TARGET, "v9")


def test_only_the_named_routes_move(staging):
    with pytest.raises(CanaryError, match="no VirtualService route to the collector .* named traces"):
        reweight(staging, Target("otlp-collector", "otlp-system", ("traces",)), "v1", "v2", 10)
    with pytest.raises(CanaryError, match=r"DestinationRule \(other.otlp-system.svc.cluster.local\) selects"):
        reweight(staging, Target("other", "otlp-system"), "v1", "v2", 10)
