#!/usr/bin/env python3
"""Benchmark synthesis: 10 and 70 environments of ~40 documents each.

Measures, in fresh processes (so start-up counts):
* the fixed start-up cost of ``otlp-istio synth`` (interpreter, pydantic, jsii + Node,
  the generated modules) on one tiny environment;
* the whole ``otlp-istio synth`` command for 10 and 70 environments;
* in-process: the per-document cost of rendering (load + validate + constructs +
  serialization + YAML) against dumping the same documents with libyaml alone.

Writes the figures to bench/RESULTS.md (and prints them).
Usage: python bench/bench_synth.py [--runs 5]
"""
from __future__ import annotations

import argparse
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fleet import make_config  # noqa: E402,F401 - the environments of every benchmark
from machine import load_average, load_note, peak_rss  # noqa: E402
CLI = ROOT / ".venv" / "bin" / "otlp-istio"


def timed_run(args: list[str], runs: int, fresh: Path | None = None,
              extra_env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median wall and CPU (user + system, the workers it forks included) seconds of ``args``
    as a fresh process; ``fresh`` is removed before each run, untimed (deleting thousands of
    files is slow here)."""
    walls, cpus = [], []
    env = dict(os.environ, PYTHONHASHSEED="0", **(extra_env or {}))
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)  # warm-up
    for _ in range(runs):
        if fresh is not None:
            shutil.rmtree(fresh, ignore_errors=True)
            os.sync()  # the deletion's disk work done before the timed run, not inside it
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def in_process(config_dir: Path) -> tuple[int, float, float]:
    sys.path.insert(0, str(ROOT / "constructs"))
    sys.path.insert(1, str(ROOT))
    from otlp_istio.cli import prepare_interpreter
    prepare_interpreter()  # as the command: the generated modules without jsii's checks, fewer collections
    from otlp_istio.config import load_environments
    from otlp_istio.synth import render_all

    envs = load_environments(config_dir)  # warm-up: imports, tables (CPU time below: the machine is shared)
    render_all(envs[:1], jobs=1)
    t = time.process_time()
    envs = load_environments(config_dir)
    rendered = render_all(envs, jobs=1)  # one process: its CPU time is the whole cost
    ours = time.process_time() - t
    docs = [yaml.safe_load(b) for files in rendered.values() for b in files.values()]
    t = time.process_time()
    for d in docs:
        yaml.dump(d, Dumper=yaml.CSafeDumper, sort_keys=True)
    libyaml = time.process_time() - t
    return len(docs), ours, libyaml


def make_run_rss(config: Path, work: Path) -> dict[str, float]:
    """Peak RSS (MiB) of each of `make run`'s commands on ``config``: synth, validate, publish
    (into a fresh bare repository)."""
    work.mkdir()
    out, repo = work / "dist", work / "env-repo.git"
    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    env = dict(os.environ, OTLP_ISTIO_CACHE_DIR=str(work / "cache"))
    return {
        "synth": peak_rss([CLI, "synth", "--config-dir", config, "--out", out], env, cwd=work),
        "validate": peak_rss([CLI, "validate", "--out", out], env, cwd=work),
        "publish": peak_rss([CLI, "publish", "--config-dir", config, "--out", out, "--repo", repo], env, cwd=work),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    started = load_average()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tiny = tmp / "tiny"
        tiny.mkdir()
        (tiny / "one.yaml").write_text("istio_version: '1.24.0'\ncollector_service: c\nnamespace: n\n")
        startup = timed_run([str(CLI), "synth", "-c", str(tiny), "--out", str(tmp / "out-tiny")], args.runs)
        help_ = timed_run([str(CLI), "--help"], args.runs)
        sub_help = timed_run([str(CLI), "synth", "--help"], args.runs)
        results = {}
        for count in (10, 70):
            cfg = tmp / f"cfg-{count}"
            make_config(cfg, count)
            out = tmp / f"out-{count}"
            cmd = [str(CLI), "synth", "-c", str(cfg), "--out", str(out)]
            # a fresh OUT each run (as in CI); replacing an existing one is measured apart
            one = timed_run(cmd, args.runs, fresh=out, extra_env={"OTLP_ISTIO_JOBS": "1"})
            results[count] = timed_run(cmd, args.runs, fresh=out)
            ndocs = sum(len(list((out / e).iterdir())) for e in os.listdir(out))
            results[count] = (results[count], ndocs, one)
        rss = {label: make_run_rss(config, tmp / f"rss-{label}") for label, config in
               (("environments/", ROOT / "environments"), ("70 environments", tmp / "cfg-70"))}
        ndocs, ours, libyaml = in_process(tmp / "cfg-70")

    per_doc = ours / ndocs * 1000
    per_doc_libyaml = libyaml / ndocs * 1000
    lines.append(f"Machine: {os.cpu_count()} cores (shared: read CPU time, wall time varies with the load), "
                 f"Python {platform.python_version()}, median of {args.runs} runs, fresh processes.")
    lines.append("")
    lines.append(load_note(started))
    lines.append("")
    lines.append("| measure | wall | CPU (user + system) |")
    lines.append("|---|---|---|")
    lines.append(f"| `otlp-istio --help` | {help_[0]:.2f} s | {help_[1]:.2f} s |")
    lines.append(f"| `otlp-istio synth --help` (a subcommand's help: typer and rich) | {sub_help[0]:.2f} s "
                 f"| {sub_help[1]:.2f} s |")
    lines.append(f"| start-up: `otlp-istio synth` of one tiny environment | {startup[0]:.2f} s | {startup[1]:.2f} s |")
    for count, ((wall, cpu), n, (one_wall, one_cpu)) in results.items():
        lines.append(f"| `otlp-istio synth`, {count} environments ({n} documents) | {wall:.2f} s | {cpu:.2f} s |")
        lines.append(f"| the same in one process (`OTLP_ISTIO_JOBS=1`) | {one_wall:.2f} s | {one_cpu:.2f} s |")
    lines.append("")
    lines.append("| in-process | result |")
    lines.append("|---|---|")
    lines.append(f"| in-process load + render, per document ({ndocs} documents), CPU | {per_doc:.3f} ms |")
    lines.append(f"| PyYAML with libyaml (`CSafeDumper`) dumping the same documents, per document, CPU | {per_doc_libyaml:.3f} ms |")
    lines.append(f"| ratio | {per_doc / per_doc_libyaml:.1f}x |")
    lines.append("")
    lines.append("Peak RSS of `make run`'s commands (the largest process of each: ours, kubeconform or git; "
                 "goal <= 200 MB):")
    lines.append("")
    lines.append("| input | synth | validate | publish |")
    lines.append("|---|---|---|---|")
    for label, by_command in rss.items():
        lines.append(f"| {label} | " + " | ".join(f"{by_command[c]:.0f} MiB" for c in ("synth", "validate", "publish"))
                     + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "bench" / "RESULTS.md").write_text("# Synthesis benchmark (bench/bench_synth.py)\n\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
