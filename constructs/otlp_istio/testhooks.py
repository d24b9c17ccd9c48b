"""Test hooks at named steps, so a test can stop or kill a real process at an exact point.

``OTLP_ISTIO_TEST_TRACE`` (a file) records each step reached, one ``<pid> <step>`` line;
``OTLP_ISTIO_TEST_PAUSE=step:seconds[,step:seconds]`` sleeps at those steps, ending early
once the file named by ``OTLP_ISTIO_TEST_RELEASE`` exists. Outside tests none of these
variables is set and :func:`checkpoint` does nothing.
"""
from __future__ import annotations

import os
import time


def checkpoint(step: str) -> None:
    trace = os.environ.get("OTLP_ISTIO_TEST_TRACE")
    if trace:
        with open(trace, "a") as fh:
            fh.write(f"{os.getpid()} {step}\n")
    pauses = os.environ.get("OTLP_ISTIO_TEST_PAUSE")
    if pauses:
        for item in pauses.split(","):
            name, _, seconds = item.partition(":")
            if name.strip() == step:
                _pause(float(seconds or 0), os.environ.get("OTLP_ISTIO_TEST_RELEASE"))


def _pause(seconds: float, release: str | None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if release and os.path.exists(release):
            return
        time.sleep(min(0.02, max(0.0, deadline - time.monotonic())))
