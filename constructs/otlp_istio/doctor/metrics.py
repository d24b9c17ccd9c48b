"""metrics: the mesh seen from Prometheus.

Through the Prometheus client the canary uses (:mod:`otlp_istio.metrics`), over a window
(``5m`` by default), for the collector's workloads of one environment:

* request success rate: ``istio_requests_total`` as the collector's sidecars report it
  (``reporter="destination"``), 5xx counting as failures, as Flagger counts them;
* mTLS share: the part of those requests with ``connection_security_policy="mutual_tls"``;
* proxies up: ``envoy_server_live`` of every scraped sidecar;
* tracing: the sampling percentage the environment renders, and the spans the collector
  accepts and refuses (its own ``otelcol_receiver_accepted_spans`` / ``..._refused_spans``).

A series that is absent is said to be absent, with the usual reasons, never read as zero.
Too few requests to judge (the canary's ``min_request_count``) is a warning, not a failure:
the rule is to wait for traffic, not to condemn a quiet service.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .result import CheckResult, Problems, Status

ID = "metrics"
DESCRIPTION = "success rate, mTLS share, proxies up, spans accepted by the collector (Prometheus)"

# PromQL templates, kept apart from the decisions
SCOPE = 'reporter="destination",destination_workload_namespace="{ns}",destination_workload=~"{workload}"'
REQUESTS = "sum(increase(istio_requests_total{{" + SCOPE + "}}[{window}]))"
FAILED = "sum(increase(istio_requests_total{{" + SCOPE + ',response_code=~"5.*"}}[{window}]))'
MUTUAL = "sum(increase(istio_requests_total{{" + SCOPE + ',connection_security_policy="mutual_tls"}}[{window}]))'
PROXIES_LIVE = "sum(envoy_server_live)"
PROXIES_ALL = "count(envoy_server_live)"
SPANS_ACCEPTED = 'sum(rate({{__name__=~"otelcol_receiver_accepted_spans(_total)?"}}[{window}]))'
SPANS_REFUSED = 'sum(rate({{__name__=~"otelcol_receiver_refused_spans(_total)?"}}[{window}]))'


@dataclass
class Target:
    namespace: str
    workload: str  # a regex of destination_workload values
    mtls_mode: str | None = None
    sampling_percentage: float | None = None
    min_success_rate: float = 0.99
    min_requests: int = 100


def target_of(config) -> Target:
    """What to ask about for an environment: its collector Deployments and its own thresholds."""
    from ..config.derived import sampling_percentage
    min_success, min_requests = 0.99, 100
    if config.canary is not None:
        min_success = 1 - config.canary.success_criteria.max_error_rate
        min_requests = config.canary.success_criteria.min_request_count
    return Target(namespace=config.namespace, workload=f"{config.collector_service}-.*", mtls_mode=config.mtls.mode,
                  sampling_percentage=sampling_percentage(config.tracing.sampling_rate) if config.tracing.enabled else 0.0,
                  min_success_rate=min_success, min_requests=min_requests)


def _value(prom, promql: str) -> float | None:
    """The query's one number, or None when no series matched (absent, not zero)."""
    from ..metrics import PrometheusError
    try:
        return prom.scalar(promql)
    except PrometheusError as exc:
        if exc.kind == "no_data":
            return None
        raise


def check(prom, target: Target, *, window: str = "5m", env: str | None = None) -> CheckResult:
    from ..metrics import PrometheusError
    fmt = {"ns": target.namespace, "workload": target.workload, "window": window}
    queries = {"requests": REQUESTS.format(**fmt), "failed": FAILED.format(**fmt), "mutual_tls": MUTUAL.format(**fmt),
               "proxies_live": PROXIES_LIVE, "proxies": PROXIES_ALL,
               "spans_accepted": SPANS_ACCEPTED.format(**fmt), "spans_refused": SPANS_REFUSED.format(**fmt)}
    values: dict[str, float | None] = {}
    try:
        for key, q in queries.items():
            values[key] = _value(prom, q)
    except PrometheusError as exc:
        if exc.kind in ("url", "bad_query"):
            raise
        return CheckResult(id=ID, status=Status.FAIL, env=env, summary=f"Prometheus cannot be asked: {exc}",
                           next=["check the URL (the server's base URL, e.g. http://prometheus.monitoring:9090), or "
                                 "`kubectl -n <ns> port-forward svc/prometheus 9090` and use http://127.0.0.1:9090"],
                           data={"prometheus": prom.display, "error_kind": exc.kind, "queries": queries})
    problem = Problems()
    details, nexts = problem.details, problem.nexts

    who = f"{target.workload} in {target.namespace}"
    requests, failed, mutual = values["requests"], values["failed"], values["mutual_tls"]
    success = mtls_share = None
    if requests is None:
        problem(Status.WARN, f"no istio_requests_total series for {who} in the last {window}",
                "either no request reached the collector, or Prometheus does not scrape its sidecar "
                "(port 15090, /stats/prometheus): check the scrape config and `kubectl get pods` for istio-proxy")
        rate_text = "no request data"
    elif requests < target.min_requests:
        problem(Status.WARN, f"{requests:.0f} request(s) to {who} in the last {window}, fewer than the "
                f"{target.min_requests} needed to judge the success rate", "wait for traffic (or widen --window)")
        rate_text = f"{requests:.0f} requests (too few to judge)"
    else:
        success = max(0.0, 1 - (failed or 0.0) / requests)  # increase() extrapolates per series
        rate_text = f"success {success:.2%} of {requests:.0f} requests"
        if success < target.min_success_rate:
            problem(Status.FAIL, f"success rate {success:.2%} is under {target.min_success_rate:.2%} "
                    f"({(failed or 0):.0f} of {requests:.0f} requests answered 5xx)",
                    "look at the collector's logs and `otlp-istio doctor routes`; during a canary, roll back")
    if requests:
        mtls_share = min(1.0, (mutual or 0.0) / requests)
        if target.mtls_mode == "STRICT" and mtls_share < 0.995:
            problem(Status.WARN, f"only {mtls_share:.2%} of requests used mTLS although the environment is STRICT",
                    "`otlp-istio doctor mtls` shows which workloads are outside the mesh")
    live, total = values["proxies_live"], values["proxies"]
    if total is None:
        problem(Status.WARN, "no envoy_server_live series: Prometheus scrapes no sidecar",
                "add the sidecars' metrics endpoint (port 15090, path /stats/prometheus) to Prometheus' scrape config")
    elif live is not None and live < total:
        problem(Status.WARN, f"{total - live:.0f} of {total:.0f} proxies are not live",
                "`istioctl proxy-status`; the pods of not-live proxies are starting, draining or broken")
    accepted, refused = values["spans_accepted"], values["spans_refused"]
    if accepted is None:
        problem(Status.WARN, "no otelcol_receiver_accepted_spans series: the collector's own metrics are not scraped",
                "check the ServiceMonitor / prometheus.io annotations of the collector Service (`otlp-istio doctor "
                "routes` lists them) and that prometheus.enabled is on")
    elif refused:
        problem(Status.WARN, f"the collector refuses {refused:.2f} spans/s", "its memory_limiter or an exporter "
                "is failing: read the collector's logs")
    elif accepted == 0 and (target.sampling_percentage or 0) > 0 and requests:
        problem(Status.WARN, "the collector accepts no spans although requests flow and sampling is on",
                "run `otlp-istio doctor tracing` and `otlp-istio doctor span`")
    sampling = (f"{target.sampling_percentage:g} % rendered" if target.sampling_percentage is not None else "unknown")
    spans = f"{accepted:.2f} spans/s accepted" if accepted is not None else "spans not measured"
    proxies = f"{live:.0f}/{total:.0f} proxies live" if total is not None else "proxies not measured"
    mtls = f"mTLS {mtls_share:.0%}" if mtls_share is not None else "mTLS not measured"
    summary = f"{who}, last {window}: {rate_text}; {mtls}; {proxies}; tracing {sampling}, {spans}"
    data: dict[str, Any] = {"prometheus": prom.display, "window": window, "namespace": target.namespace,
                            "workload": target.workload, "requests": requests, "failed_requests": failed,
                            "success_rate": success, "min_success_rate": target.min_success_rate,
                            "mtls_share": mtls_share, "proxies_live": live, "proxies": total,
                            "sampling_percentage": target.sampling_percentage, "spans_accepted_per_second": accepted,
                            "spans_refused_per_second": refused, "queries": queries}
    return CheckResult(id=ID, status=problem.status, summary=summary, details=details, next=nexts, data=data, env=env)
