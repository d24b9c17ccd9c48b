"""Security policies of the environment file (split from :mod:`.models`; canary settings: :mod:`.canary`).

Unknown keys are refused, as everywhere in the file; ``models`` re-exports these classes.
"""

from typing import Annotated, Literal, Optional

from pydantic import BeforeValidator, Field, model_validator

from .base import StrictModel
from .services import Suppress, suppress_field
from . import istio_checks
from .types import DnsLabel, Labels, MtlsMode, ResourceName, checked


# ------------------------------------------------------------------ security

class WorkloadSelector(StrictModel):
    match_labels: Labels = Field(min_length=1, description="The pod labels the policy applies to.")


class PeerAuthentication(StrictModel):
    name: ResourceName = Field(description="The PeerAuthentication's name.")
    namespace: Optional[DnsLabel] = Field(default=None, description="Default: the environment's `namespace`.")
    mode: MtlsMode = Field(description="STRICT, PERMISSIVE, DISABLE or UNSET (any case).")
    selector: Optional[WorkloadSelector] = Field(default=None,
                                                 description="`{match_labels}`; none: the whole namespace.")
    port_level_mtls: dict[int, MtlsMode] = Field(
        default_factory=dict,
        description="The mode by port of the selected workloads (the port they listen on), e.g. `{8888: "
                    "PERMISSIVE}`; needs `selector` (Istio ignores port-level modes of namespace-wide policies).")
    suppress: Suppress = suppress_field()

    @model_validator(mode="after")
    def _port_level_needs_selector(self):
        if self.port_level_mtls and self.selector is None:
            raise ValueError(f"port_level_mtls ({', '.join(map(str, sorted(self.port_level_mtls)))}) needs a "
                             "selector: Istio applies port-level modes only to the workloads a policy selects")
        bad = [p for p in self.port_level_mtls if not 1 <= p <= 65535]
        if bad:
            raise ValueError(f"port_level_mtls: {bad[0]} is not a port (1 to 65535)")
        return self


class Source(StrictModel):
    principals: list[Annotated[str, checked(istio_checks.principal)]] = Field(
        default_factory=list, description="SPIFFE identities without `spiffe://`, e.g. `cluster.local/ns/default/sa/app1`.")
    namespaces: list[str] = Field(default_factory=list, description="The source namespaces.")


class Operation(StrictModel):
    methods: list[Annotated[str, checked(istio_checks.method)]] = Field(
        default_factory=list, description="HTTP methods, upper case, e.g. `POST`.")
    paths: list[str] = Field(default_factory=list, description="Request paths, e.g. `/v1/traces`.")
    ports: list[Annotated[str, checked(istio_checks.port)]] = Field(
        default_factory=list, description="Destination ports, one number each (no ranges), e.g. `'4317'`.")


class Rule(StrictModel):
    from_: list[Source] = Field(default_factory=list, alias="from",
                                description="The sources the rule matches (Istio's `from[].source`).")
    to: list[Operation] = Field(default_factory=list,
                                description="The operations the rule matches (Istio's `to[].operation`).")


def _upper(value: object) -> object:
    return value.upper() if isinstance(value, str) else value


class AuthorizationPolicy(StrictModel):
    name: ResourceName = Field(description="The AuthorizationPolicy's name.")
    namespace: Optional[DnsLabel] = Field(default=None, description="Default: the environment's `namespace`.")
    selector: Optional[WorkloadSelector] = Field(default=None,
                                                 description="`{match_labels}`; none: the whole namespace.")
    action: Annotated[Literal["ALLOW", "DENY", "AUDIT"], BeforeValidator(_upper)] = Field(
        default="ALLOW", description="ALLOW, DENY or AUDIT.")
    rules: list[Rule] = Field(
        default_factory=list,
        description="Rules: `[{from: [{principals, namespaces}], to: [{methods, paths, ports}]}]`.")
    suppress: Suppress = suppress_field()
