"""The canary with routing gateway-api against the real Prometheus: the HTTPRoute weights step by
commits on a real bare repository while Istio-shaped counters flow (scrape every 1 s, steps every 3 s);
and the waypoint's series (reporter="waypoint", the destination workload from the endpoint, the
version "unknown") are the ones the ambient template reads."""
from __future__ import annotations

import time

import pytest

from otlp_istio.canary.metrics import REPORTING, CanaryMetrics, Workload
from otlp_istio.metrics import Prometheus, PrometheusError
from tests.support.prometheus import CounterExporter, PrometheusServer

from .conftest import edit_env, state_of, subjects
from .test_canary_live import NS, Traffic
from .test_rollout_gateway import V1, V2, everywhere, gateway_api

pytestmark = pytest.mark.live


def test_a_healthy_canary_is_promoted_on_the_routes_weights(tmp_path, cli, repo_args, bare_repo, config_dir):
    exporter = CounterExporter().start()
    prom = PrometheusServer(tmp_path, [exporter.target]).start()
    try:
        def fast(d):
            gateway_api(d)
            d["canary"].update(interval="3s", increment=25, max_wait="7s", prometheus_url=prom.url,
                               success_criteria={"max_error_rate": 0.01, "min_request_count": 50})
        edit_env(config_dir, "staging", fast)
        assert cli("publish", "-e", "staging", "--out", str(tmp_path / "dist"), *repo_args).code == 0
        with Traffic(exporter, v2_rps=100, v2_error_share=0.002):
            prom.wait_for('istio_requests_total{destination_workload="otlp-collector-v1"}')
            assert cli("canary", "start", "-e", "staging", *repo_args).code == 0
            assert everywhere(bare_repo) == {((V1, 95), (V2, 5))}
            r = cli("canary", "watch", "-e", "staging", "--deadline", "90s", *repo_args)
        assert r.code == 0, r
        assert everywhere(bare_repo) == {((V1, 0), (V2, 100))}
        assert subjects(bare_repo)[:2] == ["canary staging: promote v2 (100 %)", "canary staging: 55 % -> 80 %"]
        assert state_of(bare_repo)["phase"] == "Succeeded"
    finally:
        prom.stop()
        exporter.stop()


def test_the_ambient_template_reads_the_waypoints_series(tmp_path):
    def waypoint(version: str, code: str) -> dict:
        return {"reporter": "waypoint", "destination_workload_namespace": NS,
                "destination_workload": f"otlp-collector-{version}", "destination_version": "unknown",
                "destination_canonical_revision": version, "response_code": code}

    exporter = CounterExporter().start()
    prom = PrometheusServer(tmp_path, [exporter.target]).start()
    try:
        exporter.set("istio_requests_total", waypoint("v2", "200"), 0)
        exporter.set("istio_requests_total", waypoint("v2", "503"), 0)
        # the same requests seen by the sidecar template's series would be reporter="destination": none here
        prom.wait_for('istio_requests_total{reporter="waypoint"}')
        t0 = time.time()
        for _ in range(8):
            exporter.add("istio_requests_total", waypoint("v2", "200"), 99)
            exporter.add("istio_requests_total", waypoint("v2", "503"), 1)
            time.sleep(1)
        prom.wait_for('istio_requests_total{reporter="waypoint",response_code="503"} > 5')
        now = time.time() + 1
        ambient = CanaryMetrics(Prometheus(prom.url), Workload(NS, "otlp-collector-v2", REPORTING["ambient"]))
        m = ambient.read(t0 - 2, now)
        assert m.requests > 300 and 0.005 < m.errors / m.requests < 0.02
        sidecar = CanaryMetrics(Prometheus(prom.url), Workload(NS, "otlp-collector-v2", REPORTING["sidecar"]))
        with pytest.raises(PrometheusError, match="with reporter=destination: it does not scrape the collector's sidecars"):
            sidecar.read(t0 - 2, now)
    finally:
        prom.stop()
        exporter.stop()
