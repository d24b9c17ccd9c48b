"""``canary watch``: step every interval until the rollout ends, with a live progress display.

On a terminal it draws (with rich) the weights, the last numbers Prometheus gave and the time
to the next step, refreshed every second; elsewhere (CI logs) it prints one line per step,
or one JSON object per step with ``-o json``.
"""
from __future__ import annotations

import json
import sys
import time
from typing import Callable, Optional

from .decision import Action
from .rollout import Outcome, Rollout, step
from .state import Phase

POLL_FLOOR = 1.0  # never ask more often than once a second


def _line(env: str, o: Outcome) -> str:
    s = o.state
    weights = f"{s.baseline_version} {s.baseline_weight} % / {s.canary_version} {s.canary_weight} %" if s else "-"
    commit = f" [{o.commit[:12]}]" if o.commit else ""
    return f"{time.strftime('%H:%M:%S', time.gmtime())} {env} {o.action.value:<8} {weights}{commit}: {o.reason}"


def _panel(env: str, o: Outcome, due_at: Optional[float]):
    from rich.panel import Panel
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    s = o.state
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    if s is not None:
        bar = ProgressBar(total=100, completed=s.canary_weight, width=40)
        table.add_row("weights", f"{s.baseline_version} {s.baseline_weight} %  /  "
                                 f"{s.canary_version} {s.canary_weight} %")
        table.add_row("canary", bar)
        table.add_row("phase", s.phase.value)
    m = o.metrics or (s.last_metrics if s else None)
    if m is not None:
        table.add_row("requests", f"{m.requests:.0f} in {m.window:.0f}s")
        table.add_row("error rate", f"{m.error_rate * 100:.2f} % ({m.errors:.0f} errors)")
    if due_at is not None:
        table.add_row("next step", f"in {max(0, due_at - time.time()):.0f}s")
    table.add_row("last", o.reason)
    return Panel(table, title=f"canary {env}", expand=False)


def watch(r: Rollout, read_metrics: Callable, *, deadline: Optional[float] = None, json_lines: bool = False,
          clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep) -> int:
    """Step until the rollout is finished; returns the exit code (0 Succeeded, 1 Failed / RolledBack / deadline)."""
    started = clock()
    live = None
    if sys.stdout.isatty() and not json_lines:
        from rich.live import Live
        live = Live(refresh_per_second=1, transient=False)
        live.start()
    try:
        while True:
            o = step(r, clock(), read_metrics)
            if json_lines:
                from ..errors import SCHEMA_VERSION
                from .report import outcome_dict
                print(json.dumps({"schema_version": SCHEMA_VERSION, **outcome_dict(r.env, o)}, sort_keys=True),
                      flush=True)
            elif live is None and (o.action is not Action.NONE or o.commit):
                print(_line(r.env, o), flush=True)
            phase = o.state.phase if o.state else None
            if phase is not None and phase.finished:
                if live is not None:
                    live.update(_panel(r.env, o, None))
                    live.stop()
                    live = None
                    print(_line(r.env, o))
                return 0 if phase is Phase.SUCCEEDED else 1
            due_at = o.next_due or (clock() + r.policy_of(o.state).interval)
            if deadline is not None and due_at > started + deadline:
                msg = f"{r.env}: deadline reached ({deadline:g}s) while {phase.value if phase else 'not started'}; " \
                      "the rollout goes on from where it is: run `canary watch` or `canary step` again"
                print(msg, file=sys.stderr)
                return 1
            while clock() < due_at:
                if live is not None:
                    live.update(_panel(r.env, o, due_at))
                sleep(min(POLL_FLOOR, max(0.05, due_at - clock())))
    finally:
        if live is not None:
            live.stop()
