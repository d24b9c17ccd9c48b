"""Small validated scalar types shared by the environment-file models."""
from __future__ import annotations

import re
from typing import Annotated, Callable, Literal, Optional

from pydantic import AfterValidator, BeforeValidator

from . import istio_checks

_DURATION_RE = re.compile(r"^(\d+(\.\d+)?(h|m|s|ms|us|µs|ns))+$")
_DURATION_UNITS_NS = {"h": 3_600_000_000_000, "m": 60_000_000_000, "s": 1_000_000_000,
                      "ms": 1_000_000, "us": 1_000, "µs": 1_000, "ns": 1}
_PART_RE = re.compile(r"(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)")


def duration_ns(text: str) -> int:
    """Nanoseconds of an Istio/Go duration string such as ``1m30s`` or ``100ms``."""
    return int(sum(float(n) * _DURATION_UNITS_NS[u] for n, u in _PART_RE.findall(text)))


def _check_duration(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError(
            f"a duration must be a string such as '30s', '5m' or '100ms' (got {value!r}); "
            "quote it in YAML")
    if not _DURATION_RE.match(value):
        raise ValueError(
            f"{value!r} is not a duration; write a number with a unit: h, m, s, ms, us or ns "
            "(for example '30s', '5m', '100ms', '1m30s')")
    if duration_ns(value) < 1_000_000:
        raise ValueError(f"{value!r} is shorter than 1ms, the smallest duration Istio accepts")
    return value


Duration = Annotated[str, BeforeValidator(_check_duration)]
"""An Istio duration string, at least 1ms: ``30s``, ``5m``, ``100ms``."""

_DNS1123_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def _check_label(value: str) -> str:
    if len(value) > 63 or not _DNS1123_LABEL.match(value):
        raise ValueError(
            f"{value!r} is not a valid name: use at most 63 lower-case letters, digits and '-', "
            "starting and ending with a letter or digit (RFC 1123 label)")
    return value


def _check_subdomain(value: str) -> str:
    if len(value) > 253 or not _DNS1123_SUBDOMAIN.match(value):
        raise ValueError(
            f"{value!r} is not a valid resource name: use lower-case letters, digits, '-' and '.', "
            "starting and ending with a letter or digit (RFC 1123 subdomain, at most 253 characters)")
    return value


DnsLabel = Annotated[str, AfterValidator(_check_label)]
ResourceName = Annotated[str, AfterValidator(_check_subdomain)]

_LABEL_NAME = re.compile(r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
                         r"[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$")
_LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")


def _check_labels(value: dict[str, str]) -> dict[str, str]:
    for k, v in value.items():
        if not _LABEL_NAME.match(k):
            raise ValueError(f"label key {k!r} is not a valid Kubernetes label name")
        if not _LABEL_VALUE.match(v):
            raise ValueError(
                f"label {k}={v!r}: a label value has at most 63 letters, digits, '-', '_' or '.', "
                "starting and ending with a letter or digit")
    return value


def _stringify_labels(value: object) -> object:
    # YAML reads `version: 1` as an int; labels are strings in Kubernetes.
    if isinstance(value, dict):
        return {k: (str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
                for k, v in value.items()}
    return value


Labels = Annotated[dict[str, str], BeforeValidator(_stringify_labels), AfterValidator(_check_labels)]

# Envoy's x-envoy-retry-on and x-envoy-retry-grpc-on conditions, which Istio's retryOn accepts
# (plus bare HTTP status codes, which Istio turns into retriable-status-codes).
ENVOY_RETRY_ON = (
    "5xx", "gateway-error", "reset", "reset-before-request", "connect-failure",
    "envoy-ratelimited", "retriable-4xx", "refused-stream", "retriable-status-codes",
    "retriable-headers", "http3-post-connect-failure",
    "cancelled", "deadline-exceeded", "internal", "resource-exhausted", "unavailable",
)


def _check_retry_on(value: str) -> str:
    parts = [p.strip() for p in value.split(",")]
    if not value.strip() or any(not p for p in parts):
        raise ValueError(f"{value!r}: give a comma-separated list of Envoy retry conditions "
                         f"({', '.join(ENVOY_RETRY_ON)}) or HTTP status codes")
    bad = [p for p in parts if p not in ENVOY_RETRY_ON and not (p.isdigit() and 100 <= int(p) <= 599)]
    if bad:
        raise ValueError(
            f"unknown retry condition{'s' if len(bad) > 1 else ''} {', '.join(repr(b) for b in bad)}; "
            f"allowed: {', '.join(ENVOY_RETRY_ON)}, or an HTTP status code such as 503")
    return ",".join(parts)


RetryOn = Annotated[str, AfterValidator(_check_retry_on)]


def _mtls_mode(value: object) -> object:
    if isinstance(value, str) and value.upper() in ("STRICT", "PERMISSIVE", "DISABLE", "UNSET"):
        return value.upper()
    return value


MtlsMode = Annotated[Literal["STRICT", "PERMISSIVE", "DISABLE", "UNSET"], BeforeValidator(_mtls_mode)]


def checked(check: Callable[[str], Optional[str]]) -> AfterValidator:
    """A validator from a check of :mod:`.istio_checks` (what is wrong, or None)."""
    def validate(value: str) -> str:
        problem = check(value)
        if problem is not None:
            raise ValueError(problem)
        return value
    return AfterValidator(validate)


NoPlaceholder = Annotated[str, checked(istio_checks.placeholder)]
"""Text rendered as written: ``${VAR}`` and ``$(VAR)`` are refused (nothing substitutes them)."""
