"""``otlp-istio validate``: schema check, CEL rules and analyzer over OUT/<env>/."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS, UserError
from ..validate.registry import DEFAULT_KUBERNETES_VERSION, available_kubernetes_versions
from .common import (ENVS, FINDINGS_OUTPUT_HELP, OUT_DIR, SHARD, THRESHOLD, FindingsOutput, Threshold,
                     emit_findings, parse_threshold, progress)


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
        config_dir: Optional[Path] = typer.Option(None, "--config-dir", "-c", file_okay=False, help=(
            "Folder of the environment files to judge OUT/<env>/ with (default: the files synth recorded "
            "in OUT/<env>/, else environments/): each <env>.yaml adds its external_services (known to the "
            "analyzer) and validation.ignore (reported as suppressed); OUT/<env>/ without one is checked "
            "on its own, and (without --env) an <env>.yaml without OUT/<env>/ fails (OI0304: never checked).")),
        env: Optional[List[str]] = ENVS,
        shard: Optional[str] = SHARD,
        output: FindingsOutput = typer.Option(FindingsOutput.text, "--output", "-o", help=FINDINGS_OUTPUT_HELP),
        kubernetes_version: str = typer.Option(DEFAULT_KUBERNETES_VERSION, "--kubernetes-version", "-k",
                                               help=kubernetes_versions_help()),
        failure_threshold: Threshold = THRESHOLD,
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
        A folder whose environment file is gone (deleted or renamed since synth)
        fails (OI0303) and is not checked; validate deletes nothing. Exit 2 on
        bad usage.

        Output lines read `file:line: Severity code resource path: message`.

        Examples:

          otlp-istio validate                             # every environment under dist/

          otlp-istio validate --out dist -e prod -o json --failure-threshold warning

          otlp-istio validate -e prod --server --context prod-cluster   # also ask the cluster
        """
        from ..validate.report import summary_counts, summary_line

        threshold = parse_threshold(failure_threshold)
        if config_dir is not None and not config_dir.is_dir():
            raise UserError(f"--config-dir {config_dir}: no such folder")
        if shard is not None:
            # the share of the environment files when they are given (a CI job whose share is empty
            # rendered nothing: --out may not exist), else of the rendered folders
            from ..config.shards import in_shard, parse_shard
            if config_dir is not None:
                from ..config.loader import environment_files
                names = [name for name, _ in environment_files(config_dir, env or None)]
            else:
                from ..validate import environment_dirs
                names = [name for name, _ in environment_dirs(out, env or None)]
            env = in_shard(names, parse_shard(shard))
            if not env:
                typer.echo(f"validate: no environment in shard {shard}; nothing to check", err=True)
                return
        with progress("Validating…"):
            report = _report(out, env or None, kubernetes_version, config_dir,
                             {"kubeconfig": kubeconfig, "context": context} if server else None)
        for note in report.notes:  # once per run, on stderr (stdout stays machine-readable)
            typer.echo(note, err=True)
        summary = summary_line(report, threshold)
        if server:
            summary += f"; server-side dry-run against {'context ' + context if context else 'the current context'}"
        emit_findings(report.findings, output, summary, report.suppressed,
                      summary_counts(report.findings, report.suppressed, threshold, report.documents))
        if report.fails(threshold):
            raise typer.Exit(EXIT_FINDINGS)


def _report(out: Path, envs: Optional[list[str]], kubernetes_version: str, config_dir: Optional[Path],
            server: Optional[dict]):
    """The gate's report on ``out``'s environment folders, with the output out of step with the
    environment files (:mod:`..validate.stale`): a folder whose environment file is gone is one
    finding and nothing in it is checked; with ``config_dir`` and no ``envs``, so is an environment
    file there without its folder."""
    from ..findings import Finding
    from ..validate import Report, environment_dirs, validate_report
    from ..validate.registry import normalize_kubernetes_version
    from ..validate.stale import out_of_step
    folders = environment_dirs(out, envs)
    gone, found = out_of_step(folders, out, config_dir, every=not envs)
    if not found:
        return validate_report(out, envs, kubernetes_version, config_dir=config_dir, server=server)
    live = [name for name, _ in folders if name not in gone]
    report = (validate_report(out, live, kubernetes_version, config_dir=config_dir, server=server) if live
              else Report(findings=[], kubernetes_version=normalize_kubernetes_version(kubernetes_version)))
    report.findings = sorted([*report.findings, *found], key=Finding.sort_key)
    return report
