"""``otlp-istio check FILE...``: render the given environment files in a temporary folder and
run the validation gate on the result; writes nothing. What the pre-commit hook runs."""
from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import List

import typer

from ..errors import EXIT_FINDINGS, Problem, UserError
from ..fieldpath import display_path
from .common import FINDINGS_OUTPUT_HELP, THRESHOLD, FindingsOutput, Threshold, emit_findings, parse_threshold


def environments_to_check(files: list[Path]) -> dict[Path, list[str]]:
    """config folder -> the environments a change to ``files`` affects (sorted).

    An environment file stands for itself; a base (``_name.yaml``) for every environment of
    its folder that extends it, directly or through another base.
    """
    from ..config.loader import discover

    problems, changed = [], {}
    for f in files:
        if f.suffix not in (".yaml", ".yml"):
            problems.append(Problem(file=str(f), path="", message="not an environment file (*.yaml / *.yml)"))
        elif not f.is_file():
            problems.append(Problem(file=str(f), path="", message="no such file"))
        else:
            changed.setdefault(f.parent, set()).add(f.resolve())
    if problems:
        raise UserError(problems)
    out: dict[Path, list[str]] = {}
    for folder, paths in changed.items():
        envs = discover(folder)
        chosen = {name for name, path in envs.items() if path.resolve() in paths}
        bases = {p for p in paths if p.name.startswith("_")}
        if bases:
            chosen |= {name for name, path in envs.items() if _extends_any(path, bases)}
        if chosen:
            out[folder] = sorted(chosen)
    return out


def _extends_any(path: Path, bases: set[Path], seen: frozenset = frozenset()) -> bool:
    """Whether the file at ``path`` extends one of ``bases`` (through a chain of ``extends``)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return True  # let the loader report it, with its line
    parent = data.get("extends") if isinstance(data, dict) else None
    if not isinstance(parent, str):
        return False
    target = (path.parent / parent).resolve()
    if target in bases:
        return True
    return target not in seen and target.is_file() and _extends_any(target, bases, seen | {target})


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        files: List[Path] = typer.Argument(..., metavar="FILE...",
                                           help="Environment files (a base _name.yaml stands for every environment "
                                                "that extends it)."),
        output: FindingsOutput = typer.Option(FindingsOutput.text, "--output", "-o", help=FINDINGS_OUTPUT_HELP),
        kubernetes_version: str = typer.Option("1.31", "--kubernetes-version", "-k",
                                               help="Kubernetes version whose core schemas apply (1.29 to 1.33)."),
        failure_threshold: Threshold = THRESHOLD,
    ) -> None:
        """Render the given environment files and validate the result, writing nothing.

        The pre-commit hook runs it on the environment files a commit changes:
        synth into a temporary folder, then validate's checks (schema, CEL rules,
        analyzer, collector). Exit 0 clean, 1 findings, 2 a bad environment file.

        Examples:

          otlp-istio check environments/prod.yaml

          otlp-istio check environments/_base.yaml      # every environment extending it
        """
        from ..synth import render_with_sources, write_outputs
        from ..validate import validate_paths
        from ..validate.report import summary_counts, summary_line

        threshold = parse_threshold(failure_threshold)
        groups = environments_to_check(list(files))
        if not groups:
            typer.echo("check: no environment to check (only bases no environment extends)")
            return
        with tempfile.TemporaryDirectory(prefix="otlp-istio-check-") as tmp:
            folders, labels = [], {}
            for i, (config_dir, names) in enumerate(sorted(groups.items())):
                out = Path(tmp) / str(i)
                rendered, sources = render_with_sources(config_dir, names)
                # the environment files are recorded beside the output: validate reads them from there
                for name, folder in zip(sorted(rendered), write_outputs(out, rendered, sources)):
                    folders.append((name, folder))
                    labels[display_path(folder)] = display_path(config_dir / f"{name}.yaml")
            report = validate_paths(folders, kubernetes_version)
            findings = [replace(f, file=_label(f, labels)) for f in report.findings]
            suppressed = [replace(s, finding=replace(s.finding, file=_label(s.finding, labels)))
                          for s in report.suppressed]
        for note in report.notes:
            typer.echo(note.replace("validate:", "check:", 1), err=True)
        emit_findings(findings, output, summary_line(report, threshold).replace("validate:", "check:", 1),
                      suppressed, summary_counts(findings, suppressed, threshold, report.documents))
        if report.fails(threshold):
            raise typer.Exit(EXIT_FINDINGS)


def _label(f, labels: dict[str, str]) -> str | None:
    """``<tmp>/0/prod/x.yaml`` -> ``environments/prod.yaml (rendered x.yaml)``; for a finding that names
    its place in the environment files (first), ``prod/x.yaml``: the object as synth would write it."""
    if not f.file:
        return f.file
    folder, name = os.path.split(f.file)
    source = labels.get(folder)
    if not source:
        return f.file
    return f"{os.path.basename(folder)}/{name}" if f.source is not None else f"{source} (rendered {name})"
