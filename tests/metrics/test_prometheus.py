"""The Prometheus client's failures, each a PrometheusError naming the URL and the cause.

These need no Prometheus: the server is absent, or something that is not Prometheus
answers (a proxy's error page, a slow server), played by a real loopback HTTP server.
The answers of a real Prometheus are tested in test_prometheus_live.py.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from otlp_istio.metrics import EXIT_UNREACHABLE, Prometheus, PrometheusError


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the with block ends: nothing listens


@contextmanager
def serving(status: int, body: bytes, content_type: str = "text/plain", delay: float = 0.0, seen=None):
    """A loopback HTTP server answering every GET with ``status`` and ``body``."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            if seen is not None:
                seen.append((self.path, dict(self.headers)))
            time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _fails(prom: Prometheus, kind: str) -> PrometheusError:
    with pytest.raises(PrometheusError) as info:
        prom.query("sum(up)")
    assert info.value.kind == kind, info.value
    assert not prom.is_online()
    return info.value


def test_connection_refused_names_the_url():
    url = f"http://127.0.0.1:{_closed_port()}"
    err = _fails(Prometheus(url), "refused")
    assert str(err) == f"Prometheus at {url}: connection refused (is Prometheus running, and is the port right?)"
    assert err.exit_code == EXIT_UNREACHABLE == 4


def test_unknown_host_is_a_dns_error():
    err = _fails(Prometheus("http://prometheus.does-not-exist.invalid:9090"), "dns")
    assert "cannot resolve host 'prometheus.does-not-exist.invalid'" in str(err)


def test_proxy_error_status_quotes_the_body():
    with serving(502, b"upstream prometheus is down\n") as url:
        err = _fails(Prometheus(url + "/prom/"), "http")
    assert "HTTP 502 Bad Gateway" in str(err)
    assert f"{url}/prom/api/v1/query" in str(err)
    assert "upstream prometheus is down" in str(err)


def test_something_else_than_prometheus_answers():
    with serving(200, b"<html><body>Grafana</body></html>", "text/html") as url:
        err = _fails(Prometheus(url), "response")
    assert "not a Prometheus API answer" in str(err) and "text/html" in str(err)


def test_slow_server_times_out():
    with serving(200, b"{}", delay=20.0) as url:
        started = time.monotonic()
        err = _fails(Prometheus(url, timeout=0.3), "timeout")
        assert time.monotonic() - started < 15  # gave up long before the server answers, however loaded the machine
    assert "no answer within 0.3s" in str(err)


def test_prometheus_own_errors_keep_their_message():
    body = json.dumps({"status": "error", "errorType": "execution",
                       "error": "query timed out in expression evaluation"})
    with serving(503, body.encode(), "application/json") as url:
        err = _fails(Prometheus(url), "query")
    assert "execution: query timed out in expression evaluation (HTTP 503)" in str(err)
    assert "query: sum(up)" in str(err)


@pytest.mark.parametrize("url", ["prometheus:9090", "ftp://prometheus", "http://"])
def test_not_an_http_url_is_a_usage_error(url):
    with pytest.raises(PrometheusError) as info:
        Prometheus(url)
    assert info.value.kind == "url" and info.value.exit_code == 2


def test_headers_are_sent_and_never_shown():
    seen: list = []
    with serving(500, b"boom", seen=seen) as url:
        prom = Prometheus(url, headers={"X-Scope-OrgID": "staging", "Authorization": "Bearer tok-123"})
        err = _fails(prom, "http")
    assert "tok-123" not in str(err) and "staging" not in str(err)
    path, headers = seen[0]
    assert path.startswith("/api/v1/query?query=sum%28up%29")
    assert headers["X-Scope-OrgID"] == "staging" and headers["Authorization"] == "Bearer tok-123"


def test_password_in_the_url_is_basic_auth_and_never_shown():
    seen: list = []
    with serving(500, b"boom", seen=seen) as url:
        err = _fails(Prometheus(url.replace("http://", "http://reader:s3cret@")), "http")
    assert "s3cret" not in str(err) and "reader:***@127.0.0.1" in str(err)
    assert seen[0][1]["Authorization"] == "Basic cmVhZGVyOnMzY3JldA=="  # reader:s3cret


@pytest.mark.parametrize("url, hint", [
    ("http://prometheus.istio-system:9090", "forward Prometheus (kubectl -n istio-system port-forward svc/prometheus "
                                            "9090) and pass --prometheus-url http://localhost:9090."),
    ("http://prometheus-server.monitoring.svc:80/prom/", "(kubectl -n monitoring port-forward svc/prometheus-server "
                                                         "9090:80) and pass --prometheus-url http://localhost:9090/prom."),
    ("https://thanos-query.obs.svc.cluster.local:10902", "(kubectl -n obs port-forward svc/thanos-query 10902) and "
                                                         "pass --prometheus-url https://localhost:10902."),
    ("http://prometheus", "forward Prometheus in the namespace the steps run in (kubectl port-forward "
                          "svc/prometheus 9090:80) and pass --prometheus-url http://localhost:9090."),
])
def test_the_port_forward_hint_is_built_from_the_url(url, hint):
    from otlp_istio.metrics import port_forward_hint
    assert hint in port_forward_hint(url)


@pytest.mark.parametrize("url", ["http://10.0.0.7:9090", "http://localhost:9090", "https://prometheus.example.com",
                                 "http://[::1]:9090"])
def test_no_port_forward_hint_for_what_is_no_service(url):
    from otlp_istio.metrics import port_forward_hint
    assert port_forward_hint(url) is None
