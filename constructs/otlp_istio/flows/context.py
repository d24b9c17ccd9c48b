"""What the flow model reads: the rendered documents (indexed once, by the analyzer's
:class:`~otlp_istio.analyzers.index.Index`, with the environment's external Services), the
environment's config, and which rendered objects come from the user's own lists.

A hop that breaks a flow is the compiler's fault when the deciding object is one the compiler
renders on its own (the namespace's PeerAuthentication ``default`` from ``mtls.mode``, the
collector's Service, the routes' port scoping), the user's when it is an entry of the file's
``peer_authentications``, ``authorization_policies``, ``virtual_services``, ``destination_rules``
or ``service_entries``. Findings take their severity from that (:mod:`.findings`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..analyzers import file_index
from ..analyzers.index import Index, Resource
from ..config.crossref import destination_rule_name, is_namespace_default, virtual_service_name
from ..config.models import EnvironmentConfig
from ..config.services import service_entry_name
from ..findings import resource_id
from ..hosts import fqdn
from ..yamlio import Document


@dataclass
class FlowContext:
    index: Index
    config: EnvironmentConfig
    env_file: Optional[str] = None  # the environment file, for findings on its own fields
    user_ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def namespace(self) -> str:
        return self.config.namespace

    @property
    def collector(self) -> str:
        return self.config.collector_service

    @property
    def collector_host(self) -> str:
        return fqdn(self.config.collector_service, self.config.namespace)

    @property
    def trust_domain(self) -> str:
        return getattr(self.index.mesh, "trust_domain", "cluster.local") or "cluster.local"

    def outbound_policy(self) -> tuple[str, str]:
        """The mesh's outbound traffic policy mode and where that comes from."""
        declared = self.config.outbound_traffic_policy
        if declared is not None:
            return declared.value, "outbound_traffic_policy in the environment file"
        mode = getattr(self.index.mesh, "outbound_policy", "")
        if mode:
            return mode, f"the mesh config ({self.index.mesh.source})"
        return "ALLOW_ANY", "Istio's default (the environment file sets no outbound_traffic_policy)"

    def principal(self, namespace: str, service_account: str) -> str:
        return f"{self.trust_domain}/ns/{namespace}/sa/{service_account}"

    def is_users(self, r: Resource | str | None) -> bool:
        """Whether the object is an entry of the environment file's own lists."""
        if r is None:
            return False
        return (r if isinstance(r, str) else r.id) in self.user_ids

    def resource(self, rid: str) -> Resource | None:
        for r in self.index.resources:
            if r.id == rid:
                return r
        return None


def user_resource_ids(config: EnvironmentConfig) -> frozenset[str]:
    """The ids of the objects rendered from the file's own lists (not the compiler's defaults)."""
    ns = config.namespace
    out = set()
    for pa in config.peer_authentications:
        out.add(resource_id("PeerAuthentication", pa.name, pa.namespace or ns))
        if is_namespace_default(pa, config):
            out.add(resource_id("PeerAuthentication", "default", ns))
    out.update(resource_id("AuthorizationPolicy", ap.name, ap.namespace or ns) for ap in config.authorization_policies)
    out.update(resource_id("VirtualService", virtual_service_name(vs, i), vs.namespace or ns)
               for i, vs in enumerate(config.virtual_services))
    out.update(resource_id("DestinationRule", destination_rule_name(dr), dr.namespace or ns)
               for dr in config.destination_rules)
    out.update(resource_id("ServiceEntry", service_entry_name(se), se.namespace or ns) for se in config.service_entries)
    return frozenset(out)


def build(config: EnvironmentConfig, documents: Iterable[Document], *, env_file: Optional[str] = None,
          index: Optional[Index] = None) -> FlowContext:
    """The context for one environment: ``documents`` are its rendered objects plus what the
    environment file declares exists (external Services and their workloads)."""
    return FlowContext(index=index if index is not None else file_index(list(documents)), config=config,
                       env_file=env_file, user_ids=user_resource_ids(config))
