"""Renderings of a change set: text for terminals, Markdown for pull-request comments, JSON for machines.

Markdown: a summary line, a table per environment, then one collapsible
``<details>`` per resource holding a fenced ``diff`` block. GitHub refuses comments
over 65,536 characters, so diffs stop being inlined past ``MARKDOWN_BUDGET`` and the
remaining resources are listed with a note.
"""
from __future__ import annotations

import html
import re
from typing import Optional, Sequence

from ..config.merge import summary
from ..findings import Finding, Severity
from .changes import Action, ChangeSet, ResourceChange
from .prune import Fate
from .publisher import PublishResult

MARKDOWN_BUDGET = 60_000
LIST_LIMIT = 25  # resources listed per environment by publish


def _base(result: PublishResult) -> str:
    if result.base is None:
        return f"{result.repo} (branch {result.branch} does not exist yet)"
    return f"{result.repo} (branch {result.branch} at {result.base[:12]})"


# ------------------------------------------------------------------ what the cluster loses

_NOTES = {Fate.KEPT: "kustomize.toolkit.fluxcd.io/prune: disabled",
          Fate.ORPHANED: "its Kustomization has prune: false; no longer managed"}
_NAMESPACE_NOTE = "and everything in it, also what other teams and tools run there"


def _cluster_items(cs: ChangeSet, limit: Optional[int]) -> tuple[list[tuple[str, str, str]], int]:
    """``([(verb, resource, note)], how many deletions were left out)`` for the removed
    resources: every deleted Namespace, then up to ``limit`` other deletions, then what is kept."""
    fates = cs.by_fate()
    deleted = sorted(fates[Fate.DELETED], key=lambda c: (c.kind != "Namespace", c.env, c.path))
    namespaces = [c for c in deleted if c.kind == "Namespace"]
    rest = [c for c in deleted if c.kind != "Namespace"]
    shown = rest if limit is None else rest[:limit]
    items = [("loses", c.resource, _NAMESPACE_NOTE) for c in namespaces] + [("loses", c.resource, "") for c in shown]
    items += [("keeps", c.resource, _NOTES[f]) for f in (Fate.KEPT, Fate.ORPHANED) for c in fates[f]]
    return items, len(rest) - len(shown)


def cluster_text(cs: ChangeSet, limit: Optional[int] = None) -> list[str]:
    """What the cluster loses once Flux applies the change set, in plain words."""
    if cs.empty:
        return []
    items, more = _cluster_items(cs, limit)
    if not any(verb == "loses" for verb, _, _ in items):
        head = "Once Flux applies this, the cluster loses nothing" + (":" if items else
                                                                     ": no object leaves the repository.")
    else:
        head = "Once Flux applies this, the cluster:"
    lines = [head] + [f"  {verb} {what}" + (f" ({note})" if note else "") for verb, what, note in items]
    if more:
        lines.insert(1 + sum(1 for verb, _, _ in items if verb == "loses"),
                     f"  … and loses {more} more (otlp-istio diff lists them all)")
    return lines


def cluster_markdown(cs: ChangeSet) -> list[str]:
    items, _ = _cluster_items(cs, None)
    if not any(verb == "loses" for verb, _, _ in items):
        out = ["**The cluster loses nothing**: no object Flux applied leaves the repository.\n"]
        if not items:
            return out
        out.append("It keeps:\n")
    else:
        out = ["**Once Flux applies this, the cluster:**\n"]
    out += [f"- {verb} `{what}`" + (f" ({note})" if note else "") for verb, what, note in items]
    return out + [""]


# ------------------------------------------------------------------ text

def text_diff(result: PublishResult, *, with_diff: bool = True) -> str:
    cs = result.changes
    lines = [f"Against {_base(result)}:"]
    for env in cs.envs:
        lines.append(f"  {env.env} ({env.folder}): {env.summary()}")
        if result.base_changes.get(env.env):
            lines.append(f"    {summary(result.base_changes[env.env])}")
        for c in env.changes:
            lines.append(f"    {c.action.sign} {c.resource}  [{c.file}]")
    if with_diff:
        for c in cs.changes:
            lines.append("")
            lines.append(c.unified_diff().rstrip("\n"))
    lines.append("")
    lines.extend(cluster_text(cs))
    if cs.changed_envs():
        lines.append(f"{cs.totals()} in {len(cs.changed_envs())} of {len(cs.envs)} environment(s)")
    else:
        lines.append(f"no changes: the repository already holds all {len(cs.envs)} environment(s)")
    return "\n".join(lines) + "\n"


def text_publish(result: PublishResult) -> str:
    cs = result.changes
    lines = []
    for env in cs.envs:
        lines.append(f"{env.env} ({env.folder}): {env.summary()}")
        for c in env.changes[:LIST_LIMIT]:
            lines.append(f"  {c.action.sign} {c.resource}")
        if len(env.changes) > LIST_LIMIT:
            lines.append(f"  … and {len(env.changes) - LIST_LIMIT} more (otlp-istio diff lists them all)")
    lines.extend(cluster_text(cs, LIST_LIMIT))
    if result.message is None:  # the tree did not change
        lines.append(f"nothing to publish: {_base(result)} already holds the rendered files (no commit made)")
    elif result.dry_run:
        lines.append(f"dry run: would commit {cs.totals()} onto {_base(result)}; nothing pushed")
        lines.append("commit message would be:")
        lines.extend("  | " + ln for ln in (result.message or "").rstrip("\n").splitlines())
    else:
        tries = f" after {result.attempts} attempts" if result.attempts > 1 else ""
        lines.append(f"published {result.commit[:12]} to {result.repo} ({result.branch}){tries}: {cs.totals()}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ markdown

def _fence(body: str) -> str:
    """A backtick fence longer than any run of backticks in ``body``."""
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    return "`" * max(3, longest + 1)


def _details(c: ResourceChange) -> str:
    body = c.unified_diff()
    fence = _fence(body)
    summary = f"{c.action.sign} {c.action.value}: <code>{html.escape(c.resource)}</code> ({html.escape(c.path)})"
    return (f"<details><summary>{summary}</summary>\n\n{fence}diff\n{body.rstrip(chr(10))}\n{fence}\n\n"
            f"</details>\n")


def markdown_findings(findings: Sequence[Finding]) -> list[str]:
    """The validation gate's findings on what would be published, as ``-o markdown`` renders them
    (each at its place in the environment files): the lines of a section; none without findings."""
    from ..validate import output
    if not findings:
        return []
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    verdict = (f"publish would refuse this: {errors} error(s)" if errors
               else "publish would go ahead (no errors)")
    summary = f"Validation: {len(findings)} finding(s), {verdict}."
    return [output.render("markdown", output.Result(list(findings), [], summary)).out, ""]


def markdown_diff(result: PublishResult, *, budget: int = MARKDOWN_BUDGET, title: Optional[str] = None,
                  findings: Sequence[Finding] = (), flows: Optional[str] = None) -> str:
    """The change set as a pull-request comment; ``findings``: the validation gate's on the rendered
    files (a section after the summary); ``flows``: the section saying which flows the change breaks
    or repairs (:mod:`.flowdiff`), after the kinds' table."""
    cs = result.changes
    out = [f"### {title or 'otlp-istio: rendered manifest changes'}\n",
           f"{'**No changes.**' if cs.empty else '**' + cs.totals() + '**'} against {_base(result)}.\n"]
    out.append("| Environment | Folder | Added | Changed | Removed |")
    out.append("|---|---|---:|---:|---:|")
    for env in cs.envs:
        out.append(f"| {env.env} | `{env.folder}` | {env.count(Action.ADDED)} | {env.count(Action.CHANGED)} "
                   f"| {env.count(Action.REMOVED)} |")
    out.append("")
    bases = [f"- **{env.env}** {summary(result.base_changes[env.env])}" for env in cs.envs
             if result.base_changes.get(env.env)]
    if bases:
        out.extend(["What the environment files change in their bases' entries:\n", *bases, ""])
    out.extend(markdown_findings(findings))
    if cs.empty:
        return "\n".join(out) + "\n"
    out.extend(cluster_markdown(cs))
    by_kind = cs.by_kind()
    out.append("<details><summary>By kind</summary>\n")
    out.append("| Kind | Added | Changed | Removed |")
    out.append("|---|---:|---:|---:|")
    for kind, counts in by_kind.items():
        out.append(f"| {kind} | {counts[Action.ADDED]} | {counts[Action.CHANGED]} | {counts[Action.REMOVED]} |")
    out.append("\n</details>\n")
    if flows:
        out.append(flows)
    used = sum(len(x) + 1 for x in out)
    skipped: list[ResourceChange] = []
    for env in cs.envs:
        if not env.changes:
            continue
        section = [f"#### {env.env}\n"]
        for c in env.changes:
            block = _details(c)
            if skipped or used + len(block) > budget:
                skipped.append(c)
                continue
            section.append(block)
            used += len(block)
        if len(section) > 1:
            out.extend(section)
    if skipped:
        out.append(f"<details><summary>{len(skipped)} more resource(s), diff not shown "
                   "(comment size limit; run <code>otlp-istio diff</code> locally)</summary>\n")
        out.extend(f"- {c.action.sign} {c.action.value} `{c.resource}` ({c.path})" for c in skipped)
        out.append("\n</details>\n")
    return "\n".join(out).rstrip("\n") + "\n"


# ------------------------------------------------------------------ json

def json_report(result: PublishResult, *, with_diff: bool) -> dict:
    return result.to_dict(with_diff=with_diff)
