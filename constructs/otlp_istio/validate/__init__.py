"""The validation gate: schema check (kubeconform, and the built-in validation of core kinds),
CEL rules, and the semantic analyzer.

Python API, on rendered folders (``validate``, ``check``; ``publish`` gates what it renders
before it is even written, in the processes that render it: :mod:`.rendered`)::

    from otlp_istio.validate import validate_tree
    findings = validate_tree("dist", envs=["prod"], kubernetes_version="1.31")
    if any(f.severity is Severity.ERROR for f in findings): ...

Nothing here raises for a problem in the manifests: those are findings. A
:class:`~otlp_istio.errors.UserError` means bad usage (no such folder or environment, an
unknown Kubernetes version, kubeconform missing).
"""
from __future__ import annotations

import os
import time
from contextlib import nullcontext
from pathlib import Path

from .. import messages
from ..errors import Problem, UserError
from ..fieldpath import display_path
from ..findings import Finding
from ..parallel import map_shared
from ..testhooks import checkpoint
from ..yamlio import Document, YamlSyntaxError, iter_yaml_files, load_documents
from .cel_rules import CelChecker
from .gate import Checked, Finish, check_environment, check_objects, cyclic_collector_paused, finish, object_findings
from .kubeconform import Run, command, findings_from_results
from .registry import (DEFAULT_KUBERNETES_VERSION, load_rules, normalize_kubernetes_version,
                       schemas_dir)
from .report import Report

__all__ = ["Report", "validate_tree", "validate_paths", "schema_findings", "environment_dirs",
           "object_findings", "DEFAULT_KUBERNETES_VERSION"]

_checker_cache: dict[int, CelChecker] = {}


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


def schema_findings(files: list[str], documents: list[Document],
                    kubernetes_version: str = DEFAULT_KUBERNETES_VERSION) -> list[Finding]:
    """The gate's schema side alone on any files (kubeconform on ``files``; CEL, built-in and
    webhook rules on ``documents``, which may include documents read from standard input):
    what ``analyze`` reports, as istioctl's IST0106 for Istio's kinds."""
    schemas = schemas_dir()
    version = normalize_kubernetes_version(kubernetes_version, schemas)
    checker = cel_checker()
    with Run(command([_display(Path(f)) for f in files], version, schemas=schemas)).start() if files \
            else nullcontext() as run:
        resources: dict[tuple[str, str, str], tuple[str, int]] = {}
        findings: list[Finding] = []
        check_objects(documents, checker, resources, findings)
        if run is not None:
            findings.extend(findings_from_results(run.wait(), resources, version))
        return findings


def validate_paths(folders: list[tuple[str, Path]], kubernetes_version: str = DEFAULT_KUBERNETES_VERSION,
                   *, analyzer: bool = True, contexts: dict | None = None) -> Report:
    """Schema check + CEL rules + analyzer over the YAML files below ``folders``.

    ``contexts`` (env name → :class:`.context.EnvironmentContext`) carries what the environment
    files say beyond the rendered files: external Services, ignored findings, warnings; by default
    each folder's (:func:`.context.contexts_for_folders`)."""
    with cyclic_collector_paused():
        return _validate_paths(folders, kubernetes_version, analyzer=analyzer, contexts=contexts)


def _validate_paths(folders: list[tuple[str, Path]], kubernetes_version: str, *, analyzer: bool,
                    contexts: dict | None) -> Report:
    """The gate, environment by environment. Each folder is one cluster's state: every check
    resolves references within it, never across environments (the analyzer's index is one
    environment's). So each environment's documents are parsed, checked and analyzed, and
    dropped before the next is read: a process holds one environment's documents, whatever the
    fleet, and the environments are shared out between this process and forked workers, as
    synthesis shares them (``OTLP_ISTIO_JOBS``). What outlives the documents is small
    (:class:`.gate.Checked`); :func:`.gate.finish` makes the report of it."""
    t0 = time.perf_counter()
    if contexts is None:
        from .context import contexts_for_folders
        contexts = contexts_for_folders(folders)
    schemas = schemas_dir()
    version = normalize_kubernetes_version(kubernetes_version, schemas)
    checker = cel_checker()

    # kubeconform runs in the background (it walks the folders itself) while Python
    # parses the files and evaluates the CEL rules.
    with Run(command([_display(p) for _, p in folders], version, schemas=schemas)).start() as run:
        checkpoint("kubeconform-started")

        def check(item: tuple[str, Path]) -> Checked:
            env, folder = item
            t = time.perf_counter()
            out = Checked(env=env)
            documents, out.files = _read_environment(env, folder, out.findings, out.broken)
            out.timings = (time.perf_counter() - t, 0.0, 0.0)
            return check_environment(out, documents, checker, contexts.get(env), analyzer=analyzer)

        how = Finish(contexts, version, analyzer, findings=list(checker.unsupported_findings()))
        report = finish(map_shared(folders, check), run.wait, how)
    report.environments = [e for e, _ in folders]
    report.timings["total"] = time.perf_counter() - t0
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
    with cyclic_collector_paused():
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
