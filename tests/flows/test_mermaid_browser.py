"""The flows' Mermaid diagram drawn by a real headless Chromium with the mermaid npm package:
GIVEN the flows of the seed's example 1 (prod) with its collector route edited to lose its port
match, WHEN ``doctor flows -o markdown``'s diagram is rendered, THEN every sender and receiver is a
node, every group of flows an edge, coloured by its verdict (red broken, green working, grey
dashed undecidable), with its label."""
from __future__ import annotations

import os
import re

import pytest

from otlp_istio.flows import Verdict
from otlp_istio.flows.render import COLOURS, edge_label, groups, mermaid

from ..support import browser
from .examples import UNSCOPED_ROUTE, follow

pytestmark = [pytest.mark.docs, pytest.mark.skipif(not browser.available() and not os.environ.get("CI"),
                                                  reason="no chromium on PATH or no node_modules/mermaid (make setup)")]

ENV = (browser.ROOT / "environments" / "prod.yaml").read_text(encoding="utf-8") + UNSCOPED_ROUTE


def test_the_diagram_draws_every_flow_coloured_by_its_verdict(tmp_path):
    results, _ = follow(ENV, tmp_path, "prod")
    source = mermaid(results)
    drawing = browser.draw(source, screenshot=tmp_path / "flows.png")
    assert drawing.rendered, drawing.error or drawing.dom[-2000:]
    nodes = drawing.node_labels()
    expected_nodes = {r.flow.source.name for r in results}
    assert len(nodes) == len(set(re.findall(r'^  (n_\w+)\["', source, flags=re.M)))
    for name in expected_nodes:
        assert name in nodes
    assert any(n.startswith("collector otlp-collector.otlp-system") for n in nodes)
    grouped = groups(results)
    edges = drawing.edge_paths()
    assert len(edges) == len(grouped)
    for style, (_, rs) in zip(edges, grouped):
        verdict = Verdict.worst(r.verdict for r in rs)
        assert f"stroke:{COLOURS[verdict]}" in style
    labels = drawing.edge_labels()
    assert labels == [edge_label(rs) for _, rs in grouped]
    broken = [label for label in labels if label.endswith("✗")]
    assert "OTLP/gRPC :4317: traces, metrics, logs ✗" in broken  # the route to 4318 takes every port
    assert {COLOURS[Verdict.WORKS], COLOURS[Verdict.UNKNOWN]} <= {c for e in edges for c in COLOURS.values()
                                                                  if f"stroke:{c}" in e}
    assert drawing.screenshot is not None and drawing.screenshot.stat().st_size > 10_000


def test_a_label_with_quotes_and_pipes_is_drawn_as_written(tmp_path):
    source = 'flowchart LR\n  a["say #quot;hi#quot; #124; bye"]\n  b["b"]\n  a -->|"x #lt;y#gt;"| b\n'
    drawing = browser.draw(source)
    assert drawing.rendered, drawing.error
    assert 'say "hi" | bye' in drawing.node_labels()
    assert drawing.edge_labels() == ["x <y>"]
