"""Broken flows as findings: one per code and deciding resource field, naming every flow it
breaks and the fix. The code says whose output breaks what (the message table gives its
severity): the compiler's own objects breaking a flow it set up are errors, the user's own
policies and routes breaking a flow are warnings."""
from __future__ import annotations

from .. import messages
from ..findings import Finding
from .context import FlowContext
from .model import FlowResult, Verdict

LIST = 6  # flows a message names before "and N more"


def findings_of(ctx: FlowContext, results: list[FlowResult]) -> list[Finding]:
    grouped: dict[tuple, list[FlowResult]] = {}
    for r in results:
        hop = r.breaking
        if hop is None or hop.code is None:
            continue
        if hop.resource is None or (ctx.env_file and hop.file == ctx.env_file):
            # nothing rendered decides it (or what the file declares exists): the file's own setting
            key = (hop.code, "", r.flow.setting, ctx.env_file, None)
        else:
            key = (hop.code, hop.resource, hop.path, hop.file, hop.line)
        grouped.setdefault(key, []).append(r)
    out = []
    for (code, resource, path, file, line), rs in sorted(grouped.items(), key=lambda kv: kv[0][:3]):
        hops = [r.breaking for r in rs]
        briefs = list(dict.fromkeys(h.brief or h.says for h in hops))
        titles = [r.flow.title + (f" ({h.why})" if h.why else "") for r, h in zip(rs, hops)]
        shown = "; ".join(titles[:LIST]) + (f"; and {len(titles) - LIST} more" if len(titles) > LIST else "")
        message = "; ".join(briefs[:2]) + (f" (and {len(briefs) - 2} more)" if len(briefs) > 2 else "")
        message += f". Flow{'s' if len(titles) > 1 else ''} broken: {shown}"
        fix = next((h.fix for h in hops if h.fix), None)
        if fix:
            message += ". Fix: " + fix
        out.append(messages.finding(code, resource=resource, path=path, message=message, file=file, line=line))
    return out


def summary(results: list[FlowResult]) -> dict[str, int]:
    return {v.value: sum(1 for r in results if r.verdict is v) for v in Verdict}
