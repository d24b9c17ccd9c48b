"""The gate's two halves, whatever the documents come from (files read again, or the render's own).

* :func:`check_environment`: one environment's documents in, what the gate keeps of them out
  (:class:`Checked`): the findings of the CEL rules, the built-in validation and Istio's
  webhook rules, each object's name and line (for kubeconform's results), the ConfigMaps (for
  the collector check) and the analyzer's findings. It runs where the documents are: in the
  process that read them, or in the one that rendered them.
* :func:`finish`: every environment's :class:`Checked` and kubeconform's results in, the
  :class:`Report` out: the collector check (once per distinct config), the environments'
  acceptances, the line of each finding's field, where the environment files write it.
"""
from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from ..findings import Finding, resource_id
from ..yamlio import Document
from . import builtin, istio_rules
from .cel_rules import CelChecker
from .kubeconform import findings_from_results
from .locate import add_lines
from .otelcol import check as check_collector_configs
from .report import Report


@contextmanager
def cyclic_collector_paused():
    """The cyclic garbage collector off while the gate runs (on again after, as it was).

    The gate allocates much and frees little until the end: every document it parses, the
    analyzer's index, the findings. Each young collection walks what was allocated since the
    last, and the older ones walk everything alive, so on a fleet the collector took 10-15 %
    of the gate's time (0.85 s of 7.9 s CPU on 200 environments of 53 documents) and more as
    the heap grew with the fleet. The gate makes no cyclic garbage worth collecting (none
    at all on that fleet; what it drops, reference counting frees at once), so pausing it
    costs no memory."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@dataclass
class Checked:
    """What the gate keeps of one environment once its documents are dropped."""

    env: str = ""
    files: int = 0
    documents: int = 0
    findings: list[Finding] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)  # files that do not read
    resources: dict[tuple[str, str, str], tuple[str, int]] = field(default_factory=dict)
    files_of: list[str] = field(default_factory=list)  # the file of each document
    configmaps: list[Document] = field(default_factory=list)
    analyzed: object = None  # context.Analyzed
    release: str | None = None  # the collector release the environment file declares
    plain: bool = True  # its context accepts nothing and warns of nothing (no validation.ignore, no warnings)
    timings: tuple[float, float, float] = (0.0, 0.0, 0.0)  # parse (or render), rules, analyzer


def object_findings(checker: CelChecker, doc: Document) -> list[Finding]:
    """The checks of one object beside kubeconform: CEL rules, the built-in validation of core
    kinds, the rules of Istio's validating webhook."""
    return (checker.check(doc.data, file=doc.file, line=doc.line)
            + builtin.check(doc.data, file=doc.file, line=doc.line)
            + istio_rules.check(doc.data, file=doc.file, line=doc.line))


def check_objects(documents: list[Document], checker, resources: dict, findings: list[Finding]) -> None:
    """Each object: its resource name and line, for kubeconform's results (``resources``), and
    the findings of its CEL rules, built-in validation and Istio's webhook rules."""
    for doc in documents:
        data = doc.data
        if isinstance(data, dict):
            meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
            kind, name = str(data.get("kind", "")), str(meta.get("name", ""))
            resources[(doc.file, kind, name)] = (resource_id(kind, name, meta.get("namespace")), doc.line)
            findings.extend(object_findings(checker, doc))


def check_environment(out: Checked, documents: list[Document], checker: CelChecker, ctx, *, analyzer: bool) -> Checked:
    """``out`` (one environment's, its files counted) with what the gate keeps of ``documents``:
    their rules' findings, names, ConfigMaps and, with ``analyzer``, the analyzer's and flow
    model's findings in the environment's context ``ctx`` (None: judged on their own)."""
    from .context import analyzed_in_context, context_index
    t1 = time.perf_counter()
    out.documents = len(documents)
    check_objects(documents, checker, out.resources, out.findings)
    t2 = time.perf_counter()
    out.files_of = [doc.file for doc in documents]
    out.configmaps = [doc for doc in documents if isinstance(doc.data, dict) and doc.data.get("kind") == "ConfigMap"]
    out.release = _collector_release(ctx)
    out.plain = ctx is None or not (ctx.ignore or ctx.warnings)
    if analyzer:
        out.analyzed = analyzed_in_context(context_index(documents, ctx), ctx, flows=True)
    out.timings = (out.timings[0], t2 - t1, time.perf_counter() - t2)
    return out


def _collector_release(ctx) -> str | None:
    """The collector release an environment file declares (None when the file is not known)."""
    env = ctx.environment if ctx is not None else None
    return env.config.collector.release.value if env is not None else None


def _by_environment(found: list[Finding], env_of: dict[str, str]) -> tuple[dict[str, list[Finding]], list[Finding]]:
    """Findings of a check that ran over every environment at once (the collector's), grouped by
    the environment whose file they are in (``env_of``: file → environment); the others apart."""
    grouped: dict[str, list[Finding]] = {}
    elsewhere: list[Finding] = []
    for f in found:
        name = env_of.get(f.file or "")
        if name is None:
            elsewhere.append(f)
        else:
            grouped.setdefault(name, []).append(f)
    return grouped, elsewhere


def _with_sources(findings: list[Finding], env_of: dict[str, str], contexts: dict) -> list[Finding]:
    """Each finding on a rendered object with the place in the environment files behind it (the
    analyzer's have it already; schema, CEL and collector findings get it here)."""
    out = []
    for f in findings:
        ctx = contexts.get(env_of.get(f.file or ""))
        out.append(ctx.with_sources([f])[0] if ctx is not None and f.source is None else f)
    return out


@dataclass
class Finish:
    """What :func:`finish` needs beside the environments' :class:`Checked`."""

    contexts: dict  # env → context.EnvironmentContext (a mapping; context.Contexts loads each when asked)
    kubernetes_version: str
    analyzer: bool = True
    findings: list[Finding] = field(default_factory=list)  # found before (the CEL rules the engine cannot run)
    timings: dict[str, float] = field(default_factory=dict)
    read: Callable[[str], str] | None = None  # a file's text, for the line of a finding's field (default: from disk)


def finish(checked: list[Checked], kubeconform_results: Callable[[], list[dict]], how: Finish) -> Report:
    """The report of the environments ``checked``: the collector check over their ConfigMaps (once
    per distinct config), each environment's acceptances, kubeconform's results (asked for last,
    so it runs meanwhile), and every finding with its line and the place in the environment
    files behind it."""
    from .context import Suppressed, accepted_in_context
    contexts, timings = how.contexts, how.timings
    for key in ("parse", "cel", "collector", "analyzer"):
        timings.setdefault(key, 0.0)
    findings = list(how.findings)
    broken: set[str] = set()
    resources: dict[tuple[str, str, str], tuple[str, int]] = {}
    env_of: dict[str, str] = {}  # file → its environment
    configmaps: list[Document] = []  # where the collector configs are
    analyzed: list = []  # (env, context.Analyzed): accepted once the collector's findings are in
    releases: dict[str, str | None] = {}  # env → the collector release its file declares
    plain: set[str] = set()  # environments whose context accepts nothing and warns of nothing
    for got in checked:
        findings.extend(got.findings)
        broken |= got.broken
        resources.update(got.resources)
        env_of.update(dict.fromkeys(got.files_of, got.env))
        configmaps.extend(got.configmaps)
        releases[got.env] = got.release
        if got.plain:
            plain.add(got.env)
        if got.analyzed is not None:
            analyzed.append((got.env, got.analyzed))
        for key, spent in zip(("parse", "cel", "analyzer"), got.timings):
            timings[key] += spent  # summed over the processes (cel: CEL, built-in and webhook rules)

    t_collector = time.perf_counter()
    collector = check_collector_configs(configmaps, release_of=lambda doc: releases.get(env_of.get(doc.file)))
    # the environment's validation.ignore applies to these too: they go through the analyzer's split
    collector_findings, elsewhere = _by_environment(collector.findings, env_of)
    findings.extend(elsewhere)
    timings["collector"] = time.perf_counter() - t_collector

    t_accept = time.perf_counter()
    suppressed: list = []  # context.Suppressed, from validation.ignore and suppress annotations
    for env, found in analyzed:
        if env in plain and not (found.found or found.flows or found.by_annotation or env in collector_findings):
            continue  # nothing to report or accept: the context need not be loaded here
        kept, ignored = accepted_in_context(found, contexts.get(env), collector_findings.get(env, []))
        findings.extend(kept)
        suppressed.extend(ignored)
    if not how.analyzer:
        findings.extend(f for fs in collector_findings.values() for f in fs)
    timings["analyzer"] += time.perf_counter() - t_accept

    t3 = time.perf_counter()
    results = kubeconform_results()
    timings["kubeconform_wait"] = time.perf_counter() - t3
    for f in findings_from_results(results, resources, how.kubernetes_version):
        if f.file not in broken:  # Python already reported the YAML error, with its line
            findings.append(f)

    t4 = time.perf_counter()
    findings = _with_sources(add_lines(findings, how.read), env_of, contexts)
    if suppressed:
        located = add_lines([s.finding for s in suppressed], how.read)
        suppressed = [Suppressed(f, s.by) for f, s in zip(located, suppressed)]
    timings["report"] = time.perf_counter() - t4
    return Report(findings=sorted(set(findings), key=Finding.sort_key), environments=[c.env for c in checked],
                  files=sum(c.files for c in checked), documents=sum(c.documents for c in checked),
                  kubernetes_version=how.kubernetes_version, analyzer=how.analyzer, collector=collector.ran,
                  notes=collector.note.splitlines() if collector.note else [], timings=timings,
                  suppressed=sorted(suppressed, key=lambda s: s.finding.sort_key()))
