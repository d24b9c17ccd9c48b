#!/usr/bin/env python3
"""Regenerate ``schemas/``: the offline JSON schemas kubeconform reads, and the CEL rules.

Usage: ``python scripts/gen_schemas.py [--crds ../shared/crds] [--out schemas]``

What it writes (everything committed, so a fresh clone needs nothing from ``../shared``):

* ``schemas/crds/<group>/<kind>_<version>.json`` - one JSON schema per served version of
  every CRD in the ``--crds`` folder, converted from the CRD's OpenAPI v3 schema (the idea of
  kubeconform's ``openapi2jsonschema``, written here):

  - ``description`` (and every other ``x-kubernetes-*`` annotation) is dropped;
  - ``nullable: true`` becomes a ``"null"`` member of ``type`` (and of ``enum``);
  - ``x-kubernetes-int-or-string`` without its own ``anyOf`` becomes integer-or-string;
  - strict: every object node that lists ``properties`` and is not
    ``x-kubernetes-preserve-unknown-fields`` gets ``additionalProperties: false``, so a
    misspelt field is an error (kubeconform ``-strict``); nodes inside ``anyOf``/``oneOf``/
    ``allOf``/``not`` are value constraints only and are left open;
  - the root gets what the API server adds to every custom resource: ``apiVersion`` and
    ``kind`` (pinned to this group/version and kind) and ``metadata`` as the (strict)
    Kubernetes ``ObjectMeta`` schema, embedded under ``definitions``.

* ``schemas/kubernetes/v<X.Y.Z>-standalone-strict/<kind>[-<group>]-<version>.json`` - the
  Kubernetes core kinds we render (and a few neighbours), taken from the strict schemas the
  PyPI package ``kubernetes-validate`` ships. Those refer to a shared ``_definitions.json``;
  here every ``$ref`` is resolved into the file's own ``$defs`` so each file stands alone.
  The layout is kubeconform's default one, so ``-kubernetes-version X.Y.Z`` selects it.

* ``schemas/cel-rules.json`` - every ``x-kubernetes-validations`` rule of the CRDs with the
  schema path of the node it sits on (``[]`` = each list item, ``{}`` = each map value),
  the node's type, and the rule's ``message``/``messageExpression``/``fieldPath``/``reason``;
  and, per resource that has rules, the schema's ``default`` values as a tree (only the
  branches that hold one): the API server defaults an object before it evaluates the rules,
  and several rules read defaulted fields (a route's ``parentRefs[].group``, ``kind``).

The CRD files are the ``*.yaml`` of ``--crds`` and of the subfolders named in
``CRD_SUBFOLDERS`` (brought in on purpose, one by one).

Output is deterministic (sorted keys, fixed formatting), so ``git diff`` after a run shows
exactly what upstream changed. kubeconform ``-schema-location`` templates that match::

    schemas/crds/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json
    schemas/kubernetes/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

# Kubernetes versions and core kinds taken from kubernetes-validate (file stems there).
KUBERNETES_VERSIONS = ("1.29.0", "1.30.0", "1.31.0", "1.32.0", "1.33.0")
CORE_KINDS = (
    "configmap-v1",
    "deployment-apps-v1",
    "namespace-v1",
    "pod-v1",
    "secret-v1",
    "service-v1",
    "serviceaccount-v1",
)
OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
# The Kubernetes version whose ObjectMeta is embedded in the CRD schemas (stable for years).
OBJECT_META_FROM = "1.31.0"
K8S_REF_PREFIXES = ("/api/_definitions.json#/$defs/", "#/$defs/")
# Subfolders of --crds whose *.yaml files are read too (the Gateway API standard channel).
CRD_SUBFOLDERS = ("gateway-api",)
RULE_KEYS = ("rule", "message", "messageExpression", "fieldPath", "reason", "optionalOldSelf")
COMBINATORS = ("anyOf", "oneOf", "allOf")


# ----------------------------------------------------------------- helpers

def _dump_json(data: Any) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def kubernetes_schema_root() -> Path:
    try:
        import kubernetes_validate
    except ImportError:
        sys.exit("gen_schemas: the Python package kubernetes-validate is missing; run `make setup`")
    return Path(kubernetes_validate.__file__).resolve().parent / "kubernetes-json-schema"


def _strip_descriptions(node: Any) -> Any:
    """Drop prose and Kubernetes annotations that schema validation does not read."""
    if isinstance(node, dict):
        return {k: _strip_descriptions(v) for k, v in node.items()
                if k != "description" and not k.startswith("x-kubernetes-")}
    if isinstance(node, list):
        return [_strip_descriptions(v) for v in node]
    return node


def _ref_name(ref: Any) -> str | None:
    if isinstance(ref, str):
        for prefix in K8S_REF_PREFIXES:
            if ref.startswith(prefix):
                return ref[len(prefix):]
    return None


def _k8s_refs(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        name = _ref_name(node.get("$ref"))
        if name is not None:
            found.add(name)
        for v in node.values():
            _k8s_refs(v, found)
    elif isinstance(node, list):
        for v in node:
            _k8s_refs(v, found)


def _rewrite_refs(node: Any, prefix: str) -> Any:
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$ref" and _ref_name(v) is not None:
                out[k] = prefix + _ref_name(v)
            else:
                out[k] = _rewrite_refs(v, prefix)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, prefix) for v in node]
    return node


def _closure(names: set[str], defs: dict) -> dict:
    """The named definitions and everything they refer to, transitively."""
    todo, seen = sorted(names), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        refs: set[str] = set()
        _k8s_refs(defs[name], refs)
        todo.extend(sorted(refs - seen))
    return {n: defs[n] for n in sorted(seen)}


# ----------------------------------------------------------------- Kubernetes core kinds

def standalone_kubernetes_schema(folder: Path, stem: str, defs: dict) -> dict:
    """One kind's strict schema with its ``$ref`` closure embedded under ``$defs``."""
    schema = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
    schema.pop("$id", None)
    refs: set[str] = set()
    _k8s_refs(schema, refs)
    used = _closure(refs, defs)
    out = _rewrite_refs(_strip_descriptions(schema), "#/$defs/")
    out["$defs"] = {name: _rewrite_refs(_strip_descriptions(d), "#/$defs/") for name, d in used.items()}
    return out


def kubernetes_definitions(version: str) -> tuple[Path, dict]:
    folder = kubernetes_schema_root() / f"v{version}-local-strict"
    if not folder.is_dir():
        sys.exit(f"gen_schemas: kubernetes-validate has no schemas for Kubernetes {version} ({folder})")
    defs = json.loads((folder / "_definitions.json").read_text(encoding="utf-8"))["$defs"]
    return folder, defs


def write_kubernetes_schemas(out: Path) -> list[Path]:
    written = []
    for version in KUBERNETES_VERSIONS:
        folder, defs = kubernetes_definitions(version)
        target = out / "kubernetes" / f"v{version}-standalone-strict"
        target.mkdir(parents=True, exist_ok=True)
        for stem in CORE_KINDS:
            path = target / f"{stem}.json"
            path.write_text(_dump_json(standalone_kubernetes_schema(folder, stem, defs)), encoding="utf-8")
            written.append(path)
    return written


# ----------------------------------------------------------------- CRDs: OpenAPI v3 -> JSON schema

def convert_openapi(node: Any, *, structural: bool = True) -> Any:
    """An OpenAPI v3 (structural) schema node as a strict JSON schema node.

    ``structural`` is False inside ``anyOf``/``oneOf``/``allOf``/``not``: those only add value
    constraints to the structure declared outside them, so they never get
    ``additionalProperties: false``.
    """
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "description" or key.startswith("x-kubernetes-") or key in ("nullable", "example", "externalDocs"):
            continue
        if key == "properties":
            out[key] = {name: convert_openapi(sub, structural=structural) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = convert_openapi(value, structural=structural)
        elif key in COMBINATORS:
            out[key] = [convert_openapi(sub, structural=False) for sub in value]
        elif key == "not":
            out[key] = convert_openapi(value, structural=False)
        else:
            out[key] = value
    if node.get("nullable") is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    if node.get("x-kubernetes-int-or-string") is True and not any(k in out for k in COMBINATORS):
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if (structural and "properties" in node and "additionalProperties" not in node
            and node.get("x-kubernetes-preserve-unknown-fields") is not True):
        out["additionalProperties"] = False
    return out


def crd_version_schema(crd: dict, version: dict, object_meta_defs: dict) -> dict:
    group = crd["spec"]["group"]
    kind = crd["spec"]["names"]["kind"]
    openapi = version["schema"]["openAPIV3Schema"]
    schema = convert_openapi(openapi)
    props = schema.setdefault("properties", {})
    props["apiVersion"] = {"type": "string", "enum": [f"{group}/{version['name']}"]}
    props["kind"] = {"type": "string", "enum": [kind]}
    props["metadata"] = {"$ref": f"#/definitions/{OBJECT_META}"}
    schema.setdefault("type", "object")
    if openapi.get("x-kubernetes-preserve-unknown-fields") is not True:
        schema["additionalProperties"] = False
    schema["required"] = sorted(set(schema.get("required", [])) | {"apiVersion", "kind", "metadata"})
    schema["definitions"] = object_meta_defs
    schema["$schema"] = "http://json-schema.org/draft-04/schema#"
    return schema


def object_meta_definitions() -> dict:
    _, defs = kubernetes_definitions(OBJECT_META_FROM)
    used = _closure({OBJECT_META}, defs)
    return {name: _rewrite_refs(_strip_descriptions(d), "#/definitions/") for name, d in used.items()}


def crd_files(crd_dir: Path) -> list[Path]:
    """The CRD files read: ``*.yaml`` of the folder and of each of ``CRD_SUBFOLDERS``."""
    files = sorted(crd_dir.glob("*.yaml"))
    for sub in CRD_SUBFOLDERS:
        files += sorted((crd_dir / sub).glob("*.yaml"))
    return files


def load_crds(crd_dir: Path) -> list[tuple[str, dict]]:
    crds = []
    for path in crd_files(crd_dir):
        with path.open(encoding="utf-8") as fh:
            for doc in yaml.safe_load_all(fh):
                if isinstance(doc, dict) and doc.get("kind") == "CustomResourceDefinition":
                    crds.append((path.relative_to(crd_dir).as_posix(), doc))
    if not crds:
        sys.exit(f"gen_schemas: no CustomResourceDefinition found in {crd_dir}")
    return sorted(crds, key=lambda c: (c[1]["spec"]["group"], c[1]["spec"]["names"]["kind"]))


# ----------------------------------------------------------------- CEL rules

def collect_rules(node: Any, path: list[str], sink: list[dict]) -> None:
    """Every ``x-kubernetes-validations`` list below a structural schema node."""
    if not isinstance(node, dict):
        return
    rules = node.get("x-kubernetes-validations")
    if rules:
        node_type = node.get("type")
        if node.get("x-kubernetes-int-or-string") is True:
            node_type = "int-or-string"
        sink.append({
            "path": list(path),
            "type": node_type or "any",
            "nullable": bool(node.get("nullable")),
            "rules": [{k: r[k] for k in RULE_KEYS if k in r} for r in rules],
        })
    for name, sub in sorted((node.get("properties") or {}).items()):
        collect_rules(sub, [*path, name], sink)
    if isinstance(node.get("items"), dict):
        collect_rules(node["items"], [*path, "[]"], sink)
    if isinstance(node.get("additionalProperties"), dict):
        collect_rules(node["additionalProperties"], [*path, "{}"], sink)


def collect_defaults(node: Any) -> dict | None:
    """The ``default`` values below a structural schema node, as a tree that keeps only the
    branches holding one: ``{"default": v, "nullable": true, "properties": {name: tree},
    "items": tree, "additionalProperties": tree}`` (each key only when it applies)."""
    if not isinstance(node, dict):
        return None
    tree: dict[str, Any] = {}
    props = {}
    for name, sub in sorted((node.get("properties") or {}).items()):
        found = collect_defaults(sub)
        if found is not None:
            props[name] = found
    if props:
        tree["properties"] = props
    for key in ("items", "additionalProperties"):
        found = collect_defaults(node.get(key))
        if found is not None:
            tree[key] = found
    if "default" in node:
        tree["default"] = node["default"]
    if tree and node.get("nullable") is True:
        tree["nullable"] = True
    return tree or None


def write_crd_schemas(crds: list[tuple[str, dict]], out: Path) -> tuple[list[Path], dict]:
    meta = object_meta_definitions()
    written: list[Path] = []
    resources: dict[str, dict] = {}
    for source, crd in crds:
        group = crd["spec"]["group"]
        kind = crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            if not version.get("served", True):
                continue
            path = out / "crds" / group / f"{kind.lower()}_{version['name']}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_dump_json(crd_version_schema(crd, version, meta)), encoding="utf-8")
            written.append(path)
            nodes: list[dict] = []
            collect_rules(version["schema"]["openAPIV3Schema"], [], nodes)
            if nodes:
                entry = {"source": source, "nodes": nodes}
                defaults = collect_defaults(version["schema"]["openAPIV3Schema"])
                if defaults is not None:
                    entry["defaults"] = defaults
                resources[f"{group}/{version['name']}/{kind}"] = entry
    sites = sum(len(n["rules"]) for r in resources.values() for n in r["nodes"])
    distinct = {rule["rule"] for r in resources.values() for n in r["nodes"] for rule in n["rules"]}
    rules_doc = {
        "generated_by": "scripts/gen_schemas.py",
        "sources": sorted({source for source, _ in crds}),
        "rule_sites": sites,
        "distinct_rules": len(distinct),
        "resources": resources,
    }
    return written, rules_doc


# ----------------------------------------------------------------- main

def generate(crd_dir: Path, out: Path) -> dict:
    """Write the whole ``schemas/`` tree into ``out`` (which must be empty or absent)."""
    out.mkdir(parents=True, exist_ok=True)
    crds = load_crds(crd_dir)
    crd_files, rules_doc = write_crd_schemas(crds, out)
    k8s_files = write_kubernetes_schemas(out)
    (out / "cel-rules.json").write_text(_dump_json(rules_doc), encoding="utf-8")
    return {"crd_schemas": len(crd_files), "kubernetes_schemas": len(k8s_files),
            "rule_sites": rules_doc["rule_sites"], "distinct_rules": rules_doc["distinct_rules"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--crds", type=Path, default=ROOT.parent / "shared" / "crds",
                        help="folder of upstream CRD YAML files (default: ../shared/crds)")
    parser.add_argument("--out", type=Path, default=ROOT / "schemas", help="output folder (replaced whole)")
    args = parser.parse_args(argv)
    if not args.crds.is_dir():
        print(f"gen_schemas: CRD folder {args.crds} does not exist; pass --crds DIR", file=sys.stderr)
        return 2
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".schemas-", dir=out.parent))
    try:
        stats = generate(args.crds, tmp)
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"gen_schemas: {stats['crd_schemas']} CRD schemas, {stats['kubernetes_schemas']} Kubernetes "
          f"schemas, {stats['rule_sites']} CEL rule sites ({stats['distinct_rules']} distinct) "
          f"-> {out} ({size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
