"""The validation gate: schema check (kubeconform, and the built-in validation of core kinds),
CEL rules, and the semantic analyzer.

Python API (what ``publish`` calls before it commits)::

    from otlp_istio.validate import validate_tree
    findings = validate_tree("dist", envs=["prod"], kubernetes_version="1.31")
    if any(f.severity is Severity.ERROR for f in findings): ...

Nothing here raises for a problem in the manifests: those are findings. A
:class:`~otlp_istio.errors.UserError` means bad usage (no such folder or environment, an
unknown Kubernetes version, kubeconform missing).
"""
from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import messages
from ..errors import Problem, UserError
from ..fieldpath import display_path
from ..findings import Finding, Severity
from ..parallel import map_shared
from ..testhooks import checkpoint
from ..yamlio import Document, YamlSyntaxError, iter_yaml_files, load_documents
from . import builtin, istio_rules
from .cel_rules import CelChecker
from .kubeconform import Run, command, findings_from_results
from .locate import add_lines
from .otelcol import check as check_collector_configs
from .registry import (DEFAULT_KUBERNETES_VERSION, load_rules, normalize_kubernetes_version,
                       schemas_dir)

__all__ = ["Report", "validate_tree", "validate_paths", "validate_rendered", "schema_findings", "environment_dirs",
           "DEFAULT_KUBERNETES_VERSION"]

_checker_cache: dict[int, CelChecker] = {}


@dataclass
class Report:
    findings: list[Finding]
    environments: list[str] = field(default_factory=list)
    files: int = 0
    documents: int = 0
    kubernetes_version: str = ""
    analyzer: bool = False  # whether the semantic analyzer ran
    collector: bool = False  # whether the real collector checked the collector configs
    notes: list[str] = field(default_factory=list)  # say-once messages, e.g. a check that did not run
    suppressed: list = field(default_factory=list)  # context.Suppressed: findings accepted on purpose
    timings: dict[str, float] = field(default_factory=dict)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def fails(self, threshold: Severity) -> bool:
        return any(f.severity.rank >= threshold.rank for f in self.findings)


def cel_checker() -> CelChecker:
    rules = load_rules()
    checker = _checker_cache.get(id(rules))
    if checker is None:
        checker = _checker_cache[id(rules)] = CelChecker(rules)
    return checker


def environment_dirs(out_dir: Path | str, envs: list[str] | None = None) -> list[tuple[str, Path]]:
    """``(env, folder)`` for the named environments, or all of ``out_dir``'s sub-folders."""
    out = Path(out_dir)
    if not out.is_dir():
        raise UserError(f"--out {out_dir}: no such folder; run `otlp-istio synth --out {out_dir}` first")
    present = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not envs:
        if not present:
            raise UserError(f"--out {out_dir}: no environment folders in it; "
                            f"run `otlp-istio synth --out {out_dir}` first")
        return [(e, out / e) for e in present]
    missing = [e for e in envs if e not in present]
    if missing:
        allowed = ", ".join(present) or "(none)"
        raise UserError([Problem(file="", path="", message=f"--env {e}: no folder {out / e}; environments in "
                                 f"{out_dir}: {allowed}") for e in missing])
    return [(e, out / e) for e in dict.fromkeys(envs)]


@contextmanager
def _cyclic_collector_paused():
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


def _display(path: Path) -> str:
    return display_path(path)


def _read_environment(env: str, folder: Path, findings: list[Finding], broken: set[str]) -> tuple[list[Document], int]:
    """The documents of one environment's folder and its number of files; a file that does not
    read is a finding (and in ``broken``), a folder without YAML files too."""
    documents: list[Document] = []
    files = 0
    for path in iter_yaml_files([folder]):
        files += 1
        file = _display(path)
        try:
            documents.extend(load_documents(path, display=file))
        except YamlSyntaxError as exc:
            broken.add(file)
            for p in exc.problems:
                findings.append(messages.finding(messages.MANIFEST_UNREADABLE, file=file, line=p.line,
                                                 message=f"{p.message}; fix the YAML"))
        except UserError as exc:
            broken.add(file)
            findings.append(messages.finding(messages.MANIFEST_UNREADABLE, message=exc.render(), file=file))
    if files == 0:
        findings.append(messages.finding(messages.NO_MANIFESTS, file=_display(folder), message=(
            f"environment {env}: no YAML manifests in {_display(folder)}; did synth run for it?")))
    return documents, files


def _check_objects(documents: list[Document], checker, resources: dict, findings: list[Finding]) -> None:
    """Each object: its resource name and line, for kubeconform's results (``resources``), and
    the findings of its CEL rules, built-in validation and Istio's webhook rules."""
    for doc in documents:
        data = doc.data
        if isinstance(data, dict):
            meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
            kind, name = str(data.get("kind", "")), str(meta.get("name", ""))
            ns = meta.get("namespace")
            resources[(doc.file, kind, name)] = (f"{kind} {name}.{ns}" if ns else f"{kind} {name}", doc.line)
            findings.extend(object_findings(checker, doc))

def object_findings(checker: CelChecker, doc: Document) -> list[Finding]:
    """The checks of one object beside kubeconform: CEL rules, the built-in validation of core
    kinds, the rules of Istio's validating webhook."""
    return (checker.check(doc.data, file=doc.file, line=doc.line) + builtin.check(doc.data, file=doc.file, line=doc.line)
            + istio_rules.check(doc.data, file=doc.file, line=doc.line))


def schema_findings(files: list[str], documents: list[Document],
                    kubernetes_version: str = DEFAULT_KUBERNETES_VERSION) -> list[Finding]:
    """The gate's schema side alone on any files (kubeconform on ``files``; CEL, built-in and
    webhook rules on ``documents``, which may include documents read from standard input):
    what ``analyze`` reports, as istioctl's IST0106 for Istio's kinds."""
    schemas = schemas_dir()
    version = normalize_kubernetes_version(kubernetes_version, schemas)
    checker = cel_checker()
    run = Run(command([_display(Path(f)) for f in files], version, schemas=schemas)).start() if files else None
    try:
        resources: dict[tuple[str, str, str], tuple[str, int]] = {}
        findings: list[Finding] = []
        _check_objects(documents, checker, resources, findings)
        if run is not None:
            findings.extend(findings_from_results(run.wait(), resources, version))
        return findings
    finally:
        if run is not None:
            run.close()


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


def validate_paths(folders: list[tuple[str, Path]], kubernetes_version: str = DEFAULT_KUBERNETES_VERSION,
                   *, analyzer: bool = True, contexts: dict | None = None) -> Report:
    """Schema check + CEL rules + analyzer over the YAML files below ``folders``.

    ``contexts`` (env name → :class:`.context.EnvironmentContext`) carries what the environment
    files say beyond the rendered files: external Services, ignored findings, warnings; by default
    each folder's (:func:`.context.contexts_for_folders`)."""
    with _cyclic_collector_paused():
        return _validate_paths(folders, kubernetes_version, analyzer=analyzer, contexts=contexts)


@dataclass
class _Checked:
    """What the gate keeps of one environment once its documents are dropped."""

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
    timings: tuple[float, float, float] = (0.0, 0.0, 0.0)


def _validate_paths(folders: list[tuple[str, Path]], kubernetes_version: str, *, analyzer: bool,
                    contexts: dict | None) -> Report:
    """The gate, environment by environment. Each folder is one cluster's state: every check
    resolves references within it, never across environments (the analyzer's index is one
    environment's). So each environment's documents are parsed, checked and analyzed, and
    dropped before the next is read: a process holds one environment's documents, whatever the
    fleet, and the environments are shared out between this process and forked workers, as
    synthesis shares them (``OTLP_ISTIO_JOBS``). What outlives the documents is small: the
    findings, each object's name and line (for kubeconform's results), the ConfigMaps (for the
    collector check, which runs once over all)."""
    from .context import accepted_in_context, analyzed_in_context, context_index
    timings = dict.fromkeys(("parse", "cel", "collector", "analyzer"), 0.0)
    t0 = time.perf_counter()
    if contexts is None:
        from .context import contexts_for_folders
        contexts = contexts_for_folders(folders)
    schemas = schemas_dir()
    version = normalize_kubernetes_version(kubernetes_version, schemas)
    checker = cel_checker()
    findings: list[Finding] = list(checker.unsupported_findings())

    # kubeconform runs in the background (it walks the folders itself) while Python
    # parses the files and evaluates the CEL rules.
    run = Run(command([_display(p) for _, p in folders], version, schemas=schemas)).start()
    suppressed: list = []  # context.Suppressed, from validation.ignore and suppress annotations
    try:
        checkpoint("kubeconform-started")
        broken: set[str] = set()
        resources: dict[tuple[str, str, str], tuple[str, int]] = {}
        env_of: dict[str, str] = {}  # file → its environment
        configmaps: list[Document] = []  # where the collector configs are
        analyzed: list = []  # (env, context.Analyzed): accepted once the collector's findings are in
        releases: dict[str, str | None] = {}  # env → the collector release its file declares
        plain: set[str] = set()  # environments whose context accepts nothing and warns of nothing
        n_files = n_documents = 0

        def check(item: tuple[str, Path]) -> _Checked:
            env, folder = item
            t = time.perf_counter()
            out = _Checked()
            documents, out.files = _read_environment(env, folder, out.findings, out.broken)
            out.documents = len(documents)
            t1 = time.perf_counter()
            _check_objects(documents, checker, out.resources, out.findings)
            t2 = time.perf_counter()
            out.files_of = [doc.file for doc in documents]
            out.configmaps = [doc for doc in documents if isinstance(doc.data, dict) and doc.data.get("kind") == "ConfigMap"]
            ctx = contexts.get(env)  # loaded here, by the process checking the environment
            out.release = _collector_release(ctx)
            out.plain = ctx is None or not (ctx.ignore or ctx.warnings)
            if analyzer:
                out.analyzed = analyzed_in_context(context_index(documents, ctx), ctx, flows=True)
            out.timings = (t1 - t, t2 - t1, time.perf_counter() - t2)
            return out

        for (env, _), got in zip(folders, map_shared(folders, check)):
            n_files += got.files
            n_documents += got.documents
            findings.extend(got.findings)
            broken |= got.broken
            resources.update(got.resources)
            env_of.update(dict.fromkeys(got.files_of, env))
            configmaps.extend(got.configmaps)
            releases[env] = got.release
            if got.plain:
                plain.add(env)
            if got.analyzed is not None:
                analyzed.append((env, got.analyzed))
            for key, spent in zip(("parse", "cel", "analyzer"), got.timings):
                timings[key] += spent  # summed over the processes (cel: CEL, built-in and webhook rules)

        t_collector = time.perf_counter()
        collector = check_collector_configs(configmaps, release_of=lambda doc: releases.get(env_of.get(doc.file)))
        # the environment's validation.ignore applies to these too: they go through the analyzer's split
        collector_findings, elsewhere = _by_environment(collector.findings, env_of)
        findings.extend(elsewhere)
        timings["collector"] = time.perf_counter() - t_collector

        t_accept = time.perf_counter()
        for env, found in analyzed:
            if env in plain and not (found.found or found.flows or found.by_annotation or env in collector_findings):
                continue  # nothing to report or accept: the context need not be loaded here
            ctx = contexts.get(env)
            kept, ignored = accepted_in_context(found, ctx, collector_findings.get(env, []))
            findings.extend(kept)
            suppressed.extend(ignored)
        if not analyzer:
            findings.extend(f for fs in collector_findings.values() for f in fs)
        timings["analyzer"] += time.perf_counter() - t_accept

        t3 = time.perf_counter()
        results = run.wait()
        timings["kubeconform_wait"] = time.perf_counter() - t3
    finally:
        run.close()
    for f in findings_from_results(results, resources, version):
        if f.file not in broken:  # Python already reported the YAML error, with its line
            findings.append(f)

    t4 = time.perf_counter()
    findings = _with_sources(add_lines(findings), env_of, contexts)
    if suppressed:
        from .context import Suppressed
        located = add_lines([s.finding for s in suppressed])
        suppressed = [Suppressed(f, s.by) for f, s in zip(located, suppressed)]
    findings = sorted(set(findings), key=Finding.sort_key)
    timings["report"] = time.perf_counter() - t4
    timings["total"] = time.perf_counter() - t0
    return Report(findings=findings, environments=[e for e, _ in folders], files=n_files,
                  documents=n_documents, kubernetes_version=version, analyzer=analyzer,
                  collector=collector.ran, notes=collector.note.splitlines() if collector.note else [],
                  timings=timings, suppressed=sorted(suppressed, key=lambda s: s.finding.sort_key()))


def validate_rendered(rendered: dict[str, dict[str, bytes]], sources: dict | None = None,
                      kubernetes_version: str = DEFAULT_KUBERNETES_VERSION, *, contexts: dict | None = None) -> Report:
    """The gate on environments rendered in memory (``{env: {file: bytes}}``, and the environment
    files each was rendered from, as ``synth.write_outputs`` takes them), written to a temporary
    folder: what ``publish`` would find. Each finding's file reads ``<env>/<file>``. ``contexts``:
    as :func:`validate_paths` takes them (by default, from the recorded files)."""
    import tempfile
    from dataclasses import replace

    from ..synth.writer import write_outputs
    with tempfile.TemporaryDirectory(prefix="otlp-istio-gate-") as tmp:
        folders = write_outputs(Path(tmp), rendered, sources)
        report = validate_paths([(f.name, f) for f in folders], kubernetes_version, contexts=contexts)
    here = display_path(tmp) + os.sep

    def relabel(f: Finding) -> Finding:
        return replace(f, file=f.file[len(here):]) if f.file and f.file.startswith(here) else f
    report.findings = [relabel(f) for f in report.findings]
    report.suppressed = [replace(s, finding=relabel(s.finding)) for s in report.suppressed]
    return report


def validate_tree(out_dir: Path | str, envs: list[str] | None = None,
                  kubernetes_version: str = DEFAULT_KUBERNETES_VERSION, *,
                  config_dir: Path | str | None = None) -> list[Finding]:
    """Every finding for ``out_dir/<env>/`` (all environments when ``envs`` is empty), sorted, in the
    context of each environment's files (``config_dir``'s, else those synth recorded)."""
    return validate_report(out_dir, envs, kubernetes_version, config_dir=config_dir).findings


def validate_report(out_dir: Path | str, envs: list[str] | None = None,
                    kubernetes_version: str = DEFAULT_KUBERNETES_VERSION, *,
                    config_dir: Path | str | None = None, server: dict | None = None,
                    contexts: dict | None = None) -> Report:
    """:func:`validate_tree` with the whole report (suppressed findings, counts). ``server``
    (``{kubeconfig, context}``): also a server-side dry-run of every file against that cluster
    (:func:`.server.dry_run`), its findings at their source as the others. ``contexts``: each
    environment's, when the caller has them already (the environments it loaded)."""
    with _cyclic_collector_paused():
        return _validate_report(out_dir, envs, kubernetes_version, config_dir=config_dir, server=server,
                                contexts=contexts)


def _validate_report(out_dir: Path | str, envs: list[str] | None, kubernetes_version: str, *,
                     config_dir: Path | str | None, server: dict | None, contexts: dict | None) -> Report:
    from .context import contexts_for_folders
    folders = environment_dirs(out_dir, envs)
    if contexts is None:
        contexts = contexts_for_folders(folders, Path(config_dir) if config_dir else None)
    report = validate_paths(folders, kubernetes_version, contexts=contexts)
    if server is not None:
        from .server import dry_run
        env_of = {_display(folder): name for name, folder in folders}
        found = []
        for f in dry_run(folders, **server):
            ctx = contexts.get(env_of.get(os.path.dirname(f.file or "")))
            found.append(ctx.with_sources([f])[0] if ctx is not None else f)
        report.findings = sorted(set(report.findings) | set(found), key=Finding.sort_key)
    return report
