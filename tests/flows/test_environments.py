"""The repository's environments and ``environments/examples``: every flow they imply works,
cannot be decided from the files (a backend not declared), or is reported by a finding that names
it. The repository's own environments (the seed's example 1 is ``prod``) break none."""
from __future__ import annotations

import pytest

from otlp_istio.config.loader import discover, load_environment
from otlp_istio.flows import Verdict

from ..conftest import ENVIRONMENTS
from .examples import UNSCOPED_ROUTE, follow

FILES = [(folder, name) for folder in (ENVIRONMENTS, ENVIRONMENTS / "examples") for name in sorted(discover(folder))]


@pytest.mark.parametrize("folder, name", FILES, ids=[f"{f.name}/{n}" for f, n in FILES])
def test_every_flow_works_or_is_reported(folder, name, tmp_path):
    from otlp_istio.synth.render import render_environment
    from otlp_istio.validate.context import from_environment
    from otlp_istio.yamlio import load_documents_text
    from otlp_istio import flows

    env = load_environment(name, folder / f"{name}.yaml")
    docs = [d for file, body in sorted(render_environment(env).items())
            for d in load_documents_text(body.decode("utf-8"), f"{name}/{file}")]
    results, findings = flows.check(env.config, docs + from_environment(env).documents, env_file=str(env.file))
    assert results, name
    broken = [r for r in results if r.verdict is Verdict.BROKEN]
    reported = " ".join(f.message for f in findings)
    for r in broken:
        assert r.breaking.code and r.flow.title in reported, r.flow.title
    if folder == ENVIRONMENTS:
        assert broken == [] and findings == [], ([r.flow.title for r in broken], reported)
    # what the model cannot decide is said, with what would decide it
    for r in results:
        if r.verdict is Verdict.UNKNOWN:
            hop = next(h for h in r.hops if h.verdict is Verdict.UNKNOWN)
            assert hop.says, r.flow.title


def test_the_seed_example_1_without_the_defaults_breaks_the_flows_the_issue_names(tmp_path):
    """prod as rendered before the collector's routes were matched by port and before the scrape's
    port-level PERMISSIVE: the gate names both."""
    stale = UNSCOPED_ROUTE + """
---
apiVersion: security.istio.io/v1beta1
kind: PeerAuthentication
metadata: {name: otlp-collector-scrape, namespace: otlp-system}
spec: {selector: {matchLabels: {app: otlp-collector}}, mtls: {mode: UNSET}}
"""
    text = (ENVIRONMENTS / "prod.yaml").read_text(encoding="utf-8") + stale
    _, findings = follow(text, tmp_path, "prod")
    assert sorted((f.code, f.severity.value) for f in findings) == [("OI2001", "Error"), ("OI2003", "Error")]
