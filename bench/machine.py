"""What the benchmarks write about the machine they ran on: the load around the run.

This machine is shared; a figure measured at load average 12 is several times the one
measured at 1. Every results file says what the load was when its run started and ended,
so a reader (or the lead re-running it on a quiet machine) knows what the figures mean.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


def load_note(started: tuple[float, float, float]) -> str:
    """One sentence: the date and the load average (1, 5, 15 minutes) at start and at end."""
    ended = load_average()

    def fmt(load: tuple[float, float, float]) -> str:
        return " / ".join(f"{x:.2f}" for x in load)

    return (f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average (1 / 5 / 15 min) "
            f"{fmt(started)} when the run started, {fmt(ended)} when it ended "
            f"({os.cpu_count()} cores: above {os.cpu_count()}, wall times are inflated).")


_PEAK_RSS = (
    "import resource, subprocess, sys\n"
    "proc = subprocess.run(sys.argv[1:], capture_output=True)\n"
    "print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def peak_rss(cmd: list[str], env: dict | None = None, cwd=None) -> float:
    """MiB: the peak resident set of the largest process ``cmd`` runs (itself or a child,
    such as kubeconform or git), from a fresh parent whose only children they are."""
    out = subprocess.run([sys.executable, "-c", _PEAK_RSS, *map(str, cmd)], capture_output=True, text=True,
                         env=env, cwd=cwd, check=True)
    code, kib = out.stdout.split()
    if int(code) not in (0, 1):
        raise RuntimeError(f"{cmd}: exit {code}")
    return int(kib) / 1024  # KiB on Linux
