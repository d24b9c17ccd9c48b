"""``otlp-istio check FILE...``: render the given environment files in a temporary folder and
run the validation gate on the result; writes nothing. What the pre-commit hook runs."""
from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import List

import typer

from ..errors import EXIT_FINDINGS
from ..fieldpath import display_path
from .common import FINDINGS_OUTPUT_HELP, THRESHOLD, FindingsOutput, Threshold, emit_findings, parse_threshold


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
    from ..config.loader import environments_affected_by
    from ..synth import render_with_sources, write_outputs
    from ..validate import validate_paths
    from ..validate.report import summary_counts, summary_line

    threshold = parse_threshold(failure_threshold)
    groups = environments_affected_by(list(files))
    if not groups:
        typer.echo("check: no environment to check (only bases no environment extends)")
        return
    with tempfile.TemporaryDirectory(prefix="otlp-istio-check-") as tmp:
        folders, labels = [], {}
        for i, (config_dir, names) in enumerate(sorted(groups.items())):
            rendered, sources = render_with_sources(config_dir, names)
            # the environment files are recorded beside the output: validate reads them from there
            for name, folder in zip(sorted(rendered), write_outputs(Path(tmp) / str(i), rendered, sources)):
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


def register(app: typer.Typer) -> None:
    app.command("check")(check)
