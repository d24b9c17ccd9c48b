"""Environment files → validated :class:`EnvironmentConfig` models.

* ``DIR/<env>.yaml`` is an environment; ``DIR/_<name>.yaml`` is a base, never rendered.
* ``extends: _base.yaml`` (relative to the file) merges the file over its base: mappings key by
  key, lists of named things entry by entry, other lists and scalars replaced (:mod:`.merge`).
* Only the safe YAML loader is used. Every problem is reported with the file, the
  line and the field path, and all problems of all files are gathered before
  anything is raised.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import ConfigError, Problem, UserError
from ..fieldpath import display_path, format_path
from ..yamlio import load_documents_text, load_nodes
from .crossref import check_references, warnings_for
from .environment_rules import check_environment, version_warnings
from . import wording
from .gateway_checks import problems as gateway_route_problems
from .merge import BaseChange, Merge, Trace, strip_directives
from .models import EnvironmentConfig

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
    sources: tuple["_Source", ...] = field(default=(), compare=False, repr=False)

    def locate(self, loc: tuple) -> tuple[str, int | None]:
        """The file (the environment file or a base) and line where the field ``loc`` (or, when it is
        not written anywhere, its nearest written parent) is written."""
        file, line, _ = self.written(loc)
        return file, line

    def written(self, loc: tuple) -> tuple[str, int | None, str]:
        """As :meth:`locate`, with the field path as that file writes it."""
        if not self.sources:
            return str(self.file), None, format_path(loc)
        file, line, path = _written(list(self.sources), loc)
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


class _Source:
    """One parsed file: its data, and a map from field path to line (made when first asked for,
    from the given nodes or by composing the text again)."""

    def __init__(self, file: str, data: Any, text: str, node: yaml.Node | None = None):
        self.file = file
        self.data = data
        self.text = text
        self._node = node
        self._lines: dict[tuple, int] | None = None
        # how a path of the merged data becomes this file's: the merges above it, outermost first
        self.steps: tuple[tuple[Trace, str], ...] = ()

    def local(self, loc: tuple) -> tuple | None:
        """The merged data's field path ``loc`` as this file writes it (None: not from this file)."""
        for trace, side in self.steps:
            loc = trace.translate(loc, side)
            if loc is None:
                return None
        return loc

    def line_of(self, loc: tuple) -> int | None:
        """The line of the field path ``loc`` in this file (None: not written here)."""
        return self.lines.get(loc)

    @property
    def lines(self) -> dict[tuple, int]:
        if self._lines is None:
            node = self._node
            if node is None and self.text.strip():
                nodes = load_nodes(self.text, self.file)
                node = nodes[0] if nodes else None
            self._lines = _line_map(node) if node is not None else {}
            self._node = None
        return self._lines


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


def _line_map(node: yaml.Node, prefix: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    out = {} if out is None else out
    out.setdefault(prefix, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = key.value if isinstance(key, yaml.ScalarNode) else None
            if k is None:
                continue
            out[prefix + (k,)] = key.start_mark.line + 1
            _line_map(value, prefix + (k,), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[prefix + (i,)] = item.start_mark.line + 1
            _line_map(item, prefix + (i,), out)
    return out


def file_key(path: Path | str) -> str:
    """How a file is named in a map of recorded texts (see ``load_environment``): its absolute path."""
    return os.path.normpath(os.path.abspath(path))


def _read(path: Path, texts: Mapping[str, str] | None = None) -> _Source:
    file = display_path(path)
    if texts is not None:  # the files as synth recorded them
        text = texts.get(file_key(path))
        if text is None:
            raise ConfigError(Problem(file=file, path="", message="not among the recorded environment files"))
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(Problem(file=file, path="", message=f"cannot read: {exc}")) from None
    # the safe loader only; the nodes are not kept: the line map is made from the text when first
    # asked for (a problem, a warning, a finding's source), which a clean environment never is
    docs = load_documents_text(text, file)
    if len(docs) > 1:
        raise ConfigError(Problem(file=file, path="", line=docs[1].line,
                                  message="an environment file holds one YAML document; remove the extra '---'"))
    data = docs[0].data if docs else {}
    if not isinstance(data, dict):
        raise ConfigError(Problem(file=file, path="", line=docs[0].line,
                                  message=f"the file must be a mapping of keys (istio_version, namespace, ...), not a {type(data).__name__}"))
    return _Source(file=file, data=data, text=text)


def _resolve(path: Path, chain: tuple[Path, ...] = (), texts: Mapping[str, str] | None = None
             ) -> tuple[dict, list[_Source], list[BaseChange]]:
    """The merged data of a file and its bases, the sources (most specific first), and what each
    file changes in its base's named things."""
    src = _read(path, texts)
    ext = src.data.get("extends")
    if ext is None:
        problems = strip_directives(src.data, src.file, src.line_of)
        if problems:
            raise ConfigError(problems)
        return src.data, [src], []
    if not isinstance(ext, str) or not ext:
        raise ConfigError(Problem(file=src.file, path="extends", line=src.lines.get(("extends",)),
                                  message="extends names a base file, for example '_base.yaml'"))
    # named as the environment file is (relative stays relative); compared by real path
    base_path = Path(os.path.normpath(path.parent / ext))
    real = base_path.resolve()
    if real in chain or real == path.resolve():
        cycle = " -> ".join(p.name for p in (*chain, path.resolve(), real))
        raise ConfigError(Problem(file=src.file, path="extends", line=src.lines.get(("extends",)),
                                  message=f"extends forms a cycle: {cycle}"))
    if not (base_path.is_file() if texts is None else file_key(base_path) in texts):
        raise ConfigError(Problem(file=src.file, path="extends", line=src.lines.get(("extends",)),
                                  message=f"base file {ext!r} not found next to {path.name}"))
    base_data, base_sources, base_changes = _resolve(base_path, (*chain, path.resolve()), texts)
    merge = Merge(src.file, base_path.name, src.line_of)
    data = merge.run({k: v for k, v in base_data.items() if k != "extends"}, src.data)
    if merge.problems:
        raise ConfigError(merge.problems)
    src.steps = ((merge.trace, "own"),)
    for base in base_sources:
        base.steps = ((merge.trace, "base"), *base.steps)
    return data, [src, *base_sources], [*merge.changes, *base_changes]


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """The pydantic model class that sits at a field path (for 'allowed keys' hints), through
    lists, optional fields, aliases and maps of user-chosen names (``exporters.<name>``)."""
    tp: Any = EnvironmentConfig
    for part in loc:
        if isinstance(part, int):
            continue
        values = _map_values(tp)
        if values is not None:  # part is a name the user chose; below it sit the map's values
            tp = values
            continue
        model = _unwrap_model(tp)
        if model is None:
            return None
        field = model.model_fields.get(part) or next(
            (f for f in model.model_fields.values() if f.alias == part), None)
        if field is None:
            return None
        tp = field.annotation
    return _unwrap_model(tp)


def _map_values(tp: Any) -> Any:
    """The value type of ``dict[K, V]`` (also inside Optional / Annotated), else None."""
    import typing
    if typing.get_origin(tp) is dict:
        return typing.get_args(tp)[1]
    for arg in typing.get_args(tp):
        found = _map_values(arg)
        if found is not None:
            return found
    return None


def _unwrap_model(tp: Any) -> type[BaseModel] | None:
    import typing
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    for arg in typing.get_args(tp):
        found = _unwrap_model(arg)
        if found is not None:
            return found
    return None


def _did_you_mean(key: str, model: type[BaseModel] | None) -> str:
    if model is None:
        return ""
    import difflib
    close = difflib.get_close_matches(key, [f.alias or n for n, f in model.model_fields.items()], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _fraction_hint(loc: tuple, value: Any) -> str:
    """``sampling_rate: 10``: the user meant 10 %."""
    if loc and loc[-1] == "sampling_rate" and isinstance(value, (int, float)) and 1 < value <= 100:
        return f"; sampling_rate is a fraction: 0.1 means 10 %, so {value:g} % is {value / 100:g}"
    return ""


def _allowed_keys(model: type[BaseModel]) -> str:
    return ", ".join(f.alias or n for n, f in model.model_fields.items())


def _problem(sources: list[_Source], loc: tuple, message: str) -> Problem:
    """A problem with the field ``loc`` of the merged data, where a file writes it."""
    file, line, written = _written(sources, loc)
    return Problem(file=file, path=format_path(written), message=message, line=line)


def _written(sources: list[_Source], loc: tuple) -> tuple[str, int | None, tuple]:
    """The file (the environment file or a base) and line where a field path is written, most specific
    first, and the path as that file writes it (list entries merged from a base have other indexes
    in each file)."""
    for cut in range(len(loc), -1, -1):
        key = tuple(loc[:cut])
        for src in sources:
            local = src.local(key)
            line = src.lines.get(local) if local is not None else None
            if line is not None:
                return src.file, line, src.local(loc) or (*local, *loc[cut:])
    return sources[0].file, None, loc


def _clean_loc(loc: tuple) -> tuple:
    # pydantic adds the names of union members / validators to the location; drop them.
    out = []
    for part in loc:
        if isinstance(part, str) and (part.startswith(("function-", "tagged-union")) or "[" in part):
            continue
        out.append(part)
    return tuple(out)


def _problems_from_validation(exc: ValidationError, sources: list[_Source]) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = _clean_loc(err["loc"])
        etype = err["type"]
        msg = err["msg"]
        if etype == "extra_forbidden":
            parent = _model_at(loc[:-1])
            allowed = f"; allowed keys here: {_allowed_keys(parent)}" if parent else ""
            msg = f"unknown key {loc[-1]!r}{_did_you_mean(str(loc[-1]), parent)}{allowed}"
        elif etype == "missing":
            msg = "required key is missing"
        elif etype in wording.MAPPING_EXPECTED:
            model = _model_at(loc)
            msg = wording.mapping_expected(err.get("input"), _allowed_keys(model) if model else "")
        elif msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        if etype == "list_type":
            msg = f"expected a list (got {wording.shown(err.get('input'))})"
        elif etype not in ("extra_forbidden", "missing", *wording.MAPPING_EXPECTED) and "input" in err \
                and not isinstance(err["input"], (dict, list)):
            msg = wording.with_value(msg, err["input"]) + _fraction_hint(loc, err["input"])
        file, line, written = _written(sources, loc)
        problems.append(Problem(file=file, path=format_path(written), message=msg, line=line))
    return problems


def load_environment(name: str, path: Path, texts: Mapping[str, str] | None = None) -> Environment:
    """Load and check one environment file (and its bases). ``texts`` (:func:`file_key` → text): the
    files as they were recorded (see ``config.snapshot``), read instead of the disk."""
    data, sources, changes = _resolve(path, texts=texts)
    try:
        config = EnvironmentConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_problems_from_validation(exc, sources)) from None
    problems = [_problem(sources, loc, msg) for loc, msg in [*check_references(config), *check_environment(config),
                                                             *gateway_route_problems(config)]]
    if problems:
        raise ConfigError(problems)
    warnings = tuple(_problem(sources, loc, msg) for loc, msg in [*warnings_for(config), *version_warnings(config)])
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
    """Load and validate environments (all, or the named ones), gathering every problem."""
    envs, problems = [], []
    for name, file in environment_files(config_dir, only):
        try:
            envs.append(load_environment(name, file))
        except UserError as exc:  # syntax and config errors alike: gather them all
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)
    return envs


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


def extends_any(path: Path, bases: set[Path]) -> bool:
    """Whether the file at ``path`` extends one of ``bases`` (resolved paths), directly or through
    other bases, as :func:`load_environment` follows ``extends``; a chain it refuses counts (loading
    the file reports why, with its line)."""
    try:
        _, sources, _ = _resolve(path)
    except UserError:
        return True
    return any(Path(s.file).resolve() in bases for s in sources[1:])
