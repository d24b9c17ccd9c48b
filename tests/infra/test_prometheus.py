"""The real Prometheus that the canary and doctor tests use: it scrapes what the exporter serves."""
from __future__ import annotations

import pytest

from tests.support.prometheus import CounterExporter, PrometheusServer

pytestmark = pytest.mark.live


def test_prometheus_scrapes_and_rates_the_exporters_counters(tmp_path):
    labels = {"reporter": "destination", "destination_workload": "otlp-collector-v2", "response_code": "200"}
    with CounterExporter() as exporter:
        exporter.set("istio_requests_total", labels, 10)
        with PrometheusServer(tmp_path, [exporter.target]) as prom:
            first = prom.wait_for('istio_requests_total{destination_workload="otlp-collector-v2"}')
            assert first[0]["metric"]["response_code"] == "200"
            assert float(first[0]["value"][1]) == 10.0
            exporter.add("istio_requests_total", labels, 50)
            # a later scrape sees the new value: the counter the test controls is what Prometheus stores
            from tests.support.procs import wait_until
            wait_until(lambda: float(prom.query("istio_requests_total")[0]["value"][1]) == 60.0,
                       20, "the incremented counter to be scraped")
            increase = prom.query("increase(istio_requests_total[1m])")
            assert increase and float(increase[0]["value"][1]) > 0
    assert exporter.scrapes >= 2


def test_exporter_text_format_escapes_label_values():
    exporter = CounterExporter()
    try:
        exporter.types["requests"] = "counter"
        exporter.set("requests_total", {"path": 'a"b\\c'}, 1)
        assert exporter.render() == '# TYPE requests counter\nrequests_total{path="a\\"b\\\\c"} 1.0\n'
    finally:
        exporter.stop()
