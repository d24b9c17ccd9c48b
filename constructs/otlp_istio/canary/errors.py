"""Errors of the canary commands. Usage-like problems (no canary configured, none started,
a second start) exit 2; an environment repository that cannot be read or updated exits 4
(publish's ``PublishError``); Prometheus that cannot answer exits 4 (``PrometheusError``)."""
from __future__ import annotations

from ..errors import UserError


class CanaryError(UserError):
    """A canary command cannot run in this state; nothing was committed."""
