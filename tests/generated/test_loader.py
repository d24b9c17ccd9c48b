"""The caches the command loads imports/ from stay valid when only the files' times change
(a wheel installed by pip: every file gets the time of the install), and only then."""
from __future__ import annotations

import importlib.util
import os
import shutil

import pytest

from otlp_istio.generated import loader, tables
from tests.conftest import ROOT

MODULE = ROOT / "imports" / "io" / "istio" / "security"


@pytest.fixture
def module(tmp_path):
    """A copy of a generated module (its source and its jsii bundle), no caches."""
    target = tmp_path / "security"
    shutil.copytree(MODULE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture
def compiles(monkeypatch):
    calls = []
    real = loader._compile

    def counting(data, path):
        calls.append(path)
        return real(data, path)

    monkeypatch.setattr(loader, "_compile", counting)
    return calls


def code_of(source, write=True):
    spec_loader = loader.OptimizedLoader("imports.copy", str(source))
    spec_loader.write_cache = write
    return spec_loader.get_code("imports.copy")


def cache_of(source):
    return importlib.util.cache_from_source(str(source), optimization=loader.VERSION)


def test_code_cache_is_used_after_a_new_mtime_and_then_refreshed(module, compiles):
    source = module / "__init__.py"
    first = code_of(source)
    assert len(compiles) == 1 and os.path.exists(cache_of(source))
    os.utime(source, (1_000_000, 1_000_000))
    assert code_of(source, write=False).co_names == first.co_names  # a read-only install: by hash
    assert len(compiles) == 1
    assert code_of(source).co_names == first.co_names
    assert len(compiles) == 1
    with open(cache_of(source), "rb") as fh:
        assert int.from_bytes(fh.read(12)[8:12], "little") == 1_000_000  # next time by mtime alone


def test_code_cache_is_not_used_for_other_source_of_the_same_size(module, compiles):
    source = module / "__init__.py"
    code_of(source)
    text = source.read_bytes()
    changed = text.replace(b"import jsii\n", b"import json\n", 1)
    assert len(changed) == len(text) and changed != text
    source.write_bytes(changed)
    os.utime(source, (1_000_000, 1_000_000))
    code_of(source)
    assert len(compiles) == 2


def test_tables_cache_is_used_after_new_bundle_times_and_not_for_other_bundles(module, monkeypatch):
    parsed = []
    real = tables._parse
    monkeypatch.setattr(tables, "_parse", lambda bundles: parsed.append(bundles) or real(bundles))
    load = tables.module_tables.__wrapped__  # past the in-process memo
    first = load(str(module))
    assert len(parsed) == 1 and first.gvks
    bundle = next((module / "_jsii").glob("*.jsii.tgz"))
    os.utime(bundle, (1_000_000, 1_000_000))
    assert load(str(module)) == first and len(parsed) == 1
    assert load(str(module)) == first and len(parsed) == 1
    data = bytearray(bundle.read_bytes())
    data[-1] ^= 0xFF  # same size, other bytes
    bundle.write_bytes(bytes(data))
    os.utime(bundle, (2_000_000, 2_000_000))
    try:
        load(str(module))
    except Exception:  # noqa: BLE001 - the altered archive may not read: what counts is that it was read
        pass
    assert len(parsed) == 2
