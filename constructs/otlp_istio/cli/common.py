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


class Threshold(str, enum.Enum):
    """``--failure-threshold``: the severity from which findings fail the run."""

    error = "error"
    warning = "warning"
    info = "info"


class FindingsOutput(str, enum.Enum):
    """Output of the commands that print findings (validate, analyze, check): the formats of
    :mod:`otlp_istio.validate.output`, by name (a test holds the two together)."""

    text = "text"
    json = "json"
    istioctl = "istioctl"
    markdown = "markdown"


# validate.output.help_text(), written out so that a command's --help does not import the gate
FINDINGS_OUTPUT_HELP = ("text (one line per finding and a summary), json ({schema_version, findings, suppressed, "
                        "summary}), istioctl (istioctl analyze -o json's shape: code, level, origin, reference, "
                        "message, documentationUrl), or markdown (a table of the findings, for a pull-request "
                        "comment).")
THRESHOLD = typer.Option(Threshold.error, "--failure-threshold", case_sensitive=False,
                         help="Exit 1 when a finding has this severity or worse.")


def parse_threshold(text: "str | Threshold"):
    """``--failure-threshold`` → Severity (a usage error names the allowed values)."""
    from ..errors import UserError
    from ..findings import Severity
    if isinstance(text, Threshold):
        text = text.value
    try:
        return Severity.parse(text)
    except ValueError:
        raise UserError(f"--failure-threshold {text}: allowed values: error, warning, info") from None


def emit_findings(findings, output: FindingsOutput, summary: str, suppressed=(), counts: dict | None = None) -> None:
    """The findings in the ``--output`` format (:mod:`otlp_istio.validate.output`): what it gives
    for standard output there, the rest (the JSON forms' summary line) on standard error."""
    from ..validate import output as formats
    echo(formats.render(output.value, formats.Result(findings, suppressed, summary, counts)))


def echo(rendered, *, err: bool = False) -> None:
    """A rendering of :mod:`otlp_istio.validate.output`: its standard output part (on standard
    error with ``err``), its standard error part."""
    if rendered.out:
        (sys.stderr if err else sys.stdout).write(rendered.out + "\n")
    if rendered.err:
        sys.stderr.write(rendered.err + "\n")


CONFIG_DIR = typer.Option(Path("environments"), "--config-dir", "-c", help="Folder of environment files (<env>.yaml; _*.yaml are bases).",
                          file_okay=False)
OUT_DIR = typer.Option(Path("dist"), "--out", help="Output folder: each environment is written to OUT/<env>/.", file_okay=False)
ENVS = typer.Option(None, "--env", "-e", metavar="ENV", help="Environment to handle (repeat for several; default: all).")
SHARD = typer.Option(None, "--shard", metavar="I/N", help=(
    "Only share I of N of the environments (1 <= I <= N), chosen by a hash of each name: N jobs of a CI "
    "matrix handle every environment exactly once, and a new environment moves no other."))
# publish's options, shared by publish, diff, retire and canary (publish/options.py reads them)
REPO = typer.Option(None, "--repo", "-r", envvar="OTLP_ISTIO_REPO", show_envvar=True,
                    help="Environment repository: a path, file://, git://, ssh:// or https:// URL. "
                         "Default, when neither --repo nor OTLP_ISTIO_REPO is given: the local bare repository "
                         ".otlp-istio/env-repo.git (created on first use); an empty value is refused (exit 2).")
BRANCH = typer.Option("main", "--branch", "-b", help="Branch Flux follows.")
PATH = typer.Option(None, "--path",
                    help="Folder of each environment's rendered workload; must contain {env}. Default: flux.path "
                         "(otlp-istio/{env} in the flux layout, clusters/{env} in the folder layout); "
                         "an environment's flux.path must agree.")


def emit_json(data) -> None:
    """A JSON object on stdout, with the ``schema_version`` every JSON output carries."""
    from ..errors import SCHEMA_VERSION
    if isinstance(data, dict):
        data = {"schema_version": SCHEMA_VERSION, **data}
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


def print_warnings(warnings) -> None:
    """Warnings of environment files (``Problem``s: rendered, but not as written) on stderr, one
    line each as the text output format prints a finding (``file:line: Warning OI0301 path:
    message``), without loading the gate (synth never does)."""
    from ..findings import finding_line
    from ..messages import environment_warning
    for w in warnings:
        print(finding_line(environment_warning(w)), file=sys.stderr)


def check_out_dir(out: Path) -> None:
    """``--out`` must be a folder, or a path where one can be made: a usage error (exit 2) otherwise.
    Creates nothing (bad input writes nothing)."""
    from ..errors import UserError
    node = Path(out)
    if node.exists() and not node.is_dir():
        raise UserError(f"--out {out}: exists and is not a folder; give a folder (it is created if missing)")
    parent = node
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise UserError(f"--out {out}: {parent} is a file, so no folder can be made under it; give another --out")


@contextmanager
def writing_to(out: Path) -> Iterator[None]:
    """An OS error while writing the output (read-only or special file system, no space) is the
    user's environment, not a bug: exit 2 with what went wrong."""
    from ..errors import UserError
    try:
        yield
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        raise UserError(f"--out {out}: cannot write there{where}: {exc.strerror or exc}; "
                        "give a folder on a writable file system") from None


def print_written(written) -> None:
    """On stderr: the output folders synth removed (their environment file is gone) and those it left."""
    for r in written.removed:
        print(f"{r.env}: removed {r.folder}/ (its environment file {r.file} is gone)", file=sys.stderr)
    for note in written.notes:
        print(f"note: {note}", file=sys.stderr)
