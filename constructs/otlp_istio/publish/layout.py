"""Where each environment lives in the environment repository, and which files publish writes there.

Two layouts (``flux.layout`` in the environment file, ``--layout`` for environments
without a ``flux`` section):

* ``flux`` (default) fits a repository that ``flux bootstrap --path=clusters/<env>`` manages::

      clusters/<env>/flux-system/...               bootstrap's; never touched
      clusters/<env>/otlp-istio/kustomization.yaml the Flux objects (GitRepository, Kustomization)
      clusters/<env>/otlp-istio/*.yaml             bootstrap's Kustomization applies them
      otlp-istio/<env>/kustomization.yaml          the rendered workload, applied by our
      otlp-istio/<env>/*.yaml                      Kustomization (its spec.path)

* ``folder`` (the layout of earlier versions): everything in ``clusters/<env>/``, and the
  Kustomization applies that folder (itself included). Not for bootstrapped clusters.

Every folder publish writes gets a ``kustomization.yaml`` listing its files, so
``kustomize build`` and ``kubectl apply -k`` work on it, and Flux uses it instead of
generating one. Tool state (the inventory, later the canary's state) lives in
``.otlp-istio/<env>/`` at the repository root, which no Kustomization path includes.

    >>> env_path("clusters/{env}", "prod")
    'clusters/prod'
    >>> env_path("{env}/manifests", "dev")
    'dev/manifests'
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Optional

from ..errors import UserError

DEFAULT_PATH_TEMPLATE = "otlp-istio/{env}"  # the workload folder, flux layout
FOLDER_PATH_TEMPLATE = "clusters/{env}"  # the workload folder (and the Flux objects), folder layout
DEFAULT_CLUSTER_TEMPLATE = "clusters/{env}"  # what `flux bootstrap --path` points at
FLUX_SUBFOLDER = "otlp-istio"  # our folder inside the cluster folder
STATE_ROOT = ".otlp-istio"  # tool state per environment, never applied
KUSTOMIZATION = "kustomization.yaml"
_ENV_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# The Flux objects that go to the cluster folder in the flux layout (one object per file).
_FLUX_OBJECT = re.compile(rb"^apiVersion:[ \t]*['\"]?(source|kustomize)\.toolkit\.fluxcd\.io/", re.M)


class Layout(str, enum.Enum):
    FLUX = "flux"
    FOLDER = "folder"


def default_path_template(layout: Layout) -> str:
    return DEFAULT_PATH_TEMPLATE if layout is Layout.FLUX else FOLDER_PATH_TEMPLATE


def check_template(template: str, option: str = "--path") -> str:
    t = template.strip().strip("/")
    if t.startswith("./"):
        t = t[2:]
    problems = []
    if "{env}" not in t:
        problems.append(f"{option} {template!r} must contain {{env}}, e.g. clusters/{{env}}")
    if template.startswith("/"):
        problems.append(f"{option} {template!r} must be relative to the repository root")
    try:
        sample = t.format(env="x")
    except (KeyError, IndexError, ValueError):
        problems.append(f"{option} {template!r}: only the placeholder {{env}} is allowed")
        sample = ""
    parts = sample.split("/") if sample else []
    if any(p in ("", ".", "..", ".git") for p in parts):
        problems.append(f"{option} {template!r} must not contain empty, '.', '..' or '.git' parts")
    if parts and parts[0] == STATE_ROOT:
        problems.append(f"{option} {template!r}: {STATE_ROOT}/ holds otlp-istio's state, not manifests")
    if problems:
        raise UserError("\n".join(problems))
    return t


def env_path(template: str, env: str, option: str = "--path") -> str:
    if not _ENV_NAME.match(env):
        raise UserError(f"environment name {env!r} cannot name a folder "
                        "(letters, digits, '.', '_' and '-' only)")
    return check_template(template, option).format(env=env)


def check_disjoint(paths: dict[str, str]) -> None:
    ordered = sorted(paths.items(), key=lambda kv: kv[1])
    for (a, pa), (b, pb) in zip(ordered, ordered[1:]):
        if pb == pa or pb.startswith(pa + "/"):
            raise UserError(f"environments {a!r} and {b!r} would share folder {pa!r}")


@dataclass(frozen=True)
class EnvLayout:
    """The places of one environment in the repository."""

    env: str
    layout: Layout
    workload: str  # folder of the rendered workload (the Kustomization's spec.path)
    cluster: Optional[str] = None  # flux layout: the folder bootstrap's Kustomization applies

    @property
    def flux_folder(self) -> str:
        """Where the Flux objects (GitRepository, Kustomization) go."""
        if self.layout is Layout.FLUX:
            return f"{self.cluster}/{FLUX_SUBFOLDER}"
        return self.workload

    @property
    def state(self) -> str:
        return f"{STATE_ROOT}/{self.env}"

    @property
    def inventory(self) -> str:
        return f"{self.state}/inventory.yaml"

    def folders(self) -> list[str]:
        return sorted({self.workload, self.flux_folder})


def env_layout(env: str, layout: Layout = Layout.FLUX, path_template: Optional[str] = None,
               cluster_template: str = DEFAULT_CLUSTER_TEMPLATE) -> EnvLayout:
    workload = env_path(path_template or default_path_template(layout), env)
    cluster = env_path(cluster_template, env, "flux.cluster_path") if layout is Layout.FLUX else None
    if cluster is not None and (workload == cluster or workload.startswith(cluster + "/")
                                or cluster.startswith(workload + "/")):
        raise UserError(f"environment {env!r}: the workload folder {workload!r} must lie outside the cluster "
                        f"folder {cluster!r} in the flux layout (bootstrap's Kustomization applies all of "
                        f"{cluster!r}); use --path otlp-istio/{{env}}, or the folder layout")
    return EnvLayout(env=env, layout=layout, workload=workload, cluster=cluster)


def kustomization_file(resources: list[str]) -> bytes:
    """A ``kustomize.config.k8s.io`` Kustomization listing ``resources`` (sorted, deterministic)."""
    lines = ["# Written by otlp-istio publish: `kustomize build` or `kubectl apply -k` this folder.",
             "apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "resources:"]
    lines += [f"- {r}" for r in sorted(resources)]
    return ("\n".join(lines) + "\n").encode("utf-8")


_API = re.compile(rb"^apiVersion:[ \t]*['\"]?([^'\"\s#]+)", re.M)


def _split(files: dict[str, bytes]) -> dict[str, str]:
    """name → ``base`` or ``mesh``."""
    from ..flux_split import BASE, MESH, is_base, own_namespaces
    from .changes import describe
    meta = {}
    for name, data in files.items():
        api = _API.search(data)
        kind, obj_name, namespace = describe(data, name)
        meta[name] = (api.group(1).decode() if api else "", kind, obj_name, namespace)
    namespaces = own_namespaces(meta.values())
    return {name: BASE if is_base(api, kind, ns, namespaces) else MESH for name, (api, kind, _, ns) in meta.items()}


def place(layout: EnvLayout, files: dict[str, bytes]) -> dict[str, bytes]:
    """Rendered files (name → content) → repository paths → content, with a
    ``kustomization.yaml`` in every folder written.

    flux layout: the Flux objects go to the cluster folder, the rest to ``<workload>/base``
    (the Namespace and plain objects in it) or ``<workload>/mesh`` (everything else), and
    ``<workload>/kustomization.yaml`` lists both, for ``kustomize build`` of the whole."""
    groups: dict[str, dict[str, bytes]] = {}
    split = _split(files) if layout.layout is Layout.FLUX else {}
    for name, data in files.items():
        if layout.layout is Layout.FLUX and _FLUX_OBJECT.search(data) is not None:
            folder = layout.flux_folder
        elif layout.layout is Layout.FLUX:
            folder = f"{layout.workload}/{split[name]}"
        else:
            folder = layout.workload
        groups.setdefault(folder, {})[name] = data
    out: dict[str, bytes] = {}
    for folder, group in sorted(groups.items()):
        if KUSTOMIZATION in group:
            raise UserError(f"environment {layout.env!r}: a rendered file is named {KUSTOMIZATION}, "
                            "which publish writes itself")
        out[f"{folder}/{KUSTOMIZATION}"] = kustomization_file(list(group))
        out.update({f"{folder}/{name}": data for name, data in group.items()})
    subfolders = sorted(f.rsplit("/", 1)[1] for f in groups if f.startswith(layout.workload + "/"))
    if subfolders:
        out[f"{layout.workload}/{KUSTOMIZATION}"] = kustomization_file(subfolders)
    return out
