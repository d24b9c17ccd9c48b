"""The cold `make run`: a fresh clone, nothing set up in it, timed from `make run` to its last line.

    .venv/bin/python bench/bench_make_run.py BEFORE_COMMIT AFTER_COMMIT [--rounds 2]

Each round clones the project's repository at each commit into a temporary folder and runs
`make run` there, the commits taking turns (before, after, before, after, ...) so that both
see the same load. The caches outside the clone (pip's, npm's, Go's build cache) are as this
machine has them: warm after the first set-up, as on a developer's machine; a machine that has
never downloaded the packages adds their download to every figure. Writes
bench/RESULTS-make-run.md: per commit, the wall time of each round and the median, what the
clone's set-up installed (Python packages in the venv, whether node_modules/ exists), and the
load around the run (bench/machine.py).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from machine import load_average, load_note  # noqa: E402


def run_once(commit: str, base: Path) -> dict:
    clone = base / f"clone-{commit[:12]}"
    if clone.exists():
        shutil.rmtree(clone)
    subprocess.run(["git", "clone", "-q", "--no-checkout", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "-q", commit], check=True)
    started = time.perf_counter()
    proc = subprocess.run(["make", "run"], cwd=clone, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"make run failed at {commit}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    packages = subprocess.run([str(clone / ".venv" / "bin" / "python"), "-m", "pip", "list", "--format=freeze",
                               "--disable-pip-version-check"], capture_output=True, text=True, check=True).stdout
    return {"seconds": seconds, "packages": len(packages.splitlines()),
            "node_modules": (clone / "node_modules").is_dir()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--results", default=str(ROOT / "bench" / "RESULTS-make-run.md"))
    args = parser.parse_args()
    commits = {name: subprocess.run(["git", "-C", str(ROOT), "rev-parse", ref], capture_output=True, text=True,
                                    check=True).stdout.strip() for name, ref in (("before", args.before),
                                                                                 ("after", args.after))}
    started = load_average()
    results: dict[str, list[dict]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory(prefix="otlp-istio-bench-make-run-") as tmp:
        for n in range(args.rounds):
            for name, commit in commits.items():
                r = run_once(commit, Path(tmp))
                results[name].append(r)
                print(f"round {n + 1} {name} {commit[:12]}: {r['seconds']:.1f} s", flush=True)
    lines = ["# The cold `make run` (bench/bench_make_run.py)", "",
             "A fresh clone, nothing set up in it; `make run` timed to its last line (set-up, synth, validate, "
             "publish to the local repository). The commits take turns; pip's, npm's and Go's caches outside the "
             "clone are warm (a machine that never downloaded the packages adds the downloads).", "",
             "| | commit | rounds (s) | median (s) | Python packages in .venv | node_modules/ |",
             "|---|---|---|---:|---:|---|"]
    for name, commit in commits.items():
        rs = results[name]
        rounds = ", ".join(f"{r['seconds']:.1f}" for r in rs)
        lines.append(f"| {name} | `{commit[:12]}` | {rounds} "
                     f"| {statistics.median(r['seconds'] for r in rs):.1f} | {rs[0]['packages']} "
                     f"| {'yes' if rs[0]['node_modules'] else 'no'} |")
    lines += ["", load_note(started), ""]
    Path(args.results).write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
