"""Who gets which weight: the collector routes of the VirtualServices, rendered from the state.

Works on the rendered files of one environment (``{file: YAML bytes}``), so the same
function serves ``publish`` (on what it is about to commit) and the canary commands (on
what the branch tip holds). A shifted route sends ``100 - w`` % to the baseline's subset
and ``w`` % to the canary's, both on the route's port; every other route and file is
left byte for byte as it was. With ``routing: gateway-api`` the same functions shift the
backend weights of the collector's HTTPRoutes and GRPCRoutes (:mod:`.gateway_routing`), a
version being its Service rather than a subset.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..config.gateway_routes import gateway_api
from ..hosts import fqdn
from ..yamlio import dump_document
from . import gateway_routing
from .errors import CanaryError
from .files import documents


@dataclass(frozen=True)
class Target:
    """The collector a canary shifts, and which of its routes."""

    service: str  # collector_service
    namespace: str
    routes: tuple[str, ...] = ()  # http route names; empty: every collector route
    gateway_api: bool = False  # routing gateway-api: HTTPRoute / GRPCRoute backends, not subsets

    @classmethod
    def from_config(cls, config) -> "Target":
        routes = tuple(config.canary.routes) if config.canary else ()
        return cls(service=config.collector_service, namespace=config.namespace, routes=routes,
                   gateway_api=gateway_api(config))

    @property
    def host(self) -> str:
        return fqdn(self.service, self.namespace)


def backend_for(files: dict[str, bytes], target: Target, version: str) -> str:
    """What routes name ``version`` by: its DestinationRule subset, or with routing gateway-api its Service."""
    if target.gateway_api:
        return gateway_routing.backend_for(files, target, version)
    return subset_for(files, target, version)


def subset_for(files: dict[str, bytes], target: Target, version: str) -> str:
    """The name of the collector DestinationRule subset that selects ``version``."""
    seen = []
    for doc in documents(files, "DestinationRule").values():
        ns = doc.get("metadata", {}).get("namespace") or target.namespace
        if fqdn(doc.get("spec", {}).get("host", ""), ns) != target.host:
            continue
        for subset in doc["spec"].get("subsets") or []:
            labels = subset.get("labels") or {}
            seen.append(f"{subset['name']} (version {labels.get('version', subset['name'])})")
            if labels.get("version", subset["name"]) == version:
                return subset["name"]
    raise CanaryError(f"no subset of the collector's DestinationRule ({target.host}) selects version "
                      f"{version!r} (subsets: {', '.join(seen) or 'none'}); add one to the environment file "
                      "and publish")


def has_deployment(files: dict[str, bytes], target: Target, version: str) -> bool:
    for doc in documents(files, "Deployment").values():
        labels = doc.get("spec", {}).get("template", {}).get("metadata", {}).get("labels") or {}
        if labels.get("app") == target.service and labels.get("version") == version:
            return True
    return False


def _shift(route: list, baseline: str, canary: str, canary_weight: int) -> list:
    first = route[0]["destination"]
    out = []
    for subset, weight in ((baseline, 100 - canary_weight), (canary, canary_weight)):
        dest = {"host": first["host"], "subset": subset}
        if "port" in first:
            dest["port"] = first["port"]
        out.append({"destination": dest, "weight": weight})
    return out


def reweight(files: dict[str, bytes], target: Target, baseline_version: str, canary_version: str,
             canary_weight: int) -> dict[str, bytes]:
    """The files whose VirtualServices change: the collector routes sent ``100 - canary_weight`` %
    to the baseline's subset and ``canary_weight`` % to the canary's. Raises CanaryError when
    no route was shifted (the canary would move no traffic). With routing gateway-api: the
    collector rules of its HTTPRoutes and GRPCRoutes, to the versions' Services."""
    if target.gateway_api:
        return gateway_routing.reweight(files, target, baseline_version, canary_version, canary_weight)
    baseline = subset_for(files, target, baseline_version)
    canary = subset_for(files, target, canary_version)
    changed: dict[str, bytes] = {}
    shifted = 0
    for name, doc in documents(files, "VirtualService").items():
        ns = doc.get("metadata", {}).get("namespace") or target.namespace
        for http in doc.get("spec", {}).get("http") or []:
            route = http.get("route") or []
            if not route or any(fqdn(r["destination"]["host"], ns) != target.host for r in route):
                continue
            if target.routes and http.get("name") not in target.routes:
                continue
            http["route"] = _shift(route, baseline, canary, canary_weight)
            shifted += 1
        new = dump_document(doc).encode("utf-8")
        if new != files[name]:
            changed[name] = new
    if shifted == 0:
        raise CanaryError(f"no VirtualService route to the collector ({target.host}) to shift"
                          + (f" among the routes named {', '.join(target.routes)}" if target.routes else ""))
    return changed


def weights(files: dict[str, bytes], target: Target) -> dict[str, int]:
    """subset (with routing gateway-api: backend Service) → weight of the first collector route found
    (what the files route now)."""
    if target.gateway_api:
        return gateway_routing.weights(files, target)
    for doc in documents(files, "VirtualService").values():
        ns = doc.get("metadata", {}).get("namespace") or target.namespace
        for http in doc.get("spec", {}).get("http") or []:
            route = http.get("route") or []
            if route and all(fqdn(r["destination"]["host"], ns) == target.host for r in route):
                if target.routes and http.get("name") not in target.routes:
                    continue
                return {r["destination"].get("subset", ""): int(r.get("weight", 100)) for r in route}
    return {}
