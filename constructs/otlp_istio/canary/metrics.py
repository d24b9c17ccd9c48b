"""The canary's metrics from Istio's standard telemetry: query templates and the provider.

Istio's proxies count every request in ``istio_requests_total`` with its ``response_code``;
which series count a version's requests (the reporter, the labels naming the workload
``<collector>-<version>``) depends on the data plane: :mod:`otlp_istio.config.reporting`. The window is the time since the last committed step, so the requests of a step add up while
it waits for enough.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from typing import Mapping, Optional

from ..config.reporting import REPORTING, Reporting, reporting_for  # noqa: F401 - the canary's templates read them
from ..metrics import Prometheus, PrometheusError
from .errors import CanaryError
from .state import Metrics

REQUESTS = "sum(increase(istio_requests_total{{{selector}}}[{window}s]))"
ERRORS = 'sum(increase(istio_requests_total{{{selector},response_code=~"5.."}}[{window}s]))'
LATENCY_P99 = ("histogram_quantile(0.99, sum by (le) "
               "(rate(istio_request_duration_milliseconds_bucket{{{selector}}}[{window}s])))")
ANY_TELEMETRY = "count(istio_requests_total{{{selector}}})"

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """``${VAR}`` in header values is read from the environment (so a token stays out of the file)."""
    out, missing = {}, []
    for name, value in headers.items():
        def sub(m):
            if m.group(1) not in os.environ:
                missing.append(m.group(1))
                return ""
            return os.environ[m.group(1)]
        out[name] = _VAR.sub(sub, value)
    if missing:
        raise CanaryError(f"canary.prometheus_headers uses {', '.join(sorted(set(missing)))}, "
                          "which the environment does not set")
    return out


@dataclass(frozen=True)
class Workload:
    namespace: str
    name: str  # the Deployment: <collector>-<version>
    reporting: Reporting = REPORTING["sidecar"]

    def selector(self) -> str:
        return self.reporting.selector(self.namespace, self.name)

    def any_telemetry(self) -> str:
        return ANY_TELEMETRY.format(selector=self.reporting.selector(self.namespace))


def _value(prom: Prometheus, promql: str, at: float) -> Optional[float]:
    """The number, or None when no series matched (no request at all)."""
    samples = prom.query(promql, at)
    if not samples:
        return None
    return sum(s.value for s in samples)


class CanaryMetrics:
    """What the decision needs, from one Prometheus."""

    def __init__(self, prom: Prometheus, workload: Workload, with_latency: bool = False):
        self.prom = prom
        self.workload = workload
        self.with_latency = with_latency

    def queries(self, window: float) -> dict[str, str]:
        w = max(1, int(round(window)))
        sel = self.workload.selector()
        out = {"requests": REQUESTS.format(selector=sel, window=w),
               "errors": ERRORS.format(selector=sel, window=w)}
        if self.with_latency:
            out["latency_p99_ms"] = LATENCY_P99.format(selector=sel, window=w)
        return out

    def read(self, since: float, now: float) -> Metrics:
        """The canary's requests, errors (5xx) and p99 latency between ``since`` and ``now``."""
        window = max(1.0, now - since)
        q = self.queries(window)
        requests = _value(self.prom, q["requests"], now)
        if requests is None:
            # No series for the canary: a quiet canary (0 requests) if Istio's telemetry is there at
            # all, a Prometheus that does not have it otherwise (which waiting would never fix).
            present = _value(self.prom, self.workload.any_telemetry(), now)
            if not present:
                r = self.workload.reporting
                raise PrometheusError(
                    "no_data", self.prom.display,
                    f"Prometheus at {self.prom.display} has no istio_requests_total series for namespace "
                    f"{self.workload.namespace!r} with reporter={r.reporter}: it does not scrape {r.proxies}, or "
                    f"the namespace is wrong\n  query: {self.workload.any_telemetry()}",
                    query=q["requests"])
            requests = 0.0
        errors = _value(self.prom, q["errors"], now) or 0.0
        latency = None
        if self.with_latency:
            latency = _value(self.prom, q["latency_p99_ms"], now)
            if latency is not None and math.isnan(latency):
                latency = None
        return Metrics(requests=_clean(requests), errors=_clean(errors), window=window, latency_p99_ms=latency)


def _clean(x: float) -> float:
    return 0.0 if math.isnan(x) else x
