"""Who gets which weight with ``routing: gateway-api``: the collector rules of the HTTPRoutes and
GRPCRoutes attached to the collector Service, rendered from the state.

The counterpart of :mod:`.routing`'s VirtualService functions: a version is its Service
``<collector>-<version>`` (:func:`otlp_istio.config.gateway_routes.version_service_name`), which
must be published; a shifted rule sends ``100 - w`` to the baseline's Service and ``w`` to the
canary's, on the rule's port (every route object of the collector: one per port, or one for every
port); every other rule and file is left byte for byte as it was.
"""
from __future__ import annotations

from typing import Iterator

from ..yamlio import dump_document
from .errors import CanaryError
from .files import documents

ROUTE_KINDS = ("HTTPRoute", "GRPCRoute")


def _route_docs(files: dict[str, bytes], target) -> Iterator[tuple[str, dict]]:
    """(file, route) of the routes attached to the collector Service."""
    for kind in ROUTE_KINDS:
        for name, doc in documents(files, kind).items():
            ns = doc.get("metadata", {}).get("namespace") or target.namespace
            for ref in doc.get("spec", {}).get("parentRefs") or []:
                if (ref.get("group"), ref.get("kind")) == ("", "Service") and ref.get("name") == target.service \
                        and (ref.get("namespace") or ns) == target.namespace:
                    yield name, doc
                    break


def _version_services(files: dict[str, bytes], target) -> dict[str, str]:
    """Service name → the collector version it selects, for the published version Services."""
    out = {}
    for doc in documents(files, "Service").values():
        meta = doc.get("metadata", {})
        selector = doc.get("spec", {}).get("selector") or {}
        if meta.get("namespace", target.namespace) == target.namespace and meta.get("name") != target.service \
                and selector.get("app") == target.service and "version" in selector:
            out[meta["name"]] = selector["version"]
    return out


def backend_for(files: dict[str, bytes], target, version: str) -> str:
    """The Service that sends to ``version`` (its backendRef name)."""
    services = _version_services(files, target)
    for name, v in sorted(services.items()):
        if v == version:
            return name
    have = ", ".join(f"{n} (version {v})" for n, v in sorted(services.items())) or "none"
    raise CanaryError(f"no Service of the collector ({target.namespace}/{target.service}-<version>) selects "
                      f"version {version!r} (published: {have}); add that version's subset to the environment "
                      "file and publish")


def _collector_rule(rule: dict, target, backends: set[str]) -> bool:
    refs = rule.get("backendRefs") or []
    return bool(refs) and all(r.get("name") in backends and (r.get("namespace") or target.namespace) ==
                              target.namespace and r.get("kind", "Service") == "Service" for r in refs) \
        and (not target.routes or rule.get("name") in target.routes)


def reweight(files: dict[str, bytes], target, baseline_version: str, canary_version: str,
             canary_weight: int) -> dict[str, bytes]:
    baseline = backend_for(files, target, baseline_version)
    canary = backend_for(files, target, canary_version)
    backends = {target.service, *_version_services(files, target)}
    changed: dict[str, bytes] = {}
    shifted = 0
    for name, doc in _route_docs(files, target):
        for rule in doc.get("spec", {}).get("rules") or []:
            if not _collector_rule(rule, target, backends):
                continue
            port = rule["backendRefs"][0].get("port")
            rule["backendRefs"] = [{"name": svc, **({"port": port} if port is not None else {}), "weight": w}
                                   for svc, w in ((baseline, 100 - canary_weight), (canary, canary_weight))]
            shifted += 1
        new = dump_document(doc).encode("utf-8")
        if new != files[name]:
            changed[name] = new
    if shifted == 0:
        raise CanaryError(f"no HTTPRoute or GRPCRoute rule of the collector ({target.namespace}/{target.service}) "
                          "to shift" + (f" among the rules named {', '.join(target.routes)}" if target.routes else ""))
    return changed


def weights(files: dict[str, bytes], target) -> dict[str, int]:
    """backend Service → weight of the first collector rule found (what the files route now)."""
    backends = {target.service, *_version_services(files, target)}
    for _, doc in _route_docs(files, target):
        for rule in doc.get("spec", {}).get("rules") or []:
            if _collector_rule(rule, target, backends):
                refs = rule["backendRefs"]
                return {r["name"]: int(r.get("weight", 1 if len(refs) > 1 else 100)) for r in refs}
    return {}
