"""What the environment file tells the gate about the cluster beyond the rendered files.

* ``external_services`` become Service documents and the workloads behind them (one pod
  template per ``versions`` entry, or one with the ``selector``'s labels; in the mesh unless
  ``in_mesh: false``) that the analyzer sees as part of the cluster. They are never written
  out, and findings about them are not reported (they are not ours to fix).
* The namespaces the file declares (:func:`~..config.services.declared_namespaces`: the
  external Services', the mesh root and the others the tool writes to, ``existing_namespaces``)
  are known to exist.
* ``validation.ignore`` and the warnings of the environment file (``OI0301``).

The gate finds the environment file as ``<config dir>/<env>.yaml`` for each ``OUT/<env>/``;
an output folder without one is checked as it is.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import messages
from ..config.loader import Environment, discover, load_environment
from ..config.services import declared_namespaces
from ..findings import Finding, resource_id
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
    config: object | None = None  # the loaded EnvironmentConfig: the flows the gate follows start from it

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
                file, _, path = self._rule_source(rule)
                suppressed.append(Suppressed(f, f"{path} in {file}"))
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
                             ignore_sources=_ignore_sources(env) if c.validation.ignore else {}, config=c)
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


def contexts_for(config_dir: Path | None, envs: list[str]) -> dict[str, EnvironmentContext]:
    """The context of every environment whose file is in ``config_dir`` (bad files: ConfigError)."""
    if config_dir is None or not Path(config_dir).is_dir():
        return {}
    files = discover(Path(config_dir))
    return {name: from_environment(load_environment(name, files[name])) for name in envs if name in files}
