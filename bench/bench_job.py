#!/usr/bin/env python3
"""The whole CI job side by side: `otlp-istio publish` against the peers' pipelines, timed as
whole processes, A and B in turn after a warm-up, the ratio taken pair by pair (so a comparison
holds when the machine's speed drifts); the CPU and peak memory are the kernel's accounting of
each finished run (``wait4``).

A team's CI job renders, checks and commits. Each job here starts from an empty bare repository
and an empty work folder, and ends with the environments' files pushed:

* ours: ``otlp-istio publish -c fleet --out dist --repo bare.git`` (synthesis, kubeconform,
  CEL rules, the analyzer, the flows, the real collector's ``validate``, commit, push), with a
  fresh publish cache;
* cdk8s in JavaScript: ``bench/peers/cdk8s_synth.js`` (a Chart per environment, an ``ApiObject``
  per document, given our finished documents as JSON), ``kubeconform -strict`` on the same
  schemas, then ``git init``, ``add``, ``commit`` and ``push`` to the bare repository;
* Helm: ``helm template`` of ``bench/peers/chart`` per environment (one process each, as a
  job does), ``kubeconform -strict`` on the same schemas, the same git steps.

The peers get our finished documents, so they do none of our loading, validation and defaults,
and check schemas only. Needs bin/kubeconform, bin/helm, bin/otelcol and
node_modules (``make setup bin/helm bin/otelcol``).

Writes bench/RESULTS-job.md. Usage: python bench/bench_job.py [--sizes 10,70] [--runs 5]
"""
from __future__ import annotations

import argparse
import json
import os
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
KUBECONFORM = ROOT / "bin" / "kubeconform"
KUBERNETES = "1.31.0"
GIT = "git -c user.name=ci -c user.email=ci@example.com"


def kubeconform(folder: Path) -> str:
    """The same schemas and templates as ours (otlp_istio.validate.registry)."""
    schemas = ROOT / "schemas"
    crd = "crds/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json"
    kube = "kubernetes/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json"
    return (f"{KUBECONFORM} -strict -summary -kubernetes-version {KUBERNETES} -n 2 "
            f"-schema-location '{schemas}/{crd}' -schema-location '{schemas}/{kube}' {folder}")


def git_publish(folder: Path, bare: Path) -> str:
    return (f"cd {folder} && {GIT} init -q -b main && {GIT} add -A && {GIT} commit -q -m publish "
            f"&& {GIT} push -q {bare} main")


def fresh(*paths: Path) -> str:
    return " && ".join(f"rm -rf {p}" for p in paths)


def jobs(work: Path, size: int, documents: dict[str, list[dict]]) -> dict[str, str]:
    cfg, w = work / f"fleet-{size}", work / f"run-{size}"
    docs = work / f"documents-{size}.json"
    docs.write_text(json.dumps(documents))
    helm_lines = []
    for env, env_docs in documents.items():
        values = work / f"values-{size}-{env}.json"
        values.write_text(json.dumps({"documents": env_docs}))
        helm_lines.append(f"mkdir -p {w}/helm/{env} && {HELM} template peers {HERE / 'peers' / 'chart'} -f {values} "
                          f"> {w}/helm/{env}/all.yaml")
    bare = {t: w / f"{t}.git" for t in ("ours", "cdk8s", "helm")}
    return {
        "ours": (f"{fresh(w / 'ours', bare['ours'], w / 'state')} && git init -q --bare {bare['ours']} && "
                 f"OTLP_ISTIO_STATE_DIR={w / 'state'} {CLI} publish -c {cfg} --out {w / 'ours'} "
                 f"--repo {bare['ours']} --message publish"),
        "cdk8s": (f"{fresh(w / 'cdk8s', bare['cdk8s'])} && git init -q --bare {bare['cdk8s']} && "
                  f"{NODE} {HERE / 'peers' / 'cdk8s_synth.js'} {docs} {w / 'cdk8s'} && "
                  f"{kubeconform(w / 'cdk8s')} && {git_publish(w / 'cdk8s', bare['cdk8s'])}"),
        "helm": (f"{fresh(w / 'helm', bare['helm'])} && git init -q --bare {bare['helm']} && "
                 + " && ".join(helm_lines) + f" && {kubeconform(w / 'helm')} && {git_publish(w / 'helm', bare['helm'])}"),
    }


def _run_once(command: str) -> dict[str, float]:
    """One whole run of ``sh -c command``: wall, user and system seconds, peak memory (MiB) of the
    largest process (the shell and every process it waited for)."""
    t = time.perf_counter()
    proc = subprocess.Popen(["sh", "-c", command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}: {command[:200]}")
    return {"user s": usage.ru_utime, "sys s": usage.ru_stime, "cpu s": usage.ru_utime + usage.ru_stime,
            "wall s": wall, "peak MiB": usage.ru_maxrss / 1024}


def paired(a: str, b: str, runs: int) -> str:
    """A and B in turn (one warm-up each, then ``runs`` pairs): each figure's min, median and max,
    and the ratio A/B taken pair by pair, as a Markdown table."""
    _run_once(a), _run_once(b)
    pairs = [(_run_once(a), _run_once(b)) for _ in range(runs)]

    def row(label: str, values: list[float], digits: int = 3) -> str:
        return f"| {label} | " + " | ".join(f"{v:.{digits}f}" for v in (min(values), statistics.median(values),
                                                                      max(values))) + " |"
    lines = [f"{runs} pairs, A and B in turn after one warm-up each; whole processes", "",
             "| figure | min | median | max |", "|---|---|---|---|"]
    for side, index in (("A", 0), ("B", 1)):
        for key in ("user s", "sys s", "cpu s", "wall s", "peak MiB"):
            lines.append(row(f"{side} {key}", [p[index][key] for p in pairs], 1 if key == "peak MiB" else 3))
    for key in ("user s", "cpu s", "wall s"):
        lines.append(row(f"A/B {key[:-2]}", [p[0][key] / p[1][key] for p in pairs], 4))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,70")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for tool in (CLI, NODE, HELM, KUBECONFORM):
        if not tool.exists():
            sys.exit(f"missing {tool}: run make setup bin/helm")
    # Timed as installed: with the compiled caches written (pip writes them at install; a shell with
    # PYTHONDONTWRITEBYTECODE set would otherwise compile every changed module on every run).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "constructs")], check=True)
    subprocess.run([sys.executable, "-m", "otlp_istio.generated.loader", "imports"], cwd=ROOT, check=True)
    started = load_average()
    sections = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            cfg = work / f"fleet-{size}"
            make_config(cfg, size)
            ref = work / f"reference-{size}"
            subprocess.run([str(CLI), "synth", "-c", str(cfg), "--out", str(ref)], check=True, capture_output=True)
            documents = {env.name: [yaml.safe_load(f.read_text()) for f in sorted(env.glob("*.yaml"))]
                         for env in sorted(p for p in ref.iterdir() if p.is_dir())}
            count = sum(len(d) for d in documents.values())
            job = jobs(work, size, documents)
            for peer in ("cdk8s", "helm"):
                subprocess.run(["sh", "-c", job[peer]], check=True, capture_output=True)  # each job works
            subprocess.run(["sh", "-c", job["ours"]], check=True, capture_output=True)
            for peer in ("cdk8s", "helm"):
                report = paired(job["ours"], job[peer], args.runs)
                sections.append(f"### {size} environments ({count} documents): ours (A) against {peer} (B)\n\n"
                                f"{report}\n")
    text = ("# The whole CI job against the peers' pipelines (bench/bench_job.py)\n\n"
            + __doc__.split("\n\n", 1)[1].split("Writes bench/")[0].strip() + "\n\n"
            + load_note(started) + "\n\n" + "\n".join(sections))
    (HERE / "RESULTS-job.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
