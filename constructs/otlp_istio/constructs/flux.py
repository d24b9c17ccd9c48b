"""Flux wiring: the GitRepository a cluster pulls from and the Kustomization that applies
one environment's folder of it (``source.toolkit.fluxcd.io/v1``, ``kustomize.toolkit.fluxcd.io/v1``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from imports.io.fluxcd.toolkit import kustomize as kus
from imports.io.fluxcd.toolkit import source as src

from .base import MANAGED_BY, Construct, Metadata, crd_resource


@dataclass(frozen=True)
class HealthCheck:
    """An object Flux waits for after applying (``kind`` ``name`` in ``namespace``; None: cluster-scoped)."""

    api_version: str
    kind: str
    name: str
    namespace: Optional[str]


class GitRepository(Construct):
    """Where Flux fetches the environment repository from, and how often."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, url: str, branch: str,
                 interval: str, secret_ref: Optional[str] = None):
        super().__init__(scope, id)
        self.name, self.namespace = name, namespace
        self.resource = crd_resource(
            self, src.GitRepository, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=src.GitRepositorySpec(
                url=url, interval=interval, ref=src.GitRepositorySpecRef(branch=branch),
                secret_ref=src.GitRepositorySpecSecretRef(name=secret_ref) if secret_ref else None))


@dataclass(frozen=True)
class Dependency:
    """A Flux Kustomization that must be Ready first (``dependsOn``); namespace None: ours."""

    name: str
    namespace: Optional[str] = None


class FluxKustomization(Construct):
    """Applies ``path`` of the GitRepository ``source`` (in ``namespace``) with pruning, after
    ``depends_on`` are Ready, then waits for ``health_checks``."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, source: str, path: str,
                 interval: str, retry_interval: str, timeout: str, prune: bool,
                 health_checks: list[HealthCheck], depends_on: tuple[Dependency, ...] = ()):
        super().__init__(scope, id)
        checks = [kus.KustomizationSpecHealthChecks(api_version=h.api_version, kind=h.kind, name=h.name,
                                                    namespace=h.namespace) for h in health_checks]
        deps = [kus.KustomizationSpecDependsOn(name=d.name, namespace=d.namespace) for d in depends_on]
        self.resource = crd_resource(
            self, kus.Kustomization, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=kus.KustomizationSpec(
                interval=interval, retry_interval=retry_interval, timeout=timeout, path=path, prune=prune,
                source_ref=kus.KustomizationSpecSourceRef(kind=kus.KustomizationSpecSourceRefKind.GIT_REPOSITORY,
                                                          name=source),
                depends_on=deps or None, health_checks=checks or None))
