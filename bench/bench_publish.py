#!/usr/bin/env python3
"""Benchmark publishing: 70 environments (~40 documents each) in one commit.

The clock runs from rendered files in memory to the pushed commit, i.e. the cost *beyond
synthesis* (synthesis has its own benchmark). Three cases, each against a real bare
repository on local disk, with a fresh publish cache each run (as on a new CI machine):

* first publish: the repository is empty; 70 folders, ~2,900 files are added;
* a change: every environment changes (one file each) on top of that history;
* nothing changed: the same input again (no commit may be made).

Also times the same first publish through the ``git://`` protocol of a ``git daemon`` on
loopback, so the network path (pack negotiation, receive-pack) is measured too.

Writes bench/RESULTS-publish.md. Usage: python bench/bench_publish.py [--runs 3] [--envs 70]
"""
from __future__ import annotations

import argparse
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))
sys.path.insert(1, str(ROOT))
sys.path.insert(2, str(ROOT / "bench"))

from fleet import make_config  # noqa: E402


def render(count: int, tmp: Path) -> dict[str, dict[str, bytes]]:
    from otlp_istio.synth import render_environments
    make_config(tmp / "config", count)
    return render_environments(tmp / "config")


def changed(rendered: dict[str, dict[str, bytes]]) -> dict[str, dict[str, bytes]]:
    """Every environment with one document changed (a bumped sampling rate)."""
    out = {}
    for env, files in rendered.items():
        files = dict(files)
        name = next(n for n in sorted(files) if n.startswith("telemetry-"))
        files[name] = files[name].replace(b"randomSamplingPercentage: 5", b"randomSamplingPercentage: 7.5")
        assert files[name] != rendered[env][name]
        out[env] = files
    return out


def bare(path: Path) -> Path:
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(path)], check=True)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--envs", type=int, default=70)
    args = parser.parse_args()

    from otlp_istio.publish import PublishOptions, parse_remote, publish

    with tempfile.TemporaryDirectory(prefix="otlp-istio-bench-") as t:
        tmp = Path(t)
        rendered = render(args.envs, tmp)
        v2 = changed(rendered)
        files = sum(len(f) for f in rendered.values())
        first, change, noop, daemon = [], [], [], []
        for run in range(args.runs):
            repo = bare(tmp / f"repo-{run}.git")
            opts = PublishOptions(remote=parse_remote(str(repo)), state_dir=tmp / f"state-{run}", source="bench")
            s, r = timed(lambda: publish(rendered, opts))
            assert r.pushed and r.attempts == 1
            first.append(s)
            fresh = PublishOptions(remote=opts.remote, state_dir=tmp / f"state-{run}-b", source="bench")
            s, r = timed(lambda: publish(v2, fresh))
            assert r.pushed and len(r.changes.changes) == args.envs
            change.append(s)
            s, r = timed(lambda: publish(v2, fresh))
            assert r.commit is None
            noop.append(s)

        base = tmp / "served"
        base.mkdir()
        port = free_port()
        daemon_proc = subprocess.Popen(
            ["git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", f"--base-path={base}",
             "--listen=127.0.0.1", f"--port={port}", str(base)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            for run in range(args.runs):
                bare(base / f"r{run}.git")
                opts = PublishOptions(remote=parse_remote(f"git://127.0.0.1:{port}/r{run}.git"),
                                      state_dir=tmp / f"dstate-{run}", source="bench")
                s, r = timed(lambda: publish(rendered, opts))
                assert r.pushed
                daemon.append(s)
        finally:
            daemon_proc.terminate()
            daemon_proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    med = statistics.median
    rows = [
        (f"first publish: {args.envs} environments, {files} files, into an empty bare repo", med(first)),
        (f"a change in every environment ({args.envs} files changed), fresh cache", med(change)),
        ("the same input again (no commit made)", med(noop)),
        (f"first publish over git:// (git daemon on loopback)", med(daemon)),
    ]
    text = ["# Publish benchmark (bench/bench_publish.py)", "",
            f"Machine: {platform.machine()}, 2 cores, Python {platform.python_version()}, "
            f"git {subprocess.run(['git', '--version'], capture_output=True, text=True).stdout.split()[-1]}; "
            f"median of {args.runs} runs. Time from rendered files in memory to the pushed commit "
            "(synthesis excluded; it has its own benchmark). Goal: <= 2 s for 70 environments.", "",
            "| case | seconds |", "|---|---|"]
    text += [f"| {name} | {secs:.2f} |" for name, secs in rows]
    out = "\n".join(text) + "\n"
    (ROOT / "bench" / "RESULTS-publish.md").write_text(out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
