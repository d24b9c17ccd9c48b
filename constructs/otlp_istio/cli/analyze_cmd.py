"""``otlp-istio analyze``: the semantic analyzer alone, on any YAML files or folders."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS, UserError
from .common import FINDINGS_OUTPUT_HELP, THRESHOLD, FindingsOutput, Threshold, emit_findings, parse_threshold


def _schema_skipped(exc: UserError) -> None:
    typer.echo(f"analyze: schema validation (IST0106) skipped: {exc.render()}; --no-schema skips it "
               "without this note", err=True)


def _print_json(key: str, data) -> None:
    from ..errors import SCHEMA_VERSION
    sys.stdout.write(json.dumps({"schema_version": SCHEMA_VERSION, key: data}, indent=2, sort_keys=True) + "\n")


def _list_codes(output: FindingsOutput) -> None:
    """``--list-codes``: a line per analyzer code, its table in Markdown, or the data."""
    from .. import messages
    if output == FindingsOutput.markdown:
        typer.echo(messages.markdown_table())
    elif output != FindingsOutput.text:
        _print_json("codes", messages.table())
    else:
        for code, row in messages.table().items():
            istio = row["istio_code"] or "-"
            typer.echo(f"{code}  {row['severity']:<7}  {istio:<7}  {row['name']}: {row['description']}")


def _list_analyzers(output: FindingsOutput) -> None:
    """``--list``: each analyzer's name, what it checks, the kinds it reads and its codes."""
    from ..analyzers import catalog
    rows = catalog()
    if output == FindingsOutput.markdown:
        typer.echo("| analyzer | what it checks | kinds | codes |\n|---|---|---|---|")
        for r in rows:
            typer.echo(f"| {r['name']} | {r['description']} | {', '.join(r['kinds'])} | {', '.join(r['codes'])} |")
    elif output != FindingsOutput.text:
        _print_json("analyzers", rows)
    else:
        width = max(len(r["name"]) for r in rows)
        for r in rows:
            typer.echo(f"{r['name']:<{width}}  {r['description']}\n{'':<{width}}  kinds: {', '.join(r['kinds'])}"
                       f"\n{'':<{width}}  codes: {', '.join(r['codes'])}")


def analyze(
    paths: Optional[List[Path]] = typer.Argument(
        None, metavar="PATH...",
        help="YAML files (multi-document allowed) or folders (every *.yaml/*.yml below, sorted); "
             "'-' reads standard input."),
    output: FindingsOutput = typer.Option(FindingsOutput.text, "--output", "-o", help=FINDINGS_OUTPUT_HELP),
    failure_threshold: Threshold = THRESHOLD,
    mesh_config_file: Optional[Path] = typer.Option(
        None, "--meshConfigFile", metavar="FILE",
        help="A mesh config (YAML, as istioctl's --meshConfigFile) for the root namespace, the extension "
             "providers and the ingress controller; without it, the istio ConfigMap among the documents, else "
             "Istio's defaults."),
    no_schema: bool = typer.Option(
        False, "--no-schema",
        help="Skip validating each object as the gate does (schema, CEL rules, built-in and Istio webhook "
             "rules; errors on Istio's kinds are istioctl's IST0106)."),
    pods_only: bool = typer.Option(
        False, "--pods-only",
        help="Match the selectors of istioctl's checks against Pod objects only, as istioctl analyze "
             "--use-kube=false does; by default a workload's pod template stands for its pods."),
    list_codes: bool = typer.Option(False, "--list-codes",
                                    help="Print the analyzer's codes (with -o json: as data) and exit."),
    list_analyzers: bool = typer.Option(False, "--list", help="Print the analyzers (name, what each checks, the "
                                        "kinds it reads, its codes; with -o json: as data) and exit."),
    only: Optional[List[str]] = typer.Option(None, "--only", metavar="NAME",
                                             help="Run only this analyzer (repeat for several; --list names them). "
                                                  "The schema check runs unless --no-schema."),
    skip: Optional[List[str]] = typer.Option(None, "--skip", metavar="NAME",
                                             help="Do not run this analyzer (repeat for several)."),
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
    nothing; unknown or misplaced Istio annotations (--list-codes). An
    analyzer runs only on input holding a kind it reads (--list).

    Text lines read `file:line: Severity code resource path: message`;
    the JSON forms also carry the matching istioctl code (IST0101, ...).
    Each object is also validated as the gate validates it (schema, CEL
    rules, built-in validation): errors on Istio's kinds are istioctl's
    IST0106 (--no-schema skips this).
    Short hosts resolve in the namespace of the resource naming them.
    A resource annotated galley.istio.io/analyze-suppress: "IST0118,OI1402"
    (or "*") drops those findings. Folders that define the same objects
    (dist/prod, dist/dev) are analyzed each on its own. As istioctl on
    files, a stand-in ingress gateway (istio: ingressgateway) is assumed.

    Examples:

      otlp-istio analyze dist/prod

      otlp-istio analyze k8s/ extra.yaml -o json

      kubectl get svc,deploy,vs,dr -A -o yaml | otlp-istio analyze -

      otlp-istio analyze dist -o istioctl --failure-threshold warning

      otlp-istio analyze k8s/ --meshConfigFile mesh.yaml

      otlp-istio analyze k8s/ -o istioctl --pods-only
    """
    from ..analyzers import select
    from ..analyzers.meshconfig import load_file as load_mesh_config
    from ..findings import Severity
    from ..validate.analyze import analyze_read, check_paths, read_paths
    from ..validate.report import plural, summary_counts

    if list_codes or list_analyzers:
        return _list_codes(output) if list_codes else _list_analyzers(output)
    threshold = parse_threshold(failure_threshold)
    analyzers = select(only or (), skip or ())
    check_paths(paths)
    mesh = load_mesh_config(mesh_config_file) if mesh_config_file is not None else None
    t0 = time.perf_counter()
    read = read_paths(paths, sys.stdin.read)
    result = analyze_read(read, mesh_config=mesh, pods_only=pods_only, schema=not no_schema,
                          skipped=_schema_skipped, analyzers=analyzers)
    findings, suppressed = result.findings, result.suppressed
    seconds = time.perf_counter() - t0

    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    failed = any(f.severity.rank >= threshold.rank for f in findings)
    summary = (f"analyze: {'FAILED' if failed else 'passed'}: {plural(counts[Severity.ERROR], 'error')}, "
               f"{plural(counts[Severity.WARNING], 'warning')}, {counts[Severity.INFO]} info, "
               f"{len(suppressed)} suppressed in "
               f"{plural(len(read.documents), 'document')} ({plural(read.files, 'file')}; "
               f"fails at {threshold.value.lower()}) in {seconds:.2f}s")
    emit_findings(findings, output, summary, suppressed,
                  summary_counts(findings, suppressed, threshold, len(read.documents)))
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
