"""Kubernetes label selectors: the one matcher the analyzer and the validation gate share.

Two forms: a label map (a Service's ``spec.selector``, a workloadSelector's ``matchLabels``,
a DestinationRule subset's ``labels``: every pair must be among the labels), and a
``LabelSelector`` (``matchLabels`` and ``matchExpressions``, as Deployments and webhooks
use). Both take the selector first, then the labels.
"""
from __future__ import annotations

from typing import Any, Mapping

OPERATORS = ("In", "NotIn", "Exists", "DoesNotExist")


def map_selects(selector: Mapping[str, str], labels: Mapping[str, str]) -> bool:
    """Every pair of the label map ``selector`` is among ``labels`` (an empty map selects all)."""
    return all(labels.get(k) == v for k, v in selector.items())


def label_selector_matches(selector: Any, labels: Any) -> bool:
    """A LabelSelector on a label set. None selects everything; a selector Kubernetes would
    refuse (not a mapping, an expression that is not one, an unknown operator) selects
    nothing. Keys and values compare as text, as they are written in YAML."""
    if selector is None:
        return True
    if not isinstance(selector, Mapping):
        return False
    have = {str(k): str(v) for k, v in labels.items()} if isinstance(labels, Mapping) else {}
    match_labels = selector.get("matchLabels")
    for key, value in (match_labels.items() if isinstance(match_labels, Mapping) else ()):
        if have.get(str(key)) != str(value):
            return False
    expressions = selector.get("matchExpressions")
    for expr in expressions if isinstance(expressions, list) else ():
        if not isinstance(expr, Mapping) or expr.get("operator") not in OPERATORS:
            return False
        key, op = str(expr.get("key")), expr["operator"]
        values = [str(v) for v in expr.get("values") or []] if isinstance(expr.get("values") or [], list) else []
        present = key in have
        if (op == "In" and (not present or have[key] not in values)
                or op == "NotIn" and present and have[key] in values
                or op == "Exists" and not present
                or op == "DoesNotExist" and present):
            return False
    return True
