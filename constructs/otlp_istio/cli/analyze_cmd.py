"""``otlp-istio analyze``: the semantic analyzer alone, on any YAML files or folders."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS, Problem, UserError
from .common import FINDINGS_OUTPUT_HELP, THRESHOLD, FindingsOutput, Threshold, emit_findings, parse_threshold


def register(app: typer.Typer) -> None:
    @app.command("analyze")
    def analyze(
        paths: Optional[List[Path]] = typer.Argument(
            None, metavar="PATH...",
            help="YAML files (multi-document allowed) or folders (every *.yaml/*.yml below, sorted); "
                 "'-' reads standard input."),
        output: FindingsOutput = typer.Option(FindingsOutput.text, "--output", "-o", help=FINDINGS_OUTPUT_HELP),
        failure_threshold: Threshold = THRESHOLD,
        list_codes: bool = typer.Option(False, "--list-codes",
                                        help="Print the analyzer's codes (with -o json: as data) and exit."),
    ) -> None:
        """Check Istio + Kubernetes manifests against each other, offline.

        Exit 0 clean, 1 findings at or above --failure-threshold, 2 bad usage.

        Works on any YAML, not only synth's output: Services, Deployments,
        StatefulSets, DaemonSets, Pods, Namespaces (injection labels), and
        ServiceEntries, VirtualServices, DestinationRules, PeerAuthentications,
        AuthorizationPolicies, Telemetry. It reports, among others: routes to
        hosts, subsets or ports nothing defines; subsets that select no
        workload; route weights not summing to 100; rules after a catch-all;
        workloads under STRICT mTLS without a sidecar; DestinationRule TLS
        modes the PeerAuthentication rejects; Service ports not named by
        protocol; conflicting Telemetry selectors; selectors that select
        nothing; unknown or misplaced Istio annotations (--list-codes).

        Text lines read `file:line: Severity code resource path: message`;
        the JSON forms also carry the matching istioctl code (IST0101, ...).
        Short hosts resolve in the namespace of the resource naming them.
        A resource annotated galley.istio.io/analyze-suppress: "IST0118,OI1402"
        (or "*") drops those findings. Folders that define the same objects
        (dist/prod, dist/dev) are analyzed each on its own.

        Examples:

          otlp-istio analyze dist/prod

          otlp-istio analyze k8s/ extra.yaml -o json

          kubectl get svc,deploy,vs,dr -A -o yaml | otlp-istio analyze -

          otlp-istio analyze dist -o istioctl --failure-threshold warning
        """
        from ..analyzers import analyze_documents, table
        from ..findings import Finding, Severity
        from ..validate import codes as gate_codes
        from ..validate.locate import add_lines
        from ..validate.report import plural
        from ..yamlio import YamlSyntaxError, iter_yaml_files, load_documents, load_documents_text

        if list_codes:
            if output != FindingsOutput.text:
                from ..validate.report import SCHEMA_VERSION
                sys.stdout.write(json.dumps({"schema_version": SCHEMA_VERSION, "codes": table()},
                                            indent=2, sort_keys=True) + "\n")
                return
            for code, row in table().items():
                istio = row["istio_code"] or "-"
                typer.echo(f"{code}  {row['severity']:<7}  {istio:<7}  {row['name']}: {row['description']}")
            return
        threshold = parse_threshold(failure_threshold)
        if not paths:
            raise UserError("no PATH given: name YAML files or folders to analyze (or '-' for standard input); "
                            "see `otlp-istio analyze --help`")
        missing = [p for p in paths if str(p) != "-" and not p.exists()]
        if missing:
            raise UserError([Problem(file="", path="", message=f"{p}: no such file or folder") for p in missing])

        t0 = time.perf_counter()
        findings: list[Finding] = []
        documents = []
        n_files = 0

        def unreadable(file: str, message: str, line: int | None = None) -> None:
            findings.append(Finding(code=gate_codes.UNREADABLE, severity=Severity.ERROR, resource="", path="",
                                    message=message, file=file, line=line))

        def load(file: str, loader) -> None:
            try:
                documents.extend(loader())
            except YamlSyntaxError as exc:
                for p in exc.problems:
                    unreadable(file, f"{p.message}; fix the YAML", p.line)
            except UserError as exc:
                for p in exc.problems:
                    unreadable(file, p.message, p.line)

        files = [p for p in paths if str(p) != "-"]
        if any(str(p) == "-" for p in paths):
            n_files += 1
            load("<stdin>", lambda: load_documents_text(sys.stdin.read(), "<stdin>"))
        for path in iter_yaml_files(files):
            n_files += 1
            load(str(path), lambda path=path: load_documents(path, display=str(path)))
        if n_files == 0:
            raise UserError(f"no YAML files (*.yaml, *.yml) in {', '.join(map(str, files))}")

        from ..validate.context import Suppressed
        by_annotation: list[Finding] = []
        analyzed = analyze_documents(documents, by_annotation)
        suppressed = [Suppressed(f, "annotation galley.istio.io/analyze-suppress") for f in by_annotation]
        stdin_findings = [f for f in analyzed if f.file == "<stdin>"]
        located = add_lines([f for f in analyzed if f.file != "<stdin>"])
        findings = sorted(set(findings + located + stdin_findings), key=Finding.sort_key)
        seconds = time.perf_counter() - t0

        counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
        failed = any(f.severity.rank >= threshold.rank for f in findings)
        summary = (f"analyze: {'FAILED' if failed else 'passed'}: {plural(counts[Severity.ERROR], 'error')}, "
                   f"{plural(counts[Severity.WARNING], 'warning')}, {counts[Severity.INFO]} info, "
                   f"{len(suppressed)} suppressed in "
                   f"{plural(len(documents), 'document')} ({plural(n_files, 'file')}; "
                   f"fails at {threshold.value.lower()}) in {seconds:.2f}s")
        from ..validate.report import summary_counts
        emit_findings(findings, output, summary, suppressed,
                      summary_counts(findings, suppressed, threshold, len(documents)))
        if failed:
            raise typer.Exit(EXIT_FINDINGS)
