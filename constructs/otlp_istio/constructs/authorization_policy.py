"""AuthorizationPolicy: who (principals, namespaces) may call what (methods, paths, ports)."""
from __future__ import annotations

from typing import Optional

from imports.io.istio import security as sec

from ..config import models
from .base import MANAGED_BY, Construct, Metadata, crd_resource

_ACTIONS = {a.name: a for a in sec.AuthorizationPolicySpecAction}


def _rule(rule: models.Rule) -> sec.AuthorizationPolicySpecRules:
    sources = [sec.AuthorizationPolicySpecRulesFrom(source=sec.AuthorizationPolicySpecRulesFromSource(
        principals=list(s.principals) or None, namespaces=list(s.namespaces) or None)) for s in rule.from_]
    operations = [sec.AuthorizationPolicySpecRulesTo(operation=sec.AuthorizationPolicySpecRulesToOperation(
        methods=list(o.methods) or None, paths=list(o.paths) or None, ports=list(o.ports) or None))
        for o in rule.to]
    return sec.AuthorizationPolicySpecRules(from_=sources or None, to=operations or None)


class AuthorizationPolicy(Construct):
    """One ``security.istio.io/v1`` AuthorizationPolicy."""

    def __init__(self, scope: Construct, id: str, *, namespace: str, policy: models.AuthorizationPolicy,
                 match_labels: Optional[dict[str, str]] = None):
        """``match_labels``: the selector as rendered (default the policy's own)."""
        super().__init__(scope, id)
        if match_labels is None and policy.selector:
            match_labels = policy.selector.match_labels
        selector = sec.AuthorizationPolicySpecSelector(match_labels=dict(match_labels)) if match_labels else None
        self.resource = crd_resource(
            self, sec.AuthorizationPolicy,
            Metadata(name=policy.name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=sec.AuthorizationPolicySpec(selector=selector, action=_ACTIONS[policy.action],
                                             rules=[_rule(r) for r in policy.rules] or None))
