"""Security policies of the environment file (split from :mod:`.models`; canary settings: :mod:`.canary`).

Unknown keys are refused, as everywhere in the file; ``models`` re-exports these classes.
"""

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from .services import Suppress
from .types import DnsLabel, Labels, MtlsMode, ResourceName


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# ------------------------------------------------------------------ security

class WorkloadSelector(Model):
    match_labels: Labels = Field(min_length=1)


class PeerAuthentication(Model):
    name: ResourceName
    namespace: Optional[DnsLabel] = None
    mode: MtlsMode
    selector: Optional[WorkloadSelector] = None
    suppress: Suppress = Field(default_factory=list)


class Source(Model):
    principals: list[str] = Field(default_factory=list)
    namespaces: list[str] = Field(default_factory=list)


class Operation(Model):
    methods: list[str] = Field(default_factory=list)
    paths: list[str] = Field(default_factory=list)
    ports: list[str] = Field(default_factory=list)


class Rule(Model):
    from_: list[Source] = Field(default_factory=list, alias="from")
    to: list[Operation] = Field(default_factory=list)


def _upper(value: object) -> object:
    return value.upper() if isinstance(value, str) else value


class AuthorizationPolicy(Model):
    name: ResourceName
    namespace: Optional[DnsLabel] = None
    selector: Optional[WorkloadSelector] = None
    action: Annotated[Literal["ALLOW", "DENY", "AUDIT"], BeforeValidator(_upper)] = "ALLOW"
    rules: list[Rule] = Field(default_factory=list)
    suppress: Suppress = Field(default_factory=list)
