"""The message table (``otlp_istio/messages.yaml``): one row per code, the gate's and the analyzer's.

GIVEN the table and the package's source, THEN every code the source names is a row, every row
is named by the source, an analyzer's row is reported by the analyzer it names and has a failing
and a passing example, and the API the documentation builds on gives the rows in code order.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from otlp_istio import messages
from otlp_istio.analyzers import ANALYZERS
from otlp_istio.analyzers.examples import EXAMPLES
from otlp_istio.findings import Severity

PACKAGE = Path(messages.__file__).resolve().parent
CODE_RE = re.compile(r"OI\d{4}")


def sources() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(PACKAGE.rglob("*.py"))
            if "generated" not in p.parts}


def attributes_of_messages(tree: ast.AST) -> set[str]:
    """``X`` of every ``messages.X`` in the module (how the source names a code)."""
    return {n.attr for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "messages"
            and n.attr.isupper()}


def names_and_strings(tree: ast.AST) -> set[str]:
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Attribute):
            out.add(n.attr)
        elif isinstance(n, ast.Name):
            out.add(n.id)
        elif isinstance(n, ast.Constant) and isinstance(n.value, str):
            out.add(n.value)
    return out


# ---------------------------------------------------------------- the table itself

def test_rows_are_well_formed_and_unique():
    rows = messages.all()
    assert [m.code for m in rows] == sorted({m.code for m in rows})
    assert len({m.name for m in rows}) == len(rows)
    analyzers = {a.NAME for a in ANALYZERS}
    for m in rows:
        assert CODE_RE.fullmatch(m.code), m.code
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]+", m.name), m.code
        assert isinstance(m.severity, Severity) and m.description, m.code
        assert m.istio_code is None or re.fullmatch(r"IST0\d{3}", m.istio_code), m.code
        if m.code.startswith("OI1"):  # the analyzer's range
            assert m.check in analyzers and m.analyzer and m.fix, m.code
        elif m.code.startswith("OI2"):  # the flow model's range: the gate's check "flows"
            assert m.check == "flows" and not m.analyzer and m.fix and m.docs, m.code
        else:
            assert m.check in messages.GATE_CHECKS and not m.analyzer, m.code
        # an IST-coded finding is reported at istioctl's level; a stricter judgement is a code of ours
        assert m.istio_code is None or m.severity is messages.istio_level(m.istio_code), m.code


def test_the_file_lists_rows_in_code_order_with_known_keys_only():
    data = yaml.safe_load(messages.TABLE.read_text(encoding="utf-8"))
    codes = [r["code"] for r in data["messages"]]
    assert codes == sorted(codes)
    keys = {"code", "name", "severity", "istioctl", "check", "description", "fix", "docs"}
    assert all(set(r) <= keys for r in data["messages"])
    mirrored = {m.istio_code for m in messages.all() if m.istio_code}
    assert mirrored <= set(data["istioctl_levels"])
    # the others are istioctl codes the source gives findings itself (IST0106 for the gate's schema errors)
    named = set().union(*(names_and_strings(t) for t in sources().values()))
    assert set(data["istioctl_levels"]) - mirrored <= named


def test_constants_are_the_names_in_upper_snake_form():
    assert messages.ROUTE_HOST_NOT_FOUND == "OI1101"
    assert messages.MANIFEST_UNREADABLE == "OI0103"
    assert messages.INVALID_APPLICATION_UID == "OI1407"
    constants = [m.constant for m in messages.all()]
    assert len(set(constants)) == len(constants)
    with pytest.raises(AttributeError):
        messages.NO_SUCH_MESSAGE  # noqa: B018


def test_the_api_for_documentation():
    assert messages.get("OI1101").name == "RouteHostNotFound"
    assert messages.get("OI9999") is None
    assert [m.code for m in messages.analyzer_messages()] == [m.code for m in messages.all()
                                                              if "OI1" <= m.code < "OI2"]
    gate = messages.get("OI0401")
    assert (gate.check, gate.severity, gate.documentation_url) == ("collector", Severity.ERROR,
                                                                    "docs/collector.md#checked-by-the-real-collector")
    assert messages.get("OI1201").documentation_url == "docs/analyzers.md#oi1201"
    assert messages.get("OI1101").our_documentation == "docs/analyzers.md#oi1101"
    f = messages.finding(messages.ROUTE_HOST_NOT_FOUND, resource="VirtualService a.b", path="spec", message="m")
    assert (f.severity, f.istio_code) == (Severity.ERROR, "IST0101")


# ---------------------------------------------------------------- the table and the source

def test_every_code_the_source_names_is_a_row():
    constants = {m.constant for m in messages.all()}
    for path, tree in sources().items():
        unknown = attributes_of_messages(tree) - constants
        assert not unknown, f"{path.relative_to(PACKAGE)}: no row for messages.{', messages.'.join(sorted(unknown))}"
        literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                    and CODE_RE.fullmatch(n.value)}
        assert all(messages.get(c) for c in literals), f"{path.relative_to(PACKAGE)}: {sorted(literals)}"


def test_every_row_is_named_by_the_source():
    named = set().union(*(names_and_strings(t) for t in sources().values()))
    unused = [m.code for m in messages.all() if m.constant not in named]
    assert unused == [], f"rows no code reports (retire them to a comment in messages.yaml): {unused}"


def test_an_analyzer_code_is_reported_by_the_analyzer_its_row_names():
    by_module = {Path(a.__file__).resolve(): a.NAME for a in ANALYZERS}
    trees = sources()
    reported: dict[str, set[str]] = {}
    for path, name in by_module.items():
        for constant in attributes_of_messages(trees[path]):
            reported.setdefault(getattr(messages, constant), set()).add(name)
    for m in messages.analyzer_messages():
        assert reported.get(m.code) == {m.check}, f"{m.code}: check {m.check}, reported by {reported.get(m.code)}"
    gate = {m.code for m in messages.all() if not m.analyzer}
    assert not gate & set(reported), "an analyzer reports a gate code"


def test_every_analyzer_code_has_a_failing_and_a_passing_example_and_no_gate_code_has_one():
    for m in messages.all():
        has = [(EXAMPLES / m.code / f"{kind}.yaml").is_file() for kind in ("fail", "pass")]
        assert has == ([True, True] if m.analyzer else [False, False]), m.code
