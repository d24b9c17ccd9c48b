"""span: send one real test span to a trace endpoint.

Protocols: Zipkin v2 JSON (``POST /api/v2/spans``, a JSON list of spans; receivers answer
202) and OTLP/HTTP (``POST /v1/traces``, an ``ExportTraceServiceRequest`` as protobuf or as
OTLP JSON; receivers answer 200, with ``partialSuccess`` when they rejected spans).

The span carries a fresh trace id, printed in the report, so it can be looked up in the
tracing backend afterwards. Each failure is named (DNS, connection refused, TLS, timeout,
not HTTP, HTTP 4xx / 5xx with the receiver's body) with what it usually means and what to try.
"""
from __future__ import annotations

import json
import os
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..errors import UserError
from .result import CheckResult, Status

ID = "span"
DESCRIPTION = "a real test span to the Zipkin or OTLP/HTTP endpoint: status code, latency, what a failure means"

SERVICE_NAME = "otlp-istio-doctor"
SPAN_NAME = "otlp-istio doctor span test"
PROTOCOLS = ("zipkin", "otlp-http")
ENCODINGS = ("json", "protobuf")


@dataclass(frozen=True)
class TestSpan:
    trace_id: bytes  # 16 bytes
    span_id: bytes  # 8 bytes
    start_ns: int
    end_ns: int

    @staticmethod
    def new() -> "TestSpan":
        end = time.time_ns()
        return TestSpan(os.urandom(16), os.urandom(8), end - 1_000_000, end)


# ---------------------------------------------------------------- encodings

def zipkin_json(s: TestSpan) -> bytes:
    span = {"traceId": s.trace_id.hex(), "id": s.span_id.hex(), "name": SPAN_NAME, "kind": "CLIENT",
            "timestamp": s.start_ns // 1000, "duration": max(1, (s.end_ns - s.start_ns) // 1000),
            "localEndpoint": {"serviceName": SERVICE_NAME}, "tags": {"otlp-istio.check": "span"}}
    return json.dumps([span]).encode()


def otlp_json(s: TestSpan) -> bytes:
    attr = lambda k, v: {"key": k, "value": {"stringValue": v}}  # noqa: E731
    req = {"resourceSpans": [{
        "resource": {"attributes": [attr("service.name", SERVICE_NAME)]},
        "scopeSpans": [{"scope": {"name": SERVICE_NAME}, "spans": [{
            "traceId": s.trace_id.hex(), "spanId": s.span_id.hex(), "name": SPAN_NAME, "kind": 3,
            "startTimeUnixNano": str(s.start_ns), "endTimeUnixNano": str(s.end_ns),
            "attributes": [attr("otlp-istio.check", "span")]}]}]}]}
    return json.dumps(req).encode()


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, wire: int, payload: bytes) -> bytes:
    key = _varint(number << 3 | wire)
    if wire == 2:
        return key + _varint(len(payload)) + payload
    return key + payload


def _msg(number: int, payload: bytes) -> bytes:
    return _field(number, 2, payload)


def _str(number: int, value: str) -> bytes:
    return _field(number, 2, value.encode())


def _kv(key: str, value: str) -> bytes:  # KeyValue{1 key, 2 AnyValue{1 string_value}}
    return _str(1, key) + _msg(2, _str(1, value))


def otlp_protobuf(s: TestSpan) -> bytes:
    """``ExportTraceServiceRequest`` in protobuf wire format (field numbers of opentelemetry-proto)."""
    span = (_field(1, 2, s.trace_id) + _field(2, 2, s.span_id) + _str(5, SPAN_NAME) + _field(6, 0, _varint(3))
            + _field(7, 1, s.start_ns.to_bytes(8, "little")) + _field(8, 1, s.end_ns.to_bytes(8, "little"))
            + _msg(9, _kv("otlp-istio.check", "span")))
    scope_spans = _msg(1, _str(1, SERVICE_NAME)) + _msg(2, span)
    resource = _msg(1, _kv("service.name", SERVICE_NAME))
    return _msg(1, _msg(1, resource) + _msg(2, scope_spans))


# ---------------------------------------------------------------- sending

def _cause_chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def classify(exc: Exception, host: str, port: int | None) -> tuple[str, str, str]:
    """(kind, what happened, what to do) for a failed request."""
    import httpx
    chain = list(_cause_chain(exc))
    where = f"{host}:{port}" if port else host
    if any(isinstance(e, socket.gaierror) for e in chain) or "Name or service not known" in str(exc) \
            or "nodename nor servname" in str(exc):
        return ("dns", f"DNS: {host} does not resolve from here",
                f"a cluster-internal name resolves only inside the cluster: run from a pod, or `kubectl -n <ns> "
                f"port-forward svc/<service> {port or ''}` and pass --endpoint http://127.0.0.1:{port or ''}...; "
                "outside, check the name")
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return ("tls", f"TLS handshake with {where} failed: {exc}",
                "the endpoint's TLS does not match: http:// vs https://, an untrusted CA (--ca-file), or a "
                "sidecar in STRICT mTLS in front of it (call it from inside the mesh)")
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in str(exc).lower():
        return ("refused", f"connection refused by {where}: nothing listens on that port",
                "check the port (Zipkin 9411, OTLP/HTTP 4318; 4317 is gRPC), that the receiver is enabled in the "
                "collector config, and that its pods are ready")
    if isinstance(exc, httpx.TimeoutException):
        return ("timeout", f"no answer from {where} within the timeout",
                "a firewall / NetworkPolicy drops the packets, or the receiver is overloaded: check the "
                "collector's logs and memory_limiter")
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ProtocolError)):
        return ("protocol", f"{where} did not speak HTTP/1.1 as expected: {exc}",
                "a gRPC port (4317) or a TLS port answered: use the OTLP/HTTP (4318) or Zipkin (9411) port, "
                "and https:// for TLS")
    return ("connection", f"request to {where} failed: {type(exc).__name__}: {exc}",
            "check the URL and that the endpoint is reachable from here")


HTTP_MEANING = {
    400: "the receiver could not decode the span (wrong protocol or encoding for this path?)",
    401: "the endpoint wants credentials", 403: "the endpoint refuses this client (an AuthorizationPolicy?)",
    404: "wrong path: Zipkin receives on /api/v2/spans, OTLP/HTTP on /v1/traces",
    405: "the path does not accept POST: wrong path or port",
    413: "the request is too large for the receiver", 415: "the receiver does not accept this content type",
    429: "the receiver is throttling (memory_limiter or a rate limit)",
    503: "the receiver is unavailable or refusing data (memory_limiter, pods not ready, no healthy upstream)",
}


def send(url: str, protocol: str, encoding: str = "json", *, timeout: float = 5.0,
         ca_file: str | None = None, span: TestSpan | None = None) -> CheckResult:
    import httpx
    if protocol not in PROTOCOLS:
        raise UserError(f"--protocol {protocol}: allowed: {', '.join(PROTOCOLS)}")
    if encoding not in ENCODINGS:
        raise UserError(f"--encoding {encoding}: allowed: {', '.join(ENCODINGS)}")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"--endpoint {url}: an http:// or https:// URL, e.g. http://127.0.0.1:9411/api/v2/spans")
    span = span or TestSpan.new()
    if protocol == "zipkin":
        body, ctype, encoding = zipkin_json(span), "application/json", "json"
    elif encoding == "json":
        body, ctype = otlp_json(span), "application/json"
    else:
        body, ctype = otlp_protobuf(span), "application/x-protobuf"
    data: dict[str, Any] = {"endpoint": url, "protocol": protocol, "encoding": encoding,
                            "trace_id": span.trace_id.hex(), "span_id": span.span_id.hex(),
                            "status_code": None, "latency_ms": None, "error_kind": None, "response_body": None}
    t0 = time.perf_counter()
    try:
        with httpx.Client(timeout=timeout, verify=ca_file or True, trust_env=False) as client:
            resp = client.post(url, content=body, headers={"Content-Type": ctype, "User-Agent": SERVICE_NAME})
    except (httpx.HTTPError, OSError, ssl.SSLError) as exc:
        kind, what, todo = classify(exc, parts.hostname, parts.port)
        data.update(error_kind=kind, latency_ms=round((time.perf_counter() - t0) * 1000, 1))
        return CheckResult(id=ID, status=Status.FAIL, summary=f"{protocol} span to {url}: {what}",
                           next=[todo], data=data)
    latency = round((time.perf_counter() - t0) * 1000, 1)
    text = resp.text[:2000]
    data.update(status_code=resp.status_code, latency_ms=latency, response_body=text or None)
    head = f"{protocol} ({encoding}) span to {url}: HTTP {resp.status_code} in {latency} ms"
    if 200 <= resp.status_code < 300:
        rejected = _rejected(resp, protocol)
        if rejected:
            data["error_kind"] = "rejected"
            return CheckResult(id=ID, status=Status.FAIL, summary=f"{head}, but the receiver rejected it: {rejected}",
                               next=["the receiver accepted the request but dropped the span: check its logs"], data=data)
        return CheckResult(id=ID, status=Status.OK, summary=f"{head}; trace id {span.trace_id.hex()}",
                           details=[f"look it up in the tracing backend: trace id {span.trace_id.hex()}, service "
                                    f"{SERVICE_NAME}"], data=data)
    meaning = HTTP_MEANING.get(resp.status_code) or ("the receiver failed" if resp.status_code >= 500
                                                    else "the receiver refused the request")
    data["error_kind"] = f"http-{resp.status_code // 100}xx"
    details = [f"response body: {text.strip()[:500]}"] if text.strip() else []
    return CheckResult(id=ID, status=Status.FAIL, summary=f"{head}: {meaning}", details=details,
                       next=["fix what the body says; for the collector, its logs say more "
                             "(`kubectl -n <ns> logs deploy/<collector>`)"], data=data)


def _fields(buf: bytes) -> dict[int, list]:
    """One level of a protobuf message: field number -> values (bytes or ints). Raises ValueError."""
    out: dict[int, list] = {}
    i = 0

    def varint() -> int:
        nonlocal i
        shift = value = 0
        while True:
            if i >= len(buf):
                raise ValueError("truncated varint")
            b = buf[i]
            i += 1
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7

    while i < len(buf):
        key = varint()
        wire = key & 7
        if wire == 0:
            value: Any = varint()
        elif wire == 2:
            n = varint()
            value, i = buf[i:i + n], i + n
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            value, i = int.from_bytes(buf[i:i + size], "little"), i + size
        else:
            raise ValueError(f"wire type {wire}")
        out.setdefault(key >> 3, []).append(value)
    return out


def _rejected(resp, protocol: str) -> str | None:
    """``partialSuccess`` of an OTLP answer (JSON or protobuf ``ExportTraceServiceResponse``)."""
    if protocol != "otlp-http":
        return None
    ctype = resp.headers.get("content-type", "")
    n, message = 0, ""
    try:
        if "json" in ctype:
            partial = resp.json().get("partialSuccess") or {}
            n, message = int(partial.get("rejectedSpans") or 0), str(partial.get("errorMessage") or "")
        elif "protobuf" in ctype and resp.content:
            partial = _fields(resp.content).get(1)
            if partial:
                inner = _fields(partial[0])
                n = int(inner.get(1, [0])[0])
                message = inner.get(2, [b""])[0].decode("utf-8", "replace")
    except (ValueError, AttributeError, TypeError, IndexError):
        return None
    if n:
        return f"{n} span(s) rejected: {message}".strip()
    return None


def rendered_endpoint(manifests) -> tuple[str, str]:
    """(URL, protocol) of the tracing provider the manifests render."""
    from . import tracing
    mesh = tracing.mesh_config(manifests.index)
    rules = tracing.tracing_rules(manifests.index)
    names = next((r.providers for r in rules if r.scope == "mesh-wide"), [])
    providers = mesh.providers
    for name in names or list(providers):
        p = providers.get(name)
        if p is None:
            continue
        if p.url is None:
            raise UserError(f"the rendered provider {name!r} is {p.protocol}, which this test cannot send; pass "
                            "--endpoint with an OTLP/HTTP (4318, /v1/traces) or Zipkin (9411) URL")
        return p.url, p.protocol
    raise UserError(f"{manifests.origin}: no tracing provider in the rendered mesh config; pass --endpoint URL "
                    "(and --protocol)")
