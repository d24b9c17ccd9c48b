"""The real Prometheus (Debian package, bin/prometheus) on loopback, and an exporter tests control.

    exporter = CounterExporter()
    exporter.set("istio_requests_total", {"destination_workload": "otlp-collector-v2",
                                          "response_code": "200"}, 120)
    with exporter, PrometheusServer(tmp_path, [exporter.target]) as prom:
        prom.wait_for('istio_requests_total{destination_workload="otlp-collector-v2"}')
        ... prom.url ...
"""
from __future__ import annotations

import http.server
import threading
from pathlib import Path

import httpx

from .procs import Process, free_port, wait_until
from .tools import tool


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class CounterExporter:
    """A loopback HTTP server serving Prometheus' text format for samples the test sets.

    ``set(name, labels, value)`` adds or replaces one sample; ``add`` increments it;
    ``remove`` drops it (the series then goes stale in Prometheus). ``types`` may name a
    family's TYPE (counter, gauge, histogram); untyped otherwise.
    """

    def __init__(self, port: int | None = None):
        self._samples: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
        self._lock = threading.Lock()
        self.types: dict[str, str] = {}
        self.scrapes = 0
        exporter = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                if self.path.split("?")[0] != "/metrics":
                    self.send_error(404)
                    return
                body = exporter.render().encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; version=0.0.4")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                with exporter._lock:
                    exporter.scrapes += 1

            def log_message(self, *args):  # quiet
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", port or free_port()), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.target = f"127.0.0.1:{self.port}"
        self._thread: threading.Thread | None = None

    @staticmethod
    def _key(name: str, labels: dict[str, str] | None):
        return name, tuple(sorted((labels or {}).items()))

    def set(self, name: str, labels: dict[str, str] | None, value: float) -> None:
        with self._lock:
            self._samples[self._key(name, labels)] = float(value)

    def add(self, name: str, labels: dict[str, str] | None, delta: float) -> None:
        with self._lock:
            key = self._key(name, labels)
            self._samples[key] = self._samples.get(key, 0.0) + float(delta)

    def remove(self, name: str, labels: dict[str, str] | None = None) -> None:
        with self._lock:
            self._samples.pop(self._key(name, labels), None)

    def render(self) -> str:
        with self._lock:
            samples = sorted(self._samples.items())
        lines, typed = [], set()
        for (name, labels), value in samples:
            family = next((f for f in self.types if name == f or name.startswith(f + "_")), None)
            if family and family not in typed:
                lines.append(f"# TYPE {family} {self.types[family]}")
                typed.add(family)
            text = ",".join(f'{k}="{_escape(v)}"' for k, v in labels)
            lines.append(f"{name}{{{text}}} {value!r}" if text else f"{name} {value!r}")
        return "\n".join(lines) + "\n"

    def start(self) -> "CounterExporter":
        if self._thread is None:
            self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> "CounterExporter":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class PrometheusServer:
    """The real Prometheus on 127.0.0.1, scraping ``targets`` every ``scrape_interval``.

    Its config, data dir and log live under ``tmp_path``; ``stop()`` (or leaving the
    ``with``) ends the process it started and nothing else.
    """

    def __init__(self, tmp_path: Path, targets: list[str], scrape_interval: str = "1s",
                 port: int | None = None, job: str = "test", query_log: bool = False):
        self.dir = Path(tmp_path) / "prometheus"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = self.dir / "prometheus.yml"
        target_list = ", ".join(f'"{t}"' for t in targets)
        # with ``query_log``, Prometheus writes every query it answers to ``self.query_log`` (one JSON line each)
        self.query_log = self.dir / "queries.log" if query_log else None
        config.write_text(
            "global:\n"
            + (f"  query_log_file: {self.query_log}\n" if self.query_log else "")
            + f"  scrape_interval: {scrape_interval}\n"
            f"  evaluation_interval: {scrape_interval}\n"
            "scrape_configs:\n"
            f"  - job_name: {job}\n"
            f"    scrape_interval: {scrape_interval}\n"
            f"    static_configs:\n      - targets: [{target_list}]\n")
        self.args = [str(tool("prometheus")), f"--config.file={config}",
                     f"--storage.tsdb.path={self.dir / 'data'}",
                     f"--web.listen-address=127.0.0.1:{self.port}",
                     "--storage.tsdb.retention.time=1h", "--log.level=warn"]
        self.log = self.dir / "prometheus.log"
        self.process: Process | None = None

    def start(self, timeout: float = 60.0) -> "PrometheusServer":
        self.process = Process(self.args, self.log, cwd=self.dir)

        def ready():
            self.process.assert_alive("prometheus")
            return httpx.get(f"{self.url}/-/ready", timeout=2).status_code == 200

        wait_until(ready, timeout, "Prometheus to be ready", log=self.log)
        return self

    def query(self, promql: str) -> list[dict]:
        """The instant-query result (``data.result``) for ``promql``."""
        response = httpx.get(f"{self.url}/api/v1/query", params={"query": promql}, timeout=5)
        response.raise_for_status()
        return response.json()["data"]["result"]

    def wait_for(self, promql: str, timeout: float = 30.0) -> list[dict]:
        """Wait until ``promql`` returns at least one series (the exporter was scraped)."""
        return wait_until(lambda: self.query(promql), timeout, f"Prometheus series for {promql}",
                          interval=0.25, log=self.log)

    def logged_queries(self) -> list[str]:
        """The PromQL of every query answered so far (needs ``query_log``), oldest first."""
        import json
        if self.query_log is None or not self.query_log.exists():
            return []
        return [json.loads(line)["params"]["query"] for line in self.query_log.read_text().splitlines() if line]

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
            self.process = None

    def __enter__(self) -> "PrometheusServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
