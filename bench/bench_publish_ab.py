#!/usr/bin/env python3
"""A/B of publish on one fleet: two checkouts of otlp-istio, alternating, whole commands.

Usage: python bench/bench_publish_ab.py SIZE ROUNDS WHERE BEFORE AFTER [CASES]

* SIZE environments from bench/fleet.py, written once into a fresh folder below WHERE (e.g.
  /dev/shm, to leave the disk's cost out, or /tmp);
* BEFORE, AFTER: the roots of two checkouts (``git archive <rev> | tar -x -C DIR``, with
  ``.venv``, ``bin`` and ``node_modules`` linked in), each run with its own code on PYTHONPATH;
* CASES (comma-separated, default ``publish``): ``publish`` is a first publish into an empty
  bare repository with ``--out``; ``dry-run`` is ``publish --dry-run``.

Each round runs every case with BEFORE, then with AFTER, each with a fresh ``--out``, bare
repository and publish cache; prints wall seconds, user and system CPU seconds of the command
and all its children, and the peak resident MiB of its largest process, and the load average
at the start and the end. Not part of ``make bench``; the analysis is in bench/RESULTS-fleet.md.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fleet import _MEASURE  # noqa: E402
from fleet import make_config  # noqa: E402


def run(code: Path, config: Path, work: Path, case: str) -> dict:
    work.mkdir()
    subprocess.run(["git", "init", "-q", "--bare", "--initial-branch=main", str(work / "repo.git")], check=True)
    env = {**os.environ, "PYTHONPATH": f"{code / 'constructs'}:{code}", "OTLP_ISTIO_CACHE_DIR": str(work / "cache"),
           "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.com"}
    env.pop("OTLP_ISTIO_STATE_DIR", None)
    cmd = [str(code / ".venv" / "bin" / "otlp-istio"), "publish", "-c", str(config), "--repo", str(work / "repo.git")]
    cmd += ["--out", str(work / "dist")] if case == "publish" else ["--dry-run"]
    done = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def main() -> int:
    size, rounds, where = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    variants = {"before": Path(sys.argv[4]).resolve(), "after": Path(sys.argv[5]).resolve()}
    cases = (sys.argv[6] if len(sys.argv) > 6 else "publish").split(",")
    root = Path(tempfile.mkdtemp(prefix="publish-ab-", dir=where))
    try:
        config = root / "config"
        make_config(config, size)
        print("load at the start", os.getloadavg(), flush=True)
        for r in range(rounds):
            for name, code in variants.items():
                for case in cases:
                    got = run(code, config, root / f"{name}-{r}-{case}", case)
                    print(f"{size} {name:6} {case:8} wall {got['wall']:6.2f} user {got['user']:6.2f} "
                          f"sys {got['sys']:5.2f} rss {got['rss_kib'] / 1024:4.0f} exit {got['code']}", flush=True)
                    if got["code"] != 0:
                        print(got["err"])
                    shutil.rmtree(root / f"{name}-{r}-{case}")
        print("load at the end", os.getloadavg())
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
