"""The gate on what the render holds: each environment checked by the process that rendered it.

``publish`` (and ``publish --dry-run``, and ``diff``) render every environment in forked
workers (:mod:`..parallel`). Here the same worker checks the environment right after
rendering it, on the documents it has just written out as YAML (each as its bytes read back
give it: :func:`..synth.files.to_files_and_documents`), and sends back its files and what
the gate keeps (:class:`.gate.Checked`): one round of workers, and no file read and parsed
again. Findings name the files as ``validate`` on the written folders names them
(``label``: the folder of an environment, as the gate shows it), and the line of a finding's
field comes from the bytes the render emitted, only for the files with findings.

What needs every environment at once runs after, in the command (:func:`report`): kubeconform
on the written files (the real schema check, every document; a temporary folder when nothing
is written), the real collector on each distinct collector config, the environments'
acceptances.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Callable

from .. import messages
from ..fieldpath import display_path
from ..parallel import map_shared
from ..yamlio import Document
from .gate import Checked, Finish, check_environment, cyclic_collector_paused, finish
from .kubeconform import Run, command
from .registry import normalize_kubernetes_version, schemas_dir
from .report import Report


def folder_label(out: Path | str | None) -> Callable[[str], str]:
    """env → how findings name its folder (with a trailing separator): ``OUT/<env>/`` as the gate
    shows it, or ``<env>/`` for environments written nowhere."""
    if out is None:
        return lambda env: env + os.sep
    return lambda env: display_path(Path(out) / env) + os.sep


def render_checked(envs: list, contexts: dict, label: Callable[[str], str], *, analyzer: bool = True,
                   jobs: int | None = None) -> list[tuple[dict[str, bytes], Checked]]:
    """``(files, checked)`` of each loaded environment (``config.loader.Environment``), in order:
    rendered, and checked in its ``contexts`` entry, by one process each."""
    from ..synth.render import render_documents
    from . import cel_checker
    checker = cel_checker()  # loaded before the workers fork: they share it

    def work(env) -> tuple[dict[str, bytes], Checked]:
        t = time.perf_counter()
        files, docs = render_documents(env)
        folder = label(env.name)
        out = Checked(env=env.name, files=len(files), timings=(time.perf_counter() - t, 0.0, 0.0))
        if not files:
            out.findings.append(messages.finding(messages.NO_MANIFESTS, file=folder.rstrip(os.sep), message=(
                f"environment {env.name}: no YAML manifests in {folder.rstrip(os.sep)}; did synth run for it?")))
        documents = [Document(data=data, file=folder + name, line=1) for name, data in docs]
        with cyclic_collector_paused():
            return files, check_environment(out, documents, checker, contexts.get(env.name), analyzer=analyzer)

    return map_shared(envs, work, jobs)


def report(checked: list[Checked], rendered: dict[str, dict[str, bytes]], kubernetes_version: str, *,
           contexts: dict, label: Callable[[str], str], out: Path | str | None = None,
           analyzer: bool = True) -> Report:
    """The gate's report on environments :func:`render_checked` checked: kubeconform on their
    files in ``out`` (written there already; None: written to a temporary folder for it), the
    collector check, the acceptances, each finding's line from ``rendered``'s bytes."""
    t0 = time.perf_counter()
    schemas = schemas_dir()
    version = normalize_kubernetes_version(kubernetes_version, schemas)
    from . import cel_checker
    how = Finish(contexts, version, analyzer, findings=list(cel_checker().unsupported_findings()),
                 read=_reader(rendered, label))
    with cyclic_collector_paused():
        if out is not None:
            report = _with_kubeconform([display_path(Path(out) / c.env) for c in checked], version, schemas,
                                       lambda wait: finish(checked, wait, how))
        else:
            with tempfile.TemporaryDirectory(prefix="otlp-istio-gate-") as tmp:
                report = _in_temporary_folder(Path(tmp), checked, rendered, version, schemas, label, how)
    report.timings["total"] = time.perf_counter() - t0
    return report


def _with_kubeconform(folders: list[str], version: str, schemas: Path, then: Callable, relabel=None) -> Report:
    """``then(wait)``, kubeconform running on ``folders`` meanwhile; ``wait()``: its results."""
    with Run(command(folders, version, schemas=schemas)).start() as run:
        def wait() -> list[dict]:
            results = run.wait()
            return [relabel(r) for r in results] if relabel else results
        return then(wait)


def _in_temporary_folder(tmp: Path, checked: list[Checked], rendered: dict[str, dict[str, bytes]], version: str,
                         schemas: Path, label: Callable[[str], str], how: Finish) -> Report:
    """kubeconform on the environments' files written to ``tmp`` (its results named as ``label``
    names them)."""
    from ..synth.writer import write_tree
    for c in checked:
        write_tree(tmp / c.env, rendered[c.env])
    here = display_path(tmp) + os.sep

    def relabel(result: dict) -> dict:
        name = os.path.normpath(result.get("filename") or "")
        if not name.startswith(here):
            return result
        env, _, rest = name[len(here):].partition(os.sep)
        return {**result, "filename": label(env) + rest}

    return _with_kubeconform([display_path(tmp / c.env) for c in checked], version, schemas,
                             lambda wait: finish(checked, wait, how), relabel)


def _reader(rendered: dict[str, dict[str, bytes]], label: Callable[[str], str]) -> Callable[[str], str]:
    """A file's text for the line of a finding's field: a rendered file's from the bytes the render
    emitted, any other's (an environment file) from disk."""
    folders = {label(env): env for env in rendered}

    def read(file: str) -> str:
        folder, name = os.path.dirname(file) + os.sep, os.path.basename(file)
        env = folders.get(folder)
        if env is not None and name in rendered[env]:
            return rendered[env][name].decode("utf-8")
        return Path(file).read_text(encoding="utf-8")
    return read
