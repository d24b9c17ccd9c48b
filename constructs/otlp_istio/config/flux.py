"""The ``flux`` section of an environment file: how Flux applies what publish writes.

The layout (``flux``, beside ``flux bootstrap``; or ``folder``), the source, the
Kustomizations' intervals and health-check timeout, and what they wait for (``depends_on``).
"""

import enum
import re
from typing import Annotated, Optional, Union
from urllib.parse import urlsplit

from pydantic import BeforeValidator, Field, field_validator, model_validator

from .base import StrictModel
from .types import DnsLabel, Duration



# ------------------------------------------------------------------ GitOps (Flux)

class FluxLayout(str, enum.Enum):
    FLUX = "flux"  # clusters/<env>/otlp-istio/ holds the Flux objects, otlp-istio/<env>/ the workload
    FOLDER = "folder"  # everything in one folder that the Kustomization applies (not for bootstrapped repos)


class FluxDependency(StrictModel):
    """A Flux Kustomization that must be Ready before ours is applied (Flux ``dependsOn``)."""

    name: DnsLabel = Field(description="The Flux Kustomization's name.")
    namespace: Optional[DnsLabel] = Field(default=None, description="Its namespace (default: `flux.namespace`).")

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


class FluxConfig(StrictModel):
    """How a cluster's Flux applies this environment: a Kustomization for the rendered
    workload (``path``), with pruning, health checks and ``dependsOn``, pulling from an
    existing GitRepository (``source_ref``, bootstrap's ``flux-system`` by default) or
    from its own (``url``). The documentation's Flux page shows both layouts.
    """

    layout: FluxLayout = Field(
        default=FluxLayout.FLUX,
        description="`flux`: our Kustomizations in `clusters/<env>/otlp-istio/`, beside flux bootstrap's, the "
                    "workload in `otlp-istio/<env>/`; `folder`: everything in `clusters/<env>/`.")
    url: Optional[str] = Field(
        default=None, min_length=1,
        description="Set: render our own GitRepository `otlp-istio-<env>` for this ssh://, https:// or http:// URL; "
                    "unset: the Kustomizations pull from `source_ref` (`folder` layout: default the `--repo` "
                    "publish pushes to).")
    source_ref: Optional[DnsLabel] = Field(
        default=None, description="An existing GitRepository the Kustomizations pull from (default `flux-system`, "
                                  "bootstrap's); not with `url`.")
    branch: str = Field(default="main", min_length=1, pattern=r"^[^\s~^:?*\[\\]+$",
                        description="The branch Flux follows (GitRepository `ref.branch`).")
    path: Optional[str] = Field(
        default=None, min_length=1,
        description="The folder of the rendered workload, the Kustomization's `spec.path` (`{env}` = the "
                    "environment; default `./otlp-istio/{env}`, `./clusters/{env}` in the `folder` layout); "
                    "publish writes there, and `--path` must agree.")
    cluster_path: str = Field(
        default="./clusters/{env}", min_length=1,
        description="The folder `flux bootstrap --path` points at (`{env}` = the environment); our Flux objects go "
                    "to its `otlp-istio/` subfolder.")
    namespace: DnsLabel = Field(default="flux-system", description="The namespace of the Flux objects.")
    name: Optional[DnsLabel] = Field(
        default=None, description="The name of the Kustomization and GitRepository (default `otlp-istio-<env>`; "
                                  "the first Kustomization adds `-base`).")
    source_interval: Duration = Field(default="1m", description="How often Flux fetches the repository.")
    interval: Duration = Field(default="10m",
                               description="How often the Kustomization is re-applied (drift correction).")
    retry_interval: Duration = Field(default="2m", description="The retry interval after a failed apply.")
    timeout: Duration = Field(
        default="5m", description="How long the health checks (every collector Deployment, the CRDs) may take.")
    secret_ref: Optional[DnsLabel] = Field(
        default=None, description="The Secret with the repository's credentials (`flux create secret git`); "
                                  "needs `url`.")
    prune: bool = Field(default=True, description="Delete from the cluster what is no longer in the folder.")
    depends_on: list[DependencyRef] = Field(
        default_factory=list,
        description="Flux Kustomizations that must be Ready first (`name`, `namespace/name` or `{name, "
                    "namespace}`): those installing Istio and the Prometheus operator.")

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

