"""``extends``: an environment file merged over its base, and the base over its own.

``extends: _base.yaml`` names a file relative to the one that says it; the chain is followed
to its end (a cycle, a missing base or a bad value is a problem at the ``extends`` line), and
each file is merged over the merged data below it (:mod:`.merge`). The sources come back most
specific first, each knowing how the merged data's field paths read in it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from ..errors import ConfigError, Problem, UserError
from .merge import BaseChange, Merge, strip_directives
from .sources import Source, file_key, read


def resolve(path: Path, chain: tuple[Path, ...] = (), texts: Mapping[str, str] | None = None
             ) -> tuple[dict, list[Source], list[BaseChange]]:
    """The merged data of a file and its bases, the sources (most specific first), and what each
    file changes in its base's named things."""
    src = read(path, texts)
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
    base_data, base_sources, base_changes = resolve(base_path, (*chain, path.resolve()), texts)
    merge = Merge(src.file, base_path.name, src.line_of)
    data = merge.run({k: v for k, v in base_data.items() if k != "extends"}, src.data)
    if merge.problems:
        raise ConfigError(merge.problems)
    src.steps = ((merge.trace, "own"),)
    for base in base_sources:
        base.steps = ((merge.trace, "base"), *base.steps)
    return data, [src, *base_sources], [*merge.changes, *base_changes]


def extends_any(path: Path, bases: set[Path]) -> bool:
    """Whether the file at ``path`` extends one of ``bases`` (resolved paths), directly or through
    other bases, as :func:`load_environment` follows ``extends``; a chain it refuses counts (loading
    the file reports why, with its line)."""
    try:
        _, sources, _ = resolve(path)
    except UserError:
        return True
    return any(Path(s.file).resolve() in bases for s in sources[1:])
