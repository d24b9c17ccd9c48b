"""ObjectMeta, labels, annotations and label selectors (the API server's ``ValidateObjectMeta``,
``ValidateLabels``, ``ValidateAnnotations``, ``ValidateLabelSelector``)."""
from __future__ import annotations

from typing import Any, Callable

from ... import k8s_formats as formats
from .field import Errors, is_str

TOTAL_ANNOTATION_SIZE = 256 * 1024


def object_meta(e: Errors, meta: Any, name_rule: Callable[[str], list[str]], namespaced: bool) -> None:
    meta = meta if isinstance(meta, dict) else {}
    name = meta.get("name")
    if not name and not meta.get("generateName"):
        e.required("metadata.name", "name or generateName is required")
    elif is_str(name):
        e.invalid_each("metadata.name", name, name_rule(name))
    namespace = meta.get("namespace")
    if namespaced and is_str(namespace) and namespace:
        e.invalid_each("metadata.namespace", namespace, formats.dns1123_label(namespace))
    elif not namespaced and namespace:
        e.forbidden("metadata.namespace", "not allowed on this type")
    labels(e, meta.get("labels"), "metadata.labels")
    annotations(e, meta.get("annotations"), "metadata.annotations")


def labels(e: Errors, value: Any, path: str) -> None:
    if not isinstance(value, dict):
        return
    for k, v in value.items():
        if is_str(k):
            e.invalid_each(path, k, formats.qualified_name(k))
        if is_str(v):
            e.invalid_each(path, v, formats.label_value(v))


def annotations(e: Errors, value: Any, path: str) -> None:
    if not isinstance(value, dict):
        return
    size = 0
    for k, v in value.items():
        if is_str(k):
            e.invalid_each(path, k, formats.qualified_name(k.lower()))
            size += len(k)
        if is_str(v):
            size += len(v)
    if size > TOTAL_ANNOTATION_SIZE:
        e.items.append((path, f"Too long: must have at most {TOTAL_ANNOTATION_SIZE} bytes"))


def label_selector(e: Errors, sel: Any, path: str) -> None:
    if not isinstance(sel, dict):
        return
    labels(e, sel.get("matchLabels"), f"{path}.matchLabels")
    for i, expr in enumerate(sel.get("matchExpressions") or []):
        if not isinstance(expr, dict):
            continue
        p = f"{path}.matchExpressions[{i}]"
        op, values = expr.get("operator"), expr.get("values") or []
        if op in ("In", "NotIn"):
            if not values:
                e.required(f"{p}.values", "must be specified when `operator` is 'In' or 'NotIn'")
        elif op in ("Exists", "DoesNotExist"):
            if values:
                e.forbidden(f"{p}.values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'")
        else:
            e.invalid(f"{p}.operator", op, "not a valid selector operator")
        key = expr.get("key")
        if is_str(key):
            e.invalid_each(f"{p}.key", key, formats.qualified_name(key))
        for j, v in enumerate(values if isinstance(values, list) else []):
            if is_str(v):
                e.invalid_each(f"{p}.values[{j}]", v, formats.label_value(v))


def selector_is_valid(sel: Any) -> bool:
    probe = Errors()
    label_selector(probe, sel, "")
    return not probe
