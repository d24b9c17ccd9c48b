"""The gate on what the render holds (validate/rendered.py): what it checks is exactly what the
written bytes say, and it finds exactly what ``validate`` finds on the written folders.

GIVEN real environments (the golden ones, the examples, the benchmark fleet's) WHEN rendered
THEN each file's bytes, read back by our loader and by libyaml's safe loader, give the very
document the gate checks (same keys in the same order, same types, same values). GIVEN a fleet
whose environments have findings of every family (schema, CEL rules, analyzer, flows, the
collector, acceptances, the environment files' warnings) WHEN the render's workers check it
THEN the report is the one ``validate`` gives on the written folders: each finding's file,
line, field path, message, severity and source, and the findings accepted on purpose."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from bench.fleet import make_config
from otlp_istio.config.loader import load_environments
from otlp_istio.fieldpath import display_path
from otlp_istio.synth import render as render_module
from otlp_istio.synth import sources_of, write_outputs
from otlp_istio.synth.render import render_documents, render_environment
from otlp_istio.validate import DEFAULT_KUBERNETES_VERSION, validate_report
from otlp_istio.validate import otelcol
from otlp_istio.validate.context import from_environment
from otlp_istio.validate.rendered import folder_label, render_checked, report
from otlp_istio.yamlio import load_documents_text
from tests.conftest import ENVIRONMENTS
from tests.validate.test_fleet_gate import EXTRAS, env


def same(a, b, path: str = "") -> None:
    """``a`` is ``b`` as data: the same types, mapping keys in the same order, the same values."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} {a!r} against {type(b).__name__} {b!r}"
    if isinstance(a, dict):
        assert list(a) == list(b), f"{path}: keys {list(a)} against {list(b)}"
        for k in a:
            same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), f"{path}: {len(a)} items against {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]")
    else:
        assert a == b, f"{path}: {a!r} against {b!r}"


def _read_back_exactly(folder: Path) -> int:
    documents = 0
    for environment in load_environments(folder):
        files, docs = render_documents(environment)
        assert files == render_environment(environment)  # the bytes synth writes
        assert [name for name, _ in docs] == list(files)
        for name, data in docs:
            text = files[name].decode("utf-8")
            ours = load_documents_text(text, name)
            assert [d.line for d in ours] == [1], name  # one document per file, from its first line
            same(ours[0].data, data, f"{environment.name}/{name}")
            same(yaml.load(text, Loader=yaml.CSafeLoader), data, f"{environment.name}/{name}")
            documents += 1
    return documents


@pytest.mark.parametrize("folder", [ENVIRONMENTS, ENVIRONMENTS / "examples"], ids=["golden", "examples"])
def test_the_emitted_bytes_read_back_to_the_checked_documents(folder):
    assert _read_back_exactly(folder) > 30


def test_the_fleet_generators_environments_read_back_to_the_checked_documents(tmp_path):
    make_config(tmp_path / "fleet", 3)
    assert _read_back_exactly(tmp_path / "fleet") >= 3 * 53


# ------------------------------------------------------------------ the same findings as validate

def spoiled(chart) -> list[dict]:
    """The chart's documents, with what no environment file renders: a CEL violation, a schema
    error, a collector config the collector refuses."""
    docs = _chart_documents(chart)
    for doc in docs:
        kind, meta = doc["kind"], doc["metadata"]
        if kind == "VirtualService" and meta["namespace"] == "otlp-4" and meta["name"] != "otlp-collector":
            doc["spec"]["http"][0]["timeout"] = "0.5ms"  # CEL: at least 1ms
        if kind == "Namespace" and meta["name"] == "otlp-0":
            meta["lables"] = {"a": "b"}  # schema: an unknown field
        if kind == "ConfigMap" and meta["namespace"] == "otlp-3" and "config.yaml" in doc.get("data", {}):
            text = doc["data"]["config.yaml"]
            doc["data"]["config.yaml"] = text.replace("exporters:\n", "exporters:\n  nosuch: {}\n", 1)
    return docs


_chart_documents = render_module.chart_documents


def _rendered_fleet(tmp_path: Path, monkeypatch) -> tuple[list, dict, Path]:
    config = tmp_path / "config"
    config.mkdir()
    for i, (name, extra) in enumerate(EXTRAS.items()):
        (config / f"{name}.yaml").write_text(env(i, extra))
    monkeypatch.setattr(render_module, "chart_documents", spoiled)  # the forked workers inherit it
    monkeypatch.setenv("OTLP_ISTIO_JOBS", "2")
    envs = load_environments(config)
    return envs, {e.name: from_environment(e) for e in envs}, tmp_path / "out"


def _gated(envs, contexts, out: Path | None):
    label = folder_label(out)
    answers = render_checked(envs, contexts, label)
    rendered = {e.name: files for e, (files, _) in zip(envs, answers)}
    return rendered, lambda: report([c for _, c in answers], rendered, DEFAULT_KUBERNETES_VERSION, contexts=contexts,
                                    label=label, out=out)


def _same_report(envs, contexts, out: Path) -> None:
    rendered, gate = _gated(envs, contexts, out)
    write_outputs(out, rendered, sources_of(envs))
    got, want = gate(), validate_report(out)  # as `validate --out`: the context from what synth recorded
    assert got.findings == want.findings
    assert got.suppressed == want.suppressed
    assert (got.documents, got.files, got.notes) == (want.documents, want.files, want.notes)
    assert got.collector == want.collector

    # written nowhere (publish --dry-run, diff): the same, each rendered file named <env>/<file>
    here = display_path(out) + os.sep

    def relabel(f):
        return replace(f, file=f.file[len(here):]) if f.file and f.file.startswith(here) else f
    _, gate = _gated(envs, contexts, None)
    dry = gate()
    assert dry.findings == sorted({relabel(f) for f in want.findings}, key=lambda f: f.sort_key())
    assert dry.suppressed == [replace(s, finding=relabel(s.finding)) for s in want.suppressed]
    return got


def test_the_gate_in_the_render_finds_what_validate_finds_on_the_written_tree(tmp_path, monkeypatch):
    monkeypatch.setattr(otelcol, "find_otelcol", lambda release=None: None)
    envs, contexts, out = _rendered_fleet(tmp_path, monkeypatch)
    got = _same_report(envs, contexts, out)
    codes = {f.code for f in got.findings}
    # schema, CEL, analyzer, flows, an unused acceptance, the environment file's warnings
    assert {"OI0101", "OI0201", "OI1101", "OI1501", "OI1505", "OI0302"} <= codes, sorted(codes)
    assert any(f.code.startswith("OI20") for f in got.findings), sorted(codes)  # flows
    assert got.suppressed and not got.collector and got.notes
    assert all(f.line for f in got.findings if f.file and f.file.startswith(display_path(out)))


@pytest.mark.live
def test_with_the_collector_its_findings_too(tmp_path, monkeypatch):
    envs, contexts, out = _rendered_fleet(tmp_path, monkeypatch)
    got = _same_report(envs, contexts, out)
    assert got.collector
    assert any("nosuch" in f.message and f.file and "otlp-collector-config" in f.file for f in got.findings)
