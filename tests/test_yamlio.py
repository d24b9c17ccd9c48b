"""The fast YAML paths give exactly what PyYAML gives: the emitter byte for byte, the
loader value for value (and the same errors)."""
from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
import yaml

from otlp_istio import yamlio
from otlp_istio.yamlio import YamlSyntaxError, dump_document, dump_plain, load_documents_text
from tests.conftest import ROOT


def dump_document_pyyaml(doc: dict) -> str:
    """:func:`dump_document` through PyYAML alone: the reference the fast emitter matches."""
    return yamlio._pyyaml_dump(yamlio.canonical_document(doc))

GOLDEN = ROOT / "tests" / "core" / "golden"

AWKWARD = [
    "", " ", "yes", "No", "on", "OFF", "y", "n", "null", "Null", "~", "true", "False", "1", "-1", "+1", "0x1F",
    "0o17", "017", "1_000", "1:30", "1.0", "1e3", "1.5e-3", ".inf", "-.Inf", ".nan", "=", "<<", "-", "- a",
    "--", "---", "...", ":", "a:b", "a: b", "a :b", "#x", "x #y", "x#y", " lead", "trail ", "'quote", "it's",
    '"dq', 'say "hi"', "tab\there", "ünïcödé", "🎉 party", "bell\x07", "a\u2028b", "nbsp\u00a0x", "*star",
    "&anchor", "!tag", "%pct", "@at", "`tick", "{", "}", "[", "]", ",", "?", "? x", "|", ">", "2024-01-01",
    "2024-01-01T10:00:00Z", "a,b", "10.0.0.1", "/v1/traces", "*.example.com", "cluster.local/ns/a/sa/b",
    "response.code >= 400", "app.kubernetes.io/name", "x" * 200, "\\back", "\ufeffbom", "a\x85b",
    "NULL", "TRUE", "Yes", "y", "n", "Y", "N", "0X1F", "0B101", "0O17", "1.5e3", "-2E+4", ".5e1", "Off", "yes-no", "a.b-c_d/e", "e1", "E", "inf", "nan", "a-", "a.", "v1",
]


def awkward_document(rng: random.Random, depth: int = 0):
    def scalar():
        kind = rng.randrange(6)
        if kind < 3:
            return rng.choice(AWKWARD)
        return rng.choice([0, 1, -7, 10**20, 1.5, 2.0, -0.0, 1e300, math.inf, -math.inf, True, False, None,
                           0.1, 12345678901234567890.0])

    def value(d):
        kind = rng.randrange(5 if d < 4 else 1)
        if kind == 0:
            return scalar()
        if kind in (1, 2):
            return {rng.choice(AWKWARD[:60]) + str(i % 3): value(d + 1) for i in range(rng.randrange(4))}
        return [value(d + 1) for _ in range(rng.randrange(4))]

    doc = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": rng.choice(AWKWARD[:40]) or "n"}}
    for i in range(rng.randrange(1, 5)):
        doc[rng.choice(AWKWARD) + str(i)] = value(depth)
    return doc


@pytest.mark.parametrize("seed", range(40))
def test_emitter_matches_pyyaml_on_awkward_documents(seed):
    rng = random.Random(seed)
    for _ in range(25):
        doc = awkward_document(rng)
        assert dump_document(doc) == dump_document_pyyaml(doc), doc


def test_emitter_matches_pyyaml_on_every_golden_file():
    files = sorted(GOLDEN.rglob("*.yaml"))
    assert len(files) > 30
    for f in files:
        doc = yaml.safe_load(f.read_text())
        assert dump_document(doc) == f.read_text(), f


@pytest.mark.parametrize("doc", [
    {"apiVersion": "v1", "kind": "ConfigMap", "data": {"config": "a: 1\nb: 2\n"}},  # literal block
    {"apiVersion": "v1", "kind": "X", "data": {"k" * 130: 1}},  # complex key
    {"apiVersion": "v1", "kind": "X", "data": {1: "int key"}},
    {"apiVersion": "v1", "kind": "X", "data": [[], {}, [[1, [2, {"a": []}]]], {"a": {"b": {}}}]},
    {"apiVersion": "v1", "kind": "X", "data": ("tuple", 1.0, float("nan"))},
])
def test_emitter_falls_back_or_matches_on_edge_cases(doc):
    assert dump_document(doc) == dump_document_pyyaml(doc)


def test_dump_plain_matches_pyyaml():
    from otlp_istio.yamlio import _pyyaml_dump, canonical
    for data in ({"b": {"z": [1, {"y": "on"}], "a": ""}, "a": [[]], "d": 2.0},
                 {"c": "multi\nline\n"}, {}, [1, 2], {"x": {"y": 1}}):
        assert dump_plain(data) == _pyyaml_dump(canonical(data)), data


LOADER_CASES = [
    "a: 1\nb: [1, 2.5, .inf, -.inf, 0x1F, 0o17, 1_000, 1:30]\nc: {d: yes, e: off, f: ~, g: null}\n",
    "base: &b {x: 1, y: [1, 2]}\nuse: *b\nmerged: {<<: *b, z: 3}\n",
    "when: 2024-01-01\nstamp: 2024-01-01T10:00:00Z\nbin: !!binary aGVsbG8=\n",
    "s: !!set {a, b}\nstr: !!str 123\nint: !!int '7'\nq: '123'\n",
    "? [complex, key]\n: v\n",
    "a: 1\na: 2\n",  # a duplicate key: an error
    "a: {b: 1, b: 2}\n",
    "---\n- 1\n---\n- 2\n...\n",
    "x: \"\\u00e9\\t\"\nempty:\nlist: []\n",
    "rec: &r [1, *r]\n",  # refused by both: an alias inside its own anchor (test_yaml_bounds.py)
]


@pytest.mark.parametrize("text", LOADER_CASES)
def test_loader_constructs_what_the_safe_loader_constructs(text):
    try:
        from otlp_istio.yamlio import _StrictLoader
        want = list(yaml.load_all(text, Loader=_StrictLoader))  # the reference: strict, safe
        if text.startswith("rec:"):
            raise yaml.YAMLError("a recursive alias: refused on purpose")
    except yaml.YAMLError:
        with pytest.raises(YamlSyntaxError):
            load_documents_text(text, "f.yaml")
        return
    got = [d.data for d in load_documents_text(text, "f.yaml")]
    assert repr(got) == repr([w for w in want if w is not None])


def test_loader_still_refuses_python_tags():
    with pytest.raises(YamlSyntaxError, match="not allowed"):
        load_documents_text("a: !!python/object/apply:os.system ['true']\n", "f.yaml")


def test_loader_matches_on_every_golden_and_environment_file():
    for f in [*GOLDEN.rglob("*.yaml"), *(ROOT / "environments").glob("*.yaml")]:
        text = f.read_text()
        assert [d.data for d in load_documents_text(text, str(f))] == [
            d for d in yaml.safe_load_all(text) if d is not None], f


def _shape(node):
    if isinstance(node, yaml.ScalarNode):
        return (node.tag, node.value, node.style, node.start_mark.line, node.start_mark.column)
    children = ([(_shape(k), _shape(v)) for k, v in node.value] if isinstance(node, yaml.MappingNode)
                else [_shape(v) for v in node.value])
    return (node.tag, node.start_mark.line, node.start_mark.column, children)


def test_nodes_for_line_lookups_are_the_safe_loaders_nodes():
    from otlp_istio.yamlio import load_nodes
    files = sorted(GOLDEN.rglob("*.yaml")) + sorted((ROOT / "environments").rglob("*.yaml"))
    texts = [f.read_text() for f in files] + ["a: [yes, 1, ~, 1.5, '1', !!str 2, 2024-01-01]\n---\nb: {c: d}\n"]
    for text in texts:
        assert [_shape(n) for n in load_nodes(text, "x")] == [
            _shape(n) for n in yaml.compose_all(text, Loader=yaml.CSafeLoader)]


SAFE_LOAD_CASES = [*LOADER_CASES[:-1], "", "a: [1, 2\n", "a: b: c\n", "\ta: 1\n", "a: *nowhere\n", "- yes\n- 0o17\n- 1e3\n"]


@pytest.mark.parametrize("text", SAFE_LOAD_CASES)
def test_safe_load_is_pyyamls_safe_load(text):
    # libyaml parses; the result, or the error (type and message), is yaml.safe_load's
    try:
        want = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        with pytest.raises(type(exc)) as got:
            yamlio.safe_load(text)
        assert str(got.value) == str(exc)
        return
    assert repr(yamlio.safe_load(text)) == repr(want)


def test_safe_load_on_every_rendered_collector_config():
    for f in GOLDEN.rglob("configmap-*.yaml"):
        for doc in load_documents_text(f.read_text(), str(f)):
            for text in (doc.data.get("data") or {}).values():
                assert repr(yamlio.safe_load(text)) == repr(yaml.safe_load(text)), f


@pytest.mark.parametrize("text", SAFE_LOAD_CASES)
def test_safe_load_takes_the_bytes_of_a_file_as_its_text(text):
    try:
        want = repr(yamlio.safe_load(text))
    except yaml.YAMLError as exc:
        with pytest.raises(type(exc)):
            yamlio.safe_load(text.encode())
        return
    assert repr(yamlio.safe_load(text.encode())) == want


def test_the_yaml_readers_share_yamlio_s_loader():
    """One home for the choice of parser (libyaml, else PyYAML's, and the same errors): no module
    picks a loader class of its own or calls PyYAML's loading functions, but two with reasons of
    their own: the message table's reader
    (its base loader keeps every value a string) and the certificate refresh, which edits an
    environment file's text at the character offsets of PyYAML's own marks."""
    import re
    package = ROOT / "constructs" / "otlp_istio"
    own = re.compile(r"\bC?(Safe|Base|Full|Unsafe)?Loader\b|yaml\.(safe_)?load(_all)?\(")
    found = sorted(str(p.relative_to(package)) for p in package.rglob("*.py")
                   if own.search(p.read_text()) and p.name != "yamlio.py")
    assert found == ["doctor/refresh.py", "messages.py"]
