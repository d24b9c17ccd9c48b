"""What the offline checks read: one environment's manifests, indexed once.

Three ways in, as on the command line:

* ``--out dist --env E``: the rendered folder ``dist/E/`` (what Flux applies);
* ``--config-dir environments --env E``: the environment file, rendered in memory (nothing
  is written), so a check can run before ``synth``;
* ``PATH...``: any manifests (files, folders, ``kubectl get -o yaml`` output).

Each :class:`Manifests` builds the analyzer's :class:`~otlp_istio.analyzers.Index` and runs
the analyzer once; every check reads those, so no check repeats the analyzer's work. The
environment's context (its external Services, the findings it accepts) joins them as it joins
``validate``'s (:mod:`otlp_istio.validate.context`): rendered output brings the environment files
synth recorded beside it, so files that pass ``validate`` pass here too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem, UserError
from ..fieldpath import display_path
from ..findings import Finding
from ..yamlio import Document, iter_yaml_files, load_documents, load_documents_text


DEFAULT_CONFIG_DIR = "environments"
DEFAULT_OUT = "dist"


@dataclass
class Manifests:
    name: str | None  # the environment, when known
    origin: str  # where the documents came from, for messages
    documents: list[Document]
    config: object | None = None  # the EnvironmentConfig, when read from an environment file
    on_disk: bool = True  # findings can be given field lines from the files
    index_class: type | None = None  # objects read from a cluster: the Index subclass for them (doctor.live.LiveIndex)
    context: object | None = None  # the environment's validate.context.EnvironmentContext, when known
    _index: object | None = field(default=None, repr=False)
    _findings: list[Finding] | None = field(default=None, repr=False)
    _suppressed: list | None = field(default=None, repr=False)

    @property
    def index(self):
        """The analyzer's index: for files, the one ``validate`` and ``analyze`` build (with istioctl's
        stand-in ingress gateway and the context's external Services); for a cluster, ``index_class``
        over what it has (the cluster has the external Services itself)."""
        if self._index is None:
            if self.index_class is not None:
                self._index = self.index_class(self.documents)
            else:
                from ..validate.context import context_index
                self._index = context_index(self.documents, self.context)
        return self._index

    @property
    def from_cluster(self) -> bool:
        """Objects read from a cluster (running Pods), not manifests to apply."""
        return self.index_class is not None

    @property
    def resources(self) -> list:
        """The objects of these manifests, without the analyzer's stand-ins."""
        index = self.index
        return [r for r in index.resources if r.id not in index.stand_ins]

    @property
    def findings(self) -> list[Finding]:
        """Every analyzer finding for these manifests that the environment does not accept on
        purpose, with field lines where files exist."""
        if self._findings is None:
            from ..validate.context import findings_in_context
            found, self._suppressed = findings_in_context(self.index, self.context)
            found = sorted(found, key=Finding.sort_key)
            if self.on_disk:
                from ..validate.locate import add_lines
                found = add_lines(found)
            self._findings = found
        return self._findings

    @property
    def suppressed(self) -> list:
        """The findings accepted on purpose (``validate.context.Suppressed``)."""
        self.findings  # noqa: B018 - computes both
        return self._suppressed or []

    def findings_for(self, resource_ids: set[str], codes: set[str] | None = None) -> list[Finding]:
        return [f for f in self.findings if f.resource in resource_ids and (codes is None or f.code in codes)]


def _load_files(paths: list[Path]) -> list[Document]:
    docs: list[Document] = []
    problems: list[Problem] = []
    for path in iter_yaml_files(paths):
        try:
            docs.extend(load_documents(path, display=display_path(path)))
        except UserError as exc:
            problems.extend(exc.problems)
    if problems:
        raise UserError(problems)
    return docs


def from_paths(paths: list[Path]) -> list[Manifests]:
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UserError([Problem(file="", path="", message=f"{p}: no such file or folder") for p in missing])
    docs = _load_files(paths)
    if not docs:
        raise UserError(f"no YAML documents in {', '.join(map(str, paths))}")
    from ..validate.context import snapshot_context
    ctx = snapshot_context(docs)  # rendered output of one environment: the files synth recorded there
    return [Manifests(name=None, origin=", ".join(map(str, paths)), documents=docs, context=ctx)]


def from_out(out: Path, envs: list[str] | None) -> list[Manifests]:
    from ..validate import environment_dirs
    from ..validate.context import contexts_for_folders
    folders = environment_dirs(out, envs)
    contexts = contexts_for_folders(folders)
    result = []
    for env, folder in folders:
        docs = _load_files([folder])
        if not docs:
            raise UserError(f"{folder}: no manifests in it; run `otlp-istio synth --out {out}` first")
        result.append(Manifests(name=env, origin=str(folder), documents=docs, context=contexts.get(env)))
    return result


def from_config(config_dir: Path, envs: list[str] | None) -> list[Manifests]:
    from ..config.loader import load_environments
    from ..synth.render import render_environment
    from ..validate.context import from_environment
    result = []
    for env in load_environments(Path(config_dir), envs or None):
        docs: list[Document] = []
        for name, body in sorted(render_environment(env).items()):
            docs.extend(load_documents_text(body.decode("utf-8"), f"{env.name}/{name}"))
        result.append(Manifests(name=env.name, origin=f"{env.file} (rendered in memory)", documents=docs,
                                config=env.config, on_disk=False, context=from_environment(env)))
    return result


def load(paths: list[Path] | None, config_dir: Path | None, out: Path, envs: list[str] | None) -> list[Manifests]:
    """The manifests the offline checks read: PATHs, else ``--config-dir``, else ``--out`` (or, when the
    default ``dist/`` does not exist, ``environments/`` rendered in memory)."""
    if paths:
        if envs:
            raise UserError("--env selects an environment of --out or --config-dir; with PATH arguments, "
                            "leave it out")
        return from_paths(paths)
    if config_dir is not None:
        return from_config(config_dir, envs)
    rendered = Path(out).is_dir() and any(p.is_dir() and not p.name.startswith(".") for p in Path(out).iterdir())
    if Path(out) == Path(DEFAULT_OUT) and not rendered and Path(DEFAULT_CONFIG_DIR).is_dir():
        # a fresh clone has nothing in dist/ yet: read the environment files instead, and say so
        import sys
        print(f"doctor: nothing rendered in {out}/; reading {DEFAULT_CONFIG_DIR}/ (rendered in memory)", file=sys.stderr)
        return from_config(Path(DEFAULT_CONFIG_DIR), envs)
    return from_out(out, envs)
