"""The ``otlp-istio`` command. One module per subcommand, listed in ``COMMANDS``.

Exit codes: 0 ok; 1 findings (validation errors, diff with changes); 2 bad input or
usage (nothing written); 3 an internal error (a bug: the traceback goes to a log file).
"""
from __future__ import annotations

import importlib
import os
import sys
import tempfile
import traceback

import typer

from ..errors import EXIT_INTERNAL, Problem, UserError

# An explicit, sorted registry: each module defines `register(app)`.
COMMANDS = (
    "otlp_istio.cli.analyze_cmd",
    "otlp_istio.cli.canary_cmd",
    "otlp_istio.cli.check_cmd",
    "otlp_istio.cli.doctor_cmd",
    "otlp_istio.cli.explain_cmd",
    "otlp_istio.cli.init_cmd",
    "otlp_istio.cli.publish_cmd",
    "otlp_istio.cli.schema_cmd",
    "otlp_istio.cli.synth_cmd",
    "otlp_istio.cli.validate_cmd",
)

app = typer.Typer(
    name="otlp-istio",
    help=(
        "Compile environment files into Istio + OpenTelemetry Collector manifests for GitOps.\n\n"
        "Typical flow: `otlp-istio synth` renders environments/*.yaml into dist/<env>/, "
        "`otlp-istio validate` checks them, `otlp-istio publish` commits them to the "
        "environment repo that Flux reconciles."
    ),
    no_args_is_help=True,
    # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)



def _version(value: bool) -> None:
    if value:
        from .. import __version__
        typer.echo(f"otlp-istio {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Compile environment files into Istio + OpenTelemetry Collector manifests for GitOps."""


for _name in COMMANDS:
    importlib.import_module(_name).register(app)


def _report_internal_error(exc: BaseException, as_json: bool = False) -> int:
    fd, log = tempfile.mkstemp(prefix="otlp-istio-crash-", suffix=".log")
    with os.fdopen(fd, "w") as fh:
        traceback.print_exception(exc, file=fh)
    message = (f"otlp-istio: internal error: {type(exc).__name__}: {exc}\n"
               f"This is a bug, not a problem with your input. Traceback written to {log}")
    print(message, file=sys.stderr)
    if as_json:
        _print_json_errors([Problem(file="", path="", message=message)])
    return EXIT_INTERNAL


def _wants_json(argv: list[str] | None) -> bool:
    """Whether the command line asks for ``-o json`` (errors are then JSON on stdout too)."""
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        if arg in ("-o", "--output") and i + 1 < len(args) and args[i + 1] == "json":
            return True
        if arg in ("-ojson", "--output=json"):
            return True
    return False


def _run_for_json(argv: list[str] | None) -> int:
    """The app with ``-o json``: usage errors (bad option values ...) become JSON errors too."""
    try:
        rv = app(args=argv, prog_name="otlp-istio", standalone_mode=False)
    except typer.Abort:
        print("otlp-istio: aborted", file=sys.stderr)
        return 1
    except typer.TyperException as exc:  # a usage error (click's ClickException)
        if not hasattr(exc, "format_message"):
            raise
        message = exc.format_message()
        print(f"otlp-istio: {message}", file=sys.stderr)
        _print_json_errors([Problem(file="", path="", message=message)])
        return getattr(exc, "exit_code", 2)
    return rv if isinstance(rv, int) else 0


def _print_json_errors(problems: list[Problem]) -> None:
    """``{"schema_version": 1, "errors": [{file, line, path, message}]}`` on stdout."""
    import json

    from ..validate.report import SCHEMA_VERSION
    sys.stdout.write(json.dumps({"schema_version": SCHEMA_VERSION, "errors": [p.to_dict() for p in problems]},
                                indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
    as_json = _wants_json(argv)
    try:
        if as_json:
            return _run_for_json(argv)
        # standalone mode: typer prints usage errors itself and exits with 2
        app(args=argv, prog_name="otlp-istio")
    except UserError as exc:
        print(exc.render(), file=sys.stderr)
        if as_json:
            _print_json_errors(exc.problems)
        return exc.exit_code
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("otlp-istio: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: never a bare traceback
        return _report_internal_error(exc, as_json)
    return 0


def run() -> None:  # pragma: no cover - console script wrapper
    """Console script: re-executes under ``python -O`` first.

    jsii's generated classes type-check every argument at run time unless Python runs
    optimized (its documented switch); that checking is half the cost of synthesis.
    The tests run with the checks on; ``OTLP_ISTIO_TYPECHECK=1`` keeps them on here too.
    """
    if not sys.flags.optimize and os.environ.get("OTLP_ISTIO_TYPECHECK") != "1":
        try:
            os.execv(sys.executable, [sys.executable, "-O", "-m", "otlp_istio", *sys.argv[1:]])
        except OSError:
            pass  # run as we are
    sys.exit(main())
