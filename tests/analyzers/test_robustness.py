"""GIVEN the fixtures' objects with fields replaced by values of the wrong type or shape (None,
numbers, strings, lists, maps, as a hand-written or half-templated manifest may hold), THEN the
analyzer and the gate's per-object checks still answer with findings, never an exception (the
schema check reports the types)."""
from __future__ import annotations

import copy
import random

from otlp_istio.analyzers import analyze_documents
from otlp_istio.analyzers.examples import EXAMPLES
from otlp_istio.validate import builtin, istio_rules
from otlp_istio.yamlio import Document, load_documents

ODD = [None, 0, -1, 7, "", "x", "*", [], {}, [1], ["a"], {"a": 1}, {"a": None}, {1: "a"}, True, 1.5, [None], [{}],
       "a/b/c"]


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, path + (i,))


def _mutated(rng: random.Random, data):
    data = copy.deepcopy(data)
    candidates = [p for p in _paths(data) if p]
    for _ in range(rng.randint(1, 3)):
        if not candidates:
            break
        path = rng.choice(candidates)
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = copy.deepcopy(rng.choice(ODD))
        except (KeyError, IndexError, TypeError):
            pass
    return data


def test_odd_values_never_crash_the_analyzer_or_the_object_checks():
    objects = [d.data for p in sorted(EXAMPLES.glob("*/*.yaml")) for d in load_documents(p)]
    rng = random.Random(11)
    for _ in range(150):
        sample = [_mutated(rng, rng.choice(objects)) for _ in range(rng.randint(3, 20))]
        analyze_documents([Document(data=x, file="odd.yaml", line=1) for x in sample])
        for x in sample:
            builtin.errors(x)
            istio_rules.errors(x)
