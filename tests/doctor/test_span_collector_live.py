"""doctor span against the real OpenTelemetry Collector: its zipkin and otlp receivers accept only
well-formed spans, and its own counters (otelcol_receiver_accepted_spans) prove the arrival."""
from __future__ import annotations

import re

import httpx
import pytest

from otlp_istio.doctor import span
from otlp_istio.doctor.result import Status
from tests.support.procs import Process, free_ports, wait_until
from tests.support.tools import tool

pytestmark = pytest.mark.live


def accepted(metrics_url: str) -> dict[str, float]:
    """receiver -> spans accepted, from the collector's own Prometheus endpoint."""
    out: dict[str, float] = {}
    for line in httpx.get(metrics_url, timeout=2).text.splitlines():
        m = re.match(r'otelcol_receiver_accepted_spans(?:_total)?\{([^}]*)\} (\S+)', line)
        if m:
            receiver = re.search(r'receiver="([^"]+)"', m.group(1)).group(1)
            out[receiver] = out.get(receiver, 0.0) + float(m.group(2))
    return out


@pytest.fixture(scope="module")
def collector(tmp_path_factory):
    d = tmp_path_factory.mktemp("otelcol")
    otlp, zipkin, metrics = free_ports(3)
    (d / "config.yaml").write_text(f"""\
receivers:
  otlp:
    protocols:
      http: {{endpoint: "127.0.0.1:{otlp}"}}
  zipkin: {{endpoint: "127.0.0.1:{zipkin}"}}
exporters:
  debug: {{verbosity: basic}}
service:
  telemetry:
    logs: {{level: warn}}
    metrics:
      level: detailed
      readers:
        - pull: {{exporter: {{prometheus: {{host: 127.0.0.1, port: {metrics}}}}}}}
  pipelines:
    traces: {{receivers: [otlp, zipkin], exporters: [debug]}}
""")
    with Process([tool("otelcol"), f"--config={d / 'config.yaml'}"], d / "otelcol.log") as proc:
        url = f"http://127.0.0.1:{metrics}/metrics"
        wait_until(lambda: (proc.assert_alive("otelcol"), httpx.get(url, timeout=1).status_code == 200)[1],
                   60, "the collector's metrics endpoint", log=d / "otelcol.log")
        yield {"otlp": f"http://127.0.0.1:{otlp}/v1/traces", "zipkin": f"http://127.0.0.1:{zipkin}/api/v2/spans",
               "metrics": url}


@pytest.mark.parametrize("protocol,encoding,receiver", [("zipkin", "json", "zipkin"),
                                                        ("otlp-http", "protobuf", "otlp"),
                                                        ("otlp-http", "json", "otlp")])
def test_the_collector_accepts_the_span_and_counts_it(collector, protocol, encoding, receiver):
    before = accepted(collector["metrics"]).get(receiver, 0.0)
    r = span.send(collector["zipkin" if protocol == "zipkin" else "otlp"], protocol, encoding)
    assert r.status is Status.OK, (r.summary, r.details)
    assert r.data["status_code"] in (200, 202)
    wait_until(lambda: accepted(collector["metrics"]).get(receiver, 0.0) == before + 1, 15,
               f"otelcol_receiver_accepted_spans{{receiver={receiver}}} to count the span")


def test_the_collector_refuses_a_span_sent_with_the_wrong_protocol(collector):
    # OTLP JSON to the Zipkin receiver: the collector cannot decode it, and doctor says so
    r = span.send(collector["zipkin"], "otlp-http", "json")
    assert r.status is Status.FAIL and r.data["status_code"] == 400
    assert "could not decode" in r.summary and r.details


def test_cli_span_against_the_collector(collector, cli):
    res = cli("doctor", "span", "--endpoint", collector["otlp"], "--protocol", "otlp-http")
    assert res.code == 0 and "ok   span" in res.out and "HTTP 200" in res.out, res
