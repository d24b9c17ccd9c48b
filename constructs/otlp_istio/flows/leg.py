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


@dataclass(frozen=True)
class Leg:
    host: Optional[str] = None  # the FQDN the request addresses (None: pods directly)
    service: Optional[Resource] = None  # the Service or ServiceEntry behind the host
    protocol: str = "auto"  # Istio's protocol of the port: http (HTTP, HTTP/2, gRPC), tcp, tls, auto (sniffed)
    destinations: tuple[Destination, ...] = ()
    route: Optional[tuple[Resource, int]] = None  # the VirtualService and the index of the http route taken
    workloads: tuple[tuple[Workload, int, Destination], ...] = ()  # (workload, its port, destination)
    wire: str = "auto"  # "auto" (auto mTLS), "mtls", "plaintext", "tls"
    done: bool = False
    notes: tuple[str, ...] = field(default=())

    def note(self, text: str) -> "Leg":
        return replace(self, notes=self.notes + (text,))


Step = Callable[[FlowContext, Flow, Leg], tuple[Optional[Hop], Optional[Leg]]]

HTTP_PROTOCOLS = frozenset({"http", "http2", "grpc", "grpc-web", "kubernetes.io/h2c", "kubernetes.io/ws"})
TLS_PROTOCOLS = frozenset({"https", "tls", "kubernetes.io/wss"})
