#!/usr/bin/env python3
"""Benchmark of the semantic analyzer: ``analyze_documents`` on 10,000 parsed documents.

Usage: ``python bench/bench_analyze.py [--documents 10000] [--runs 5]``

Two inputs from ``bench/manifests.py`` (the validate benchmark's kinds and mix):

* *coherent*: documents in groups of one of each kind sharing an index, so routes, subsets,
  selectors and policies point at objects that exist (the work of a real environment: host
  lookups that succeed, selectors that match, mTLS resolution for every workload);
* *scattered*: the validate benchmark's order (``MIX[i % 20]`` with index ``i``), where most
  references miss (the cost of building many findings).

Prints the best time of each and the findings by code; the goal is well under 1 s.
"""
from __future__ import annotations

import argparse
import collections
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "constructs"))

from manifests import MIX, manifest  # noqa: E402

from otlp_istio.analyzers import analyze_documents  # noqa: E402
from otlp_istio.yamlio import Document  # noqa: E402


def coherent(n: int) -> list[Document]:
    docs = []
    for i in range(n):
        group, kind = divmod(i, len(MIX))
        docs.append(Document(data=manifest(MIX[kind], group), file=f"env/{MIX[kind].lower()}-{group}.yaml", line=1))
    return docs


def scattered(n: int) -> list[Document]:
    return [Document(data=manifest(MIX[i % len(MIX)], i), file=f"env/{MIX[i % len(MIX)].lower()}-{i}.yaml", line=1)
            for i in range(n)]


def best_of(runs: int, fn) -> tuple[float, list]:
    best, result = float("inf"), []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    print(f"analyze_documents on {args.documents} documents, best of {args.runs}; "
          f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    worst = 0.0
    for name, make in (("coherent", coherent), ("scattered", scattered)):
        docs = make(args.documents)
        seconds, findings = best_of(args.runs, lambda docs=docs: analyze_documents(docs))
        worst = max(worst, seconds)
        by_code = collections.Counter(f.code for f in findings)
        print(f"  {name:<10} {seconds:.3f} s  {len(findings)} findings "
              f"({', '.join(f'{c} x{n}' for c, n in sorted(by_code.items())) or 'none'})")
    print(f"goal: well under 1 s: {'met' if worst < 1.0 else 'NOT met'} (slowest {worst:.3f} s)")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
