#!/usr/bin/env python3
"""Benchmark what finding each finding's source costs: at render time (synth records the
environment files it read beside each folder) and at validation time (the environment loaded
from that record, a finding's field followed back to its line).

In-process CPU time (the machine is shared), median of ``--runs``, on bench_synth's 70
environments of 53 documents each, all extending one base:
* writing the 70 folders without and with the record (``write_outputs``' ``sources``), the
  record's own share, and the whole load + render + write for scale;
* loading one environment from its record (what validate, analyze and doctor do per folder);
* the source of one finding (origins of the environment's objects, then its field's line).

Writes bench/RESULTS-sources.md (and prints it).
Usage: python bench/bench_sources.py [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "constructs"))
sys.path.insert(1, str(ROOT))

from bench_synth import environment  # noqa: E402
from machine import load_average, load_note  # noqa: E402

COUNT = 70


def cpu(fn, runs: int) -> float:
    """Median CPU seconds of ``fn()``."""
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def make_config(folder: Path) -> None:
    """70 environments extending one base (the base holds the shared settings, as in the trial)."""
    folder.mkdir(parents=True)
    shared = environment(0)
    base = {k: shared[k] for k in ("istio_version", "collector_service", "tracing", "mtls", "access_logs")}
    (folder / "_base.yaml").write_text(yaml.safe_dump(base, sort_keys=False))
    for i in range(COUNT):
        own = {k: v for k, v in environment(i).items() if k not in base or k == "tracing"}
        (folder / f"env-{i:03d}.yaml").write_text(yaml.safe_dump({"extends": "_base.yaml", **own}, sort_keys=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    started = load_average()

    from otlp_istio.cli import prepare_interpreter
    prepare_interpreter()
    from otlp_istio.config import load_environments
    from otlp_istio.config.provenance import origins, source_of
    from otlp_istio.config.snapshot import load_snapshot
    from otlp_istio.synth import render_all, sources_of, write_outputs

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        config = tmp / "environments"
        make_config(config)
        envs = load_environments(config)
        rendered = render_all(envs, jobs=1)
        sources = sources_of(envs)
        documents = sum(len(files) for files in rendered.values())
        n = iter(range(10_000))

        whole = cpu(lambda: write_outputs(tmp / f"w{next(n)}", render_all(load_environments(config), jobs=1),
                                          sources_of(load_environments(config))), args.runs)
        without = cpu(lambda: write_outputs(tmp / f"a{next(n)}", rendered), args.runs)
        with_record = cpu(lambda: write_outputs(tmp / f"b{next(n)}", rendered, sources), args.runs)
        written = sorted(tmp.glob("b*"))[0]  # one of the runs with the record
        record_bytes = sum(len(p.read_bytes()) for p in written.glob("*/.otlp-istio-environment"))

        folder = written / "env-000"
        load_one = cpu(lambda: load_snapshot(folder), args.runs * 10)
        env = load_snapshot(folder)
        resource = "VirtualService svc-7.otlp-0"
        path = "spec.http[0].route[1].destination.subset"
        src = source_of(env, origins(env.config), resource, path)
        assert src is not None and src.path == "virtual_services[7].http[0].route[1].destination.subset", src
        reps = 1000
        one_source = cpu(lambda: [source_of(env, origins(env.config), resource, path) for _ in range(reps)],
                         args.runs) / reps

    rows = [
        ("load + render + write, 70 environments (for scale)", f"{whole:.3f} s"),
        (f"writing the 70 folders ({documents} files), without the record", f"{without:.3f} s"),
        ("the same with the record of the environment files", f"{with_record:.3f} s"),
        ("the record's share of load + render + write", f"{(with_record - without) / whole * 100:.1f} %"),
        ("the records' size, 70 environments", f"{record_bytes / 1024:.0f} KiB"),
        ("loading one environment from its record (validate, per folder)", f"{load_one * 1000:.1f} ms"),
        ("the source of one finding (origins + its field's line)", f"{one_source * 1e6:.0f} µs"),
    ]
    text = "\n".join([
        "# Finding sources benchmark (bench/bench_sources.py)", "",
        f"Machine: {sys.platform}, Python {sys.version.split()[0]}, in-process CPU time, median of "
        f"{args.runs} runs.", "",
        load_note(started), "",
        "| measure | CPU |", "|---|---|",
        *(f"| {a} | {b} |" for a, b in rows), "",
    ])
    print(text)
    (ROOT / "bench" / "RESULTS-sources.md").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
