"""The ``flux`` section of an environment file: how Flux applies what publish writes.

The layout (``flux``, beside ``flux bootstrap``; or ``folder``), the source, the
Kustomizations' intervals and health-check timeout, and what they wait for (``depends_on``).
"""

import enum
import re
from typing import Annotated, Optional, Union
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from .types import DnsLabel, Duration


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# ------------------------------------------------------------------ GitOps (Flux)

class FluxLayout(str, enum.Enum):
    FLUX = "flux"  # clusters/<env>/otlp-istio/ holds the Flux objects, otlp-istio/<env>/ the workload
    FOLDER = "folder"  # everything in one folder that the Kustomization applies (not for bootstrapped repos)


class FluxDependency(Model):
    """A Flux Kustomization that must be Ready before ours is applied (Flux ``dependsOn``)."""

    name: DnsLabel
    namespace: Optional[DnsLabel] = None

    @model_validator(mode="before")
    @classmethod
    def _kind(cls, value: object) -> object:
        if isinstance(value, dict) and "kind" in value:
            if value.get("kind") != "Kustomization":
                raise ValueError(f"Flux's dependsOn names Kustomizations only (got kind {value.get('kind')!r}): "
                                 "depend on the Kustomization that applies it, with wait: true or health checks")
            value = {k: v for k, v in value.items() if k != "kind"}
        return value


_K8S_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


def _dependency(value: object) -> object:
    """``name`` or ``namespace/name`` (as ``flux create kustomization --depends-on`` takes them)
    → ``{name, namespace?}``; mappings pass through; any other shape is refused clearly."""
    if isinstance(value, str):
        ns, _, name = value.rpartition("/")
        if not _K8S_NAME.match(name) or (ns and not _K8S_NAME.match(ns)):
            raise ValueError(f"{value!r} is not a Kustomization reference: write name or namespace/name "
                             "(lower-case DNS labels), e.g. flux-system/infra-controllers")
        return {"name": name, "namespace": ns} if ns else {"name": name}
    if not isinstance(value, dict):
        raise ValueError("a dependency is a Kustomization reference: name, namespace/name, "
                         "or {name, namespace}")
    return value


DependencyRef = Annotated[FluxDependency,
                          BeforeValidator(_dependency, json_schema_input_type=Union[str, FluxDependency])]


class FluxConfig(Model):
    """How a cluster's Flux applies this environment: a Kustomization for the rendered
    workload (``path``), with pruning, health checks and ``dependsOn``, pulling from an
    existing GitRepository (``source_ref``, bootstrap's ``flux-system`` by default) or
    from its own (``url``). See the README's layouts.
    """

    layout: FluxLayout = FluxLayout.FLUX
    url: Optional[str] = Field(default=None, min_length=1)  # set: render our own GitRepository for it
    source_ref: Optional[DnsLabel] = None  # an existing GitRepository; default flux-system when url is unset
    branch: str = Field(default="main", min_length=1, pattern=r"^[^\s~^:?*\[\\]+$")
    path: Optional[str] = Field(default=None, min_length=1)  # default ./otlp-istio/{env} (flux), ./clusters/{env}
    cluster_path: str = Field(default="./clusters/{env}", min_length=1)  # `flux bootstrap --path`
    namespace: DnsLabel = "flux-system"
    name: Optional[DnsLabel] = None  # default: otlp-istio-<env>
    source_interval: Duration = "1m"  # how often Flux fetches the repository
    interval: Duration = "10m"  # how often the Kustomization is re-applied (drift correction)
    retry_interval: Duration = "2m"
    timeout: Duration = "5m"  # how long health checks may take
    secret_ref: Optional[DnsLabel] = None  # Secret with the repository's credentials (ssh key or token)
    prune: bool = True
    # Kustomizations that must be Ready first (the ones installing Istio, the Prometheus operator)
    depends_on: list[DependencyRef] = Field(default_factory=list)

    @field_validator("url")
    @classmethod
    def _url(cls, value: Optional[str]) -> Optional[str]:
        if value is None:
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("ssh", "https", "http"):
            raise ValueError("Flux's GitRepository takes an ssh://, https:// or http:// URL "
                             "(write git@host:org/repo.git as ssh://git@host/org/repo.git)")
        if parts.password:
            raise ValueError("the URL carries a password; put credentials in a Secret and name it in secret_ref")
        return value

    @field_validator("path", "cluster_path")
    @classmethod
    def _path(cls, value: Optional[str]) -> Optional[str]:
        if value is None:
            return value
        if value.startswith("/") or ".." in value.split("/"):
            raise ValueError("a path inside the repository, relative to its root (./clusters/{env})")
        if "{env}" not in value:
            raise ValueError(f"{value!r} must contain {{env}} (two environments may not share a folder)")
        return value

    @model_validator(mode="after")
    def _source(self):
        if self.url and self.source_ref:
            raise ValueError("give url (render our own GitRepository) or source_ref (use an existing one), "
                             "not both")
        if self.secret_ref and not self.url:
            raise ValueError("secret_ref belongs to our own GitRepository: set url too, or drop secret_ref "
                             "(an existing GitRepository has its own Secret)")
        return self

    @model_validator(mode="after")
    def _outside_cluster_folder(self):
        if self.layout == FluxLayout.FLUX:
            workload, cluster = self.workload_path().rstrip("/"), self.cluster_path.removeprefix("./").rstrip("/")
            if workload == cluster or workload.startswith(cluster + "/") or cluster.startswith(workload + "/"):
                raise ValueError(f"path {self.path or workload!r} lies in or around cluster_path "
                                 f"{self.cluster_path!r}, which flux bootstrap's Kustomization applies whole: "
                                 "use a path of its own (./otlp-istio/{env}), or layout: folder")
        return self

    def workload_path(self) -> str:
        """The workload folder template, without ``./``."""
        default = "otlp-istio/{env}" if self.layout == FluxLayout.FLUX else "clusters/{env}"
        path = self.path or default
        return path[2:] if path.startswith("./") else path

