"""``otlp-istio doctor``: troubleshooting checks, offline on the rendered output and live."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS
from .common import ENVS, Output

OUT = typer.Option(Path("dist"), "--out", help="Rendered output: the checks read OUT/<env>/.", file_okay=False)
CONFIG = typer.Option(None, "--config-dir", "-c", file_okay=False,
                      help="Read environment files instead and render them in memory (nothing is written).")
OUTPUT = typer.Option(Output.text, "--output", "-o", help="text (a report for people) or json ({\"checks\": [...]}).")


def emit(report, output: Output) -> None:
    """Print the report; exit 1 when a check failed."""
    if output == Output.json:
        sys.stdout.write(report.to_json() + "\n")
    else:
        typer.echo(report.to_text())
    if report.failed:
        raise typer.Exit(EXIT_FINDINGS)


def _offline(module, paths, config_dir, out, env, output) -> None:
    from ..doctor import Report, run_offline, sources
    manifests = sources.load(paths, config_dir, out, env)
    emit(Report(checks=run_offline(manifests, (module,))), output)


def register(app: typer.Typer) -> None:
    doctor_app = typer.Typer(
        name="doctor", add_completion=False, pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        help=("Troubleshoot tracing, mTLS and routing: offline on the rendered output, live against "
              "Envoy dumps, certificates and trace endpoints.\n\nExit 0 when no check failed, 1 when one "
              "did, 2 for bad input."))

    @doctor_app.callback(invoke_without_command=True)
    def doctor(
        ctx: typer.Context,
        out: Path = OUT,
        config_dir: Optional[Path] = CONFIG,
        env: Optional[List[str]] = ENVS,
        output: Output = OUTPUT,
    ) -> None:
        """Run every check that applies and print one report.

        Without a subcommand: tracing, mtls and routes for each environment (of
        --out, or --config-dir). Each check prints an id, ok / WARN / FAIL, what
        it saw and what to do next.

        Examples:

          otlp-istio doctor                       # every environment under dist/

          otlp-istio doctor -e prod -o json

          otlp-istio doctor tracing -e prod       # one check
        """
        if ctx.invoked_subcommand is not None:
            return
        from ..doctor import Report, run_offline, sources
        manifests = sources.load(None, config_dir, out, env)
        emit(Report(checks=run_offline(manifests)), output)

    def offline_command(name: str, module_name: str, summary: str) -> None:
        def command(
            paths: Optional[List[Path]] = typer.Argument(None, metavar="[PATH...]",
                                                        help="Any manifests instead of an environment."),
            out: Path = OUT,
            config_dir: Optional[Path] = CONFIG,
            env: Optional[List[str]] = ENVS,
            output: Output = OUTPUT,
        ) -> None:
            import importlib
            _offline(importlib.import_module(f"otlp_istio.doctor.{module_name}"), paths, config_dir, out, env, output)
        command.__doc__ = summary
        doctor_app.command(name)(command)

    offline_command("tracing", "tracing", (
        "Tracing on or off, provider and endpoint, sampling, custom tags (offline).\n\n"
        "Fails when the Telemetry selects a provider the rendered mesh config does not define.\n\n"
        "Examples:\n\n  otlp-istio doctor tracing -e prod\n\n  otlp-istio doctor tracing --config-dir environments -e dev"))
    offline_command("mtls", "mtls", (
        "mTLS mode per workload and readiness for STRICT (offline).\n\n"
        "Fails when STRICT covers workloads without a sidecar or a DestinationRule sends plaintext to them.\n\n"
        "Examples:\n\n  otlp-istio doctor mtls -e prod\n\n  otlp-istio doctor mtls k8s/ -o json"))
    offline_command("routes", "routes", (
        "Per VirtualService: where each route sends traffic, with which weights, to which workloads (offline).\n\n"
        "Fails on routes to hosts, subsets or ports nothing defines.\n\n"
        "Examples:\n\n  otlp-istio doctor routes -e prod"))

    app.add_typer(doctor_app, name="doctor")
