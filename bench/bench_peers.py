#!/usr/bin/env python3
"""Synthesis against its peers: the same documents from `otlp-istio synth`, cdk8s in
JavaScript and `helm template`, at 1, 10 and 70 environments.

Each tool runs as a fresh process, as CI runs it; the runs are interleaved (round by
round, every tool and size in turn) so a change in the machine's load hits all alike:

* ours: ``otlp-istio synth`` over the environment files (loading, validation, defaults,
  constructs, one file per object), as it runs (loading and rendering shared out over the
  cores) and in one process (``OTLP_ISTIO_JOBS=1``), as the peers work;
* cdk8s in JavaScript (``node_modules/cdk8s``, Node from ``node_modules``): one process,
  a Chart per environment, an ``ApiObject`` per document, one file per resource
  (``bench/peers/cdk8s_synth.js``), given the finished documents as JSON;
* Helm (``bin/helm``, ``make bin/helm``): ``helm template`` of ``bench/peers/chart``, one
  process per environment, given that environment's documents as values.

The peers get our finished documents as input, so they do none of our loading,
validation and defaults. Every tool's output is parsed and checked to hold exactly our
documents before any figure is written. Fixed cost and per-document cost come from the
medians at 1 and 70 environments (the line through both).

Writes bench/RESULTS-peers.md. Usage: python bench/bench_peers.py [--runs 5]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from fleet import make_config  # noqa: E402
from machine import load_average, load_note  # noqa: E402

CLI = ROOT / ".venv" / "bin" / "otlp-istio"
NODE = ROOT / "node_modules" / ".bin" / "node"
HELM = ROOT / "bin" / "helm"
SIZES = (1, 10, 70)
# ours as it runs (forked workers on every core) and in one process, as the peers run
TOOLS = ("ours", "ours-1", "cdk8s", "helm")


def timed(commands: list[tuple[list[str], Path | None]], extra_env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run the commands one after the other (stdout to a file or nowhere): wall and CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for args, stdout in commands:
        with open(stdout or os.devnull, "wb") as out:
            subprocess.run(args, check=True, stdout=out, env=dict(os.environ, PYTHONHASHSEED="0", **(extra_env or {})))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


class Case:
    """One tool at one size: its inputs, how to run it, and how to read what it wrote."""

    def __init__(self, tool: str, size: int, work: Path, documents: dict[str, list[dict]]):
        self.tool, self.size = tool, size
        self.out = work / f"out-{tool}-{size}"
        cfg = work / f"cfg-{size}"
        self.extra_env = {"OTLP_ISTIO_JOBS": "1"} if tool == "ours-1" else {}
        if tool in ("ours", "ours-1"):
            self.commands = [([str(CLI), "synth", "-c", str(cfg), "--out", str(self.out)], None)]
        elif tool == "cdk8s":
            docs = work / f"documents-{size}.json"
            docs.write_text(json.dumps(documents))
            self.commands = [([str(NODE), str(HERE / "peers" / "cdk8s_synth.js"), str(docs), str(self.out)], None)]
        else:
            self.commands = []
            for env, docs in documents.items():
                values = work / f"values-{size}-{env}.json"
                values.write_text(json.dumps({"documents": docs}))
                self.commands.append(([str(HELM), "template", "peers", str(HERE / "peers" / "chart"),
                                       "-f", str(values)], self.out / f"{env}.yaml"))
        self.walls: list[float] = []
        self.cpus: list[float] = []

    def run(self) -> None:
        shutil.rmtree(self.out, ignore_errors=True)
        self.out.mkdir(parents=True)
        # The disk work of the run before (its files, this deletion) done first, untimed: a tool
        # that syncs its output (ours: one syncfs) would otherwise wait for another tool's writes.
        os.sync()
        wall, cpu = timed(self.commands, self.extra_env)
        self.walls.append(wall)
        self.cpus.append(cpu)

    def documents(self) -> dict[str, list[str]]:
        """env -> its documents (canonical JSON, sorted), from what the tool wrote."""
        found: dict[str, list[str]] = {}
        if self.tool == "helm":
            for f in sorted(self.out.glob("*.yaml")):
                found[f.stem] = [d for d in yaml.safe_load_all(f.read_text()) if d is not None]
        else:
            for env in sorted(p for p in self.out.iterdir() if p.is_dir()):
                found[env.name] = [yaml.safe_load(f.read_text()) for f in sorted(env.rglob("*.yaml"))]
        return {env: sorted(json.dumps(d, sort_keys=True) for d in docs) for env, docs in found.items()}


def our_documents(out: Path) -> dict[str, list[dict]]:
    return {env.name: [yaml.safe_load(f.read_text()) for f in sorted(env.glob("*.yaml"))]
            for env in sorted(p for p in out.iterdir() if p.is_dir())}


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--results", default="RESULTS-peers.md",
                        help="file in bench/ to write (e.g. RESULTS-peers-tmpfs.md with TMPDIR=/dev/shm)")
    args = parser.parse_args()
    for tool in (CLI, NODE, HELM):
        if not tool.exists():
            sys.exit(f"missing {tool}: run make setup bin/helm")
    started = load_average()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        where = subprocess.run(["df", "--output=fstype", str(work)], capture_output=True, text=True).stdout.split()
        cases: list[Case] = []
        ndocs: dict[int, int] = {}
        for size in SIZES:
            make_config(work / f"cfg-{size}", size)
            reference = work / f"reference-{size}"
            subprocess.run([str(CLI), "synth", "-c", str(work / f"cfg-{size}"), "--out", str(reference)],
                           check=True, stdout=subprocess.DEVNULL)
            documents = our_documents(reference)
            ndocs[size] = sum(len(d) for d in documents.values())
            cases += [Case(tool, size, work, documents) for tool in TOOLS]
        for case in cases:  # warm-up: caches, and the check that all agree
            case.run()
        for case in cases:
            expected = Case.documents(next(c for c in cases if c.tool == "ours" and c.size == case.size))
            got = case.documents()
            if got != expected:
                sys.exit(f"{case.tool} at {case.size} environments rendered other documents than ours")
            case.walls.clear()
            case.cpus.clear()
        for _ in range(args.runs):
            for case in cases:
                case.run()

    names = {"ours": "`otlp-istio synth`", "ours-1": "`otlp-istio synth` in one process (`OTLP_ISTIO_JOBS=1`)",
             "cdk8s": "cdk8s in JavaScript (one process, `ApiObject` per document)",
             "helm": "Helm `helm template`, one process per environment"}
    lo, hi = SIZES[0], SIZES[-1]
    lines = [f"Machine: {platform.machine()}, {os.cpu_count()} cores (shared with other work while measured: "
             "read the ranges), Python {}, {} ({}), Helm {}; median of {} interleaved runs, each tool a fresh "
             "process; {} documents per environment.".format(
                 platform.python_version(), subprocess.run([str(NODE), "--version"], capture_output=True,
                                                           text=True).stdout.strip(), "cdk8s " + json.loads(
                     (ROOT / "node_modules" / "cdk8s" / "package.json").read_text())["version"],
                 subprocess.run([str(HELM), "version", "--short"], capture_output=True, text=True).stdout.strip(),
                 args.runs, ndocs[lo] // lo),
             "",
             f"Inputs and outputs in {tempfile.gettempdir()} ({where[-1] if where else 'unknown'} file system); "
             "before each timed run the previous run's disk work is flushed (`os.sync()`, untimed).",
             "",
             load_note(started),
             "",
             "Wall time, median (min–max):", "",
             "| tool | " + " | ".join(f"{s} env{'s' if s > 1 else ''} ({ndocs[s]} docs)" for s in SIZES)
             + " | fixed | per document |",
             "|---|" + "---|" * (len(SIZES) + 2)]
    for tool in TOOLS:
        by_size = {c.size: c for c in cases if c.tool == tool}
        med = {s: statistics.median(by_size[s].walls) for s in SIZES}
        per_doc = (med[hi] - med[lo]) / (ndocs[hi] - ndocs[lo])
        fixed = med[lo] - per_doc * ndocs[lo]
        lines.append(f"| {names[tool]} | " + " | ".join(fmt(by_size[s].walls) for s in SIZES)
                     + f" | {max(fixed, 0):.2f} s | {per_doc * 1000:.3f} ms |")
    lines += ["", "CPU time (user + system, all processes), median:", "",
              "| tool | " + " | ".join(f"{s} env{'s' if s > 1 else ''}" for s in SIZES) + " | per document |",
              "|---|" + "---|" * (len(SIZES) + 1)]
    for tool in TOOLS:
        by_size = {c.size: c for c in cases if c.tool == tool}
        med = {s: statistics.median(by_size[s].cpus) for s in SIZES}
        per_doc = (med[hi] - med[lo]) / (ndocs[hi] - ndocs[lo])
        lines.append(f"| {names[tool]} | " + " | ".join(f"{med[s]:.2f} s" for s in SIZES)
                     + f" | {per_doc * 1000:.3f} ms |")
    lines += ["", "Every tool's output was parsed and holds exactly the documents `otlp-istio synth` wrote, "
              "environment by environment."]
    text = "\n".join(lines) + "\n"
    print(text)
    (HERE / args.results).write_text("# Synthesis against its peers (bench/bench_peers.py)\n\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
