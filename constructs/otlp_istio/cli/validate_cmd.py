"""``otlp-istio validate``: schema check, CEL rules and analyzer over OUT/<env>/."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS, UserError
from ..validate.registry import DEFAULT_KUBERNETES_VERSION, available_kubernetes_versions
from .common import (ENVS, FINDINGS_OUTPUT_HELP, OUT_DIR, THRESHOLD, FindingsOutput, emit_findings,
                     parse_threshold, progress)


def kubernetes_versions_help() -> str:
    """The versions the committed schemas cover, read from schemas/ (not written here)."""
    try:
        versions = [v.rsplit(".", 1)[0] for v in available_kubernetes_versions()]
    except UserError:
        versions = []
    covered = ", ".join(versions) if versions else "none found: run `make schemas`"
    return f"Kubernetes version whose core schemas apply (schemas/ has: {covered})."


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate(
        out: Path = OUT_DIR,
        env: Optional[List[str]] = ENVS,
        output: FindingsOutput = typer.Option(FindingsOutput.text, "--output", "-o", help=FINDINGS_OUTPUT_HELP),
        kubernetes_version: str = typer.Option(DEFAULT_KUBERNETES_VERSION, "--kubernetes-version", "-k",
                                               help=kubernetes_versions_help()),
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
        emit_findings(report.findings, output, summary_line(report, threshold))
        if report.fails(threshold):
            raise typer.Exit(EXIT_FINDINGS)
