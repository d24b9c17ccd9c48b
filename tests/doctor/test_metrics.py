"""doctor metrics against the real Prometheus, scraping an exporter the test drives."""
from __future__ import annotations

import json
import threading
import time

import pytest

from otlp_istio.doctor import metrics
from otlp_istio.doctor.result import Status
from otlp_istio.metrics import Prometheus
from tests.support.procs import free_port, wait_until
from tests.support.prometheus import CounterExporter, PrometheusServer

pytestmark = pytest.mark.live

DEST = {"reporter": "destination", "destination_workload_namespace": "otlp-system",
        "destination_workload": "otlp-collector-v1", "response_code": "200",
        "connection_security_policy": "mutual_tls"}
TARGET = metrics.Target(namespace="otlp-system", workload="otlp-collector-.*", mtls_mode="STRICT",
                        sampling_percentage=10.0, min_success_rate=0.99, min_requests=100)


class Traffic:
    """Counters that grow while Prometheus scrapes them: per tick, ok / 5xx / plaintext requests and spans."""

    def __init__(self, exporter: CounterExporter, ok: int, errors: int = 0, plain: int = 0, spans: int = 5):
        self.exporter, self.ok, self.errors, self.plain, self.spans = exporter, ok, errors, plain, spans
        self._stop = threading.Event()
        for labels in self._series():
            exporter.set("istio_requests_total", labels[0], 0)
        exporter.set("otelcol_receiver_accepted_spans_total", {"receiver": "zipkin"}, 0)
        exporter.set("otelcol_receiver_refused_spans_total", {"receiver": "zipkin"}, 0)
        exporter.set("envoy_server_live", {"pod": "otlp-collector-v1-a"}, 1)
        exporter.set("envoy_server_live", {"pod": "otlp-collector-v1-b"}, 1)
        exporter.types.update({"istio_requests_total": "counter", "envoy_server_live": "gauge"})

    def _series(self):
        return [(DEST, self.ok), ({**DEST, "response_code": "503"}, self.errors),
                ({**DEST, "connection_security_policy": "none"}, self.plain)]

    def run(self):
        while not self._stop.is_set():
            for labels, n in self._series():
                self.exporter.add("istio_requests_total", labels, n)
            self.exporter.add("otelcol_receiver_accepted_spans_total", {"receiver": "zipkin"}, self.spans)
            time.sleep(0.3)

    def __enter__(self):
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self.thread.join(5)


def measured(prom_url: str, target=TARGET):
    """The check once Prometheus has enough samples of the growing counters to compute increases."""
    with Prometheus(prom_url) as prom:
        def ready():
            r = metrics.check(prom, target, window="1m")
            return r if r.data["requests"] and r.data["requests"] >= 100 and r.data["spans_accepted_per_second"] else None
        return wait_until(ready, 40, "Prometheus to see the traffic")


def test_healthy_mesh_is_ok_then_errors_fail(tmp_path):
    exporter = CounterExporter()
    with exporter, Traffic(exporter, ok=50), PrometheusServer(tmp_path, [exporter.target]) as server:
        r = measured(server.url)
        assert r.status is Status.OK, (r.summary, r.details)
        assert r.data["success_rate"] == 1.0 and r.data["mtls_share"] == 1.0
        assert (r.data["proxies_live"], r.data["proxies"]) == (2.0, 2.0)
        assert r.data["spans_accepted_per_second"] > 0
        assert "success 100.00%" in r.summary and "2/2 proxies live" in r.summary
    exporter = CounterExporter()
    with exporter, Traffic(exporter, ok=45, errors=5, plain=5), PrometheusServer(tmp_path / "b", [exporter.target]) as server:
        r = measured(server.url)
        assert r.status is Status.FAIL
        assert 0.85 < r.data["success_rate"] < 0.95
        assert any("success rate" in d and "under 99.00%" in d for d in r.details)
        assert any("used mTLS although the environment is STRICT" in d for d in r.details)
        assert r.next


def test_absent_series_are_named_and_unreachable_prometheus_fails(tmp_path, cli):
    exporter = CounterExporter()
    exporter.set("something_else", {}, 1)
    with exporter, PrometheusServer(tmp_path, [exporter.target]) as server:
        server.wait_for("something_else")
        with Prometheus(server.url) as prom:
            r = metrics.check(prom, TARGET)
        assert r.status is Status.WARN
        assert r.data["requests"] is None and r.data["proxies"] is None
        assert any("no istio_requests_total series for otlp-collector-.* in otlp-system" in d for d in r.details)
        assert any("no otelcol_receiver_accepted_spans series" in d for d in r.details)
        res = cli("doctor", "metrics", "--prometheus", server.url, "--namespace", "otlp-system",
                  "--workload", "otlp-collector-.*", "-H", "X-Scope-OrgID: prod", "-o", "json")
        assert res.code == 0, res
        [c] = json.loads(res.out)["checks"]
        assert c["id"] == "metrics" and c["status"] == "warn"
    res = cli("doctor", "metrics", "--prometheus", f"http://127.0.0.1:{free_port()}", "--namespace", "x",
              "--workload", "y")
    assert res.code == 1 and "FAIL metrics" in res.out and "connection refused" in res.out
    res = cli("doctor", "metrics", "--prometheus", "not a url", "--namespace", "x", "--workload", "y")
    assert res.code == 2
    res = cli("doctor", "metrics", "--prometheus", "http://127.0.0.1:1", "--namespace", "x", "--workload", "y",
              "-H", "X-Scope-OrgID prod")
    assert res.code == 2 and "'NAME: VALUE'" in res.err
