"""The ``canary:`` section of the environment file: progressive delivery of the collector.

``models`` re-exports these classes. Cross-checks that need the whole file (a subset and a
Deployment for both versions, a route to shift) are in :mod:`.crossref`; what the settings
do is in ``otlp_istio.canary`` (git mode) and ``charts/flagger.py`` (Flagger mode).
"""

import enum
from typing import Optional
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .types import DnsLabel, Duration


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SuccessCriteria(Model):
    max_error_rate: float = Field(default=0.01, ge=0.0, le=1.0)  # share of 5xx responses
    min_request_count: int = Field(default=100, ge=0)  # requests a step needs before it is judged
    max_latency_p99: Optional[Duration] = None  # e.g. 500ms; checked only when set


# Every collector pod carries ``app.kubernetes.io/name: <collector_service>``; in flagger mode what
# must reach them all selects it. Flagger relabels its primary pods ``app: <collector>-primary``
# (``app`` is the first of its selector labels in our Deployments' selector); this label is on the
# pod template only, never in a selector, so Flagger copies it unchanged to primary and canary.
COLLECTOR_NAME_LABEL = "app.kubernetes.io/name"


class CanaryMode(str, enum.Enum):
    GIT = "git"  # otlp-istio steps the weights by commits (the `canary` commands)
    FLAGGER = "flagger"  # render a Flagger Canary; Flagger steps the weights in the cluster


class CanaryConfig(Model):
    """Progressive delivery of the collector from ``baseline_version`` to ``canary_version``."""

    baseline_version: DnsLabel
    canary_version: DnsLabel
    initial_weight: int = Field(default=5, ge=0, le=100)
    increment: int = Field(default=5, ge=1, le=100)
    interval: Duration = "5m"
    max_weight: int = Field(default=100, ge=1, le=100)
    max_wait: Optional[Duration] = None  # how long a step may wait for enough requests; default 10 intervals
    success_criteria: SuccessCriteria = Field(default_factory=SuccessCriteria)
    prometheus_url: Optional[str] = None
    prometheus_headers: dict[str, str] = Field(default_factory=dict)  # ${VAR} is read from the environment
    routes: list[str] = Field(default_factory=list)  # http route names to shift; default every collector route
    mode: CanaryMode = CanaryMode.GIT
    threshold: int = Field(default=1, ge=1)  # flagger mode: failed checks before Flagger rolls back

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
