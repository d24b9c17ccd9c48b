"""Istio's webhook rules in the gate (validate/istio_rules.py): an empty traffic policy is
refused, at the rule, subset and port level; a policy with a setting passes."""
from __future__ import annotations

import pytest

from otlp_istio.validate.istio_rules import check, errors


def dr(**spec):
    return {"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
            "metadata": {"name": "r", "namespace": "default"}, "spec": {"host": "r", **spec}}


@pytest.mark.parametrize("spec, paths", [
    ({"trafficPolicy": {}}, ["spec.trafficPolicy"]),
    ({"subsets": [{"name": "v1", "labels": {"v": "1"}, "trafficPolicy": {}}]}, ["spec.subsets[0].trafficPolicy"]),
    ({"trafficPolicy": {"portLevelSettings": [{"port": {"number": 80}}]}},
     ["spec.trafficPolicy.portLevelSettings[0]"]),
    ({"trafficPolicy": {"tls": {"mode": "ISTIO_MUTUAL"}}}, []),
    ({"trafficPolicy": {"portLevelSettings": [{"port": {"number": 80}, "tls": {"mode": "DISABLE"}}]}}, []),
    ({}, []),
])
def test_empty_traffic_policies(spec, paths):
    assert [p for p, _ in errors(dr(**spec))] == paths


def test_findings_are_schema_violations_with_the_webhooks_reason():
    [f] = check(dr(trafficPolicy={}), file="dr.yaml", line=4)
    assert (f.code, f.resource, f.path, f.line) == ("OI0101", "DestinationRule r.default", "spec.trafficPolicy", 4)
    assert "at least one field" in f.message
    assert check({"kind": "DestinationRule", "apiVersion": "example.com/v1", "spec": {"trafficPolicy": {}}}) == []
