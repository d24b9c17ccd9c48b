"""The analyzers' registry: their metadata drives ``analyze --list``, ``--only``/``--skip`` and
which analyzers run on an input (one whose kinds are all absent is skipped)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from otlp_istio import messages
from otlp_istio.analyzers import ANALYZERS, analyze_index, applicable, catalog, file_index, partitions, select
from otlp_istio.analyzers.examples import EXAMPLES
from otlp_istio.errors import UserError
from otlp_istio.yamlio import Document, load_documents

HERE = Path(__file__).parent
INPUTS = sorted(EXAMPLES.glob("*/*.yaml")) + sorted((HERE / "grid").glob("*.yaml"))
BY_NAME = {a.NAME: a for a in ANALYZERS}


def test_each_analyzer_declares_its_metadata_and_the_registry_is_sorted():
    assert [a.__name__ for a in ANALYZERS] == sorted(a.__name__ for a in ANALYZERS)
    assert len(BY_NAME) == len(ANALYZERS)
    for a in ANALYZERS:
        assert re.fullmatch(r"[a-z_]+", a.NAME), a
        assert a.DESCRIPTION and "\n" not in a.DESCRIPTION, a.NAME
        assert isinstance(a.KINDS, tuple) and a.KINDS and all(isinstance(k, str) for k in a.KINDS), a.NAME
        assert a.KINDS == ("*",) or "*" not in a.KINDS, a.NAME
        assert callable(a.analyze)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_finding_is_on_a_kind_its_analyzer_lists(path):
    """What makes skipping safe: without any of an analyzer's kinds, it has nothing to report on."""
    for part in partitions(load_documents(path)):
        index = file_index(part)
        for a in ANALYZERS:
            for f in a.analyze(index):
                kind = f.resource.partition(" ")[0]
                assert "*" in a.KINDS or kind in a.KINDS, f"{a.NAME} reports on a {kind}: add it to its KINDS"
                assert messages.get(f.code).check == a.NAME


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_skipping_changes_no_finding(path):
    for part in partitions(load_documents(path)):
        every = set().union(*(a.analyze(file_index(part)) for a in ANALYZERS))
        every = {f for f in every if f.resource not in file_index(part).stand_ins}
        suppressed: list = []
        assert analyze_index(file_index(part), suppressed) | set(suppressed) == every


def test_an_analyzer_whose_kinds_are_absent_is_not_run():
    configmap = Document(data={"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "a"}},
                         file="c.yaml", line=1)
    index = file_index([configmap])  # with istioctl's stand-in gateway Pod and Service
    assert index.kinds() == {"ConfigMap", "Pod", "Service"}
    ran = {a.NAME for a in applicable(ANALYZERS, index.kinds())}
    assert not {"rule_order", "gateways", "deprecation"} & ran  # VirtualServices, Gateways, Sidecars
    assert {"routes", "sidecars"} <= ran  # they list Service and Pod too
    assert "annotations" in ran  # it reads every kind
    assert {a.NAME for a in applicable(ANALYZERS, set())} == {"annotations"}


def test_only_and_skip_select_by_name_and_an_unknown_name_is_a_usage_error():
    assert [a.NAME for a in select(only=["routes", "mtls"])] == ["mtls", "routes"]
    assert "routes" not in {a.NAME for a in select(skip=["routes"])}
    assert len(select()) == len(ANALYZERS)
    assert [a.NAME for a in select(only=["routes", "mtls"], skip=["mtls"])] == ["routes"]
    with pytest.raises(UserError) as err:
        select(only=["route"])
    assert "no analyzer named route; the analyzers: ambient, annotations, conditions" in err.value.render()


def test_the_catalog_lists_every_analyzer_with_its_codes():
    rows = catalog()
    assert [r["name"] for r in rows] == sorted(BY_NAME)
    listed = [code for r in rows for code in r["codes"]]
    assert sorted(listed) == [m.code for m in messages.analyzer_messages()]
    routes = next(r for r in rows if r["name"] == "routes")
    assert routes["description"] == BY_NAME["routes"].DESCRIPTION and routes["kinds"] == list(BY_NAME["routes"].KINDS)
    assert "OI1101" in routes["codes"]
