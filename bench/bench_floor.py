#!/usr/bin/env python3
"""The floor of a fresh `otlp-istio synth` process, piece by piece, beside Node's and cdk8s's.

Each line is a fresh process (median of interleaved runs): what an empty interpreter costs,
then what each library the command needs adds, up to the command itself on one tiny
environment; and Node.js with and without loading cdk8s, the fixed cost of cdk8s in
JavaScript. The differences between lines are what each step adds.

Writes bench/RESULTS-floor.md. Usage: python bench/bench_floor.py [--runs 11]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from machine import load_average, load_note  # noqa: E402

PYTHON = ROOT / ".venv" / "bin" / "python"
CLI = ROOT / ".venv" / "bin" / "otlp-istio"
NODE = ROOT / "node_modules" / ".bin" / "node"

# As the console script starts (cli.prepare_interpreter), so that each line measures what the
# command would pay for that import.
PREPARE = "from otlp_istio.cli import prepare_interpreter; prepare_interpreter(); "


def steps(tiny: Path, out: Path) -> list[tuple[str, list[str]]]:
    def py(code: str) -> list[str]:  # ends as the console script does: no collection at exit
        return [str(PYTHON), "-c", code.rstrip("; ") + "; import gc; gc.freeze()"]

    return [
        ("Python: the interpreter and its site", py("pass")),
        ("+ the command's set-up (`cli.prepare_interpreter`)", py(PREPARE)),
        ("+ PyYAML", py(PREPARE + "import yaml")),
        ("+ pydantic (`BaseModel`, `Field`)", py(PREPARE + "import yaml; from pydantic import BaseModel, Field")),
        ("+ the environment file's models (`config.models`)", py(PREPARE + "import otlp_istio.config.models")),
        ("+ the loader and the rendering (`synth`)", py(PREPARE + "import otlp_istio.synth")),
        ("+ typer (the command line)", py(PREPARE + "import otlp_istio.synth, typer")),
        ("`otlp-istio synth` of one tiny environment (all of it)", [str(CLI), "synth", "-c", str(tiny),
                                                                     "--out", str(out)]),
        ("Node.js: the runtime", [str(NODE), "-e", ""]),
        ("Node.js + cdk8s loaded (cdk8s in JavaScript's fixed cost)",
         [str(NODE), "-e", "require('cdk8s')"]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    started = load_average()
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny"
        tiny.mkdir()
        (tiny / "one.yaml").write_text("istio_version: '1.24.0'\ncollector_service: c\nnamespace: n\n")
        cases = steps(tiny, Path(tmp) / "out")
        walls: dict[str, list[float]] = {label: [] for label, _ in cases}
        for round_ in range(args.runs + 1):  # the first round warms the caches, untimed
            for label, command in cases:
                t = time.perf_counter()
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env, cwd=ROOT)
                if round_:
                    walls[label].append(time.perf_counter() - t)
    lines = [f"Median of {args.runs} interleaved runs, each a fresh process, on {os.cpu_count()} cores.", "",
             load_note(started), "", "| step | wall | added |", "|---|---|---|"]
    previous = None
    for label, _ in cases:
        median = statistics.median(walls[label])
        added = "" if previous is None or not label.startswith("+") else f"{(median - previous) * 1000:+.0f} ms"
        lines.append(f"| {label} | {median * 1000:.0f} ms | {added} |")
        previous = median
    text = "\n".join(lines) + "\n"
    print(text)
    (HERE / "RESULTS-floor.md").write_text("# The floor of a fresh process (bench/bench_floor.py)\n\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
