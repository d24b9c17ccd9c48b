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


def _from_principal(principal: str) -> sec.AuthorizationPolicySpecRules:
    return sec.AuthorizationPolicySpecRules(from_=[sec.AuthorizationPolicySpecRulesFrom(
        source=sec.AuthorizationPolicySpecRulesFromSource(principals=[principal]))])


class AuthorizationPolicy(Construct):
    """One ``security.istio.io/v1`` AuthorizationPolicy.

    Ambient mode renders a policy where it is enforced (``config.ambient.enforcement``): at the
    waypoint, ``target`` (``targetRefs``, no selector); at ztunnel, the policy's selector with
    the rules of ``rules`` only, and ``allow_principal`` admitted first (the waypoint)."""

    def __init__(self, scope: Construct, id: str, *, namespace: str, policy: models.AuthorizationPolicy,
                 match_labels: Optional[dict[str, str]] = None, name: Optional[str] = None,
                 rules: Optional[tuple[int, ...]] = None, target: Optional[tuple[str, str, str]] = None,
                 allow_principal: Optional[str] = None):
        """``match_labels``: the selector as rendered (default the policy's own); ``target``:
        (group, kind, name) of the one targetRef, which replaces the selector."""
        super().__init__(scope, id)
        if match_labels is None and policy.selector:
            match_labels = policy.selector.match_labels
        selector = sec.AuthorizationPolicySpecSelector(match_labels=dict(match_labels)) if match_labels else None
        target_refs = None
        if target is not None:
            group, kind, ref = target
            selector, target_refs = None, [sec.AuthorizationPolicySpecTargetRefs(group=group, kind=kind, name=ref)]
        chosen = policy.rules if rules is None else [policy.rules[j] for j in rules]
        rendered = [_rule(r) for r in chosen]
        if allow_principal is not None:
            rendered.insert(0, _from_principal(allow_principal))
        self.resource = crd_resource(
            self, sec.AuthorizationPolicy,
            Metadata(name=name or policy.name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=sec.AuthorizationPolicySpec(selector=selector, target_refs=target_refs,
                                             action=_ACTIONS[policy.action], rules=rendered or None))
