"""A rollout's schedule and success criteria: the numbers of ``canary:`` the decision needs.

``canary start`` records the policy in the rollout state, so a running rollout keeps the
schedule it was started with: editing ``interval`` or ``max_error_rate`` in the environment
file changes the next rollout, never one half done (a state written before the policy was
recorded falls back to the file's).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Optional

from ..config.types import duration_ns


@dataclass(frozen=True)
class Policy:
    """``canary:`` in seconds, milliseconds and fractions."""

    initial_weight: int = 5
    increment: int = 5
    max_weight: int = 100
    interval: float = 300.0
    max_wait: float = 3000.0
    max_error_rate: float = 0.01
    min_request_count: int = 100
    max_latency_p99_ms: Optional[float] = None

    @classmethod
    def from_config(cls, canary) -> "Policy":
        interval = duration_ns(canary.interval) / 1e9
        max_wait = duration_ns(canary.max_wait) / 1e9 if canary.max_wait else 10 * interval
        sc = canary.success_criteria
        latency = duration_ns(sc.max_latency_p99) / 1e6 if sc.max_latency_p99 else None
        return cls(initial_weight=canary.initial_weight, increment=canary.increment,
                   max_weight=canary.max_weight, interval=interval, max_wait=max(max_wait, interval),
                   max_error_rate=sc.max_error_rate, min_request_count=sc.min_request_count,
                   max_latency_p99_ms=latency)

    def to_dict(self) -> dict:
        return _typed(asdict(self))

    @classmethod
    def from_dict(cls, d: dict) -> "Policy":
        unknown = sorted(set(d) - {f.name for f in fields(cls)})
        if unknown:
            raise ValueError(f"unknown policy keys {', '.join(unknown)}")
        return cls(**_typed(dict(d)))

    def describe(self) -> str:
        """``+5 % every 5m up to 100 % while errors <= 1 %, p99 <= 500ms over >= 100 requests``."""
        p99 = f", p99 <= {self.max_latency_p99_ms:g}ms" if self.max_latency_p99_ms is not None else ""
        return (f"+{self.increment} % every {duration_text(self.interval)} up to {self.max_weight} % while "
                f"errors <= {self.max_error_rate * 100:g} %{p99} over >= {self.min_request_count} requests")


_INTS = ("initial_weight", "increment", "max_weight", "min_request_count")
_FLOATS = ("interval", "max_wait", "max_error_rate", "max_latency_p99_ms")


def _typed(d: dict) -> dict:
    """Counts as int, times and fractions as float: equal policies are equal JSON text."""
    for key in _INTS:
        if d.get(key) is not None:
            d[key] = int(d[key])
    for key in _FLOATS:
        if d.get(key) is not None:
            d[key] = float(d[key])
    return d


def duration_text(seconds: float) -> str:
    """``300`` → ``5m``, ``5400`` → ``1h30m``, ``2.5`` → ``2.5s`` (as the environment file writes them)."""
    if seconds != int(seconds) or seconds < 60:
        return f"{seconds:g}s"
    total, out = int(seconds), ""
    for unit, size in (("h", 3600), ("m", 60), ("s", 1)):
        if total >= size:
            out += f"{total // size}{unit}"
            total %= size
    return out
