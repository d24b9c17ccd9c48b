"""Environment files → validated :class:`EnvironmentConfig` models.

* ``DIR/<env>.yaml`` is an environment; ``DIR/_<name>.yaml`` is a base, never rendered.
* ``extends: _base.yaml`` (relative to the file) merges the file over its base: mappings key by
  key, lists of named things entry by entry, other lists and scalars replaced (:mod:`.extends`,
  :mod:`.merge`).
* Only the safe YAML loader is used (:mod:`.sources`). Every problem is reported with the file,
  the line and the field path (:mod:`.problems`), and all problems of all files are gathered
  before anything is raised.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from pydantic import ValidationError

from ..errors import ConfigError, Problem, UserError
from ..fieldpath import format_path
from .crossref import check_references, warnings_for
from .environment_rules import check_environment, version_warnings
from .extends import extends_any, resolve
from .gateway_checks import problems as gateway_route_problems
from .merge import BaseChange
from .models import EnvironmentConfig
from .problems import from_validation, problem_at
from .sources import Source, file_key, written

__all__ = ["ENV_NAME", "SUFFIXES", "Environment", "discover", "environment_files", "environments_affected_by",
           "extends_any", "file_key", "ignored_folders", "load_environment", "load_environments"]

ENV_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Environment:
    name: str
    file: Path
    config: EnvironmentConfig
    warnings: tuple[Problem, ...] = ()  # rendered, on an assumption or not as written (a field the Istio release lacks)
    base_changes: tuple[BaseChange, ...] = ()  # what the file (and its bases) change in their bases' named things
    # the file and its bases, most specific first: where each field is written (see locate)
    sources: tuple[Source, ...] = field(default=(), compare=False, repr=False)

    def locate(self, loc: tuple) -> tuple[str, int | None]:
        """The file (the environment file or a base) and line where the field ``loc`` (or, when it is
        not written anywhere, its nearest written parent) is written."""
        file, line, _ = self.written(loc)
        return file, line

    def written(self, loc: tuple) -> tuple[str, int | None, str]:
        """As :meth:`locate`, with the field path as that file writes it."""
        if not self.sources:
            return str(self.file), None, format_path(loc)
        file, line, path = written(list(self.sources), loc)
        return file, line, format_path(path)

    def written_at(self, loc: tuple) -> tuple[str, int, tuple] | None:
        """The file, line and path (as that file writes it) of exactly the field ``loc`` of the merged
        environment; None when no file writes it (a default)."""
        for src in self.sources:  # most specific first
            local = src.local(loc)
            line = src.lines.get(local) if local is not None else None
            if line is not None:
                return src.file, line, local
        return None

    @property
    def texts(self) -> dict[str, str]:
        """The environment file and its bases as they were read: display path → text."""
        return {src.file: src.text for src in self.sources}


def discover(config_dir: Path) -> dict[str, Path]:
    """Environment name → file, for every ``*.yaml`` not starting with ``_``."""
    if not config_dir.is_dir():
        raise ConfigError(Problem(file=str(config_dir), path="",
                                  message="config directory not found (pass --config-dir DIR)"))
    found: dict[str, Path] = {}
    problems = []
    for path in sorted(config_dir.iterdir()):
        if path.suffix not in SUFFIXES or path.name.startswith((".", "_")) or not path.is_file():
            continue
        name = path.stem
        if not ENV_NAME.match(name):
            problems.append(Problem(file=str(path), path="", message=(
                f"environment name {name!r} (from the file name) must be lower-case letters, digits "
                "and '-'; rename the file, or start it with '_' to make it a base")))
            continue
        if name in found:
            problems.append(Problem(file=str(path), path="",
                                    message=f"environment {name!r} is defined twice ({found[name].name} and {path.name})"))
            continue
        found[name] = path
    if problems:
        raise ConfigError(problems)
    return found


def ignored_folders(config_dir: Path) -> list[str]:
    """One note per subfolder of ``config_dir`` holding YAML files: environments are the files
    directly in the folder, so those are not read (said, never skipped silently)."""
    notes = []
    for sub in sorted(p for p in config_dir.iterdir() if p.is_dir() and not p.name.startswith(".")) \
            if config_dir.is_dir() else []:
        count = sum(1 for f in sub.rglob("*") if f.suffix in SUFFIXES and f.is_file())
        if count:
            notes.append(f"note: {sub}/ holds {count} YAML file{'s' if count > 1 else ''}, not read: environments "
                         f"are the files directly in {config_dir}/ (-c {sub} reads those)")
    return notes


def load_environment(name: str, path: Path, texts: Mapping[str, str] | None = None) -> Environment:
    """Load and check one environment file (and its bases). ``texts`` (:func:`file_key` → text): the
    files as they were recorded (see ``config.snapshot``), read instead of the disk."""
    data, sources, changes = resolve(path, texts=texts)
    try:
        config = EnvironmentConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(from_validation(exc, sources)) from None
    problems = [problem_at(sources, loc, msg) for loc, msg in [*check_references(config), *check_environment(config),
                                                             *gateway_route_problems(config)]]
    if problems:
        raise ConfigError(problems)
    warnings = tuple(problem_at(sources, loc, msg) for loc, msg in [*warnings_for(config), *version_warnings(config)])
    return Environment(name=name, file=path, config=config, warnings=warnings, base_changes=tuple(changes),
                       sources=tuple(sources))


def environment_files(config_dir: Path, only: list[str] | None = None) -> list[tuple[str, Path]]:
    """(name, file) of the environments to load, sorted by name: all, or the named ones."""
    files = discover(config_dir)
    if only:
        unknown = [n for n in only if n not in files]
        if unknown:
            known = ", ".join(files) or "none"
            raise ConfigError(Problem(file=str(config_dir), path="", message=(
                f"no environment named {', '.join(repr(u) for u in unknown)}; environments here: {known}")))
        names = list(dict.fromkeys(only))
    else:
        names = list(files)
    if not names:
        raise ConfigError(Problem(file=str(config_dir), path="",
                                  message="no environment files (*.yaml not starting with '_') found"))
    return [(name, files[name]) for name in sorted(names)]


def load_environments(config_dir: Path, only: list[str] | None = None) -> list[Environment]:
    """Load and validate environments (all, or the named ones), gathering every problem. A fleet's
    files are shared out over the cores (:func:`..parallel.map_shared`): each process loads its
    share, the workers' environments come back pickled (unpickling one costs about a third of
    loading it)."""
    from ..parallel import map_shared
    envs, problems = [], []
    for env, found in map_shared(environment_files(config_dir, only), _load_gathering):
        if env is not None:
            envs.append(env)
        problems.extend(found)
    if problems:
        raise ConfigError(problems)
    return envs


def _load_gathering(item: tuple[str, Path]) -> tuple[Environment | None, list]:
    """One environment, or the problems that keep it from loading (syntax and config errors
    alike: :func:`load_environments` gathers them all)."""
    try:
        return load_environment(*item), []
    except UserError as exc:
        return None, list(exc.problems)


def environments_affected_by(files: list[Path]) -> dict[Path, list[str]]:
    """config folder -> the environments a change to ``files`` affects (sorted).

    An environment file stands for itself; a base (``_name.yaml``) for every environment of
    its folder that extends it, directly or through another base.
    """
    problems, changed = [], {}
    for f in files:
        if f.suffix not in (".yaml", ".yml"):
            problems.append(Problem(file=str(f), path="", message="not an environment file (*.yaml / *.yml)"))
        elif not f.is_file():
            problems.append(Problem(file=str(f), path="", message="no such file"))
        else:
            changed.setdefault(f.parent, set()).add(f.resolve())
    if problems:
        raise UserError(problems)
    out: dict[Path, list[str]] = {}
    for folder, paths in changed.items():
        envs = discover(folder)
        chosen = {name for name, path in envs.items() if path.resolve() in paths}
        bases = {p for p in paths if p.name.startswith("_")}
        if bases:
            chosen |= {name for name, path in envs.items() if extends_any(path, bases)}
        if chosen:
            out[folder] = sorted(chosen)
    return out
