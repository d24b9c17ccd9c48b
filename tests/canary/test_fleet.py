"""``canary step --all``'s queries: one expression per metric for many rollouts (the answers from
the real Prometheus are tested in test_step_all_live.py)."""
from __future__ import annotations

from otlp_istio.canary.fleet import WINDOW_LABEL, Due, _alternatives, fleet_queries
from otlp_istio.canary.metrics import REPORTING, Workload


def due(ns: str, seconds: float, plane: str = "sidecar", latency: bool = False) -> Due:
    return Due(rollout=None, state=None, workload=Workload(ns, "otlp-collector-v2", REPORTING[plane]),
               seconds=seconds, with_latency=latency)


def test_one_part_per_window_and_data_plane_one_expression_per_metric():
    q = fleet_queries([due("otlp-a", 300.2), due("otlp-b", 299.9), due("otlp-c", 120), due("otlp-d", 120, "ambient")])
    assert set(q) == {"requests", "errors"}  # no latency bound: no latency query
    parts = q["requests"].split(" or ")
    assert len(parts) == 3
    assert parts[0] == (
        'label_replace(sum by (reporter,destination_workload_namespace,destination_workload) '
        '(increase(istio_requests_total{reporter="destination",destination_workload_namespace=~"otlp-c",'
        f'destination_workload=~"otlp-collector-v2"}}[120s])), "{WINDOW_LABEL}", "120", "", "")')
    assert 'reporter="waypoint",destination_workload_namespace=~"otlp-d"' in parts[1]
    assert 'destination_workload_namespace=~"otlp-a|otlp-b"' in parts[2] and "[300s]" in parts[2]
    assert q["errors"].count('response_code=~"5.."') == 3


def test_latency_only_for_parts_with_a_bound_grouped_by_bucket_too():
    q = fleet_queries([due("otlp-a", 60, latency=True), due("otlp-b", 90)])
    assert q["latency_p99_ms"].count("histogram_quantile") == 1
    assert "sum by (le,reporter,destination_workload_namespace,destination_workload) (rate(" in q["latency_p99_ms"]


def test_names_are_matched_literally():
    assert _alternatives(["b.x", "a", "a"]) == "a|b\\\\.x"  # the dot escaped once for the regex, once for the string
