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

from ..errors import EXIT_INTERNAL, UserError

# An explicit, sorted registry: each module defines `register(app)`.
COMMANDS = (
    "otlp_istio.cli.analyze_cmd",
    "otlp_istio.cli.canary_cmd",
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
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

for _name in COMMANDS:
    importlib.import_module(_name).register(app)


def _report_internal_error(exc: BaseException) -> int:
    fd, log = tempfile.mkstemp(prefix="otlp-istio-crash-", suffix=".log")
    with os.fdopen(fd, "w") as fh:
        traceback.print_exception(exc, file=fh)
    print(f"otlp-istio: internal error: {type(exc).__name__}: {exc}\n"
          f"This is a bug, not a problem with your input. Traceback written to {log}",
          file=sys.stderr)
    return EXIT_INTERNAL


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
    try:
        # standalone mode: typer prints usage errors itself and exits with 2
        app(args=argv, prog_name="otlp-istio")
    except UserError as exc:
        print(exc.render(), file=sys.stderr)
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
        return _report_internal_error(exc)
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
