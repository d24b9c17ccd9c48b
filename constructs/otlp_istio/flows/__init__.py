"""The flow model: every flow an environment implies, followed through what it renders the way
Istio resolves it, with a verdict and the chain of resources that decided it.

Python API (what the validation gate and ``otlp-istio doctor flows`` call)::

    from otlp_istio import flows
    results, findings = flows.check(config, documents, env_file="environments/prod.yaml")
    for r in results:
        print(r.flow.title, r.verdict.value, [h.says for h in r.hops])

``documents`` are the environment's rendered objects plus what the file declares exists
(external Services); ``config`` is its loaded environment. Pure functions over the analyzer's
index and plain dataclasses (:mod:`.model`): which flows (:mod:`.intents`), how each is followed
(:mod:`.chain`, with the hops of :mod:`.service`, :mod:`.routing`, :mod:`.inbound` and
:mod:`.authz`), the findings (:mod:`.findings`) and the renderings (:mod:`.render`).
"""
from __future__ import annotations

from typing import Iterable, Optional

from ..findings import Finding
from ..yamlio import Document
from .chain import follow
from .context import FlowContext, build
from .findings import findings_of
from .intents import flows_of
from .model import Flow, FlowResult, Hop, Verdict

__all__ = ["check", "follow_all", "Flow", "FlowResult", "Hop", "Verdict", "FlowContext", "build"]


def follow_all(ctx: FlowContext) -> list[FlowResult]:
    """Every flow of the environment, followed."""
    return [follow(ctx, f) for f in flows_of(ctx)]


def check(config, documents: Iterable[Document], *, env_file: Optional[str] = None,
          index=None) -> tuple[list[FlowResult], list[Finding]]:
    """The flows of one environment and the findings for those it breaks."""
    ctx = build(config, documents, env_file=env_file, index=index)
    results = follow_all(ctx)
    return results, findings_of(ctx, results)
