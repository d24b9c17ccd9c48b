"""The environment file and its bases as they are read: each file's text, data and line map.

A :class:`Source` is one parsed file. Its map from field path to line is made when first asked
for (a problem, a warning, a finding's source), which a clean environment never is, from the
text composed again: the safe YAML loader only. Once a file is merged over its base
(:mod:`.extends`), each source knows how a field path of the merged data reads in it, so
:func:`written` finds the file and line that write any field of the environment.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping

import yaml

from ..errors import ConfigError, Problem
from ..fieldpath import display_path
from ..yamlio import load_documents_text, load_nodes
from .merge import Trace


class Source:
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
            self._lines = line_map(node) if node is not None else {}
            self._node = None
        return self._lines


def line_map(node: yaml.Node, prefix: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    out = {} if out is None else out
    out.setdefault(prefix, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = key.value if isinstance(key, yaml.ScalarNode) else None
            if k is None:
                continue
            out[prefix + (k,)] = key.start_mark.line + 1
            line_map(value, prefix + (k,), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[prefix + (i,)] = item.start_mark.line + 1
            line_map(item, prefix + (i,), out)
    return out


def file_key(path: Path | str) -> str:
    """How a file is named in a map of recorded texts (see ``load_environment``): its absolute path."""
    return os.path.normpath(os.path.abspath(path))


def read(path: Path, texts: Mapping[str, str] | None = None) -> Source:
    """One environment file (or base), read from the disk or from ``texts`` (:func:`file_key` → text,
    the files as synth recorded them) and parsed: one YAML mapping, else a ConfigError."""
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
    return Source(file=file, data=data, text=text)


def written(sources: list[Source], loc: tuple) -> tuple[str, int | None, tuple]:
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
