"""The ``canary:`` section of the environment file: progressive delivery of the collector.

``models`` re-exports these classes. Cross-checks that need the whole file (a subset and a
Deployment for both versions, a route to shift) are in :mod:`.crossref`; what the settings
do is in ``otlp_istio.canary`` (git mode) and ``charts/flagger.py`` (Flagger mode).
"""

import enum
from typing import Optional
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from .base import StrictModel
from .types import DnsLabel, Duration



class SuccessCriteria(StrictModel):
    max_error_rate: float = Field(default=0.01, ge=0.0, le=1.0,
                                  description="The highest error rate (share of 5xx responses) allowed, 0.0 to 1.0 "
                                              "(0.01 = 1 %).")
    min_request_count: int = Field(default=100, ge=0,
                                   description="The requests a step needs before it is judged.")
    max_latency_p99: Optional[Duration] = Field(
        default=None, description="The highest p99 latency allowed, e.g. `500ms` (not checked when unset).")


# Every collector pod carries ``app.kubernetes.io/name: <collector_service>``; in flagger mode what
# must reach them all selects it. Flagger relabels its primary pods ``app: <collector>-primary``
# (``app`` is the first of its selector labels in our Deployments' selector); this label is on the
# pod template only, never in a selector, so Flagger copies it unchanged to primary and canary.
COLLECTOR_NAME_LABEL = "app.kubernetes.io/name"


class CanaryMode(str, enum.Enum):
    GIT = "git"  # otlp-istio steps the weights by commits (the `canary` commands)
    FLAGGER = "flagger"  # render a Flagger Canary; Flagger steps the weights in the cluster


class CanaryConfig(StrictModel):
    """Progressive delivery of the collector from ``baseline_version`` to ``canary_version``."""

    baseline_version: DnsLabel = Field(description="The version label of the running collector.")
    canary_version: DnsLabel = Field(description="The version label of the new collector.")
    initial_weight: int = Field(default=5, ge=0, le=100,
                                description="The canary's first share of the traffic, in percent.")
    increment: int = Field(default=5, ge=1, le=100, description="The weight added at each step, in percent.")
    interval: Duration = Field(default="5m", description="The time between steps.")
    max_weight: int = Field(default=100, ge=1, le=100,
                            description="The highest canary weight before promotion (100: promote when the next "
                                        "step reaches 100).")
    max_wait: Optional[Duration] = Field(
        default=None, description="How long a step may wait for `min_request_count` requests before the canary "
                                  "fails (default: 10 intervals).")
    success_criteria: SuccessCriteria = Field(
        default_factory=SuccessCriteria,
        description="When a step succeeds: `{max_error_rate, min_request_count, max_latency_p99?}`.")
    prometheus_url: Optional[str] = Field(
        default=None, description="The Prometheus the canary commands ask (Istio's `istio_requests_total`).")
    prometheus_headers: dict[str, str] = Field(
        default_factory=dict, description="Request headers for Prometheus; `${VAR}` is read from the environment.")
    routes: list[str] = Field(
        default_factory=list, description="The names of the collector http routes to shift (default: every "
                                          "collector route).")
    mode: CanaryMode = Field(
        default=CanaryMode.GIT, description="`git`: the `otlp-istio canary` commands step the weights by commits; "
                                            "`flagger`: render a Flagger Canary and let Flagger step them.")
    threshold: int = Field(default=1, ge=1,
                           description="`flagger` mode: the failed checks before Flagger rolls back.")

    @model_validator(mode="after")
    def _versions_differ(self):
        if self.baseline_version == self.canary_version:
            raise ValueError(f"baseline_version and canary_version are both {self.baseline_version!r}; "
                             "a canary needs two different versions")
        if self.initial_weight > self.max_weight:
            raise ValueError(f"initial_weight ({self.initial_weight}) must not be greater than "
                             f"max_weight ({self.max_weight})")
        return self

    @field_validator("prometheus_url")
    @classmethod
    def _prometheus_url(cls, v: Optional[str]) -> Optional[str]:
        if v is not None:
            parts = urlsplit(v)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"{v!r} is not an http(s) URL such as http://prometheus.istio-system:9090")
        return v
