"""``canary status``: the phase, the weights, whether the rollout is complete or has failed, as
text, JSON or Markdown. The Markdown form, for a pull request or a chat message, draws the history (the
canary's weight and error rate per step) as a Mermaid chart, which GitHub and GitLab render.
"""
from __future__ import annotations

from typing import Optional

from .decision import Policy
from .state import Phase, RolloutState, iso


def status_dict(env: str, state: Optional[RolloutState], policy: Optional[Policy], now: float,
                state_file: str, tip: Optional[str], *, file_policy: Optional[Policy] = None) -> dict:
    """``policy``: the one the rollout runs on (see ``Rollout.policy_of``); ``file_policy``: the
    environment file's now, named when it differs (it applies to the next rollout)."""
    if state is None:
        return {"environment": env, "phase": None, "state_file": state_file, "tip": tip,
                "is_complete": False, "has_failed": False, "message": "no rollout started"}
    next_due = None
    if not state.phase.finished and policy is not None:
        next_due = state.last_step_at + policy.interval
    return {
        "environment": env, "state_file": state_file, "tip": tip,
        "phase": state.phase.value,
        "is_complete": state.phase is Phase.SUCCEEDED,
        "has_failed": state.phase in (Phase.FAILED, Phase.ROLLED_BACK),
        "baseline": {"version": state.baseline_version, "weight": state.baseline_weight},
        "canary": {"version": state.canary_version, "weight": state.canary_weight},
        "started_at": iso(state.started_at), "last_step_at": iso(state.last_step_at),
        "next_step_due": iso(next_due),
        "next_step_in_seconds": None if next_due is None else max(0, round(next_due - now)),
        "reason": state.reason,
        "schedule": policy.describe() if policy is not None else None,
        "file_schedule": (file_policy.describe() if file_policy is not None and policy is not None
                          and file_policy != policy and not state.phase.finished else None),
        "last_metrics": state.last_metrics.to_dict() if state.last_metrics else None,
        "history": [{"at": iso(e.at), "phase": e.phase, "canary_weight": e.canary_weight, "reason": e.reason,
                     **({"metrics": e.metrics} if e.metrics else {})} for e in state.history],
    }


def outcome_dict(env: str, outcome) -> dict:
    """What a command did (``rollout.Outcome``), for ``-o json`` and ``watch -o json``."""
    s = outcome.state
    return {"environment": env, "action": outcome.action.value, "reason": outcome.reason,
            "commit": outcome.commit, "phase": s.phase.value if s else None,
            "baseline": {"version": s.baseline_version, "weight": s.baseline_weight} if s else None,
            "canary": {"version": s.canary_version, "weight": s.canary_weight} if s else None,
            "metrics": outcome.metrics.to_dict() if outcome.metrics else None,
            "next_step_due": iso(outcome.next_due),
            "attempts": outcome.result.attempts if outcome.result else None}


def text_status(d: dict) -> str:
    if d["phase"] is None:
        return f"{d['environment']}: no rollout started ({d['state_file']} does not exist)\n"
    b, c = d["baseline"], d["canary"]
    lines = [f"{d['environment']}: {d['phase']}  {b['version']} {b['weight']} % / {c['version']} {c['weight']} %",
             f"  started    {d['started_at']}", f"  last step  {d['last_step_at']}"]
    if d["next_step_due"]:
        when = f"in {d['next_step_in_seconds']}s" if d["next_step_in_seconds"] else "due now: run canary step"
        lines.append(f"  next step  {d['next_step_due']} ({when})")
    m = d["last_metrics"]
    if m:
        lines.append(f"  metrics    {m['requests']:.0f} requests, {m['errors']:.0f} errors "
                     f"({m['error_rate'] * 100:.2f} %) over {m['window']:.0f}s"
                     + (f", p99 {m['latency_p99_ms']:.0f}ms" if m.get("latency_p99_ms") is not None else ""))
    if d.get("schedule") and not d["is_complete"] and not d["has_failed"]:
        lines.append(f"  schedule   {d['schedule']}")
        if d.get("file_schedule"):
            lines.append(f"             (the environment file now says {d['file_schedule']}: that applies to "
                         "the next rollout)")
    lines.append(f"  reason     {d['reason']}")
    return "\n".join(lines) + "\n"


def markdown_status(d: dict) -> str:
    env = d["environment"]
    if d["phase"] is None:
        return f"### Canary `{env}`\n\nNo rollout started.\n"
    b, c = d["baseline"], d["canary"]
    icon = {"Succeeded": "✅", "Failed": "❌", "RolledBack": "↩️"}.get(d["phase"], "⏳")
    out = [f"### {icon} Canary `{env}`: {d['phase']}", "",
           f"**{b['version']} {b['weight']} % / {c['version']} {c['weight']} %** · started {d['started_at']}"
           + (f" · next step {d['next_step_due']}" if d["next_step_due"] else ""), "",
           f"> {d['reason']}", ""]
    history = d["history"]
    if history:
        steps = list(range(1, len(history) + 1))
        weights = [h["canary_weight"] for h in history]
        rates = [round(h["metrics"]["error_rate"] * 100, 3) if h.get("metrics") else 0 for h in history]
        top = max(rates + [0.0]) * 1.25 or 1.0
        x_axis = f"    x-axis \"step\" [{', '.join(str(s) for s in steps)}]"
        out += ["```mermaid", "xychart-beta", f'    title "{c["version"]}: traffic share per step"', x_axis,
                '    y-axis "canary weight (%)" 0 --> 100', f"    bar [{', '.join(str(w) for w in weights)}]",
                "```", "", "```mermaid", "xychart-beta", f'    title "{c["version"]}: error rate per step"', x_axis,
                f'    y-axis "5xx (%)" 0 --> {top:g}', f"    line [{', '.join(f'{r:g}' for r in rates)}]",
                "```", ""]
        out += ["| step | time (UTC) | phase | canary % | requests | error rate | reason |",
                "|---:|---|---|---:|---:|---:|---|"]
        for i, h in enumerate(history, 1):
            m = h.get("metrics") or {}
            req = f"{m['requests']:.0f}" if m else ""
            rate = f"{m['error_rate'] * 100:.2f} %" if m else ""
            reason = h["reason"].replace("|", "\\|")
            out.append(f"| {i} | {h['at']} | {h['phase']} | {h['canary_weight']} | {req} | {rate} | {reason} |")
        out.append("")
    return "\n".join(out)
