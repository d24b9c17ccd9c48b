"""The canary's PromQL (Istio's standard metric and labels) and request headers from the environment."""
from __future__ import annotations

import pytest

from otlp_istio.canary.errors import CanaryError
from otlp_istio.canary.metrics import CanaryMetrics, Workload, expand_headers
from otlp_istio.metrics import Prometheus


def test_queries_select_the_canary_workload_on_the_server_side():
    q = CanaryMetrics(Prometheus("http://prom:9090"), Workload("otlp-system", "otlp-collector-v2"),
                      with_latency=True).queries(299.6)
    sel = ('reporter="destination",destination_workload_namespace="otlp-system",'
           'destination_workload="otlp-collector-v2"')
    assert q["requests"] == f"sum(increase(istio_requests_total{{{sel}}}[300s]))"
    assert q["errors"] == f'sum(increase(istio_requests_total{{{sel},response_code=~"5.."}}[300s]))'
    assert q["latency_p99_ms"] == ("histogram_quantile(0.99, sum by (le) "
                                   f"(rate(istio_request_duration_milliseconds_bucket{{{sel}}}[300s])))")


def test_header_values_read_variables_from_the_environment(monkeypatch):
    monkeypatch.setenv("PROM_TOKEN", "t0k")
    assert expand_headers({"Authorization": "Bearer ${PROM_TOKEN}", "X-Scope-OrgID": "staging"}) == \
        {"Authorization": "Bearer t0k", "X-Scope-OrgID": "staging"}
    monkeypatch.delenv("PROM_TOKEN")
    with pytest.raises(CanaryError, match="uses PROM_TOKEN, which the environment does not set"):
        expand_headers({"Authorization": "Bearer ${PROM_TOKEN}"})


def test_the_reporter_and_the_labels_that_name_the_version_follow_the_data_plane():
    from otlp_istio.canary.metrics import REPORTING, reporting_for
    from otlp_istio.config.models import EnvironmentConfig

    waypoint = Workload("otlp-system", "otlp-collector-v2", REPORTING["ambient"])
    q = CanaryMetrics(Prometheus("http://prom:9090"), waypoint).queries(60)
    # a waypoint reports the endpoint's workload (not its version: "unknown" there)
    assert q["requests"] == ('sum(increase(istio_requests_total{reporter="waypoint",destination_workload_namespace='
                             '"otlp-system",destination_workload="otlp-collector-v2"}[60s]))')
    assert waypoint.any_telemetry() == ('count(istio_requests_total{reporter="waypoint",'
                                        'destination_workload_namespace="otlp-system"})')
    config = EnvironmentConfig.model_validate({"istio_version": "1.30.0", "collector_service": "c", "namespace": "n"})
    assert reporting_for(config) is REPORTING["sidecar"]  # an environment without data_plane: sidecars
