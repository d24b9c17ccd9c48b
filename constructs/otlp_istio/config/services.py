"""The environment file's view of the rest of the cluster, and findings accepted on purpose.

* ``external_services``: Services that exist in the cluster but are not rendered here.
  They are never written out; the cross-reference rules and the analyzer treat them as
  existing (hosts, ports, and, with ``selector`` and ``versions``, the workloads behind them).
* ``service_entries``: hosts outside the mesh, rendered as ServiceEntry.
* ``validation.ignore`` and each resource's ``suppress``: findings accepted on purpose;
  ``validate`` still reports each of them as suppressed.
"""

import re
from typing import Annotated, Literal, Optional

from pydantic import AfterValidator, BeforeValidator, Field, field_validator, model_validator

from .base import StrictModel
from ..hosts import host_label
from . import istio_checks
from .types import DnsLabel, Labels, NoPlaceholder, ResourceName, checked



_RESOURCE = re.compile(r"^[A-Z][A-Za-z0-9]* [^\s/]+(/[^\s/]+)?$")
_CODE = re.compile(r"^(OI\d{4}|IST\d{4})$")
# Schema (OI01xx) and CEL (OI02xx) errors mean the API server rejects the object: no way to accept them.
_NOT_IGNORABLE = re.compile(r"^OI0[12]\d\d$")


def _check_code(value: str) -> str:
    code = value.strip().upper()
    if code == "*":
        return code
    if not _CODE.match(code):
        raise ValueError(f"{value!r} is not a finding code; write one such as OI1101 or IST0101 "
                         "(`otlp-istio analyze --list-codes` lists them)")
    if _NOT_IGNORABLE.match(code):
        raise ValueError(f"{code} is a schema or CEL finding: the API server would reject the object, "
                         "so it cannot be ignored; fix the object instead")
    known = known_codes()
    if code not in known:
        import difflib
        close = difflib.get_close_matches(code, sorted(known), n=1, cutoff=0.7)
        mean = f" (did you mean {close[0]}?)" if close else ""
        raise ValueError(f"{code} is not a code otlp-istio or istioctl reports{mean}; "
                         "`otlp-istio analyze --list-codes` lists them")
    return code


# istioctl's message codes (istio/istio pkg/config/analysis/msg/messages.yaml): a suppression may name
# one we do not report, since istioctl honours the same annotation; retired codes are no longer there.
ISTIOCTL_CODES = frozenset(f"IST{n:04d}" for n in (1, 2, 101, 102, 103, *range(106, 113), 116, 118, 123,
                                                   *range(125, 178)))


def known_codes() -> frozenset[str]:
    """Every code a suppression may name: ours (the message table) and istioctl's."""
    from .. import messages
    return frozenset({m.code for m in messages.all()} | {m.istio_code for m in messages.all() if m.istio_code}
                     | ISTIOCTL_CODES)


FindingCode = Annotated[str, AfterValidator(_check_code)]


def _codes_list(value: object) -> object:
    # `suppress: OI1101` (one code) is accepted as a list of one.
    return [value] if isinstance(value, str) else value


Suppress = Annotated[list[FindingCode], BeforeValidator(_codes_list)]
"""Finding codes the analyzer drops for one resource (its ``galley.istio.io/analyze-suppress``)."""


def suppress_field():
    """The ``suppress`` field of every resource the file renders, with its help text."""
    return Field(default_factory=list, description=(
        "Analyzer codes accepted on purpose for this resource (`OI1101`, istioctl's `IST0101`, or `*`), "
        "rendered as its `galley.istio.io/analyze-suppress` annotation; `validate` still reports each "
        "finding as suppressed."))


# ------------------------------------------------------------------ external Services

class ExternalPort(StrictModel):
    name: DnsLabel = Field(description="The port's name in the Service (e.g. http, grpc-api).")
    port: int = Field(ge=1, le=65535, description="The Service port number.")
    app_protocol: Optional[str] = Field(default=None, min_length=1,
                                        description="The port's appProtocol (http, grpc, tcp, ...), if it has one.")


class ExternalService(StrictModel):
    """A Service that exists in the cluster but is not rendered by this environment."""

    name: DnsLabel = Field(description="The Service's name.")
    namespace: Optional[DnsLabel] = Field(default=None, description="Its namespace (default: the environment's).")
    ports: list[ExternalPort] = Field(min_length=1, description="The ports the Service exposes.")
    selector: Optional[Labels] = Field(
        default=None, description="Its pod selector; with `versions`, DestinationRule subsets are checked against it.")
    versions: list[str] = Field(default_factory=list, description=(
        "The `version` label values of the workloads behind it (each is taken to run), so subsets "
        "such as {version: v2} are known to select a workload."))
    in_mesh: bool = Field(default=True, description=(
        "Whether its pods run in the mesh (an Istio sidecar, or ambient mode): the gate takes the workloads "
        "its `selector` (and `versions`) pick as in the mesh, so policies selecting them apply."))

    @field_validator("ports")
    @classmethod
    def _unique_ports(cls, ports: list[ExternalPort]) -> list[ExternalPort]:
        seen: set = set()
        for p in ports:
            for key in (p.name, p.port):
                if key in seen:
                    raise ValueError(f"port {key!r} is listed twice")
                seen.add(key)
        return ports


# ------------------------------------------------------------------ ServiceEntry

class ServiceEntryPort(StrictModel):
    number: int = Field(ge=1, le=65535, description="The port number.")
    name: DnsLabel = Field(description="The port's name.")
    protocol: Literal["HTTP", "HTTPS", "GRPC", "HTTP2", "MONGO", "TCP", "TLS"] = Field(
        description="The protocol Istio uses on the port.")


class ServiceEntryEndpoint(StrictModel):
    address: NoPlaceholder = Field(min_length=1, description=(
        "An IP address (resolution STATIC) or DNS name (resolution DNS) of the endpoint."))


class ServiceEntrySpec(StrictModel):
    """A host outside the mesh (or not known to it), rendered as a ServiceEntry."""

    name: Optional[ResourceName] = Field(default=None, description="Default: the first host's first label.")
    namespace: Optional[DnsLabel] = Field(default=None, description="Default: the environment's namespace.")
    hosts: list[Annotated[str, checked(istio_checks.host)]] = Field(
        min_length=1, description="The hosts, names only (no scheme, port or path), e.g. api.example.com or *.example.com.")
    ports: list[ServiceEntryPort] = Field(min_length=1, description="The ports of the hosts: `[{number, name, protocol}]`.")
    location: Literal["MESH_EXTERNAL", "MESH_INTERNAL"] = Field(
        default="MESH_EXTERNAL", description="MESH_EXTERNAL: outside the mesh (no mTLS).")
    resolution: Literal["DNS", "DNS_ROUND_ROBIN", "STATIC", "NONE"] = Field(
        default="DNS", description="How the proxy resolves the endpoints.")
    addresses: list[str] = Field(default_factory=list, description="Virtual IPs of the hosts, if any.")
    endpoints: list[ServiceEntryEndpoint] = Field(default_factory=list,
                                                  description="Endpoints (required with resolution STATIC).")
    suppress: Suppress = suppress_field()


def declared_namespaces(config) -> set[str]:
    """The namespaces an environment file says exist beyond the Namespace it renders: those of its
    external Services, the mesh root (``telemetry_namespace``) and the other namespaces the tool
    writes to (the mesh values', Flux's), and ``existing_namespaces``."""
    out = {config.namespace, config.telemetry_namespace, *config.existing_namespaces}
    out.update(svc.namespace or config.namespace for svc in config.external_services)
    if config.tracing.mesh_values_namespace:
        out.add(config.tracing.mesh_values_namespace)
    if config.flux is not None:
        out.add(config.flux.namespace)
    return out


def service_entry_name(se: ServiceEntrySpec) -> str:
    return se.name or host_label(se.hosts[0])


# ------------------------------------------------------------------ validation

class IgnoreRule(StrictModel):
    code: FindingCode = Field(description="The finding code to accept, e.g. OI1101 or IST0101.")
    resource: Optional[str] = Field(default=None, description=(
        "Only for this resource, written as validate prints it: `Kind name.namespace` "
        "(e.g. `VirtualService checkout.apps`); default: every resource."))
    reason: Optional[str] = Field(default=None, description="Why the finding is accepted (shown in review).")

    @field_validator("resource")
    @classmethod
    def _resource(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and not _RESOURCE.match(value):
            raise ValueError(f"{value!r}: write the resource as validate prints it, `Kind name.namespace` "
                             "(e.g. `VirtualService checkout.apps`)")
        return value

    @model_validator(mode="after")
    def _no_blanket(self):
        if self.code == "*" and self.resource is None:
            raise ValueError("code '*' accepts every finding; name the resource it is for, or list the codes")
        return self


class ValidationConfig(StrictModel):
    ignore: list[IgnoreRule] = Field(default_factory=list, description=(
        "Findings accepted on purpose; `validate` still reports each one as suppressed."))
