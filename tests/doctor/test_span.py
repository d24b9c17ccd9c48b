"""doctor span: a real span to a real HTTP receiver on loopback, which decodes and checks it."""
from __future__ import annotations

import json
import socket
import threading

import pytest

from otlp_istio.doctor import span
from otlp_istio.doctor.result import Status
from otlp_istio.errors import UserError

from .receiver import Receiver


@pytest.mark.parametrize("protocol,encoding,path", [("zipkin", "json", "/api/v2/spans"),
                                                    ("otlp-http", "json", "/v1/traces"),
                                                    ("otlp-http", "protobuf", "/v1/traces")])
def test_span_arrives_decoded_with_the_reported_trace_id(protocol, encoding, path):
    with Receiver() as rx:
        r = span.send(rx.url(path), protocol, encoding)
    assert r.status is Status.OK, r
    assert r.data["status_code"] == (202 if protocol == "zipkin" else 200)
    assert r.data["latency_ms"] > 0
    [(got_path, _, spans)] = rx.received
    assert got_path == path
    assert [(s["traceId"], s["name"]) for s in spans] == [(r.data["trace_id"], span.SPAN_NAME)]
    assert r.data["trace_id"] in r.summary


def test_wrong_path_is_a_404_with_its_meaning_and_body():
    with Receiver() as rx:
        r = span.send(rx.url("/api/v1/spans"), "zipkin")
    assert r.status is Status.FAIL and r.data["status_code"] == 404 and r.data["error_kind"] == "http-4xx"
    assert "wrong path" in r.summary and "404 page not found" in r.details[0]
    assert r.next


def test_protocol_mismatch_is_a_400_the_receiver_explains():
    with Receiver() as rx:  # OTLP JSON sent to the Zipkin path is decoded as Zipkin and refused
        r = span.send(rx.url("/v1/traces").replace("/v1/traces", "/api/v2/spans"), "otlp-http", "json")
    assert r.status is Status.FAIL and r.data["status_code"] == 400
    assert "could not decode" in r.summary and "malformed span" in r.details[0]


def test_server_errors_and_partial_success():
    with Receiver(status=503, reply=b"data refused due to high memory usage") as rx:
        r = span.send(rx.url("/v1/traces"), "otlp-http")
    assert r.status is Status.FAIL and "memory_limiter" in r.summary and r.data["error_kind"] == "http-5xx"


@pytest.mark.parametrize("reply,ctype", [
    (b'{"partialSuccess": {"rejectedSpans": "1", "errorMessage": "span too old"}}', "application/json"),
    # ExportTraceServiceResponse{partial_success: {rejected_spans: 1, error_message: "span too old"}}
    (b"\x0a\x10\x08\x01\x12\x0cspan too old", "application/x-protobuf")])
def test_partial_success_is_a_rejected_span(reply, ctype):
    with Receiver(status=200, reply=reply, content_type=ctype) as rx:
        r = span.send(rx.url("/v1/traces"), "otlp-http", "protobuf" if "protobuf" in ctype else "json")
    assert r.status is Status.FAIL and r.data["error_kind"] == "rejected"
    assert "1 span(s) rejected: span too old" in r.summary


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_refused_dns_and_tls_are_named():
    r = span.send(f"http://127.0.0.1:{_free_port()}/api/v2/spans", "zipkin")
    assert r.status is Status.FAIL and r.data["error_kind"] == "refused" and "nothing listens" in r.summary
    r = span.send("http://no-such-collector.invalid:9411/api/v2/spans", "zipkin")
    assert r.data["error_kind"] == "dns" and "does not resolve" in r.summary and "port-forward" in r.next[0]
    with Receiver() as rx:  # https to a plain-HTTP port: the TLS handshake fails
        r = span.send(rx.url("/api/v2/spans").replace("http://", "https://"), "zipkin")
    assert r.data["error_kind"] == "tls", r


def test_timeout_and_not_http():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    conns = []

    def serve(reply: bytes | None):
        c, _ = srv.accept()
        conns.append(c)
        c.recv(65536)
        if reply is not None:
            c.sendall(reply)
            c.close()

    port = srv.getsockname()[1]
    try:
        t = threading.Thread(target=serve, args=(None,), daemon=True)
        t.start()
        r = span.send(f"http://127.0.0.1:{port}/api/v2/spans", "zipkin", timeout=0.5)
        assert r.data["error_kind"] == "timeout", r
        t = threading.Thread(target=serve, args=(b"\x00\x00\x12\x04\x00\x00\x00\x00\x00",), daemon=True)
        t.start()  # what a gRPC (HTTP/2) port answers
        r = span.send(f"http://127.0.0.1:{port}/v1/traces", "otlp-http", timeout=2)
        assert r.data["error_kind"] == "protocol", r
    finally:
        for c in conns:
            c.close()
        srv.close()


def test_bad_usage():
    with pytest.raises(UserError, match="allowed: zipkin, otlp-http"):
        span.send("http://127.0.0.1:1/", "grpc")
    with pytest.raises(UserError, match="an http:// or https:// URL"):
        span.send("127.0.0.1:9411", "zipkin")


def test_cli_span_default_endpoint_is_the_rendered_provider(cli, write_env):
    from tests.conftest import MINIMAL
    with Receiver() as rx:
        config = write_env("dev.yaml", MINIMAL + f"tracing: {{zipkin_endpoint: '{rx.url('/api/v2/spans')}'}}\n")
        res = cli("doctor", "span", "--config-dir", config, "-e", "dev", "-o", "json")
        assert res.code == 0, res
        [c] = json.loads(res.out)["checks"]
        assert c["id"] == "span" and c["data"]["endpoint"] == rx.url("/api/v2/spans")
        assert len(rx.received) == 1
        res = cli("doctor", "span", "--endpoint", rx.url("/nope"), "--protocol", "otlp-http")
        assert res.code == 1 and "FAIL span" in res.out and "next:" in res.out
