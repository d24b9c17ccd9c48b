"""``otlp-istio validate``: schema check, CEL rules and analyzer over OUT/<env>/."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS
from .common import (ENVS, FINDINGS_OUTPUT_HELP, OUT_DIR, THRESHOLD, FindingsOutput, emit_findings,
                     parse_threshold, progress)


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate(
        out: Path = OUT_DIR,
        env: Optional[List[str]] = ENVS,
        output: FindingsOutput = typer.Option(FindingsOutput.text, "--output", "-o", help=FINDINGS_OUTPUT_HELP),
        kubernetes_version: str = typer.Option("1.31", "--kubernetes-version", "-k",
                                               help="Kubernetes version whose core schemas apply (1.29 to 1.33)."),
        failure_threshold: str = THRESHOLD,
    ) -> None:
        """Check rendered manifests before they are published: exit 0 clean, 1 findings.

        Runs, offline: kubeconform -strict against Kubernetes and CRD JSON
        schemas (schemas/), the CRDs' CEL validation rules
        (x-kubernetes-validations, as the API server would), and the semantic
        analyzer (routes to missing hosts/subsets/ports, mTLS readiness, ...).
        Exit 2 on bad usage.

        Output lines read `file:line: Severity code resource path: message`.

        Examples:

          otlp-istio validate                             # every environment under dist/

          otlp-istio validate --out dist -e prod -o json --failure-threshold warning
        """
        from ..validate import environment_dirs, validate_paths
        from ..validate.report import summary_line

        threshold = parse_threshold(failure_threshold)
        folders = environment_dirs(out, env or None)
        with progress("Validating…"):
            report = validate_paths(folders, kubernetes_version)
        for note in report.notes:  # once per run, on stderr (stdout stays machine-readable)
            typer.echo(note, err=True)
        emit_findings(report.findings, output, summary_line(report, threshold))
        if report.fails(threshold):
            raise typer.Exit(EXIT_FINDINGS)
