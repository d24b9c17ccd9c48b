"""Canonical YAML out, fast: the block layout written directly, scalars as PyYAML writes them.

PyYAML's dumper builds a node per value in Python, resolves every scalar's implicit tag
with regular expressions and walks the nodes again to emit them; for our documents that
is three quarters of synthesis. Here the layout of block mappings and sequences (the
only layout the canonical dumper produces: no flow style, no line folding) is written
in one pass, keys sorted as :func:`otlp_istio.yamlio.canonical` sorts them, and each
distinct scalar is formatted once by PyYAML itself and remembered: so quoting, escaping
and plain-versus-quoted decisions are PyYAML's, byte for byte.

What this does not lay out itself — multi-line strings (literal blocks), keys PyYAML
writes in the complex ``? key`` form, types other than ``dict``/``list``/``tuple``/
``str``/``int``/``float``/``bool``/``None`` — raises :class:`Unusual`, and the caller
dumps that document with PyYAML. tests/test_yamlio.py compares both on the
golden files and on generated documents full of awkward scalars.
"""
from __future__ import annotations

import re
from typing import Any, Callable

TOP_LEVEL_ORDER = ("apiVersion", "kind", "metadata")

# Strings PyYAML writes as they are, without asking it: a letter, then letters, digits and
# ``_ . / -`` (no indicator, no space, nothing a YAML 1.1 resolver reads as a number, date
# or merge key) — except the words it (or Go's YAML reader) resolves to booleans or null.
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_./-]*\Z")
_NOT_STRINGS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF "
                         "null Null NULL y Y n N".split())  # y/n: booleans to Go (yamlio)


class Unusual(Exception):
    """A value this emitter leaves to PyYAML."""


class Emitter:
    """Formats documents; ``dump_scalar(mapping)`` is PyYAML dumping a one-key mapping."""

    def __init__(self, dump_scalar: Callable[[dict], str]):
        self._dump = dump_scalar
        self._values: dict[tuple[type, Any], str] = {}
        self._keys: dict[str, str] = {}

    # -- scalars, formatted by PyYAML once each

    def value(self, v: Any) -> str:
        key = (type(v), v)
        text = self._values.get(key)
        if text is None:
            if type(v) is int or (type(v) is str and _PLAIN.match(v) and v not in _NOT_STRINGS):
                text = self._values[key] = str(v)
                return text
            if type(v) not in (str, float, bool, type(None)):
                raise Unusual
            out = self._dump({"k": v})
            if not out.startswith("k: ") or len(out.splitlines()) != 1:
                raise Unusual  # a literal block, or line breaks whose indentation depends on depth
            text = self._values[key] = out[3:-1]
        return text

    def key(self, k: Any) -> str:
        text = self._keys.get(k) if type(k) is str else None
        if text is None:
            if type(k) is not str:
                raise Unusual
            if len(k) < 128 and _PLAIN.match(k) and k not in _NOT_STRINGS:  # longer: a `? key`
                self._keys[k] = k
                return k
            out = self._dump({k: 0})
            if not out.endswith(": 0\n") or len(out.splitlines()) != 1:
                raise Unusual  # a complex key (`? ...`) or a multi-line one
            text = self._keys[k] = out[:-4]
        return text

    # -- block layout

    def document(self, doc: dict) -> str:
        """One manifest: ``apiVersion, kind, metadata`` first, the rest sorted."""
        if not isinstance(doc, dict) or not doc:
            raise Unusual
        order = [k for k in TOP_LEVEL_ORDER if k in doc]
        order += [k for k in sorted(doc) if k not in TOP_LEVEL_ORDER]
        out: list[str] = []
        self._mapping(doc, order, 0, out, False)
        return "".join(out)

    def plain(self, data: dict) -> str:
        """Any mapping, keys sorted at every level."""
        if not isinstance(data, dict) or not data:
            raise Unusual
        out: list[str] = []
        self._mapping(data, sorted(data), 0, out, False)
        return "".join(out)

    # The two loops below look strings (most keys and values) up in the caches directly and
    # dispatch on the exact type first: they run once per key and item of every document.

    def _mapping(self, d: dict, keys: list, indent: int, out: list[str], inline: bool) -> None:
        pad = " " * indent
        lead = "" if inline else pad
        known_keys = self._keys
        known_values = self._values
        append = out.append
        for k in keys:
            v = d[k]
            text = known_keys.get(k) if type(k) is str else None
            head = lead + (text if text is not None else self.key(k))
            lead = pad
            t = type(v)
            if t is str:
                text = known_values.get((str, v))
                append(head + ": " + (text if text is not None else self.value(v)) + "\n")
            elif t is dict or (t is not list and t is not tuple and isinstance(v, dict)):
                if v:
                    append(head + ":\n")
                    self._mapping(v, sorted(v), indent + 2, out, False)
                else:
                    append(head + ": {}\n")
            elif t is list or t is tuple or isinstance(v, (list, tuple)):
                if v:
                    append(head + ":\n")
                    self._sequence(v, indent, out, False)  # PyYAML indents no sequence under a key
                else:
                    append(head + ": []\n")
            else:
                append(head + ": " + self._scalar(v) + "\n")

    def _sequence(self, items: list | tuple, indent: int, out: list[str], inline: bool) -> None:
        pad = " " * indent
        lead = "" if inline else pad
        known_values = self._values
        append = out.append
        for v in items:
            t = type(v)
            if t is str:
                text = known_values.get((str, v))
                append(lead + "- " + (text if text is not None else self.value(v)) + "\n")
            elif t is dict or (t is not list and t is not tuple and isinstance(v, dict)):
                if v:
                    append(lead + "- ")
                    self._mapping(v, sorted(v), indent + 2, out, True)
                else:
                    append(lead + "- {}\n")
            elif t is list or t is tuple or isinstance(v, (list, tuple)):
                if v:
                    append(lead + "- ")
                    self._sequence(v, indent + 2, out, True)
                else:
                    append(lead + "- []\n")
            else:
                append(lead + "- " + self._scalar(v) + "\n")
            lead = pad

    def _scalar(self, v: Any) -> str:
        if type(v) is float and v.is_integer():
            v = int(v)  # as canonical() does
        return self.value(v)
