#!/usr/bin/env python3
"""Regenerate ``imports/`` with ``cdk8s import`` from the upstream CRDs.

Usage: ``python scripts/gen_imports.py [--crds ../shared/crds] [--out imports]``

What it does, and why:

* every ``description`` is stripped before import, so the generated code holds
  structure only (the upstream prose stays upstream);
* each CRD is reduced to one served version (``v1`` where the CRD has it, else
  its storage version): one class set per kind keeps ``imports/`` small and its
  import fast;
* every file goes through a YAML round trip first (the Flagger CRD does not
  import otherwise, see ``shared/crds/SOURCES.md``);
* the result is written to a temporary folder and swapped in whole, and the
  ``__init__.py`` files that make ``imports`` a regular package are added.
  ``imports/`` itself is never put on ``sys.path`` (its ``io`` package would
  shadow the standard library); code imports ``from imports.io.istio import
  networking``.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

# (CRD file or files, groups to keep, kinds to keep or None for all kinds of those
# groups). One entry per API group: `cdk8s import` writes one module per group, so
# two imports of one group would overwrite each other; files of one group are
# imported together.
SOURCES: list[tuple[str | tuple[str, ...], tuple[str, ...], tuple[str, ...] | None]] = [
    ("istio-crds-v1.30.3.yaml", ("networking.istio.io",), None),
    ("istio-crds-v1.30.3.yaml", ("security.istio.io",), None),
    ("istio-crds-v1.30.3.yaml", ("telemetry.istio.io",), None),
    ("flagger-crds-v1.44.0.yaml", ("flagger.app",), ("Canary", "MetricTemplate")),
    (("flux-source-controller-v1.9.1-gitrepositories.yaml",
      "flux-source-controller-v1.9.1-helmrepositories.yaml",
      "flux-source-controller-v1.9.1-ocirepositories.yaml"), ("source.toolkit.fluxcd.io",), None),
    ("flux-kustomize-controller-v1.9.4-kustomizations.yaml", ("kustomize.toolkit.fluxcd.io",), None),
    ("flux-helm-controller-v1.6.3-helmreleases.yaml", ("helm.toolkit.fluxcd.io",), None),
    ("prometheus-operator-v0.93.0-servicemonitors.yaml", ("monitoring.coreos.com",), None),
    # Gateway API (standard channel): in a subfolder of ../shared/crds, named here on purpose.
    ("gateway-api/gateway-api-v1.5.1-standard-crds.yaml", ("gateway.networking.k8s.io",), None),
]


def strip_descriptions(node):
    if isinstance(node, dict):
        return {k: strip_descriptions(v) for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [strip_descriptions(v) for v in node]
    return node


def pick_version(crd: dict) -> dict:
    versions = crd["spec"]["versions"]
    chosen = next((v for v in versions if v["name"] == "v1"), None)
    if chosen is None:
        chosen = next((v for v in versions if v.get("storage")), versions[0])
    crd = dict(crd)
    crd["spec"] = dict(crd["spec"], versions=[chosen])
    return crd


def load_crds(path: Path, groups, kinds) -> list[dict]:
    with path.open() as fh:
        docs = [d for d in yaml.safe_load_all(fh) if d]
    out = []
    for doc in docs:
        spec = doc.get("spec", {})
        if spec.get("group") not in groups:
            continue
        if kinds is not None and spec["names"]["kind"] not in kinds:
            continue
        out.append(pick_version(strip_descriptions(doc)))
    out.sort(key=lambda d: d["spec"]["names"]["kind"])
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crds", type=Path, default=ROOT.parent / "shared" / "crds")
    parser.add_argument("--out", type=Path, default=ROOT / "imports")
    parser.add_argument("--cdk8s", default=str(ROOT / "node_modules" / ".bin" / "cdk8s"))
    args = parser.parse_args(argv)

    if not args.crds.is_dir():
        print(f"error: CRD folder {args.crds} not found (pass --crds)", file=sys.stderr)
        return 2
    env = dict(os.environ)
    node22 = ROOT / "node_modules" / ".bin" / "node"
    if node22.exists():
        env.setdefault("JSII_NODE", str(node22))
        env["PATH"] = f"{node22.parent}{os.pathsep}{env.get('PATH', '')}"

    with tempfile.TemporaryDirectory(prefix="otlp-istio-imports-") as tmp:
        tmpdir = Path(tmp)
        staged = tmpdir / "imports"
        for i, (fnames, groups, kinds) in enumerate(SOURCES):
            fnames = (fnames,) if isinstance(fnames, str) else fnames
            crds = sorted((crd for fname in fnames for crd in load_crds(args.crds / fname, groups, kinds)),
                          key=lambda d: d["spec"]["names"]["kind"])
            if not crds:
                print(f"error: {', '.join(fnames)} has no CRD of {groups}", file=sys.stderr)
                return 1
            src = tmpdir / f"{i:02d}-{groups[0]}.yaml"
            src.write_text(yaml.safe_dump_all(crds, sort_keys=True))
            print(f"cdk8s import {groups[0]}: {', '.join(c['spec']['names']['kind'] for c in crds)}")
            subprocess.run([args.cdk8s, "--no-check-upgrade", "import", "-l", "python", "-o", str(staged), str(src)],
                           check=True, env=env, cwd=tmpdir, stdout=subprocess.DEVNULL)
        # Make `imports` and every folder above a generated module a regular package.
        for folder in sorted(p for p in staged.rglob("*") if p.is_dir()):
            if folder.name in ("_jsii", "__pycache__"):
                continue
            init = folder / "__init__.py"
            if not init.exists():
                init.write_text('"""Generated by scripts/gen_imports.py; do not edit."""\n')
        (staged / "__init__.py").write_text(
            '"""Classes generated by `cdk8s import` from the upstream CRDs (scripts/gen_imports.py).\n\n'
            'Never put this folder on sys.path: its `io` package would shadow the standard library.\n"""\n')
        for cache in staged.rglob("__pycache__"):
            shutil.rmtree(cache)
        old = args.out.with_name(args.out.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if args.out.exists():
            args.out.rename(old)
        shutil.copytree(staged, args.out)
        if old.exists():
            shutil.rmtree(old)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
