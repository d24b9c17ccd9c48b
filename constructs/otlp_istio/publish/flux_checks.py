"""What publish checks between the environment files and its own options before anything is written:

* ``--path`` / ``--layout`` must agree with each environment's ``flux.path`` / ``flux.layout``
  (the rendered Kustomization applies ``flux.path``; publishing elsewhere would leave it
  applying a folder nobody writes);
* ordering: an environment whose Kustomization waits for nothing (``flux.depends_on`` empty)
  is reported, since every environment renders Istio objects whose CRDs must exist first;
* the GitRepository URL: in the folder layout without ``flux.url``, the repository publish
  pushes to (when a cluster can reach it: ssh, https, http); a ``flux.url`` that names
  another repository than ``--repo`` is reported.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional
from urllib.parse import urlsplit

from ..config.loader import Environment
from ..config.models import FluxLayout
from ..errors import Problem, UserError
from .layout import DEFAULT_CLUSTER_TEMPLATE, EnvLayout, Layout, check_template, default_path_template, env_layout
from .remote import Remote


def _norm(template: str) -> str:
    t = template.strip().strip("/")
    return t[2:] if t.startswith("./") else t


def layouts(envs: list[Environment], path: Optional[str], layout: Optional[Layout]) -> dict[str, EnvLayout]:
    """env → its places; refuses (exit 2) options that disagree with an environment file."""
    problems: list[Problem] = []
    out: dict[str, EnvLayout] = {}
    for env in envs:
        flux = env.config.flux
        if flux is None:
            chosen = layout or Layout.FLUX
            out[env.name] = env_layout(env.name, chosen, path or default_path_template(chosen))
            continue
        own_layout = Layout(flux.layout.value)
        if layout is not None and layout is not own_layout:
            problems.append(Problem(str(env.file), "flux.layout",
                                    f"is {own_layout.value!r} but publish was given --layout {layout.value}; "
                                    "make them agree (or drop --layout)"))
        own_path = flux.workload_path()
        if path is not None and _norm(check_template(path)) != _norm(own_path):
            problems.append(Problem(str(env.file), "flux.path",
                                    f"the Kustomization applies ./{own_path.replace('{env}', env.name)} but publish "
                                    f"was given --path {path}: "
                                    "Flux would apply a folder publish does not write. Make them agree "
                                    "(or drop --path: publish follows flux.path)"))
            continue
        try:
            out[env.name] = env_layout(env.name, own_layout, own_path,
                                       _norm(flux.cluster_path) if flux.cluster_path else DEFAULT_CLUSTER_TEMPLATE)
        except UserError as exc:
            problems.append(Problem(str(env.file), "flux.path", exc.render()))
    if problems:
        raise UserError(problems)
    return out


def cluster_url(remote: Remote) -> Optional[str]:
    """The URL as a cluster's Flux would use it, or None when a cluster cannot reach it
    (a local path, file://, git://, scp-like ``host:path``)."""
    if remote.local or "://" not in remote.url:
        return None
    if urlsplit(remote.url).scheme not in ("ssh", "https", "http"):
        return None
    return remote.url


def _same_repository(a: str, b: str) -> bool:
    def key(u: str) -> tuple[str, str]:
        p = urlsplit(u)
        path = p.path.rstrip("/")
        path = path[:-4] if path.endswith(".git") else path
        return (p.hostname or "").lower(), path
    return key(a) == key(b)


@dataclass
class SourceCheck:
    envs: list[Environment]  # with flux.url filled in where publish provides it
    warnings: list[Problem]  # of the environment files, printed like their other warnings


def fill_sources(envs: list[Environment], remote: Remote) -> SourceCheck:
    """Folder layout without a url: the GitRepository gets the URL publish pushes to; a url
    that names another repository is reported."""
    reachable = cluster_url(remote)
    warnings: list[Problem] = []
    out: list[Environment] = []
    for env in envs:
        flux = env.config.flux
        if flux is None:
            out.append(env)
            continue
        if not flux.depends_on:
            crds = "Istio's CRDs" + (" and the ServiceMonitor CRD" if env.config.prometheus.enabled
                                     and env.config.prometheus.service_monitor else "")
            warnings.append(Problem(str(env.file), "flux.depends_on",
                                    f"is empty: Flux applies otlp-istio-{env.name} without "
                                    f"waiting for {crds}, and one missing CRD fails the whole apply; name the "
                                    "Kustomizations that install them (e.g. depends_on: [flux-system/infra-controllers])"))
        if flux.url and reachable and not _same_repository(flux.url, reachable):
            warnings.append(Problem(str(env.file), "flux.url",
                                    f"{flux.url} is not the repository publish pushes to "
                                    f"({remote.display}): the cluster will pull from flux.url"))
        if flux.layout == FluxLayout.FOLDER and not flux.url and not flux.source_ref:
            if reachable is None:
                raise UserError(Problem(str(env.file), "flux.url",
                                        f"not set, and the repository publish pushes to ({remote.display}) is not "
                                        "a URL a cluster can reach; set flux.url (ssh:// or https://) or "
                                        "flux.source_ref (an existing GitRepository)"))
            flux = flux.model_copy(update={"url": reachable})
            env = replace(env, config=env.config.model_copy(update={"flux": flux}))
        out.append(env)
    return SourceCheck(out, warnings)
