"""``otlp-istio validate``: schema check, CEL rules and analyzer over OUT/<env>/."""
from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS, UserError
from .common import ENVS, OUT_DIR, progress


class ValidateOutput(str, enum.Enum):
    text = "text"
    json = "json"
    istioctl = "istioctl"


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate(
        out: Path = OUT_DIR,
        env: Optional[List[str]] = ENVS,
        output: ValidateOutput = typer.Option(
            ValidateOutput.text, "--output", "-o",
            help="text (one line per finding and a summary), json (a list of findings), or istioctl "
                 "(istioctl analyze's JSON shape: code, level, origin, reference, message, documentationUrl)."),
        kubernetes_version: str = typer.Option("1.31", "--kubernetes-version", "-k",
                                               help="Kubernetes version whose core schemas apply (1.29 to 1.33)."),
        failure_threshold: str = typer.Option("error", "--failure-threshold",
                                              help="Exit 1 when a finding has this severity or worse: "
                                                   "error, warning or info."),
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
        from ..findings import Severity
        from ..validate import environment_dirs, validate_paths
        from ..validate.report import finding_line, findings_json, summary_line

        try:
            threshold = Severity.parse(failure_threshold)
        except ValueError:
            raise UserError(f"--failure-threshold {failure_threshold}: allowed values: error, warning, info") from None
        folders = environment_dirs(out, env or None)
        with progress("Validating…"):
            report = validate_paths(folders, kubernetes_version)
        if output == ValidateOutput.json:
            sys.stdout.write(findings_json(report.findings) + "\n")
            print(summary_line(report, threshold), file=sys.stderr)
        elif output == ValidateOutput.istioctl:
            from ..analyzers.istioctl_format import istioctl_json
            sys.stdout.write(istioctl_json(report.findings) + "\n")
            print(summary_line(report, threshold), file=sys.stderr)
        else:
            for f in report.findings:
                typer.echo(finding_line(f))
            typer.echo(summary_line(report, threshold))
        if report.fails(threshold):
            raise typer.Exit(EXIT_FINDINGS)
