#!/usr/bin/env python3
"""Benchmark the whole CI job on fleets of 10, 70 and 1,000 environments (bench/fleet.py's, 53
documents each, every one passing the gate): the real CLI as a CI job runs it, each command a
whole process (start-up included), against a real bare repository on local disk.

Per fleet size:

* first publish (render + gate + commit + push into an empty repository, fresh cache);
* no-op publish (the same inputs again: nothing rendered, no commit);
* ``publish -e one`` (one environment's file changed, that environment alone published);
* ``validate`` of the rendered fleet (kubeconform, CEL rules, analyzer);

each with its wall time and its peak resident memory (the largest single process: itself or a
child such as kubeconform or git), and its CPU seconds (the command and every child). Prints them
and writes them as JSON (``--results``, default bench/RESULTS-fleet.json); bench/RESULTS-fleet.md
is their analysis. Not part of ``make bench``: the 1,000-environment fleet takes minutes.

Usage: python bench/bench_fleet.py [--sizes 10,70,1000] [--runs 3] [--big-runs 1]
(fleets above 100 environments are run ``--big-runs`` times).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fleet import make_config  # noqa: E402
from machine import load_average, load_note  # noqa: E402

CLI = [str(ROOT / ".venv" / "bin" / "otlp-istio")]

# a fresh parent whose only child is the command: its wall time and the peak resident set of the
# largest process it ran (RUSAGE_CHILDREN's ru_maxrss: the largest single descendant)
_MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "wall = time.perf_counter() - t\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'code': proc.returncode, 'wall': wall, 'user': u.ru_utime, 'sys': u.ru_stime, "
    "'rss_kib': u.ru_maxrss, 'err': proc.stderr[-2000:]}))\n"
)

CASES = ("first publish", "no-op publish", "publish -e one", "validate")


def measure(cmd: list[str], env: dict) -> tuple[float, float, float, float]:
    """(wall seconds, user and system CPU seconds of it and its children, peak MiB of its largest
    process)."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, env=env, check=True)
    r = json.loads(out.stdout)
    if r["code"] not in (0,):
        raise RuntimeError(f"{' '.join(cmd)}: exit {r['code']}\n{r['err']}")
    return r["wall"], r["user"], r["sys"], r["rss_kib"] / 1024


def one_run(size: int, tmp: Path) -> dict[str, tuple[float, float, float, float]]:
    """Every case once on a fresh fleet, repository and cache."""
    config, out, repo = tmp / "config", tmp / "dist", tmp / "repo.git"
    names = make_config(config, size)
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(repo)], check=True)
    env = {**os.environ, "OTLP_ISTIO_CACHE_DIR": str(tmp / "cache"), "GIT_AUTHOR_NAME": "bench",
           "GIT_AUTHOR_EMAIL": "bench@example.com", "GIT_COMMITTER_NAME": "bench",
           "GIT_COMMITTER_EMAIL": "bench@example.com"}
    env.pop("OTLP_ISTIO_STATE_DIR", None)
    publish = [*CLI, "publish", "-c", str(config), "--out", str(out), "--repo", str(repo)]
    got = {"first publish": measure(publish, env), "no-op publish": measure(publish, env)}
    one = names[len(names) // 2]
    path = config / f"{one}.yaml"
    path.write_text(path.read_text().replace("sampling_rate: 0.05", "sampling_rate: 0.07"))
    got["publish -e one"] = measure([*publish, "-e", one], env)
    got["validate"] = measure([*CLI, "validate", "-c", str(config), "--out", str(out)], env)
    commits = subprocess.run(["git", "rev-list", "--count", "main"], cwd=repo, capture_output=True, text=True,
                             check=True).stdout.strip()
    assert commits == "2", f"expected the first publish and publish -e one to commit, got {commits} commits"
    return got


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,70,1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-runs", type=int, default=1)
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "RESULTS-fleet.json")
    parser.add_argument("--tmp", type=Path, default=None,
                        help="where the fleet, --out and the repository go (e.g. /dev/shm, to leave the disk out)")
    args = parser.parse_args()
    started = load_average()
    sizes = [int(s) for s in args.sizes.split(",")]
    table: dict[int, dict[str, dict]] = {}
    for size in sizes:
        runs = args.runs if size <= 100 else args.big_runs
        samples: dict[str, list[tuple[float, float, float, float]]] = {c: [] for c in CASES}
        for _ in range(runs):
            tmp = Path(tempfile.mkdtemp(prefix=f"fleet-{size}-", dir=args.tmp))
            try:
                for case, value in one_run(size, tmp).items():
                    samples[case].append(value)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        table[size] = {c: {"wall": statistics.median(w for w, _, _, _ in v),
                           "cpu": statistics.median(u + s for _, u, s, _ in v),
                           "user": statistics.median(u for _, u, _, _ in v),
                           "sys": statistics.median(s for _, _, s, _ in v),
                           "rss_mib": max(m for _, _, _, m in v), "runs": len(v),
                           "walls": [round(w, 2) for w, _, _, _ in v]}
                       for c, v in samples.items()}
        print(size, json.dumps(table[size]), flush=True)
    note = load_note(started)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    where = f", files in {args.tmp}" if args.tmp else ""
    args.results.write_text(json.dumps({"machine": machine + where, "load": note, "table": table}, indent=2) + "\n")
    print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
