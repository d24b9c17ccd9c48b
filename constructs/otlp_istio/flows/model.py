"""The flow model's values: who sends (:class:`Peer`), what (:class:`Request`), the flow an
environment implies (:class:`Flow`), each resource's decision on the way (:class:`Hop`) and
the verdict (:class:`FlowResult`). Plain frozen dataclasses: the functions of this package take
them and return new ones, nothing is changed in place.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Optional


class Verdict(str, enum.Enum):
    """What a hop (or a whole flow) does with the request."""

    WORKS = "works"  # the request goes through
    BROKEN = "broken"  # the request is refused, lost or sent where nothing answers it
    UNKNOWN = "unknown"  # what decides it is not in the files (a cluster Service, a backend's own policies)

    @property
    def rank(self) -> int:
        return {"works": 0, "unknown": 1, "broken": 2}[self.value]

    @staticmethod
    def worst(verdicts) -> "Verdict":
        return max(verdicts, key=lambda v: v.rank, default=Verdict.WORKS)


class Wire(str, enum.Enum):
    """What reaches the receiving side on the wire."""

    PLAINTEXT = "plaintext"
    MTLS = "Istio mTLS"
    TLS = "TLS (not Istio's)"  # the application's own TLS, or a DestinationRule's SIMPLE / MUTUAL


@dataclass(frozen=True)
class Peer:
    """The sending side of a flow."""

    name: str  # for people: "applications in the mesh", "Prometheus (outside the mesh)"
    node: str  # the diagram's node id: "apps", "prometheus", "proxies", "collector"
    in_mesh: bool  # has a sidecar (its outbound traffic goes through Envoy)
    namespace: Optional[str] = None  # where it runs, when known
    principal: Optional[str] = None  # its SPIFFE identity without ``spiffe://`` (in the mesh, when known)
    any_identity: bool = False  # stands for every identity of the mesh (the file names no clients)
    own_tls: bool = False  # sends Istio mTLS itself, bypassing its sidecar (Istio's certificate sharing)

    @property
    def identity(self) -> str:
        if self.principal:
            return self.principal
        if self.any_identity:
            return "any identity of the mesh"
        return "no identity" if not self.in_mesh else "an identity of the mesh"


@dataclass(frozen=True)
class Request:
    """One request of a flow, as the sender makes it."""

    protocol: str  # "grpc", "http" or "tcp" (what the sender speaks)
    host: Optional[str]  # the host it addresses (FQDN), None when it addresses pods directly
    port: int  # the Service port it addresses (or the pods' port when ``direct``)
    method: Optional[str] = None
    path: Optional[str] = None
    direct: bool = False  # to pod addresses (a Prometheus scrape of the endpoints): no routing applies
    app_tls: bool = False  # the application itself speaks TLS (an https:// exporter)

    def describe(self) -> str:
        what = f"{self.method} {self.path}" if self.method and self.path else self.protocol.upper()
        where = f"{self.host}:{self.port}" if self.host else f"the pods' port {self.port}"
        return f"{what} to {where}"


@dataclass(frozen=True)
class Flow:
    """A flow the environment implies: a sender, a request, the receiver it must reach."""

    id: str  # stable, what scripts and the diagram key on: "apps/otlp-grpc/traces"
    group: str  # one edge of the diagram: "apps/otlp-grpc"
    title: str  # "applications → collector: OTLP/gRPC traces"
    source: Peer
    request: Request
    target: str  # the diagram's node id of the receiver ("collector", "tracing-backend", ...)
    target_name: str  # for people: "the collector's OTLP/gRPC receiver (port 4317)"
    by_compiler: bool  # the compiler itself set the flow up (receivers, scrape), so its own output must not break it
    because: str  # the environment file's setting that implies it
    service: Optional[str] = None  # the FQDN of the Service the receiver is behind, when it is one
    target_port: Optional[int] = None  # the receiver's own port (where it listens in its pod)
    setting: str = ""  # the field of the environment file that implies it ("collector.exporters.tempo")
    edge: str = ""  # the diagram's label of the flow's group ("OTLP/gRPC :4317")
    item: str = ""  # what this flow is within its group ("traces")


@dataclass(frozen=True)
class Hop:
    """One resource's decision on a flow's way, as ``istioctl x authz check`` explains a request."""

    step: str  # "service", "route", "destination-rule", "workloads", "peer-authentication", "authorization", ...
    verdict: Verdict
    says: str  # what it decided, for people
    resource: Optional[str] = None  # "VirtualService otlp-collector.otlp-system" (the finding's resource id)
    path: str = ""  # the field that decided
    code: Optional[str] = None  # the finding code when this hop breaks the flow
    fix: Optional[str] = None  # what to do, when it breaks the flow
    file: Optional[str] = None  # where the resource was read from
    line: Optional[int] = None
    brief: Optional[str] = None  # the finding's statement about the resource (default: says)
    why: Optional[str] = None  # the short reason for this flow, which the finding lists beside it

    def to_dict(self) -> dict:
        out = {"step": self.step, "verdict": self.verdict.value, "says": self.says, "resource": self.resource,
               "path": self.path or None, "code": self.code}
        if self.fix:
            out["fix"] = self.fix
        return out


@dataclass(frozen=True)
class FlowResult:
    flow: Flow
    hops: tuple[Hop, ...]
    notes: tuple[str, ...] = field(default=())  # what the model assumed on the way

    @property
    def verdict(self) -> Verdict:
        return Verdict.worst(h.verdict for h in self.hops)

    @property
    def breaking(self) -> Optional[Hop]:
        """The first hop that breaks the flow, if one does."""
        return next((h for h in self.hops if h.verdict is Verdict.BROKEN), None)

    def to_dict(self) -> dict:
        f = self.flow
        return {"id": f.id, "group": f.group, "title": f.title, "verdict": self.verdict.value,
                "source": {"name": f.source.name, "in_mesh": f.source.in_mesh, "namespace": f.source.namespace,
                           "identity": f.source.identity},
                "request": {"protocol": f.request.protocol, "host": f.request.host, "port": f.request.port,
                            "method": f.request.method, "path": f.request.path, "direct": f.request.direct},
                "target": f.target_name, "set_up_by": "otlp-istio" if f.by_compiler else "the environment file",
                "because": f.because, "chain": [h.to_dict() for h in self.hops], "notes": list(self.notes)}


def with_hop(result: FlowResult, hop: Hop) -> FlowResult:
    return replace(result, hops=result.hops + (hop,))
