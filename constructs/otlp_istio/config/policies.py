"""Security policies and canary settings of the environment file (split from :mod:`.models`).

Unknown keys are refused, as everywhere in the file; ``models`` re-exports these classes.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from .services import Suppress
from .types import DnsLabel, Duration, Labels, MtlsMode, ResourceName


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


# ------------------------------------------------------------------ canary (model only for now)

class SuccessCriteria(Model):
    max_error_rate: float = Field(ge=0.0, le=1.0)
    min_request_count: int = Field(ge=0)


class CanaryConfig(Model):
    baseline_version: DnsLabel
    canary_version: DnsLabel
    initial_weight: int = Field(ge=0, le=100)
    increment: int = Field(ge=1, le=100)
    interval: Duration
    success_criteria: SuccessCriteria

    @model_validator(mode="after")
    def _versions_differ(self):
        if self.baseline_version == self.canary_version:
            raise ValueError(f"baseline_version and canary_version are both {self.baseline_version!r}; "
                             "a canary needs two different versions")
        return self
