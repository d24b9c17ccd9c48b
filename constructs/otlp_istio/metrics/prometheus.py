"""A Prometheus client for instant queries: ``GET <url>/api/v1/query``.

    prom = Prometheus("http://prometheus.monitoring:9090", headers={"X-Scope-OrgID": "staging"})
    prom.is_online()                 # True / False, never raises
    prom.check_online()              # None, or the PrometheusError saying why not
    prom.query('up{job="otlp"}')     # [Sample(labels={...}, value=1.0, timestamp=...)]
    prom.scalar("sum(up)")           # one float, or PrometheusError(kind="no_data")

Every failure is a :class:`PrometheusError` whose message names the URL and what went
wrong, with a ``kind`` a caller can branch on:

========== =====================================================================
kind       when
========== =====================================================================
url        the URL is not an http(s) URL (a usage error: exit 2)
dns        the host name does not resolve
refused    nothing listens on the host and port
timeout    no answer within ``timeout`` seconds
http       an HTTP error status that is not Prometheus' own (a proxy, a 404): status and body
response   an answer that is not the Prometheus API's JSON
bad_query  Prometheus refused the PromQL (``bad_data``): its own message (exit 2)
query      Prometheus failed to run the query (``execution``, ``timeout``, ``canceled`` ...)
no_data    :meth:`Prometheus.scalar` found no series
========== =====================================================================

Exit code: a Prometheus that cannot be asked (every kind but ``url`` and ``bad_query``)
exits with :data:`EXIT_UNREACHABLE` = 4, the code the commands use for an outside system
they depend on (the environment repository, Prometheus): nothing was committed.
"""
from __future__ import annotations

import math
import socket
from dataclasses import dataclass, field
from typing import Mapping, Optional, Union
from urllib.parse import urlsplit, urlunsplit

import httpx

from ..errors import EXIT_UNREACHABLE, EXIT_USAGE, UserError

DEFAULT_TIMEOUT = 10.0
_URL_QUERY_LIMIT = 2000  # characters of PromQL sent in the URL; longer ones are POSTed
_BODY_LIMIT = 500  # characters of an error body quoted in a message


def display_url(url: str) -> str:
    """``url`` without a password (``https://user:***@host``), for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, f"{parts.username}:***@{host}", parts.path, parts.query, parts.fragment))


def port_forward_hint(url: str) -> Optional[str]:
    """How to reach an in-cluster Prometheus at ``url`` from outside the cluster, or None when
    ``url`` does not name a Kubernetes Service (an IP address, a public name, localhost).

    ``http://prometheus-server.monitoring.svc:80/prom`` gives ``kubectl -n monitoring
    port-forward svc/prometheus-server 9090:80`` and ``--prometheus-url
    http://localhost:9090/prom``: the Service and namespace from the host (``name``,
    ``name.namespace``, ``name.namespace.svc[.cluster.local]``), the Service port from the URL,
    a local port above 1023 (the same one where it can be), the URL's path kept."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").rstrip(".")
    if not host or host == "localhost" or _is_ip(host):
        return None
    labels = host.split(".")
    in_cluster = len(labels) <= 2 or (len(labels) >= 3 and labels[2] == "svc")
    if not in_cluster:
        return None
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return None
    local = port if port >= 1024 else 9090
    namespace = f" -n {labels[1]}" if len(labels) >= 2 else ""
    forward = f"kubectl{namespace} port-forward svc/{labels[0]} {local}" + (f":{port}" if local != port else "")
    where = "" if namespace else " in the namespace the steps run in"
    return (f"Outside the cluster, forward Prometheus{where} ({forward}) and pass "
            f"--prometheus-url {parts.scheme}://localhost:{local}{parts.path.rstrip('/')}.")


def _is_ip(host: str) -> bool:
    import ipaddress
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


class PrometheusError(UserError):
    """Prometheus could not answer a query; ``kind`` says why (see the module docstring)."""

    def __init__(self, kind: str, url: str, message: str, *, query: Optional[str] = None):
        self.kind = kind
        self.url = url
        self.query = query
        code = EXIT_USAGE if kind in ("url", "bad_query") else EXIT_UNREACHABLE
        super().__init__(message, exit_code=code)

    def __str__(self) -> str:
        return self.render()  # the message alone (no empty "file:" prefix)


@dataclass(frozen=True)
class Sample:
    """One series of an instant vector (or the scalar, with no labels)."""

    labels: dict[str, str] = field(default_factory=dict)
    value: float = math.nan
    timestamp: float = 0.0


def _parse_value(pair) -> tuple[float, float]:
    ts, text = pair  # Prometheus writes [<unix time>, "<value as a string>"]
    return float(text), float(ts)


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost OS-level error below an httpx exception (gaierror, ConnectionRefusedError ...)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        cur = todo.pop()
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        if isinstance(cur, OSError):
            return cur
        todo.extend(x for x in (cur.__cause__, cur.__context__) if x is not None)
        todo.extend(a for a in getattr(cur, "args", ()) if isinstance(a, BaseException))
    return exc


class Prometheus:
    """Instant queries against one Prometheus (or anything serving its HTTP API: Thanos,
    Mimir, VictoriaMetrics) at ``url``, which may carry a path prefix
    (``https://mimir.example.net/prometheus``). ``headers`` go with every request
    (``Authorization``, ``X-Scope-OrgID``); their values never appear in messages."""

    def __init__(self, url: str, *, headers: Optional[Mapping[str, str]] = None,
                 timeout: float = DEFAULT_TIMEOUT):
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PrometheusError("url", url, f"Prometheus URL {url!r} is not an http(s) URL "
                                              "such as http://prometheus.monitoring:9090")
        self.url = url.strip().rstrip("/")
        self.display = display_url(self.url)
        self.headers = dict(headers or {})
        self.timeout = timeout
        self._client: Optional[httpx.Client] = None

    # ---------------------------------------------------------------- lifecycle
    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(headers=self.headers, timeout=self.timeout, follow_redirects=True)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> "Prometheus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------- queries
    def query(self, promql: str, at: Optional[float] = None) -> list[Sample]:
        """An instant query: a vector gives one :class:`Sample` per series (possibly none),
        a scalar gives one sample without labels. Results are sorted by labels."""
        data = self._get("/api/v1/query", {"query": promql, **({"time": f"{at:.3f}"} if at is not None else {})},
                         promql)
        kind, result = data.get("resultType"), data.get("result")
        try:
            if kind == "vector":
                samples = [Sample(labels=dict(s.get("metric", {})), value=_parse_value(s["value"])[0],
                                  timestamp=_parse_value(s["value"])[1]) for s in result]
                return sorted(samples, key=lambda s: sorted(s.labels.items()))
            if kind == "scalar":
                value, ts = _parse_value(result)
                return [Sample(labels={}, value=value, timestamp=ts)]
        except (KeyError, TypeError, ValueError) as exc:
            raise self._error("response", f"an unreadable {kind} ({exc})", promql) from None
        raise self._error("query", f"the query returned a {kind}, not an instant vector or scalar "
                                   "(a range selector needs a function such as rate() or sum_over_time())",
                          promql)

    def scalar(self, promql: str, at: Optional[float] = None) -> float:
        """The single number ``promql`` yields. No series is a ``no_data`` error (so a caller
        never mistakes "no data" for zero); several series are an error naming them."""
        samples = self.query(promql, at)
        if not samples:
            raise self._error("no_data", "no series matched", promql)
        if len(samples) > 1:
            shown = ", ".join("{" + ",".join(f'{k}="{v}"' for k, v in sorted(s.labels.items())) + "}"
                              for s in samples[:3])
            raise self._error("query", f"{len(samples)} series where one was expected ({shown}); "
                                       "aggregate them, e.g. with sum()", promql)
        return samples[0].value

    def check_online(self) -> None:
        """Raise the :class:`PrometheusError` that says why Prometheus cannot be queried, if it cannot."""
        value = self.scalar("vector(1)")
        if value != 1:
            raise self._error("response", f"vector(1) returned {value}, not 1", "vector(1)")

    def is_online(self) -> bool:
        """True when an instant query works (``vector(1)`` returns 1). Never raises."""
        try:
            self.check_online()
            return True
        except PrometheusError:
            return False

    # ---------------------------------------------------------------- transport
    def _error(self, kind: str, what: str, promql: Optional[str]) -> PrometheusError:
        text = f"Prometheus at {self.display}: {what}"
        if promql is not None and kind in ("bad_query", "query", "no_data", "response"):
            text += f"\n  query: {promql}"
        return PrometheusError(kind, self.display, text, query=promql)

    def _get(self, path: str, params: dict[str, str], promql: Optional[str]) -> dict:
        endpoint = self.url + path
        try:
            # a long query (``canary step --all`` asks for many rollouts at once) goes as a form, which
            # Prometheus' API takes as it takes the URL's parameters, with no limit on its length
            if len(params.get("query", "")) > _URL_QUERY_LIMIT:
                resp = self._http().post(endpoint, data=params)
            else:
                resp = self._http().get(endpoint, params=params)
        except httpx.TimeoutException:
            raise self._error("timeout", f"no answer within {self.timeout:g}s", promql) from None
        except httpx.InvalidURL as exc:
            raise self._error("url", f"invalid URL ({exc})", None) from None
        except httpx.TransportError as exc:
            root = _root_cause(exc)
            if isinstance(root, socket.gaierror):
                host = urlsplit(self.url).hostname
                raise self._error("dns", f"cannot resolve host {host!r} ({root.strerror or root})", None) from None
            if isinstance(root, ConnectionRefusedError):
                raise self._error("refused", "connection refused (is Prometheus running, "
                                             "and is the port right?)", None) from None
            raise self._error("refused", f"cannot connect ({root})", None) from None
        body: Union[dict, None]
        try:
            body = resp.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("status") == "error":
            etype, msg = body.get("errorType", ""), body.get("error", "")
            kind = "bad_query" if etype == "bad_data" else "query"
            raise self._error(kind, f"{'bad PromQL' if kind == 'bad_query' else etype or 'query failed'}: "
                                    f"{msg} (HTTP {resp.status_code})", promql)
        if resp.status_code >= 400:
            text = resp.text.strip().replace("\n", " ")
            if len(text) > _BODY_LIMIT:
                text = text[:_BODY_LIMIT] + "…"
            shown = endpoint.replace(self.url, self.display, 1)
            raise self._error("http", f"HTTP {resp.status_code} {resp.reason_phrase} from {shown}"
                                      + (f": {text}" if text else ""), None)
        if not isinstance(body, dict) or body.get("status") != "success" or not isinstance(body.get("data"), dict):
            snippet = resp.text.strip()[:200].replace("\n", " ")
            raise self._error("response", f"not a Prometheus API answer (HTTP {resp.status_code}, "
                                          f"content-type {resp.headers.get('content-type', 'none')}: {snippet!r}); "
                                          "is the URL the Prometheus server's base URL?", promql)
        return body["data"]
