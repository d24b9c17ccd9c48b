"""scripts/gen_schemas.py: the committed schemas/ is what the script produces; conversion rules."""
from __future__ import annotations

import filecmp
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
CRDS = ROOT.parent / "shared" / "crds"


def _load_script():
    spec = importlib.util.spec_from_file_location("gen_schemas", ROOT / "scripts" / "gen_schemas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load_script()


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# Outside CI a clone without ../shared skips this; CI has ../shared beside the clone (CI=true): it runs there.
@pytest.mark.skipif(not CRDS.is_dir() and not os.environ.get("CI"), reason="../shared/crds is not present")
def test_committed_schemas_are_up_to_date(tmp_path):
    out = tmp_path / "schemas"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_schemas.py"), "--crds", str(CRDS),
                           "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    stale = staleness(out, SCHEMAS)
    assert stale is None, stale


def staleness(generated: Path, committed: Path) -> str | None:
    """What differs between a fresh run of gen_schemas.py and the committed schemas/, and
    exactly what to run about it; None when they are the same."""
    new, old = set(_tree(generated)), set(_tree(committed))
    added, gone = sorted(new - old), sorted(old - new)
    changed = [p for p in sorted(new & old) if not filecmp.cmp(generated / p, committed / p, shallow=False)]
    if not (added or gone or changed):
        return None
    parts = [f"{len(files)} {what} (first: {', '.join(files[:3])})"
             for what, files in (("new", added), ("gone", gone), ("changed", changed)) if files]
    return (f"schemas/ is not what scripts/gen_schemas.py makes from {CRDS}: " + "; ".join(parts) + ".\n"
            "../shared/crds changed since schemas/ was generated. Run `make schemas`, review "
            "`git diff --stat schemas/`, and commit schemas/; when a CRD (a kind) was added, also run "
            "`make imports` and commit imports/.")


def test_staleness_names_the_files_and_what_to_run(tmp_path):
    generated, committed = tmp_path / "generated", tmp_path / "committed"
    for root in (generated, committed):
        (root / "crds" / "a").mkdir(parents=True)
        (root / "cel-rules.json").write_text("{}")
    assert staleness(generated, committed) is None
    (generated / "crds" / "a" / "new_v1.json").write_text("{}")
    (committed / "crds" / "a" / "old_v1.json").write_text("{}")
    (generated / "cel-rules.json").write_text('{"x": 1}')
    text = staleness(generated, committed)
    assert text.startswith(f"schemas/ is not what scripts/gen_schemas.py makes from {CRDS}: 1 new "
                           "(first: crds/a/new_v1.json); 1 gone (first: crds/a/old_v1.json); "
                           "1 changed (first: cel-rules.json).\n")
    assert "Run `make schemas`, review `git diff --stat schemas/`, and commit schemas/" in text


def test_committed_tree_shape_and_size():
    files = _tree(SCHEMAS)
    assert "cel-rules.json" in files
    assert "crds/networking.istio.io/virtualservice_v1.json" in files
    assert "kubernetes/v1.31.0-standalone-strict/deployment-apps-v1.json" in files
    size = sum((SCHEMAS / p).stat().st_size for p in files)
    assert size < 2_500_000  # about 1.6 MB today; keep it sane


def test_kubernetes_schemas_are_standalone():
    for path in (SCHEMAS / "kubernetes").rglob("*.json"):
        text = path.read_text()
        assert "_definitions.json" not in text and '"description"' not in text, path
        schema = json.loads(text)
        for ref in _refs(schema):
            assert ref.startswith("#/$defs/") and ref[len("#/$defs/"):] in schema["$defs"], (path, ref)


def test_crd_schemas_are_strict_and_self_contained():
    for path in (SCHEMAS / "crds").rglob("*.json"):
        schema = json.loads(path.read_text())
        assert schema["additionalProperties"] is False
        assert schema["properties"]["metadata"] == {
            "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}
        for ref in _refs(schema):
            assert ref[len("#/definitions/"):] in schema["definitions"], (path, ref)


def _refs(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for v in node.values():
            yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


def test_convert_openapi_rules():
    node = {
        "type": "object", "description": "prose",
        "properties": {
            "a": {"type": "string", "nullable": True, "enum": ["x"]},
            "port": {"x-kubernetes-int-or-string": True},
            "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": True,
                     "properties": {"known": {"type": "string"}}},
            "map": {"type": "object", "additionalProperties": {"type": "string"}},
            "list": {"type": "array", "items": {"type": "object", "properties": {"b": {"type": "integer"}}}},
        },
        "oneOf": [{"required": ["a"]}, {"properties": {"a": {"type": "string"}}}],
        "x-kubernetes-validations": [{"rule": "true"}],
    }
    out = gen.convert_openapi(node)
    assert "description" not in out and "x-kubernetes-validations" not in out
    assert out["additionalProperties"] is False
    assert out["properties"]["a"] == {"type": ["string", "null"], "enum": ["x", None]}
    assert out["properties"]["port"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    assert "additionalProperties" not in out["properties"]["free"]  # preserve-unknown-fields stays open
    assert out["properties"]["map"]["additionalProperties"] == {"type": "string"}
    assert out["properties"]["list"]["items"]["additionalProperties"] is False
    assert "additionalProperties" not in out["oneOf"][1]  # value constraints only: never strict


def test_collect_rules_paths():
    node = {"type": "object", "properties": {"spec": {"type": "object", "properties": {
        "ports": {"type": "array", "items": {"type": "integer", "x-kubernetes-validations": [
            {"rule": "self > 0", "message": "positive", "fieldPath": ".x", "reason": "FieldValueInvalid"}]}},
        "labels": {"type": "object", "additionalProperties": {"type": "string", "x-kubernetes-validations": [
            {"rule": "self != ''"}]}}}}}}
    sink: list = []
    gen.collect_rules(node, [], sink)
    assert sink == [
        {"path": ["spec", "labels", "{}"], "type": "string", "nullable": False, "rules": [{"rule": "self != ''"}]},
        {"path": ["spec", "ports", "[]"], "type": "integer", "nullable": False,
         "rules": [{"rule": "self > 0", "message": "positive", "fieldPath": ".x", "reason": "FieldValueInvalid"}]},
    ]


def test_the_test_api_server_installs_the_crd_subfolders_the_schemas_read():
    from tests.support.apiserver import SHARED_CRD_SUBFOLDERS

    assert SHARED_CRD_SUBFOLDERS == gen.CRD_SUBFOLDERS == ("gateway-api",)


def test_defaults_tree_keeps_only_branches_with_a_default():
    schema = {"type": "object", "properties": {
        "spec": {"type": "object", "properties": {
            "refs": {"type": "array", "items": {"type": "object", "properties": {
                "kind": {"type": "string", "default": "Service"}, "name": {"type": "string"}}}},
            "plain": {"type": "string"},
            "opt": {"type": "string", "nullable": True, "default": "x"}}}}}
    assert gen.collect_defaults(schema) == {"properties": {"spec": {"properties": {
        "opt": {"default": "x", "nullable": True},
        "refs": {"items": {"properties": {"kind": {"default": "Service"}}}}}}}}
    assert gen.collect_defaults({"type": "string"}) is None
