"""``doctor flows``: every flow the environment implies, with its verdict and the chain of
resources that decided it (the flow model, :mod:`otlp_istio.flows`), offline.

The flows start from the environment file: read with ``--config-dir``, or, for ``--out``, the
file of the same name in ``environments/`` when there is one. The check fails when a flow the
compiler set up is broken by the compiler's own output (an error finding), warns when the
user's own policies or routes break one.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from .. import flows
from ..findings import Finding
from .result import CheckResult, Status
from .sources import DEFAULT_CONFIG_DIR, Manifests

ID = "flows"
DESCRIPTION = "the flows the environment implies: OTLP in, the scrape, spans and exports out, the canary split"


def environment_of(m: Manifests):
    """The loaded environment the manifests were rendered from (None when no file is known)."""
    known = getattr(m.context, "environment", None)
    if known is not None:
        return known
    if m.name is None:
        return None
    from ..config.loader import load_environment
    path = Path(DEFAULT_CONFIG_DIR) / f"{m.name}.yaml"
    return load_environment(m.name, path) if path.is_file() else None


def follow(m: Manifests) -> Optional[tuple[list[flows.FlowResult], list[Finding]]]:
    """The flows of one environment's manifests and their findings (None without its file)."""
    env = environment_of(m)
    if env is None:
        return None
    from ..validate.context import from_environment
    extra = from_environment(env).documents
    results, found = flows.check(env.config, [*m.documents, *extra], env_file=str(env.file))
    if m.on_disk:
        from ..validate.locate import add_lines
        found = add_lines(found)
    return results, found


def check(m: Manifests) -> CheckResult:
    from ..flows.render import counts, summary_line, to_dict
    followed = follow(m)
    if followed is None:
        return CheckResult(ID, Status.OK, "no environment file for these manifests: the flows start from one",
                           next=["run with --config-dir DIR (or keep environments/<env>.yaml beside --out)"],
                           env=m.name)
    results, found = followed
    status = Status.of_findings(found)
    if status is Status.OK and any(r.verdict is flows.Verdict.BROKEN for r in results):
        status = Status.WARN  # broken where an analyzer code, not a flow code, names the cause
    broken = [r for r in results if r.verdict is flows.Verdict.BROKEN]
    nexts = list(dict.fromkeys(r.breaking.fix for r in broken if r.breaking is not None and r.breaking.fix))
    if broken and not nexts:
        nexts = ["see the hops of each broken flow: `otlp-istio doctor flows -o json`"]
    data = to_dict(m.name or "", results)
    data["counts"] = counts(results)
    return CheckResult(ID, status, summary_line(results), next=nexts, data=data,
                       findings=found, env=m.name)


def output(manifests: list[Manifests], fmt: str) -> tuple[str, bool]:
    """``doctor flows``'s output in ``fmt`` (text, json, markdown), and whether a check failed."""
    from ..flows import render
    from .result import Report
    checks = [check(m) for m in manifests]
    report = Report(checks=checks)
    if fmt == "json":
        return report.to_json() + "\n", report.failed
    followed = [(m.name or "manifests", f[0]) for m in manifests if (f := follow(m)) is not None]
    if fmt == "markdown":
        return render.markdown(followed), report.failed
    return render.text(followed) + report.to_text() + "\n", report.failed
