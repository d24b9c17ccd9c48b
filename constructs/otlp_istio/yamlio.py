"""YAML in and out, safely and deterministically.

Reading uses the safe loader only (``!!python/...`` tags are refused, never
executed) and keeps line numbers. Writing is canonical: keys sorted at every
level with ``apiVersion, kind, metadata`` first at the top (cdk8s's order),
integral floats written as integers, no line folding, so the same documents give
the same bytes on every machine and with every hash seed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

try:  # libyaml is much faster; the pure-Python classes give the same output.
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from .errors import Problem, UserError
from .yamlemit import Emitter, Unusual


class _CanonicalDumper(_Dumper):  # type: ignore[misc, valid-type]
    """Multi-line strings (embedded configs) as literal blocks, the rest as PyYAML writes it."""


def _represent_str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_CanonicalDumper.add_representer(str, _represent_str)

# PyYAML writes a string plain when its own YAML 1.1 resolver reads it back as a string. The
# reader that matters is the cluster's (Go's YAML library under kubectl and the API server),
# which also reads y/Y/n/N as booleans, an exponent without a dot or a signed exponent as a
# float, and 0o/0O, 0X and 0B prefixes as integers: `namespace: n` would arrive as `false`.
# Such strings are quoted, here and in the fast emitter (yamlemit._NOT_STRINGS covers the
# letters; the rest start with a digit, a sign or a dot and always go through PyYAML).
_GO_NOT_STRING = re.compile(r"""^(?:[yYnN]
    |[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+
    |[-+]?0[oO][0-7_]+|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[bB][01_]+)$""", re.X)
_CanonicalDumper.add_implicit_resolver("tag:yaml.org,2002:bool", _GO_NOT_STRING,
                                       list("yYnN+-.0123456789"))

TOP_LEVEL_ORDER = ("apiVersion", "kind", "metadata")


class YamlSyntaxError(UserError):
    """A file is not valid YAML, or uses a tag the safe loader refuses."""


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """A mapping repeats a key (YAML parsers keep only the last one: silently wrong input)."""

    def __init__(self, key: str, first_line: int, mark):
        self.key, self.first_line = key, first_line
        super().__init__(None, None, f"duplicate key {key!r}", mark)


class _StrictLoader(_Loader):  # type: ignore[misc, valid-type]
    """The safe loader, refusing duplicate keys in a mapping (merge keys ``<<`` may be overridden)."""

    def construct_mapping(self, node, deep=False):
        pairs = node.value
        if len(pairs) > 1:
            try:
                keys = [k.value for k, _ in pairs if k.tag != "tag:yaml.org,2002:merge"]
                duplicated = len(set(keys)) != len(keys)
            except TypeError:  # a non-scalar key: compare the scalar ones only
                keys = [k.value for k, _ in pairs if isinstance(k, yaml.ScalarNode)]
                duplicated = len(set(keys)) != len(keys)
            if duplicated:
                first: dict = {}
                for k, _ in pairs:
                    if not isinstance(k, yaml.ScalarNode) or k.tag == "tag:yaml.org,2002:merge":
                        continue
                    if k.value in first:
                        raise DuplicateKeyError(k.value, first[k.value], k.start_mark)
                    first[k.value] = k.start_mark.line + 1
        return super().construct_mapping(node, deep)


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _FastLoader(_StrictLoader):
    """The strict safe loader with the two costs of PyYAML's Python side cut, same results.

    * Implicit tags of plain scalars are resolved once per distinct value (PyYAML runs
      its regular expressions for every scalar; the answer depends on the value alone,
      the safe loader having no path resolvers).
    * Documents are constructed by :func:`_construct`, a tight walk over the composed
      nodes for the common tags (map, seq, str, null, bool, int, float); anything else —
      merge keys, aliases, other tags, duplicate keys — goes through the strict constructor.
    """

    _resolved: dict[str, str] = {}

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return _STR
            tag = self._resolved.get(value)
            if tag is None:
                tag = self._resolved[value] = super().resolve(kind, value, implicit)
            return tag
        return _MAP if kind is yaml.MappingNode else _SEQ

    def descend_resolver(self, current_node, current_index):
        pass  # path resolvers only: the safe loader has none

    def ascend_resolver(self):
        pass


assert not _FastLoader.yaml_path_resolvers  # what resolve() above relies on


class _Unusual(Exception):
    """A node the fast construction leaves to the safe constructor."""


# Bounds on what one document may expand to: nesting deeper than any manifest needs would exhaust
# Python's stack in the code that walks it, and aliases (`&a` ... `*a`) cost nothing to read but
# expand, for every later step, to every node they stand for ("billion laughs").
MAX_DEPTH = 200
MAX_ALIAS_NODES = 100_000  # nodes that aliases add to a document, counted as if each were written out


class _Refused(Exception):
    """A document past one of the bounds above: where, and what."""

    def __init__(self, node: yaml.Node, message: str):
        self.node, self.message = node, message


def _too_deep(node: yaml.Node) -> _Refused:
    return _Refused(node, f"nested more than {MAX_DEPTH} levels deep here (column {node.start_mark.column + 1}): "
                          "no manifest needs that many, and reading it would exhaust the stack; flatten it")


def _construct(loader: _FastLoader, node: yaml.Node, seen: set[int], depth: int = 0) -> Any:
    tag = node.tag
    if tag == _STR:
        return node.value
    if depth > MAX_DEPTH:
        raise _too_deep(node)
    if tag == _MAP:
        if id(node) in seen:
            raise _Unusual  # an alias (or a recursive one): keep PyYAML's sharing
        seen.add(id(node))
        out = {}
        for key_node, value_node in node.value:
            if key_node.tag != _STR:
                raise _Unusual  # merge keys, non-string keys
            out[key_node.value] = _construct(loader, value_node, seen, depth + 1)
        if len(out) != len(node.value):
            raise _Unusual  # a duplicate key: the strict constructor reports it
        return out
    if tag == _SEQ:
        if id(node) in seen:
            raise _Unusual
        seen.add(id(node))
        return [_construct(loader, item, seen, depth + 1) for item in node.value]
    scalar = _SCALARS.get(tag)
    if scalar is None:
        raise _Unusual
    return scalar(loader, node)


_SCALARS = {tag: yaml.constructor.SafeConstructor.yaml_constructors[tag]
            for tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                        "tag:yaml.org,2002:float")}


def _construct_document(loader: _FastLoader, node: yaml.Node) -> Any:
    try:
        return _construct(loader, node, set())
    except _Unusual:
        _check_expansion(node)
        return loader.construct_document(node)


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a document nested deeper than :data:`MAX_DEPTH`, whose aliases add more than
    :data:`MAX_ALIAS_NODES` nodes, or with an alias inside what it names (it never ends).
    Iterative, each distinct node once: the document may be the attack."""
    size: dict[int, int] = {}  # node id -> nodes it expands to, itself included
    height: dict[int, int] = {}  # node id -> the depth below it
    distinct = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            open_.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            height[key] = 1 + max((height[id(c)] for c in children), default=0)
            if height[key] > MAX_DEPTH:
                raise _too_deep(node)
            continue
        if key in size:
            continue
        if key in open_:
            raise _alias_error(node, "an alias inside the anchor it names (the document would never end)")
        open_.add(key)
        distinct += 1
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in size)
    if size[id(root)] - distinct > MAX_ALIAS_NODES:
        raise _alias_error(root, f"its aliases expand it by {size[id(root)] - distinct:,} nodes, more than the "
                                 f"{MAX_ALIAS_NODES:,} allowed; write the repeated parts out, or repeat fewer")


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _alias_error(node: yaml.Node, problem: str) -> _Refused:
    return _Refused(node, f"YAML aliases (*name): {problem}")


def _syntax_problem(file: str, exc: yaml.YAMLError, text: str | None = None) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc)
    if isinstance(exc, DuplicateKeyError):
        return Problem(file=file, path="", line=line, message=(
            f"duplicate key {exc.key!r} (lines {exc.first_line} and {line}): YAML would keep only the "
            "last one; remove one of them"))
    if mark is not None and _is_tab(text, mark, str(problem)):
        return Problem(file=file, path="", line=line, message=(
            f"a tab character (column {mark.column + 1}): YAML indents with spaces only; "
            "replace the tab with spaces"))
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in str(problem):
        tag = re.search(r"tag '([^']*)'", str(problem))
        shown = tag.group(1).replace("tag:yaml.org,2002:", "!!") if tag else "this tag"
        return Problem(file=file, path="", line=line, message=(
            f"YAML tag {shown!r} is not allowed: only plain YAML is accepted "
            "(tags such as !!python/... are refused, never executed)"))
    context = getattr(exc, "context", None)
    msg = f"invalid YAML: {problem}"
    if mark is not None:
        msg = f"invalid YAML (column {mark.column + 1}): {problem}"
    if context:
        start = getattr(exc, "context_mark", None)
        msg += f" ({context} that starts at line {start.line + 1})" if start is not None and start is not mark \
            and start.line != mark.line else f" ({context})"
    if mark is not None and text is not None and any(p in str(problem) for p in _INDENTATION_PROBLEMS):
        msg += _indentation_hint(text, mark.line)
    return Problem(file=file, path="", message=msg, line=line)


# What PyYAML and libyaml say when a line is indented more or less than its neighbours.
_INDENTATION_PROBLEMS = ("mapping values are not allowed", "did not find expected key",
                         "did not find expected '-' indicator", "expected <block end>",
                         "could not find expected ':'")


def _indentation_hint(text: str, index: int) -> str:
    """Compare the indentation of the line at ``index`` with the nearest written line above it."""
    lines = text.splitlines()
    if index >= len(lines):
        return ""

    def indent(line: str) -> int:
        return len(line) - len(line.lstrip(" "))

    above = next((i for i in range(index - 1, -1, -1) if lines[i].strip() and not lines[i].lstrip().startswith("#")),
                 None)
    if above is None or indent(lines[index]) == indent(lines[above]):
        return ("; check the indentation: the entries of one mapping or list start in the same column, "
                "indented with spaces")
    return (f"; check the indentation: this line starts in column {indent(lines[index]) + 1}, line {above + 1} "
            f"above it in column {indent(lines[above]) + 1}; the entries of one mapping or list start in the "
            "same column, and a nested one further right")


def _is_tab(text: str | None, mark, problem: str) -> bool:
    if "tab character" in problem:
        return True
    if text is None:
        return False
    lines = text.splitlines()
    if mark.line >= len(lines):
        return False
    return lines[mark.line][mark.column:mark.column + 1] == "\t"


@dataclass(frozen=True)
class Document:
    """One YAML document of a (multi-document) file, with where it starts."""

    data: Any
    file: str
    line: int  # 1-based line where the document's content starts


def load_nodes(text: str, file: str) -> list[yaml.Node]:
    """Compose a YAML stream into nodes (keeps marks for field-path → line lookups); tags
    resolved once per distinct value (:class:`_FastLoader`), the same nodes as the safe loader's."""
    try:
        return list(yaml.compose_all(text, Loader=_FastLoader))
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(_syntax_problem(file, exc, text)) from None


def load_documents(path: Path | str, *, display: str | None = None) -> list[Document]:
    """Every non-empty document of a YAML file, with its starting line."""
    path = Path(path)
    file = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(Problem(file=file, path="", message=f"cannot read file: {exc}")) from None
    return load_documents_text(text, file)


def load_documents_text(text: str, file: str, *, nodes: list | None = None) -> list[Document]:
    """Every non-empty document of ``text``; ``nodes``, when given, receives the composed node of
    each (their marks map field paths to lines without parsing the text again)."""
    loader = _FastLoader(text)
    docs: list[Document] = []
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is None:
                continue
            if nodes is not None:
                nodes.append(node)
            data = _construct_document(loader, node)
            if data is not None:
                docs.append(Document(data=data, file=file, line=node.start_mark.line + 1))
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(_syntax_problem(file, exc, text)) from None
    except _Refused as exc:
        raise YamlSyntaxError(Problem(file=file, path="", line=exc.node.start_mark.line + 1,
                                      message=exc.message)) from None
    finally:
        loader.dispose()
    return docs


def safe_load(text: str | bytes) -> Any:
    """``yaml.safe_load(text)``'s result (``text`` a string, or bytes as read from a file), parsed
    by libyaml (PyYAML's own parser is about ten times slower); text libyaml refuses goes to
    PyYAML's parser, so what is refused is refused with PyYAML's own error (a message that quotes
    it reads the same)."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        return yaml.safe_load(text)


def iter_yaml_files(paths: list[Path]) -> Iterator[Path]:
    """Files named on the command line, and ``*.yaml``/``*.yml`` below folders, sorted."""
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.suffix in (".yaml", ".yml") and q.is_file())
        else:
            yield p


# ---------------------------------------------------------------- writing

def canonical(value: Any) -> Any:
    """Sorted keys at every level; integral floats as ints; tuples as lists."""
    if isinstance(value, dict):
        return {k: canonical(value[k]) for k in sorted(value)}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def canonical_document(doc: dict) -> dict:
    """A manifest with ``apiVersion, kind, metadata`` first, the rest sorted."""
    out = {k: canonical(doc[k]) for k in TOP_LEVEL_ORDER if k in doc}
    for k in sorted(doc):
        if k not in out:
            out[k] = canonical(doc[k])
    return out


def _pyyaml_dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_CanonicalDumper, sort_keys=False,
                     default_flow_style=False, allow_unicode=True, width=1 << 20)


_EMITTER = Emitter(_pyyaml_dump)


def dump_document(doc: dict) -> str:
    """One manifest as canonical YAML text (a single document, no ``---``)."""
    try:
        return _EMITTER.document(doc)
    except Unusual:
        return _pyyaml_dump(canonical_document(doc))


def dump_plain(data: Any) -> str:
    """Any data as canonical YAML (sorted keys), e.g. for embedded config strings."""
    try:
        return _EMITTER.plain(data)
    except Unusual:
        return _pyyaml_dump(canonical(data))

