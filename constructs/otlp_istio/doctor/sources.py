"""What the offline checks read: one environment's manifests, indexed once.

Three ways in, as on the command line:

* ``--out dist --env E``: the rendered folder ``dist/E/`` (what Flux applies);
* ``--config-dir environments --env E``: the environment file, rendered in memory (nothing
  is written), so a check can run before ``synth``;
* ``PATH...``: any manifests (files, folders, ``kubectl get -o yaml`` output).

Each :class:`Manifests` builds the analyzer's :class:`~otlp_istio.analyzers.Index` and runs
the analyzer once; every check reads those, so no check repeats the analyzer's work.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem, UserError
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
    environment: object | None = None  # the loaded Environment (name, file, config), when read from one
    on_disk: bool = True  # findings can be given field lines from the files
    index_class: type | None = None  # objects read from a cluster: the Index subclass for them (doctor.live.LiveIndex)
    _index: object | None = field(default=None, repr=False)
    _findings: list[Finding] | None = field(default=None, repr=False)

    @property
    def index(self):
        """The analyzer's index: for files, the one ``analyze`` builds (with istioctl's stand-in
        ingress gateway, so doctor and analyze agree); for a cluster, ``index_class`` over what it has."""
        if self._index is None:
            if self.index_class is not None:
                self._index = self.index_class(self.documents)
            else:
                from ..analyzers import file_index
                self._index = file_index(self.documents)
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
        """Every analyzer finding for these manifests, with field lines where files exist."""
        if self._findings is None:
            from ..analyzers import analyze_index
            found = sorted(analyze_index(self.index), key=Finding.sort_key)
            if self.on_disk:
                from ..validate.locate import add_lines
                found = add_lines(found)
            self._findings = found
        return self._findings

    def findings_for(self, resource_ids: set[str], codes: set[str] | None = None) -> list[Finding]:
        return [f for f in self.findings if f.resource in resource_ids and (codes is None or f.code in codes)]


def _load_files(paths: list[Path]) -> list[Document]:
    docs: list[Document] = []
    problems: list[Problem] = []
    for path in iter_yaml_files(paths):
        try:
            docs.extend(load_documents(path, display=str(path)))
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
    return [Manifests(name=None, origin=", ".join(map(str, paths)), documents=docs)]


def from_out(out: Path, envs: list[str] | None) -> list[Manifests]:
    from ..validate import environment_dirs
    result = []
    for env, folder in environment_dirs(out, envs):
        docs = _load_files([folder])
        if not docs:
            raise UserError(f"{folder}: no manifests in it; run `otlp-istio synth --out {out}` first")
        result.append(Manifests(name=env, origin=str(folder), documents=docs))
    return result


def from_config(config_dir: Path, envs: list[str] | None) -> list[Manifests]:
    from ..config.loader import load_environments
    from ..synth.render import render_environment
    result = []
    for env in load_environments(Path(config_dir), envs or None):
        docs: list[Document] = []
        for name, body in sorted(render_environment(env).items()):
            docs.extend(load_documents_text(body.decode("utf-8"), f"{env.name}/{name}"))
        result.append(Manifests(name=env.name, origin=f"{env.file} (rendered in memory)", documents=docs,
                                config=env.config, environment=env, on_disk=False))
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
