"""The Prometheus client against the real Prometheus, scraping an exporter the test controls."""
from __future__ import annotations

import math

import pytest

from otlp_istio.metrics import Prometheus, PrometheusError
from tests.support.prometheus import CounterExporter, PrometheusServer

pytestmark = pytest.mark.live

V2_OK = {"reporter": "destination", "destination_workload": "otlp-collector-v2", "response_code": "200"}
V2_ERR = {**V2_OK, "response_code": "503"}


@pytest.fixture(scope="module")
def prom(tmp_path_factory):
    with CounterExporter() as exporter:
        exporter.set("istio_requests_total", V2_OK, 990)
        exporter.set("istio_requests_total", V2_ERR, 10)
        with PrometheusServer(tmp_path_factory.mktemp("prom"), [exporter.target]) as server:
            server.wait_for('istio_requests_total{response_code="503"}')
            yield server


def test_online_and_a_vector_with_labels(prom):
    client = Prometheus(prom.url + "/")  # a trailing slash is fine
    assert client.is_online()
    client.check_online()
    samples = client.query('istio_requests_total{destination_workload="otlp-collector-v2"}')
    assert [(s.labels["response_code"], s.value) for s in samples] == [("200", 990.0), ("503", 10.0)]
    assert all(s.labels["job"] == "test" and s.timestamp > 0 for s in samples)


def test_scalar_of_an_aggregate_and_of_a_scalar(prom):
    client = Prometheus(prom.url)
    assert client.scalar('sum(istio_requests_total{response_code=~"5.."}) / sum(istio_requests_total)') == 0.01
    assert client.scalar("scalar(sum(istio_requests_total))") == 1000.0
    assert client.query("vector(2)")[0].labels == {}


def test_no_series_is_no_data_not_zero(prom):
    client = Prometheus(prom.url)
    assert client.query('istio_requests_total{destination_workload="nobody"}') == []
    with pytest.raises(PrometheusError) as info:
        client.scalar('sum(istio_requests_total{destination_workload="nobody"})')
    assert info.value.kind == "no_data" and info.value.exit_code == 4
    assert "no series matched" in str(info.value) and 'destination_workload="nobody"' in str(info.value)


def test_bad_promql_quotes_prometheus(prom):
    with pytest.raises(PrometheusError) as info:
        Prometheus(prom.url).query("sum(istio_requests_total")
    assert info.value.kind == "bad_query" and info.value.exit_code == 2
    assert "bad PromQL" in str(info.value) and "HTTP 400" in str(info.value)
    assert prom.url in str(info.value)


def test_several_series_where_one_is_expected(prom):
    with pytest.raises(PrometheusError) as info:
        Prometheus(prom.url).scalar("istio_requests_total")
    assert "2 series where one was expected" in str(info.value) and 'response_code="503"' in str(info.value)


def test_nan_comes_back_as_nan(prom):
    assert math.isnan(Prometheus(prom.url).scalar("vector(0) / vector(0)"))


def test_a_range_vector_is_refused_with_a_hint(prom):
    with pytest.raises(PrometheusError) as info:
        Prometheus(prom.url).query("istio_requests_total[1m]")
    assert "rate()" in str(info.value)
