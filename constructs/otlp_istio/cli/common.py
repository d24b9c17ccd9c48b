"""Options and output helpers shared by the subcommands."""
from __future__ import annotations

import enum
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import typer


class Output(str, enum.Enum):
    text = "text"
    json = "json"


CONFIG_DIR = typer.Option(Path("environments"), "--config-dir", "-c", help="Folder of environment files (<env>.yaml; _*.yaml are bases).",
                          file_okay=False)
OUT_DIR = typer.Option(Path("dist"), "--out", help="Output folder: each environment is written to OUT/<env>/.", file_okay=False)
ENVS = typer.Option(None, "--env", "-e", metavar="ENV", help="Environment to handle (repeat for several; default: all).")


def emit_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")


@contextmanager
def progress(message: str) -> Iterator[None]:
    """A spinner on stderr when it is a terminal; nothing otherwise (CI logs stay clean)."""
    if sys.stderr.isatty():
        from rich.console import Console
        with Console(stderr=True).status(message):
            yield
    else:
        yield
