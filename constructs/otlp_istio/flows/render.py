"""The flows of environments for people and machines: text, JSON, and Markdown with a Mermaid
diagram (an edge per group of flows, green when they work, red when one is broken, grey dashed
when the files cannot tell), which GitHub and GitLab draw in a pull request."""
from __future__ import annotations

import re
from typing import Iterable

from .model import FlowResult, Verdict

COLOURS = {Verdict.WORKS: "#1a7f37", Verdict.BROKEN: "#cf222e", Verdict.UNKNOWN: "#8c959f"}
MARKS = {Verdict.WORKS: "✓", Verdict.BROKEN: "✗", Verdict.UNKNOWN: "?"}
WORDS = {Verdict.WORKS: "works", Verdict.BROKEN: "BROKEN", Verdict.UNKNOWN: "unknown"}

EnvResults = Iterable[tuple[str, list[FlowResult]]]


def counts(results: list[FlowResult]) -> dict[str, int]:
    return {v.value: sum(1 for r in results if r.verdict is v) for v in Verdict}


def summary_line(results: list[FlowResult]) -> str:
    c = counts(results)
    return f"{len(results)} flows: {c['works']} work, {c['broken']} broken, {c['unknown']} not decidable from the files"


# ---------------------------------------------------------------- text and JSON

def text(envs: EnvResults) -> str:
    lines: list[str] = []
    for env, results in envs:
        lines.append(f"{env}: {summary_line(results)}")
        for r in results:
            lines.append(f"  {WORDS[r.verdict]:7} {r.flow.title}")
            for h in r.hops:
                lines.append(f"          {MARKS[h.verdict]} {h.step}: {h.says}")
            for n in r.notes:
                lines.append(f"          note: {n}")
    return "\n".join(lines) + "\n"


def to_dict(env: str, results: list[FlowResult]) -> dict:
    return {"env": env, "counts": counts(results), "flows": [r.to_dict() for r in results]}


# ---------------------------------------------------------------- Mermaid

def _node_id(name: str) -> str:
    return "n_" + re.sub(r"[^A-Za-z0-9_]", "_", name)


def _label(text_: str) -> str:
    """A Mermaid label in double quotes: quotes and the characters Mermaid reads as markup escaped."""
    return text_.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;") \
        .replace("|", "#124;")


def _target_label(r: FlowResult) -> str:
    f = r.flow
    if f.target == "collector":
        return f"collector {f.service}" if f.service else "collector"
    if f.target == "collector-canary":
        return f.target_name.replace("the ", "", 1)
    return f.target_name


def groups(results: list[FlowResult]) -> list[tuple[str, list[FlowResult]]]:
    out: dict[str, list[FlowResult]] = {}
    for r in results:
        out.setdefault(r.flow.group, []).append(r)
    return list(out.items())


def edge_label(rs: list[FlowResult]) -> str:
    edge = rs[0].flow.edge or rs[0].flow.title
    items = [r for r in rs if r.flow.item]
    verdicts = {r.verdict for r in rs}
    if not items:
        return f"{edge} {MARKS[Verdict.worst(verdicts)]}"
    if len(verdicts) == 1:
        return f"{edge}: {', '.join(r.flow.item for r in items)} {MARKS[verdicts.pop()]}"
    return f"{edge}: " + ", ".join(f"{r.flow.item} {MARKS[r.verdict]}" for r in items)


def mermaid(results: list[FlowResult]) -> str:
    """A ``flowchart LR`` of the flows: one node per sender and receiver, one edge per group."""
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str, Verdict]] = []
    for _, rs in groups(results):
        f = rs[0].flow
        src, dst = _node_id(f.source.node), _node_id(f.target)
        nodes.setdefault(src, f.source.name)
        nodes.setdefault(dst, _target_label(rs[0]))
        edges.append((src, dst, edge_label(rs), Verdict.worst(r.verdict for r in rs)))
    lines = ["flowchart LR"]
    lines += [f'  {nid}["{_label(label)}"]' for nid, label in nodes.items()]
    lines += [f'  {src} -->|"{_label(label)}"| {dst}' for src, dst, label, _ in edges]
    for i, (_, _, _, verdict) in enumerate(edges):
        dash = ",stroke-dasharray:4 4" if verdict is Verdict.UNKNOWN else ""
        lines.append(f"  linkStyle {i} stroke:{COLOURS[verdict]},stroke-width:2px,color:{COLOURS[verdict]}{dash}")
    return "\n".join(lines) + "\n"


def _cell(text_: str) -> str:
    return text_.replace("|", "\\|").replace("\n", " ")


def decided_by(r: FlowResult) -> str:
    hop = r.breaking or next((h for h in r.hops if h.verdict is Verdict.UNKNOWN), None) or (r.hops[-1] if r.hops
                                                                                              else None)
    if hop is None:
        return ""
    where = f"`{hop.resource}`" + (f" `{hop.path}`" if hop.path else "") if hop.resource else hop.step
    code = f" ({hop.code})" if hop.code else ""
    return f"{where}{code}: {hop.says}"


def markdown(envs: EnvResults, *, title: str = "otlp-istio: flows") -> str:
    out = [f"### {title}\n"]
    for env, results in envs:
        out.append(f"#### {env}: {summary_line(results)}\n")
        out += ["```mermaid", mermaid(results).rstrip("\n"), "```", ""]
        out += ["| flow | verdict | decided by |", "|---|---|---|"]
        for r in results:
            out.append(f"| {_cell(r.flow.title)} | {MARKS[r.verdict]} {WORDS[r.verdict]} | {_cell(decided_by(r))} |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- what a change does to the flows

def changes(before: list[FlowResult], after: list[FlowResult]) -> list[tuple[str, str, str, str]]:
    """``(flow id, title, before, after)`` for every flow whose verdict a change moves (a flow only
    one side has counts as ``absent`` on the other)."""
    old = {r.flow.id: r for r in before}
    new = {r.flow.id: r for r in after}
    out = []
    for fid in list(dict.fromkeys([*new, *old])):
        a, b = old.get(fid), new.get(fid)
        va = a.verdict.value if a else "absent"
        vb = b.verdict.value if b else "absent"
        if va != vb:
            out.append((fid, (b or a).flow.title, va, vb))
    return out


def markdown_changes(envs: Iterable[tuple[str, list[tuple[str, str, str, str]], list[FlowResult]]]) -> str:
    """The diff comment's section: per environment, the flows a change breaks and those it repairs."""
    out = ["#### Flows\n"]
    any_change = False
    for env, moved, after in envs:
        broken = [m for m in moved if m[3] == "broken"]
        repaired = [m for m in moved if m[2] == "broken" and m[3] != "broken"]
        other = [m for m in moved if m not in broken and m not in repaired]
        if not moved:
            out.append(f"- **{env}**: no flow changes its verdict ({summary_line(after)})")
            continue
        any_change = True
        out.append(f"- **{env}**: {len(broken)} broken by this change, {len(repaired)} repaired"
                   + (f", {len(other)} otherwise changed" if other else ""))
        for fid, title, va, vb in broken:
            out.append(f"  - ✗ breaks: {title} ({va} → broken)")
        for fid, title, va, vb in repaired:
            out.append(f"  - ✓ repairs: {title} (broken → {vb})")
        for fid, title, va, vb in other:
            out.append(f"  - {title}: {va} → {vb}")
    if not any_change:
        out.append("\nNo flow changes its verdict.")
    return "\n".join(out) + "\n"
