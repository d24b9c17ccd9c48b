"""The built-in validation of each core kind we render or ``analyze`` reads: Namespace,
Service, ConfigMap, Secret, Pod (``pkg/apis/core/validation``) and Deployment
(``pkg/apis/apps/validation``), after the server's defaults (a Service port's protocol is
TCP and its targetPort its port; a Deployment's strategy is RollingUpdate 25%/25% and its
progressDeadlineSeconds 600)."""
from __future__ import annotations

import base64
import binascii
from typing import Any

from ...selectors import label_selector_matches
from ... import k8s_formats as formats
from . import meta
from .field import Errors, is_int, is_str
from .pod import PROTOCOLS, pod_spec

SERVICE_TYPES = ("ClusterIP", "ExternalName", "LoadBalancer", "NodePort")
SESSION_AFFINITIES = ("ClientIP", "None")
TRAFFIC_POLICIES = ("Cluster", "Local")
IP_FAMILY_POLICIES = ("PreferDualStack", "RequireDualStack", "SingleStack")
MAX_DATA_SIZE = 1024 * 1024
SECRET_TYPE_KEYS = {
    "kubernetes.io/tls": ("tls.crt", "tls.key"),
    "kubernetes.io/dockerconfigjson": (".dockerconfigjson",),
    "kubernetes.io/dockercfg": (".dockercfg",),
    "kubernetes.io/basic-auth": (),
    "kubernetes.io/ssh-auth": ("ssh-privatekey",),
}


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def namespace(e: Errors, obj: dict) -> None:
    meta.object_meta(e, obj.get("metadata"), formats.dns1123_label, namespaced=False)


def service(e: Errors, obj: dict) -> None:
    meta.object_meta(e, obj.get("metadata"), formats.dns1035_label, namespaced=True)
    spec = _dict(obj.get("spec"))
    stype = spec.get("type") or "ClusterIP"
    headless = spec.get("clusterIP") == "None"
    ports = [p for p in spec.get("ports") or [] if isinstance(p, dict)] if isinstance(spec.get("ports"), list) else []
    if not ports and not headless and stype != "ExternalName":
        e.required("spec.ports")
    if is_str(stype) and stype not in SERVICE_TYPES:
        e.not_supported("spec.type", stype, SERVICE_TYPES)
    if stype == "ExternalName":
        cname = spec.get("externalName")
        if is_str(cname) and cname.rstrip("."):
            e.invalid_each("spec.externalName", cname.rstrip("."), formats.dns1123_subdomain(cname.rstrip(".")))
        else:
            e.required("spec.externalName")
        if spec.get("clusterIP") or spec.get("clusterIPs"):
            e.forbidden("spec.clusterIPs", "may not be set for ExternalName services")
    if headless and stype in ("NodePort", "LoadBalancer"):
        e.invalid("spec.clusterIPs[0]", "None", f"may not be set to 'None' for {stype} services")
    names: set[str] = set()
    pairs: set[tuple] = set()
    for i, p in enumerate(ports):
        path = f"spec.ports[{i}]"
        name = p.get("name")
        if len(ports) > 1 and not name:
            e.required(f"{path}.name")
        elif is_str(name) and name:
            e.invalid_each(f"{path}.name", name, formats.dns1123_label(name))
            if name in names:
                e.duplicate(f"{path}.name", name)
            names.add(name)
        port = p.get("port")
        if is_int(port):
            e.invalid_each(f"{path}.port", port, formats.port_number(port))
        proto = p.get("protocol") or "TCP"
        if is_str(proto) and proto not in PROTOCOLS:
            e.not_supported(f"{path}.protocol", proto, PROTOCOLS)
        target = p.get("targetPort")
        if target not in (None, 0, "") and (is_int(target) or is_str(target)):
            e.invalid_each(f"{path}.targetPort", target, formats.port_num_or_name(target))
        app = p.get("appProtocol")
        if is_str(app):
            e.invalid_each(f"{path}.appProtocol", app, formats.qualified_name(app))
        if p.get("nodePort") and stype == "ClusterIP":
            e.forbidden(f"{path}.nodePort", "may not be used when `type` is 'ClusterIP'")
        key = (repr(port), repr(proto))
        if key in pairs:
            e.duplicate(path, f"{port}/{proto}")
        pairs.add(key)
    meta.labels(e, spec.get("selector"), "spec.selector")
    affinity = spec.get("sessionAffinity") or "None"
    if is_str(affinity) and affinity not in SESSION_AFFINITIES:
        e.not_supported("spec.sessionAffinity", affinity, SESSION_AFFINITIES)
    if affinity == "None" and spec.get("sessionAffinityConfig") is not None:
        e.forbidden("spec.sessionAffinityConfig", "must not be set when session affinity is None")
    external = stype in ("NodePort", "LoadBalancer")
    etp = spec.get("externalTrafficPolicy")
    if etp and not external:
        e.invalid("spec.externalTrafficPolicy", etp, "may only be set for externally-accessible services")
    elif is_str(etp) and etp and etp not in TRAFFIC_POLICIES:
        e.not_supported("spec.externalTrafficPolicy", etp, TRAFFIC_POLICIES)
    itp = spec.get("internalTrafficPolicy")
    if is_str(itp) and itp not in TRAFFIC_POLICIES:
        e.not_supported("spec.internalTrafficPolicy", itp, TRAFFIC_POLICIES)
    ifp = spec.get("ipFamilyPolicy")
    if is_str(ifp) and ifp not in IP_FAMILY_POLICIES:
        e.not_supported("spec.ipFamilyPolicy", ifp, IP_FAMILY_POLICIES)
    if spec.get("loadBalancerSourceRanges") and stype != "LoadBalancer":
        e.forbidden("spec.loadBalancerSourceRanges", "may only be used when `type` is 'LoadBalancer'")


def _data_keys(e: Errors, obj: dict, decode: bool) -> int:
    size = 0
    seen: set[str] = set()
    for part in ("data", "binaryData", "stringData") if decode else ("data", "binaryData"):
        items = obj.get(part)
        if not isinstance(items, dict):
            continue
        for key, value in items.items():
            key = str(key)
            e.invalid_each(f"{part}[{key}]", key, formats.config_key(key))
            if part == "binaryData" and key in seen:
                e.invalid(f"{part}[{key}]", key, "duplicate of key present in data")
            seen.add(key)
            if not is_str(value):
                continue
            if (decode and part == "data") or part == "binaryData":
                try:
                    size += len(base64.b64decode(value, validate=True))
                except (binascii.Error, ValueError):
                    e.invalid(f"{part}[{key}]", "<value>", "illegal base64 data")
            else:
                size += len(value.encode())
    return size


def configmap(e: Errors, obj: dict) -> None:
    meta.object_meta(e, obj.get("metadata"), formats.dns1123_subdomain, namespaced=True)
    if _data_keys(e, obj, decode=False) > MAX_DATA_SIZE:
        e.items.append(("", f"Too long: must have at most {MAX_DATA_SIZE} bytes"))


def secret(e: Errors, obj: dict) -> None:
    meta.object_meta(e, obj.get("metadata"), formats.dns1123_subdomain, namespaced=True)
    if _data_keys(e, obj, decode=True) > MAX_DATA_SIZE:
        e.items.append(("data", f"Too long: must have at most {MAX_DATA_SIZE} bytes"))
    stype = obj.get("type")
    keys = set(_dict(obj.get("data"))) | set(_dict(obj.get("stringData")))
    for key in SECRET_TYPE_KEYS.get(stype, ()) if is_str(stype) else ():
        if key not in keys:
            e.required(f"data[{key}]")


def deployment(e: Errors, obj: dict) -> None:
    meta.object_meta(e, obj.get("metadata"), formats.dns1123_subdomain, namespaced=True)
    spec = _dict(obj.get("spec"))
    e.nonnegative("spec.replicas", spec.get("replicas"))
    sel = spec.get("selector")
    template = _dict(spec.get("template"))
    tmeta = _dict(template.get("metadata"))
    if not isinstance(sel, dict):
        e.required("spec.selector")
    else:
        meta.label_selector(e, sel, "spec.selector")
        if not sel.get("matchLabels") and not sel.get("matchExpressions"):
            e.invalid("spec.selector", sel, "empty selector is invalid for deployment")
        elif meta.selector_is_valid(sel) and not label_selector_matches(sel, _dict(tmeta.get("labels"))):
            e.invalid("spec.template.metadata.labels", _dict(tmeta.get("labels")),
                      "`selector` does not match template `labels`")
    meta.labels(e, tmeta.get("labels"), "spec.template.metadata.labels")
    meta.annotations(e, tmeta.get("annotations"), "spec.template.metadata.annotations")
    pspec = _dict(template.get("spec"))
    pod_spec(e, pspec, "spec.template.spec", restart_policies=("Always",))
    if pspec.get("activeDeadlineSeconds") is not None:
        e.forbidden("spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in ReplicaSet is not Supported")
    _strategy(e, _dict(spec.get("strategy")))
    min_ready = spec.get("minReadySeconds", 0)
    e.nonnegative("spec.minReadySeconds", min_ready)
    e.nonnegative("spec.revisionHistoryLimit", spec.get("revisionHistoryLimit"))
    deadline = spec.get("progressDeadlineSeconds", 600)
    if is_int(deadline):
        e.nonnegative("spec.progressDeadlineSeconds", deadline)
        if is_int(min_ready) and deadline <= min_ready:
            e.invalid("spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds")


def _int_or_percent(e: Errors, value: Any, path: str) -> int | None:
    """The number in ``3`` or ``"25%"``; None (with an error) when it is neither."""
    if is_int(value):
        e.nonnegative(path, value)
        return value
    if is_str(value):
        if not formats.PERCENT.match(value):
            e.invalid(path, value, "a valid percent string must be a numeric string followed by an ending '%' "
                      "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")
            return None
        return int(value[:-1])
    return None


def _strategy(e: Errors, strategy: dict) -> None:
    stype = strategy.get("type") or "RollingUpdate"
    rolling = strategy.get("rollingUpdate")
    if stype == "Recreate":
        if rolling is not None:
            e.forbidden("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'")
    elif stype == "RollingUpdate":
        rolling = _dict(rolling)
        path = "spec.strategy.rollingUpdate"
        unavailable = _int_or_percent(e, rolling.get("maxUnavailable", "25%"), f"{path}.maxUnavailable")
        surge = _int_or_percent(e, rolling.get("maxSurge", "25%"), f"{path}.maxSurge")
        if unavailable == 0 and surge == 0:
            e.invalid(f"{path}.maxUnavailable", rolling.get("maxUnavailable"), "may not be 0 when `maxSurge` is 0")
        if is_str(rolling.get("maxUnavailable")) and unavailable is not None and unavailable > 100:
            e.invalid(f"{path}.maxUnavailable", rolling["maxUnavailable"], "must not be greater than 100%")
    else:
        e.not_supported("spec.strategy", stype, ("Recreate", "RollingUpdate"))


def pod(e: Errors, obj: dict) -> None:
    meta.object_meta(e, obj.get("metadata"), formats.dns1123_subdomain, namespaced=True)
    pod_spec(e, obj.get("spec"), "spec")
