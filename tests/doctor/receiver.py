"""A real HTTP receiver on loopback for the span test: it decodes what it receives and
accepts only well-formed spans (Zipkin v2 JSON, OTLP/HTTP JSON or protobuf)."""
from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HEX32, HEX16 = re.compile(r"^[0-9a-f]{32}$"), re.compile(r"^[0-9a-f]{16}$")


def _read_varint(buf: bytes, i: int) -> tuple[int, int]:
    shift = value = 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, i
        shift += 7


def decode_protobuf(buf: bytes) -> dict[int, list]:
    """One message level: field number -> values (bytes for length-delimited, ints otherwise)."""
    out: dict[int, list] = {}
    i = 0
    while i < len(buf):
        key, i = _read_varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _read_varint(buf, i)
        elif wire == 1:
            value, i = int.from_bytes(buf[i:i + 8], "little"), i + 8
        elif wire == 2:
            n, i = _read_varint(buf, i)
            value, i = buf[i:i + n], i + n
        elif wire == 5:
            value, i = int.from_bytes(buf[i:i + 4], "little"), i + 4
        else:
            raise ValueError(f"wire type {wire}")
        if i > len(buf):
            raise ValueError("truncated")
        out.setdefault(number, []).append(value)
    return out


def zipkin_spans(body: bytes) -> list[dict]:
    spans = json.loads(body)
    assert isinstance(spans, list) and spans
    for s in spans:
        assert HEX32.match(s["traceId"]) and HEX16.match(s["id"]), s
        assert s["name"] and isinstance(s["timestamp"], int) and s["duration"] >= 1
        assert s["localEndpoint"]["serviceName"]
    return spans


def otlp_json_spans(body: bytes) -> list[dict]:
    req = json.loads(body)
    out = []
    for rs in req["resourceSpans"]:
        assert any(a["key"] == "service.name" for a in rs["resource"]["attributes"])
        for ss in rs["scopeSpans"]:
            for s in ss["spans"]:
                assert HEX32.match(s["traceId"]) and HEX16.match(s["spanId"])
                assert int(s["endTimeUnixNano"]) > int(s["startTimeUnixNano"]) > 0
                out.append({"traceId": s["traceId"], "name": s["name"]})
    assert out
    return out


def otlp_protobuf_spans(body: bytes) -> list[dict]:
    out = []
    for rs in decode_protobuf(body)[1]:
        rs = decode_protobuf(rs)
        resource = decode_protobuf(rs[1][0])
        keys = [decode_protobuf(kv)[1][0] for kv in resource[1]]
        assert b"service.name" in keys
        for ss in rs[2]:
            for span in decode_protobuf(ss)[2]:
                s = decode_protobuf(span)
                assert len(s[1][0]) == 16 and len(s[2][0]) == 8
                assert s[8][0] > s[7][0] > 0
                out.append({"traceId": s[1][0].hex(), "name": s[5][0].decode()})
    assert out
    return out


class Receiver:
    """``with Receiver() as r``: r.url(path); r.received: [(path, content type, decoded spans)]."""

    def __init__(self, status: int | None = None, reply: bytes = b"", content_type: str = "text/plain"):
        self.received: list[tuple[str, str, list]] = []
        self.status, self.reply, self.content_type = status, reply, content_type
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                ctype = self.headers.get("Content-Type", "")
                if outer.status is not None:
                    return self._reply(outer.status, outer.reply)
                try:
                    if self.path == "/api/v2/spans" and ctype == "application/json":
                        spans, code = zipkin_spans(body), 202
                    elif self.path == "/v1/traces" and ctype == "application/json":
                        spans, code = otlp_json_spans(body), 200
                    elif self.path == "/v1/traces" and ctype == "application/x-protobuf":
                        spans, code = otlp_protobuf_spans(body), 200
                    else:
                        return self._reply(404, b"404 page not found\n")
                except (AssertionError, KeyError, ValueError, IndexError, TypeError) as exc:
                    return self._reply(400, f"malformed span: {exc!r}".encode())
                outer.received.append((self.path, ctype, spans))
                self._reply(code, b"{}" if code == 200 else b"")

            def _reply(self, code, body):
                self.send_response(code)
                self.send_header("Content-Type", outer.content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
