"""The rollout state: one JSON file per environment in the environment repository.

Where: next to the environment's folder, never inside it. For ``--path clusters/{env}``
the state of ``staging`` is ``clusters/staging.canary.state``. Flux never reads it: it
is outside every Kustomization path that points at an environment folder, and its name
ends neither in ``.yaml``/``.yml`` nor ``.json``, so even a Kustomization on the parent
folder (whose kustomization Flux generates from the YAML and JSON files it finds) skips it.
``publish`` never deletes it (it rewrites the folder, not its siblings) except to
retire a promoted rollout.

The text is canonical JSON (keys sorted, two-space indent), so equal states are equal
bytes and ``git diff`` of a step reads well. Times are Unix seconds (floats) in the
file and ISO 8601 in every output. ``policy`` is the schedule and criteria the rollout was
started with (:mod:`.policy`): every later step follows it, whatever the file says meanwhile.
"""
from __future__ import annotations

import enum
import json
import posixpath
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from typing import Optional

from .policy import Policy

STATE_SUFFIX = ".canary.state"
FORMAT = 1


class Phase(str, enum.Enum):
    PROGRESSING = "Progressing"  # the canary takes a share that grows step by step
    WAITING = "Waiting"  # a step's outcome only (never stored): too few requests yet
    SUCCEEDED = "Succeeded"  # promoted: the canary takes 100 %
    FAILED = "Failed"  # a check failed: rolled back, the baseline takes 100 %
    ROLLED_BACK = "RolledBack"  # rolled back by hand

    @property
    def finished(self) -> bool:
        return self in (Phase.SUCCEEDED, Phase.FAILED, Phase.ROLLED_BACK)


@dataclass(frozen=True)
class Metrics:
    """What Prometheus said about the canary over a window of ``window`` seconds."""

    requests: float
    errors: float
    window: float
    latency_p99_ms: Optional[float] = None

    @property
    def error_rate(self) -> float:
        return self.errors / self.requests if self.requests > 0 else 0.0

    def to_dict(self) -> dict:
        d = {"requests": round(float(self.requests), 3), "errors": round(float(self.errors), 3),
             "error_rate": round(float(self.error_rate), 6), "window": round(float(self.window), 3)}
        if self.latency_p99_ms is not None:
            d["latency_p99_ms"] = round(float(self.latency_p99_ms), 3)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Metrics":
        return cls(requests=float(d["requests"]), errors=float(d["errors"]), window=float(d.get("window", 0)),
                   latency_p99_ms=d.get("latency_p99_ms"))


@dataclass(frozen=True)
class Event:
    """One committed decision, for ``status`` and its chart."""

    at: float
    phase: str
    canary_weight: int
    reason: str
    metrics: Optional[dict] = None


@dataclass(frozen=True)
class RolloutState:
    environment: str
    baseline_version: str
    canary_version: str
    phase: Phase
    canary_weight: int
    started_at: float
    last_step_at: float
    reason: str
    last_metrics: Optional[Metrics] = None
    history: tuple[Event, ...] = field(default_factory=tuple)
    policy: Optional[Policy] = None  # the schedule and criteria it was started with

    @property
    def baseline_weight(self) -> int:
        return 100 - self.canary_weight

    def advanced(self, *, phase: Phase, canary_weight: int, at: float, reason: str,
                 metrics: Optional[Metrics] = None) -> "RolloutState":
        """The state after a committed decision (its event appended to the history)."""
        event = Event(at=at, phase=phase.value, canary_weight=canary_weight, reason=reason,
                      metrics=metrics.to_dict() if metrics else None)
        return replace(self, phase=phase, canary_weight=canary_weight, last_step_at=at, reason=reason,
                       last_metrics=metrics if metrics is not None else self.last_metrics,
                       history=self.history + (event,))

    # ------------------------------------------------------------ text
    def to_json(self) -> bytes:
        d = asdict(self)
        d["format"] = FORMAT
        d["phase"] = self.phase.value
        d["last_metrics"] = self.last_metrics.to_dict() if self.last_metrics else None
        d["history"] = [{k: v for k, v in asdict(e).items() if v is not None} for e in self.history]
        if self.policy is None:
            del d["policy"]
        else:
            d["policy"] = self.policy.to_dict()
        return (json.dumps(d, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, where: str) -> "RolloutState":
        from .errors import CanaryError
        try:
            d = json.loads(data)
            if d.get("format") != FORMAT:
                raise ValueError(f"format {d.get('format')!r}, this otlp-istio reads format {FORMAT}")
            return cls(environment=d["environment"], baseline_version=d["baseline_version"],
                       canary_version=d["canary_version"], phase=Phase(d["phase"]),
                       canary_weight=int(d["canary_weight"]), started_at=float(d["started_at"]),
                       last_step_at=float(d["last_step_at"]), reason=d.get("reason", ""),
                       last_metrics=Metrics.from_dict(d["last_metrics"]) if d.get("last_metrics") else None,
                       history=tuple(Event(**e) for e in d.get("history", [])),
                       policy=Policy.from_dict(d["policy"]) if d.get("policy") else None)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CanaryError(f"the rollout state {where} is unreadable ({exc}); fix or delete it "
                              "in the environment repository") from None


def state_path(env_folder: str) -> str:
    """``clusters/staging`` → ``clusters/staging.canary.state`` (beside the folder, not in it)."""
    parent, name = posixpath.split(env_folder.rstrip("/"))
    return posixpath.join(parent, name + STATE_SUFFIX)


def iso(ts: Optional[float]) -> Optional[str]:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
