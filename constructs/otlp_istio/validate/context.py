"""What the environment file tells the gate about the cluster beyond the rendered files.

* ``external_services`` become Service documents and the workloads behind them (one pod
  template per ``versions`` entry, or one with the ``selector``'s labels; in the mesh unless
  ``in_mesh: false``) that the analyzer sees as part of the cluster. They are never written
  out, and findings about them are not reported (they are not ours to fix).
* The namespaces the file declares (:func:`~..config.services.declared_namespaces`: the
  external Services', the mesh root and the others the tool writes to, ``existing_namespaces``)
  are known to exist.
* ``validation.ignore`` and the warnings of the environment file (``OI0301``).

Where the environment comes from, for each ``OUT/<env>/`` (:func:`contexts_for_folders`): the
files ``--config-dir`` names when given, else the files synth recorded beside the output
(:mod:`..config.snapshot`), else ``environments/<env>.yaml`` (output of an older synth); an
output folder with none of these is checked as it is. ``validate``, ``check``, ``analyze`` and
``doctor`` all analyze through :func:`context_index` and :func:`findings_in_context`, so they
reach one verdict on the same files.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import messages
from ..config.loader import Environment, discover, load_environment
from ..config.provenance import origins, source_of
from ..config.services import declared_namespaces
from ..config.snapshot import has_snapshot, load_snapshot
from ..findings import SUPPRESS_ANNOTATION, Finding, Source, resource_id
from ..yamlio import Document


@dataclass
class Suppressed:
    """A finding accepted on purpose, and by what."""

    finding: Finding
    by: str  # "validation.ignore[0] in environments/prod.yaml" or "annotation galley.istio.io/analyze-suppress"

    def to_dict(self) -> dict:
        return {**self.finding.to_dict(), "suppressed_by": self.by}


@dataclass
class EnvironmentContext:
    env: str
    file: str = ""
    documents: list[Document] = field(default_factory=list)  # the external Services (+ their workloads)
    external_ids: set[str] = field(default_factory=set)
    namespaces: set[str] = field(default_factory=set)  # declared to exist beyond the rendered Namespace
    ignore: list = field(default_factory=list)  # IgnoreRule models
    # rule index -> (file, line, field path) where the rule is written: the environment file or a base
    ignore_sources: dict[int, tuple[str, int | None, str]] = field(default_factory=dict)
    warnings: list[Finding] = field(default_factory=list)
    environment: Environment | None = None  # what it was made from (where each field is written)
    _origins: dict | None = field(default=None, repr=False)

    def split(self, findings: list[Finding]) -> tuple[list[Finding], list[Suppressed]]:
        """Findings on external Services dropped; the rest into (kept, suppressed by validation.ignore)."""
        kept: list[Finding] = []
        suppressed: list[Suppressed] = []
        used: set[int] = set()
        for f in findings:
            if f.resource in self.external_ids:
                continue
            rule = self.matching_rule(f)
            if rule is None:
                kept.append(f)
            else:
                used.add(rule)
                file, line, path = self._rule_source(rule)
                suppressed.append(Suppressed(f, f"{path} in {file}:{line}" if line else f"{path} in {file}"))
        for i, rule in enumerate(self.ignore):
            if i not in used:  # an acceptance that no longer accepts anything would hide the next finding
                what = f"{rule.code} on {rule.resource}" if rule.resource else rule.code
                file, line, path = self._rule_source(i)
                kept.append(messages.finding(
                    messages.IGNORE_RULE_UNUSED, path=path, file=file, line=line,
                    message=f"the rule ({what}) matched no finding; remove it if it is no longer needed"))
        return kept, suppressed

    def _rule_source(self, i: int) -> tuple[str, int | None, str]:
        return self.ignore_sources.get(i, (self.file, None, f"validation.ignore[{i}]"))

    def source_of(self, f: Finding) -> Source | None:
        """Where the environment files write what a finding on a rendered object is about."""
        if self.environment is None or not f.resource or f.resource in self.external_ids:
            return None
        if self._origins is None:
            self._origins = origins(self.environment.config)
        return source_of(self.environment, self._origins, f.resource, f.path)

    def with_sources(self, findings: list[Finding]) -> list[Finding]:
        """``findings``, each on a rendered object with its :class:`Source` (when known)."""
        out = []
        for f in findings:
            src = f.source or self.source_of(f)
            out.append(replace(f, source=src) if src is not None and src != f.source else f)
        return out

    def annotation_credit(self, f: Finding) -> str:
        """What a suppress annotation on the finding's resource is, for ``suppressed (by ...)``: the
        ``suppress`` of its entry in the environment files when they render it."""
        src = self.source_of(replace(f, path=f"metadata.annotations[{SUPPRESS_ANNOTATION}]"))
        if src is not None and src.path.endswith("suppress"):
            return f"{src.path} in {src}"
        return f"annotation {SUPPRESS_ANNOTATION}"

    def matching_rule(self, f: Finding) -> int | None:
        for i, rule in enumerate(self.ignore):
            if rule.code != "*" and rule.code not in (f.code, f.istio_code):
                continue
            if rule.resource is not None and _normal(rule.resource) != _normal(f.resource):
                continue
            return i
        return None


def _normal(resource: str) -> str:
    """``Kind ns/name`` (istioctl's origin) and ``Kind name.ns`` (ours) compare equal."""
    kind, _, ref = resource.partition(" ")
    if "/" in ref:
        ns, _, name = ref.partition("/")
        ref = f"{name}.{ns}"
    return f"{kind} {ref}"


def from_environment(env: Environment) -> EnvironmentContext:
    c = env.config
    ctx = EnvironmentContext(env=env.name, file=str(env.file), ignore=list(c.validation.ignore),
                             ignore_sources=_ignore_sources(env) if c.validation.ignore else {}, environment=env)
    ctx.namespaces = declared_namespaces(c)
    for svc in c.external_services:
        ns = svc.namespace or c.namespace
        spec: dict = {"ports": [{"name": p.name, "port": p.port, **({"appProtocol": p.app_protocol}
                                                                    if p.app_protocol else {})} for p in svc.ports]}
        selector = dict(svc.selector) if svc.selector else ({"app": svc.name} if svc.versions else None)
        if selector:
            spec["selector"] = selector
        _add(ctx, {"apiVersion": "v1", "kind": "Service", "metadata": {"name": svc.name, "namespace": ns},
                   "spec": spec})
        if selector is None:
            continue
        for version in svc.versions or [None]:
            labels = {**selector, "version": version} if version else selector
            _add(ctx, _workload(f"{svc.name}-{version}" if version else svc.name, ns, labels, svc.in_mesh))
    ctx.warnings.extend(messages.environment_warning(w) for w in env.warnings)
    return ctx


def _workload(name: str, namespace: str, labels: dict, in_mesh: bool) -> dict:
    """A Deployment standing for the pods behind an external Service; its pod label
    ``sidecar.istio.io/inject`` says whether they are in the mesh, whatever their namespace's labels."""
    pod_labels = {**labels, "sidecar.istio.io/inject": "true" if in_mesh else "false"}
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": namespace},
            "spec": {"selector": {"matchLabels": labels}, "template": {
                "metadata": {"labels": pod_labels}, "spec": {"containers": [{"name": name, "image": name}]}}}}


def _ignore_sources(env: Environment) -> dict[int, tuple[str, int | None, str]]:
    """Where each ``validation.ignore`` rule is written: the environment file or a base (a base's
    rules are merged in, so a rule's index in the file may differ from its index here)."""
    return {i: env.written(("validation", "ignore", i)) for i in range(len(env.config.validation.ignore))}


def _add(ctx: EnvironmentContext, data: dict) -> None:
    meta = data["metadata"]
    ctx.documents.append(Document(data=data, file=ctx.file, line=0))
    ctx.external_ids.add(resource_id(data["kind"], meta["name"], meta["namespace"]))


class Contexts(Mapping):
    """env → :class:`EnvironmentContext`, each loaded from its files when first asked for, in the
    process that asks: the gate's forked workers load the contexts of their own share of a fleet
    (in parallel), and the gate's own process loads only those it needs afterwards (the
    environments with findings or acceptances). Which environments have a context is known
    without loading any (a file that exists)."""

    def __init__(self, loaders: Mapping[str, Callable[[], "EnvironmentContext"]]):
        self._loaders = dict(loaders)
        self._loaded: dict[str, EnvironmentContext] = {}

    def __getitem__(self, env: str) -> "EnvironmentContext":
        ctx = self._loaded.get(env)
        if ctx is None:
            ctx = self._loaded[env] = self._loaders[env]()  # a bad file: ConfigError, as loading it
        return ctx

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaders)

    def __len__(self) -> int:
        return len(self._loaders)

    def __contains__(self, env: object) -> bool:
        return env in self._loaders


def contexts_for(config_dir: Path | None, envs: list[str]) -> Contexts:
    """The context of every environment whose file is in ``config_dir`` (a bad file: ConfigError
    when its context is first asked for)."""
    if config_dir is None or not Path(config_dir).is_dir():
        return Contexts({})
    files = discover(Path(config_dir))
    return Contexts({name: _loading(name, files[name]) for name in envs if name in files})


def _loading(name: str, file: Path) -> Callable[[], EnvironmentContext]:
    return lambda: from_environment(load_environment(name, file))


def _from_snapshot_of(folder: Path) -> Callable[[], EnvironmentContext]:
    def load() -> EnvironmentContext:
        ctx = from_snapshot(folder)
        if ctx is None:  # the recorded files went away since they were found
            raise KeyError(str(folder))
        return ctx
    return load


def from_snapshot(folder: Path | str) -> EnvironmentContext | None:
    """The context of the environment files synth recorded in ``folder``; None when it recorded none."""
    env = load_snapshot(folder)
    return from_environment(env) if env is not None else None


def snapshot_contexts(documents: list[Document]) -> dict[str, EnvironmentContext]:
    """folder → context, for each folder of ``documents`` that holds the environment files synth
    recorded (a rendered ``OUT/<env>/`` named on the command line)."""
    folders = sorted({os.path.dirname(d.file) for d in documents if d.file and d.file != "<stdin>"})
    out = {}
    for folder in folders:
        if has_snapshot(folder or "."):
            out[folder] = from_snapshot(folder or ".")
    return out


def snapshot_context(documents: list[Document]) -> EnvironmentContext | None:
    """The context of ``documents`` when they are (or include) one environment's rendered folder."""
    found = snapshot_contexts(documents)
    return next(iter(found.values())) if len(found) == 1 else None


LEGACY_CONFIG_DIR = Path("environments")


def contexts_for_folders(folders: list[tuple[str, Path]], config_dir: Path | None = None) -> Contexts:
    """env → context for rendered folders: from ``config_dir``'s files when it is given (a folder
    without its file there is judged on its own), else from the files synth recorded in the
    folder, else from ``environments/<env>.yaml`` for a folder an older synth wrote without them.
    Each is loaded when first asked for (:class:`Contexts`)."""
    names = [name for name, _ in folders]
    if config_dir is not None:
        return contexts_for(Path(config_dir), names)
    loaders: dict[str, Callable[[], EnvironmentContext]] = {}
    legacy = []
    for name, folder in folders:
        if has_snapshot(folder):
            loaders[name] = _from_snapshot_of(folder)
        else:
            legacy.append(name)
    if legacy and LEGACY_CONFIG_DIR.is_dir():
        files = discover(LEGACY_CONFIG_DIR)
        loaders.update((name, _loading(name, files[name])) for name in legacy if name in files)
    return Contexts(loaders)


def context_index(documents: list[Document], ctx: EnvironmentContext | None, *, mesh_config=None,
                  pods_only: bool = False):
    """The analyzer's index of one environment's manifests (as ``analyze`` builds it for files) with
    what its context adds: the external Services and their workloads, never reported on."""
    from ..analyzers import file_index
    if ctx is None:
        return file_index(documents, mesh_config, pods_only=pods_only)
    index = file_index([*documents, *ctx.documents], mesh_config, pods_only=pods_only,
                       known_namespaces=ctx.namespaces)
    index.stand_ins |= ctx.external_ids
    return index


@dataclass
class Analyzed:
    """The analyzer's findings on one environment (sorted) and those its suppress annotations
    accept, and the flow model's: what :func:`accepted_in_context` splits."""

    found: list[Finding]
    by_annotation: list[Finding]
    flows: list[Finding]


def analyzed_in_context(index, ctx: EnvironmentContext | None, *, analyzers=None, flows: bool = False) -> Analyzed:
    """The first half of :func:`findings_in_context`: what needs the index (so the gate can drop
    an environment's documents before the other checks' findings on it are in)."""
    from ..analyzers import ANALYZERS, analyze_index
    by_annotation: list[Finding] = []
    found = sorted(analyze_index(index, by_annotation, analyzers=ANALYZERS if analyzers is None else analyzers),
                   key=Finding.sort_key)
    flow_findings: list[Finding] = []
    if flows and ctx is not None and ctx.environment is not None:
        from ..flows import check as check_flows
        flow_findings = check_flows(ctx.environment.config, [], env_file=ctx.file, index=index)[1]
    return Analyzed(found, by_annotation, flow_findings)


def accepted_in_context(analyzed: Analyzed, ctx: EnvironmentContext | None, extra: list[Finding] = ()
                        ) -> tuple[list[Finding], list[Suppressed]]:
    """The second half of :func:`findings_in_context`: ``analyzed`` and ``extra`` split into those
    reported and those accepted on purpose."""
    found = analyzed.found + list(extra) + analyzed.flows
    if ctx is None:
        return found, [Suppressed(f, f"annotation {SUPPRESS_ANNOTATION}") for f in analyzed.by_annotation]
    kept, ignored = ctx.split(found + ctx.warnings)
    accepted = [Suppressed(f, s.by) for s, f in zip(ignored, ctx.with_sources([s.finding for s in ignored]))]
    accepted += [Suppressed(f, ctx.annotation_credit(f)) for f in ctx.with_sources(analyzed.by_annotation)]
    return ctx.with_sources(kept), accepted


def findings_in_context(index, ctx: EnvironmentContext | None, extra: list[Finding] = (), *, analyzers=None,
                        flows: bool = False) -> tuple[list[Finding], list[Suppressed]]:
    """The analyzer's findings on ``index`` (and ``extra``, other checks' findings the environment's
    acceptances apply to), split into those reported and those accepted on purpose (by a resource's
    suppress annotation or the environment's ``validation.ignore``). ``analyzers``: those to run
    (every one by default). ``flows``: also the flow model's findings (the gate's check ``flows``),
    when the environment is known: every flow it implies, followed through ``index``."""
    return accepted_in_context(analyzed_in_context(index, ctx, analyzers=analyzers, flows=flows), ctx, extra)
