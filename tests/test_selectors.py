"""The one label-selector matcher (otlp_istio.selectors) the analyzer and the gate share."""
from __future__ import annotations

import pytest

from otlp_istio.selectors import label_selector_matches, map_selects

POD = {"app": "otlp-collector", "version": "v1", "tier": "obs"}


@pytest.mark.parametrize("selector, expected", [
    ({}, True),
    ({"app": "otlp-collector"}, True),
    ({"app": "otlp-collector", "version": "v1"}, True),
    ({"app": "otlp-collector", "version": "v2"}, False),
    ({"missing": ""}, False),
])
def test_a_label_map_selects_when_every_pair_is_among_the_labels(selector, expected):
    assert map_selects(selector, POD) is expected


@pytest.mark.parametrize("selector, expected", [
    (None, True),
    ({}, True),
    ({"matchLabels": {"app": "otlp-collector"}}, True),
    ({"matchLabels": {"app": "other"}}, False),
    ({"matchExpressions": [{"key": "version", "operator": "In", "values": ["v1", "v2"]}]}, True),
    ({"matchExpressions": [{"key": "version", "operator": "In", "values": ["v2"]}]}, False),
    ({"matchExpressions": [{"key": "absent", "operator": "In", "values": ["x"]}]}, False),
    ({"matchExpressions": [{"key": "version", "operator": "NotIn", "values": ["v2"]}]}, True),
    ({"matchExpressions": [{"key": "version", "operator": "NotIn", "values": ["v1"]}]}, False),
    ({"matchExpressions": [{"key": "absent", "operator": "NotIn", "values": ["x"]}]}, True),
    ({"matchExpressions": [{"key": "tier", "operator": "Exists"}]}, True),
    ({"matchExpressions": [{"key": "absent", "operator": "Exists"}]}, False),
    ({"matchExpressions": [{"key": "absent", "operator": "DoesNotExist"}]}, True),
    ({"matchExpressions": [{"key": "tier", "operator": "DoesNotExist"}]}, False),
    # both parts must hold
    ({"matchLabels": {"app": "otlp-collector"},
      "matchExpressions": [{"key": "tier", "operator": "DoesNotExist"}]}, False),
    # what Kubernetes refuses selects nothing
    ({"matchExpressions": [{"key": "tier", "operator": "Equals", "values": ["obs"]}]}, False),
    ({"matchExpressions": ["tier"]}, False),
    ("app=otlp-collector", False),
])
def test_a_label_selector_matches_as_kubernetes_does(selector, expected):
    assert label_selector_matches(selector, POD) is expected


def test_label_values_compare_as_text():
    assert label_selector_matches({"matchLabels": {"major": 1}}, {"major": "1"})
    assert label_selector_matches({"matchExpressions": [{"key": "major", "operator": "In", "values": [1]}]},
                                  {"major": "1"})


def test_labels_that_are_no_mapping_are_no_labels():
    assert label_selector_matches({"matchLabels": {"app": "x"}}, None) is False
    assert label_selector_matches({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}, ["app"]) is True


def test_values_that_are_no_list_are_no_values():
    # "obs" is not a list of values: In matches nothing (its letters are not values)
    assert label_selector_matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": "obs"}]},
                                  {"tier": "o"}) is False
