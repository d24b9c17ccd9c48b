"""Where a request is between two hops (:class:`Leg`), and the shape of a resolution step.

A step reads the resources at its hop and returns what it decided (a :class:`~.model.Hop`, or
None when nothing at that hop concerns the request) and the leg the next step starts from (None:
the flow ends here, because the hop broke it, cannot say more, or is the last one).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from ..analyzers.index import Resource, Workload
from .context import FlowContext
from .model import Flow, Hop


@dataclass(frozen=True)
class Destination:
    """One weighted destination of the route the request took."""

    subset: Optional[str]
    port: int  # the Service port the request goes to
    weight: int
    labels: tuple[tuple[str, str], ...] = ()  # the subset's labels, once the DestinationRule gave them
    tls: Optional[str] = None  # the DestinationRule's tls.mode for it (None: auto mTLS)
    service: Optional[Resource] = None  # a backend Service of its own (a Gateway API backendRef); None: the leg's
    host: Optional[str] = None  # that Service's FQDN

    def on(self, leg: "Leg") -> tuple[Optional[Resource], Optional[str]]:
        """The Service (and its host) this destination sends to: its own backend, else the leg's."""
        return (self.service, self.host) if self.service is not None else (leg.service, leg.host)


@dataclass(frozen=True)
class Leg:
    host: Optional[str] = None  # the FQDN the request addresses (None: pods directly)
    service: Optional[Resource] = None  # the Service or ServiceEntry behind the host
    protocol: str = "auto"  # Istio's protocol of the port: http (HTTP, HTTP/2, gRPC), tcp, tls, auto (sniffed)
    destinations: tuple[Destination, ...] = ()
    route: Optional[tuple[Resource, int]] = None  # the VirtualService (or HTTPRoute/GRPCRoute) and the route (rule) taken
    workloads: tuple[tuple[Workload, int, Destination], ...] = ()  # (workload, its port, destination)
    wire: str = "auto"  # "auto" (auto mTLS), "mtls", "plaintext", "tls"
    l4_only: bool = False  # the receiving side sees L4 only (ambient mode's ztunnel)
    peer: Optional[str] = None  # the identity the receiving side sees, when not the sender's (a waypoint's)
    done: bool = False
    notes: tuple[str, ...] = field(default=())

    def note(self, text: str) -> "Leg":
        return replace(self, notes=self.notes + (text,))


Step = Callable[[FlowContext, Flow, Leg], tuple[Optional[Hop], Optional[Leg]]]

HTTP_PROTOCOLS = frozenset({"http", "http2", "grpc", "grpc-web", "kubernetes.io/h2c", "kubernetes.io/ws"})
TLS_PROTOCOLS = frozenset({"https", "tls", "kubernetes.io/wss"})
