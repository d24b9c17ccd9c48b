"""The ``otlp-istio`` command. One module per subcommand, listed in ``COMMANDS``.

Exit codes: 0 ok; 1 findings (validation errors, diff with changes); 2 bad input or
usage (nothing written); 3 an internal error (a bug: the traceback goes to a log file); 130
interrupted (Ctrl-C; nothing written halfway).

Adding a command: write ``cli/<name>_cmd.py`` with ``register(app)`` (``@app.command("<name>")``;
import what the command needs inside the command function, not at the module's top),
and add ``Command("<name>", "otlp_istio.cli.<name>_cmd", "<first line of its docstring>")``
below. Nothing here imports a command module until that command runs (see ``registry``).
"""
from __future__ import annotations

import os
import sys

from ..errors import EXIT_INTERNAL, EXIT_USAGE, Problem, UserError
from .registry import Command, build_app, help_text

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C

# An explicit registry, in the order --help lists it: (name, module, one-line help).
COMMANDS = (
    Command("analyze", "otlp_istio.cli.analyze_cmd",
            "Check Istio + Kubernetes manifests against each other, offline."),
    Command("canary", "otlp_istio.cli.canary_cmd",
            "Progressive delivery of the collector through git: each decision is a commit."),
    Command("check", "otlp_istio.cli.check_cmd",
            "Render the given environment files and validate the result, writing nothing."),
    Command("doctor", "otlp_istio.cli.doctor_cmd",
            "Troubleshoot tracing, mTLS and routing: offline on the rendered output, live against Envoy "
            "dumps, certificates and trace endpoints."),
    Command("explain", "otlp_istio.cli.explain_cmd",
            "Explain a finding code: what it means, how to fix it, and a failing and a passing example."),
    Command("init", "otlp_istio.cli.init_cmd",
            "Scaffold an environments folder that synthesizes, validates and publishes as is."),
    Command("publish", "otlp_istio.cli.publish_cmd",
            "Synthesize, validate, and commit the environments to the environment repo in ONE commit."),
    Command("diff", "otlp_istio.cli.publish_cmd",
            "Show what a publish would change in the environment repo, resource by resource."),
    Command("retire", "otlp_istio.cli.retire_cmd",
            "Remove environments from the environment repo: exactly the files publish wrote for them."),
    Command("schema", "otlp_istio.cli.schema_cmd",
            "Print the JSON Schema of an environment file (for yaml-language-server and editors)."),
    Command("synth", "otlp_istio.cli.synth_cmd",
            "Render environments into plain YAML, one file per object: OUT/<env>/<kind>-<name>.yaml."),
    Command("validate", "otlp_istio.cli.validate_cmd",
            "Check rendered manifests before they are published: exit 0 clean, 1 findings."),
)


def __getattr__(name: str):
    if name == "app":  # the whole typer app, every command registered (tests, docs)
        return build_app(COMMANDS)
    raise AttributeError(name)


def _report_internal_error(exc: BaseException, as_json: bool = False) -> int:
    import tempfile
    import traceback

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


def _run_for_json(app, argv: list[str] | None) -> int:
    """The app with ``-o json``: usage errors (bad option values ...) become JSON errors too."""
    import typer

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

    from ..errors import SCHEMA_VERSION
    sys.stdout.write(json.dumps({"schema_version": SCHEMA_VERSION, "errors": [p.to_dict() for p in problems]},
                                indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
    completing = any(k.startswith("_OTLP_ISTIO_COMPLETE") for k in os.environ)  # the shell asks typer
    if not completing and (not argv or argv[0] in ("-h", "--help")):
        sys.stdout.write(help_text(COMMANDS))
        return 0 if argv else EXIT_USAGE  # no arguments at all is a usage error
    if not completing and argv[0] in ("-V", "--version"):
        from .. import __version__
        sys.stdout.write(f"otlp-istio {__version__}\n")
        return 0
    as_json = _wants_json(argv)
    try:
        app = build_app(COMMANDS, None if completing or argv[0].startswith("-") else argv[0])
        if as_json:
            return _run_for_json(app, argv)
        # standalone mode: typer prints usage errors itself and exits with 2
        app(args=argv, prog_name="otlp-istio")
    except UserError as exc:
        print(exc.render(), file=sys.stderr)
        if as_json:
            _print_json_errors(exc.problems)
        return exc.exit_code
    except SystemExit as exc:
        if exc.code == EXIT_INTERRUPTED:  # typer turns KeyboardInterrupt into exit 130, silently
            print("otlp-istio: interrupted", file=sys.stderr)
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("otlp-istio: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - last resort: never a bare traceback
        return _report_internal_error(exc, as_json)
    return 0


def prepare_interpreter() -> None:
    """What the console script sets up before anything else runs (``run``; the benchmarks
    call it too, to measure in-process what the command does):

    * the generated modules are compiled without jsii's run-time type checks (see
      ``generated.loader``), in this one interpreter; ``OTLP_ISTIO_TYPECHECK=1`` keeps them
      on (the tests run with them on);
    * pydantic's plugins are off (``PYDANTIC_DISABLE_PLUGINS=1`` unless set otherwise);
    * the garbage collector's young generation is larger (see below).
    """
    # The cyclic garbage collector runs a young collection every 700 net allocations
    # (CPython's default) and, as the heap grows, older ones that walk everything alive:
    # importing pydantic, building the models and loading environment files allocate
    # much and free little, so half of the time spent reading environment files went to
    # the collector. 10,000 keeps it (long-running commands such as `canary watch` still
    # collect cycles) at a fraction of the cost.
    import gc
    gc.set_threshold(10_000)
    # pydantic looks for plugins in every installed distribution's entry points when it
    # builds the first model (a scan of site-packages, ~4 ms here): the command uses none.
    # PYDANTIC_DISABLE_PLUGINS is pydantic's own switch; a value set outside wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("1", "true", "__all__"):
        # With every plugin off, pydantic's lookup (pydantic.plugin._loader.get_plugins, its
        # one use: plugin/_schema_validator.py in the pinned release) returns nothing, but
        # importing its module imports importlib.metadata (and the email package): ~8 ms of
        # start-up. A module answering the same is put in its place.
        _no_pydantic_plugins()
    if os.environ.get("OTLP_ISTIO_TYPECHECK") != "1":
        from ..generated import loader

        loader.install()


def _no_pydantic_plugins() -> None:
    import types

    name = "pydantic.plugin._loader"
    if name not in sys.modules:
        module = types.ModuleType(name, "pydantic's plugin lookup with every plugin disabled (otlp_istio.cli).")
        module.get_plugins = lambda: ()  # type: ignore[attr-defined]
        sys.modules[name] = module


def run() -> None:  # pragma: no cover - console script wrapper
    """Console script: :func:`prepare_interpreter`, then the command."""
    prepare_interpreter()
    code = main()
    # At exit the interpreter collects garbage over everything still alive (every module,
    # model and rendered file): about 30 ms of a 0.26 s synth, for memory the kernel takes
    # back anyway. Frozen objects are left out of those collections; exit handlers,
    # finalizers and output flushing still run.
    import gc
    gc.freeze()
    sys.exit(code)
