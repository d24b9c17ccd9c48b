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
        server: bool = typer.Option(False, "--server", help="Also a server-side dry-run of every file against the "
                                    "kubeconfig's cluster (its schemas, CEL rules and admission webhooks)."),
        kubeconfig: Optional[str] = typer.Option(None, "--kubeconfig", envvar="KUBECONFIG",
                                                 help="With --server: the kubeconfig (default: kubectl's)."),
        context: Optional[str] = typer.Option(None, "--context", help="With --server: the kubeconfig context."),
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

          otlp-istio validate -e prod --server --context prod-cluster   # also ask the cluster
        """
        from ..validate import environment_dirs, validate_paths
        from ..validate.report import summary_line

        threshold = parse_threshold(failure_threshold)
        folders = environment_dirs(out, env or None)
        with progress("Validating…"):
            report = validate_paths(folders, kubernetes_version)
            if server:
                from ..findings import Finding
                from ..validate.server import dry_run
                report.findings = sorted(set(report.findings) | set(dry_run(folders, kubeconfig=kubeconfig,
                                                                              context=context)), key=Finding.sort_key)
        summary = summary_line(report, threshold)
        if server:
            summary += f"; server-side dry-run against {'context ' + context if context else 'the current context'}"
        emit_findings(report.findings, output, summary)
        if report.fails(threshold):
            raise typer.Exit(EXIT_FINDINGS)
