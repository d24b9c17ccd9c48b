#!/usr/bin/env python3
"""Benchmark of ``otlp-istio validate``: 10,000 rendered documents, goal <= 3 s on 2 cores.

Usage: ``python bench/bench_validate.py [--documents 10000] [--envs 4] [--runs 3] [--no-write]``

Generates the documents (a mix of every kind we render, one file each, canonical YAML as
synth writes them, 1 in 200 broken on purpose) into a temporary ``OUT/<env>/`` tree, then
times ``validate_paths`` (kubeconform + CEL rules + analyzer, as the command runs them) and
its parts, then the command itself in a fresh process (start-up included: the goal is about
that), and writes the figures to ``bench/RESULTS-validate.md``.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import load_average, load_note, peak_rss  # noqa: E402
from manifests import unit  # noqa: E402

from otlp_istio.findings import Severity  # noqa: E402
from otlp_istio.validate import cel_checker, environment_dirs, validate_paths  # noqa: E402
from otlp_istio.validate.kubeconform import Run, command  # noqa: E402
from otlp_istio.validate.registry import normalize_kubernetes_version, schemas_dir  # noqa: E402
from otlp_istio.yamlio import dump_document, iter_yaml_files, load_documents  # noqa: E402


def broken(doc: dict, i: int) -> dict:
    """About 1 document in 200: an unknown field, a bad enum, or a CEL rule violation."""
    kind = doc["kind"]
    if kind == "VirtualService":
        doc["spec"]["http"][0]["timeout"] = "0.5ms"  # CEL: duration >= 1ms
    elif kind == "DestinationRule":
        doc["spec"]["trafficPolicy"]["tls"]["mode"] = "ISTIO_MUTUALL"  # enum
    else:
        doc.setdefault("metadata", {})["lables"] = {"app": "x"}  # unknown field
    return doc


def generate(root: Path, documents: int, envs: int) -> int:
    """``documents`` manifests in consistent units (see ``manifests.unit``), unit ``u`` in
    environment ``u % envs``; about 1 in 199 broken on purpose."""
    n_broken = 0
    for e in range(envs):
        (root / f"env{e}").mkdir(parents=True)
    i, u = 0, 0
    while i < documents:
        env = root / f"env{u % envs}"
        for doc in unit(u)[: documents - i]:
            if i % 199 == 100:  # 199 is prime to the unit size: every kind gets broken ones
                doc = broken(doc, i)
                n_broken += 1
            name = f"{doc['kind'].lower()}-{doc['metadata']['name']}.yaml"
            (env / name).write_text(dump_document(doc), encoding="utf-8")
            i += 1
        u += 1
    return n_broken


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--envs", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-write", action="store_true", help="do not write bench/RESULTS-validate.md")
    args = ap.parse_args(argv)
    started = load_average()
    from otlp_istio.cli import prepare_interpreter
    prepare_interpreter()  # in-process figures as the command gets them (fewer garbage collections)

    with tempfile.TemporaryDirectory(prefix="bench-validate-") as tmp:
        out = Path(tmp) / "dist"
        t = time.perf_counter()
        n_broken = generate(out, args.documents, args.envs)
        gen_s = time.perf_counter() - t
        folders = environment_dirs(out)
        version = normalize_kubernetes_version("1.31")

        # parts, each alone
        kc_s, results = timed(lambda: Run(command([str(p) for _, p in folders], version,
                                                  schemas=schemas_dir())).start().wait(), args.runs)
        files = [p for _, f in folders for p in iter_yaml_files([f])]
        parse_s, docs = timed(lambda: [d for p in files for d in load_documents(p)], args.runs)
        checker = cel_checker()

        def cel_cold():
            checker._memo.clear()
            return [f for d in docs for f in checker.check(d.data, file=d.file)]

        cel_s, cel_findings = timed(cel_cold, args.runs)
        from otlp_istio.validate.cel_rules import CelChecker
        from otlp_istio.validate.registry import load_rules
        no_memo = CelChecker(load_rules(), memo=False)
        cel_nomemo_s, _ = timed(lambda: [f for d in docs for f in no_memo.check(d.data, file=d.file)], args.runs)
        evaluations = sum(1 for d in docs for node in no_memo.by_resource.get(
            f"{d.data.get('apiVersion')}/{d.data.get('kind')}", [])
            for _ in no_memo.instances(d.data, node.path) for _ in node.rules)
        try:
            from otlp_istio.analyzers import analyze_documents
            an_s, _ = timed(lambda: analyze_documents(docs), args.runs)
        except ImportError:
            an_s = None

        # the whole gate, as `otlp-istio validate` runs it (kubeconform overlaps with Python)
        def whole():
            checker._memo.clear()
            return validate_paths(folders, "1.31")

        total_s, report = timed(whole, args.runs)

        # the command line, including interpreter start-up and imports
        env = dict(os.environ)
        cli = [sys.executable, "-m", "otlp_istio", "validate", "--out", str(out), "-o", "json"]
        cli_runs = []
        for _ in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            proc = subprocess.run(cli, capture_output=True, env=env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cli_runs.append((time.perf_counter() - t, after.ru_utime - before.ru_utime
                             + after.ru_stime - before.ru_stime))
        cli_s, cli_cpu = min(r[0] for r in cli_runs), min(r[1] for r in cli_runs)
        cli_rss = peak_rss(cli, env)

    errors = report.count(Severity.ERROR)
    cov = checker.coverage
    lines = [
        "# validate benchmark",
        "",
        f"`python bench/bench_validate.py` on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d', time.gmtime())}.",
        "",
        load_note(started),
        "",
        f"{args.documents} documents (one file each, in consistent units of {len(unit(0))} documents of "
        f"{len({d['kind'] for d in unit(0)})} kinds, {args.envs} environments, "
        f"{n_broken} broken on purpose: 1 in 199), best of {args.runs} runs.",
        "",
        "| step | seconds |",
        "|---|---|",
        f"| kubeconform alone (one call, -strict, -n {os.cpu_count()}) | {kc_s:.2f} |",
        f"| YAML parsing alone (libyaml) | {parse_s:.2f} |",
        f"| CEL rules alone (memo starts empty) | {cel_s:.2f} |",
        f"| CEL rules alone, no memo ({evaluations} rule evaluations) | {cel_nomemo_s:.2f} |",
        f"| analyzer alone | {'n/a (not installed)' if an_s is None else f'{an_s:.2f}'} |",
        f"| **validate_paths: all of it (kubeconform in parallel with Python)** | **{total_s:.2f}** |",
        f"| **`otlp-istio validate -o json` command (with start-up)** | **{cli_s:.2f}** (CPU {cli_cpu:.2f}, "
        f"every process) |",
        "",
        f"Findings: {len(report.findings)} ({errors} errors; schema+CEL findings expected from the broken "
        f"documents: {n_broken}). CEL: {cov.compiled_distinct}/{cov.distinct} distinct rules and "
        f"{cov.compiled_sites}/{cov.sites} rule sites compiled; "
        f"{len(cel_findings)} CEL findings. Command exit code {proc.returncode}.",
        "",
        f"Goal: <= 3 s for 10,000 documents, start-up included: {'met' if cli_s <= 3.0 else 'NOT met'} "
        f"(the command {cli_s:.2f} s; validate_paths in-process {total_s:.2f} s). Peak RSS of the command's "
        f"largest process: {cli_rss:.0f} MiB.",
        "",
        "Timings inside validate_paths (last run): "
        + ", ".join(f"{k} {v:.2f}s" for k, v in report.timings.items()) + ".",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        (HERE / "RESULTS-validate.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
