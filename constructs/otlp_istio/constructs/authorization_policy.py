"""AuthorizationPolicy: who (principals, namespaces) may call what (methods, paths, ports)."""
from __future__ import annotations

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
    """One ``security.istio.io/v1`` AuthorizationPolicy (the seed's ``create_authorization_policy``)."""

    def __init__(self, scope: Construct, id: str, *, namespace: str, policy: models.AuthorizationPolicy):
        super().__init__(scope, id)
        selector = (sec.AuthorizationPolicySpecSelector(match_labels=dict(policy.selector.match_labels))
                    if policy.selector else None)
        self.resource = crd_resource(
            self, sec.AuthorizationPolicy,
            Metadata(name=policy.name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=sec.AuthorizationPolicySpec(selector=selector, action=_ACTIONS[policy.action],
                                             rules=[_rule(r) for r in policy.rules] or None))
