"""YAML built to explode is refused where it is read, with the line, in well under a second: aliases
that expand past a bound ("billion laughs"), an alias inside its own anchor, nesting deeper than
any manifest needs (Python's stack would run out)."""
from __future__ import annotations

import pytest

from otlp_istio.yamlio import MAX_ALIAS_NODES, MAX_DEPTH, YamlSyntaxError, load_documents_text
from tests.conftest import MINIMAL, run_process


def laughs(levels: int, width: int = 10) -> str:
    text = "a0: &a0 [" + ", ".join(["lol"] * width) + "]\n"
    for i in range(1, levels):
        text += f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]\n"
    return text


def refused(text: str) -> str:
    with pytest.raises(YamlSyntaxError) as err:
        load_documents_text(text, "f.yaml")
    (problem,) = err.value.problems
    return f"{problem.line}: {problem.message}"


def test_aliases_that_expand_past_the_bound_are_refused():
    assert refused(laughs(9)).startswith("1: YAML aliases (*name): its aliases expand it by 1,234,567,880 nodes, "
                                         f"more than the {MAX_ALIAS_NODES:,} allowed")


def test_aliases_within_the_bound_are_read_as_written():
    (doc,) = load_documents_text(laughs(3), "f.yaml")
    assert doc.data["a2"][9][9] == ["lol"] * 10


def test_an_alias_inside_its_own_anchor_is_refused():
    assert refused("x: 1\nrec: &r [1, *r]\n") == ("2: YAML aliases (*name): an alias inside the anchor it names "
                                                  "(the document would never end)")


@pytest.mark.parametrize("text", [
    "x: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n",
    "x: &a 1\ny: " + "[" * (MAX_DEPTH + 5) + "*a" + "]" * (MAX_DEPTH + 5) + "\n",  # through the aliases' path
    "".join("  " * i + "k:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "v: 1\n",
])
def test_nesting_deeper_than_the_bound_is_refused(text):
    assert f"nested more than {MAX_DEPTH} levels deep here" in refused(text)


def test_nesting_at_the_bound_is_read():
    depth = MAX_DEPTH - 1
    (doc,) = load_documents_text("x: " + "[" * depth + "1" + "]" * depth + "\n", "f.yaml")
    value = doc.data["x"]
    for _ in range(depth):
        (value,) = value
    assert value == 1


@pytest.mark.parametrize("tail", [
    "collector: {config: {x: " + "[" * 990 + "]" * 990 + "}}\n",  # deep enough to exhaust Python's stack
    laughs(9) + "collector: {config: {x: *a8}}\n",
])
def test_synth_refuses_them_with_exit_2_and_writes_nothing(tmp_path, tail):
    config = tmp_path / "environments"
    config.mkdir()
    (config / "env.yaml").write_text(MINIMAL + tail)
    out = tmp_path / "out"
    r = run_process("synth", "-c", config, "--out", out)
    assert r.code == 2, r
    assert "Traceback" not in r.err and "internal error" not in r.err
    assert r.err.startswith(f"{config / 'env.yaml'}:")
    assert not out.exists()
