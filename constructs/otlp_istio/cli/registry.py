"""The lazy command registry: a command's module is imported only when it runs.

``otlp-istio --help`` lists every command from the table in ``cli/__init__.py``
(name, module, one-line help) without importing typer or any command module: that
is what keeps it fast. Running a command builds a typer app holding only the
commands of that command's module, so start-up pays for nothing else.
"""
from __future__ import annotations

import importlib
import textwrap
from typing import Iterable, NamedTuple, Union

PROG = "otlp-istio"
HELP = (
    "Compile environment files into Istio + OpenTelemetry Collector manifests for GitOps.\n\n"
    "Typical flow: `otlp-istio synth` renders environments/*.yaml into dist/<env>/, "
    "`otlp-istio validate` checks them, `otlp-istio publish` commits them to the "
    "environment repo that Flux reconciles."
)
WIDTH = 80


class Command(NamedTuple):
    """One subcommand: its name, the module whose ``register(app)`` defines it, and
    the one-line help ``--help`` lists (the first line of the command's docstring;
    a test keeps them equal)."""

    name: str
    module: str
    help: str


Entry = Union[Command, str]  # a bare module name: the old form, imported eagerly


def _commands(entries: Iterable[Entry]) -> list[Command]:
    """The table, with bare module names (the old registry's form) expanded by
    importing them: it works, but costs every command's start-up."""
    out: list[Command] = []
    for entry in entries:
        if isinstance(entry, Command):
            out.append(entry)
            continue
        app = _typer_app()
        importlib.import_module(entry).register(app)
        for name, doc in registered(app):
            out.append(Command(name, entry, doc))
    return out


def registered(app) -> list[tuple[str, str]]:
    """(name, first line of help) of every command and command group registered on ``app``."""
    out = []
    for info in app.registered_commands:
        doc = (info.help or (info.callback.__doc__ if info.callback else "") or "").strip()
        out.append((info.name or info.callback.__name__, doc.splitlines()[0] if doc else ""))
    for group in app.registered_groups:
        sub = group.typer_instance.info
        doc = group.help if isinstance(group.help, str) else sub.help if isinstance(sub.help, str) else ""
        out.append((group.name or sub.name, (doc or "").strip().splitlines()[0] if doc else ""))
    return out


def help_text(entries: Iterable[Entry]) -> str:
    """The top-level help, plain text as click formats it without rich."""
    commands = _commands(entries)
    lines = [f"Usage: {PROG} [OPTIONS] COMMAND [ARGS]...", ""]
    for para in HELP.split("\n\n"):
        lines += textwrap.wrap(para, WIDTH - 2, initial_indent="  ", subsequent_indent="  ",
                               break_on_hyphens=False)
        lines.append("")
    lines += ["Options:",
              "  -V, --version         Print the version and exit.",
              "  --install-completion  Install completion for the current shell.",
              "  --show-completion     Show completion for the current shell, to copy it or",
              "                        customize the installation.",
              "  -h, --help            Show this message and exit.", "", "Commands:"]
    col = max(len(c.name) for c in commands) + 4
    for c in commands:
        wrapped = textwrap.wrap(c.help, WIDTH - col, break_on_hyphens=False) or [""]
        lines.append(f"  {c.name.ljust(col - 2)}{wrapped[0]}")
        lines += [" " * col + more for more in wrapped[1:]]
    return "\n".join(lines) + "\n"


def _typer_app():
    import typer

    # add_completion: --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    app = typer.Typer(name=PROG, help=HELP, no_args_is_help=True, add_completion=True,
                      pretty_exceptions_enable=False, context_settings={"help_option_names": ["-h", "--help"]})

    def _version(value: bool) -> None:
        if value:
            from .. import __version__
            typer.echo(f"otlp-istio {__version__}")
            raise typer.Exit()

    @app.callback()
    def _root(version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                           help="Print the version and exit.")) -> None:
        """Compile environment files into Istio + OpenTelemetry Collector manifests for GitOps."""

    return app


def build_app(entries: Iterable[Entry], name: str | None = None):
    """A typer app with the commands of the module that defines ``name``; with every
    command when ``name`` is None or unknown (so typer can say what exists)."""
    entries = list(entries)
    wanted = [e.module for e in entries if isinstance(e, Command) and e.name == name]
    modules = wanted or [e.module if isinstance(e, Command) else e for e in entries]
    if wanted:  # bare module names may define `name` too
        modules += [e for e in entries if isinstance(e, str)]
    app = _typer_app()
    for module in dict.fromkeys(modules):
        importlib.import_module(module).register(app)
    return app
