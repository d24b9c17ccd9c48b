"""An environment file over its base (``extends``): a strategic merge, as Kubernetes merges a patch.

Mappings merge key by key, the file's value winning. A list of named things merges entry by
entry, matched on the key in :data:`LIST_KEYS` (the identity of the object an entry renders, as a
Kubernetes list's ``patchMergeKey``): an entry whose key the base has merges into the base's
entry, where it was; a new one is added after the base's. Every other list — plain values
(hosts, namespaces, principals) and ordered rules (http routes, match rules, authorization
rules) — is replaced whole.

``$patch`` (strategic merge's directive) says otherwise, and names what must be there:

* in an entry of a list of named things: ``$patch: delete`` removes the base's entry with that
  key; ``$patch: replace`` puts the entry in place of the base's, whole (no merge);
* as an item of such a list, alone (``- $patch: replace``): the list replaces the base's whole;
* in a mapping: ``$patch: delete`` removes the base's key (``exporters: {tempo: {$patch:
  delete}}``, ``canary: {$patch: delete}``), ``$patch: replace`` replaces the base's mapping
  whole.

A delete or replace of something the base does not have is an error, at the file and line that
says it. What a file changes in its base's named things is recorded (:class:`BaseChange`), and
where each merged list item came from (:class:`Trace`), so that a problem found in the merged
data is reported at the file and line that wrote it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import Problem
from ..fieldpath import format_path
from .merge_keys import LIST_KEYS, NAMED_MAPS, Key, ListKey

__all__ = ["ACTIONS", "DIRECTIVE", "LIST_KEYS", "NAMED_MAPS", "BaseChange", "Merge", "Trace", "strip_directives",
           "summary"]

DIRECTIVE = "$patch"
ACTIONS = ("merge", "replace", "delete")


@dataclass(frozen=True)
class BaseChange:
    """One change a file makes to its base's named things (or to a whole list or section)."""

    file: str  # the file that makes it
    base: str  # the file it changes
    action: str  # added, changed (merged), replaced, removed
    field: str  # virtual_services, collector.exporters, flux.depends_on
    entry: str = ""  # the entry's name (namespace/name outside the environment's namespace); "" for the whole

    def describe(self) -> str:
        return f"{self.action} {self.field}" + (f" {self.entry}" if self.entry else "")

    def to_dict(self) -> dict:
        return {"file": self.file, "base": self.base, "action": self.action, "field": self.field,
                "entry": self.entry}


def summary(changes: list[BaseChange] | tuple[BaseChange, ...]) -> str:
    """``over _base.yaml: added virtual_services a, b; removed authorization_policies c`` (a part per
    file of a chain of bases, the environment file's first)."""
    parts: list[str] = []
    for file, base in dict.fromkeys((c.file, c.base) for c in changes):
        groups: dict[tuple[str, str], list[str]] = {}
        for c in changes:
            if (c.file, c.base) == (file, base):
                groups.setdefault((c.action, c.field), []).append(c.entry)
        said = "; ".join(f"{action} {fld}" + (" " + ", ".join(e for e in entries if e) if any(entries) else "")
                         for (action, fld), entries in groups.items())
        parts.append(f"over {base}: {said}" if not parts else f"{os.path.basename(file)} over {base}: {said}")
    return "; ".join(parts)


@dataclass
class Trace:
    """Where the items of the merged data's lists came from, to translate a field path of the
    merged data into the path of the same field in the file (``own``) or in its base's data."""

    # merged path of a list merged by key -> per merged index: (index in the file, index in the base)
    remap: dict[tuple, list[tuple[int | None, int | None]]] = field(default_factory=dict)
    # merged paths whose value is the file's whole (a replaced list or mapping): nothing below is the base's
    whole: set[tuple] = field(default_factory=set)

    def translate(self, loc: tuple, side: str) -> tuple | None:
        """``loc`` (merged) as a path of the file (``side="own"``) or of the base, None where that side
        has no such field."""
        out: list = []
        merged: tuple = ()
        for part in loc:
            if side == "base" and merged in self.whole:
                return None
            entries = self.remap.get(merged) if isinstance(part, int) else None
            if entries is not None:
                if part >= len(entries):
                    return None
                index = entries[part][0 if side == "own" else 1]
                if index is None:
                    return None
                out.append(index)
            else:
                out.append(part)
            merged += (part,)
        if side == "base" and merged in self.whole:
            return None
        return tuple(out)


class Merge:
    """One file merged over its base's (already merged) data.

    ``line_of(path)`` gives the line of a path in the file (for errors; called only then)."""

    def __init__(self, file: str, base: str, line_of: Callable[[tuple], int | None]):
        self.file, self.base, self.line_of = file, base, line_of
        self.changes: list[BaseChange] = []
        self.problems: list[Problem] = []
        self.trace = Trace()
        self.namespace = ""

    def run(self, base: dict, own: dict) -> dict:
        ns = own.get("namespace", base.get("namespace"))
        self.namespace = ns if isinstance(ns, str) else ""
        return self._mapping(base, own, (), (), reported=False)

    # ------------------------------------------------------------------ errors and records

    def _problem(self, own_path: tuple, message: str) -> None:
        """A problem at ``own_path`` (ending in ``$patch`` when the directive is the problem: the line
        is the directive's, the path the mapping's that holds it)."""
        where = own_path[:-1] if own_path and own_path[-1] == DIRECTIVE else own_path
        self.problems.append(Problem(file=self.file, path=format_path(where), message=message,
                                     line=self.line_of(own_path) or self.line_of(where)))

    def _record(self, action: str, schema: tuple, entry: str = "") -> None:
        self.changes.append(BaseChange(self.file, self.base, action, ".".join(schema), entry))

    # ------------------------------------------------------------------ values

    def _value(self, base: Any, own: Any, schema: tuple, path: tuple, own_path: tuple, reported: bool) -> Any:
        if isinstance(own, dict) and DIRECTIVE in own:
            return self._directed(base, own, schema, path, own_path, reported)
        if isinstance(base, dict) and isinstance(own, dict):
            return self._mapping(base, own, schema, path, own_path, reported)
        if isinstance(own, list):
            rule = LIST_KEYS.get(schema)
            if isinstance(base, list) and rule is not None:
                return self._keyed_list(base, own, rule, schema, path, own_path, reported)
            return self._plain_list(base, own, rule, schema, path, own_path, reported)
        if isinstance(own, dict) or isinstance(base, dict):
            self.trace.whole.add(path)
        return own

    def _mapping(self, base: dict, own: dict, schema: tuple, path: tuple, own_path: tuple = (),
                 reported: bool = False) -> dict:
        merged = dict(base)
        named = schema in NAMED_MAPS
        for k, v in own.items():
            if k == "extends":
                continue
            child = (*schema, "*") if named else (*schema, k)
            if isinstance(v, dict) and v.get(DIRECTIVE) == "delete":
                if k not in base:
                    self._problem((*own_path, k, DIRECTIVE), f"$patch: delete: {self.base} has no {k!r} here to "
                                                             f"remove{_have(base, named)}")
                    continue
                del merged[k]
                self._record("removed", schema if named else (*schema, k), k if named else "")
                continue
            if k not in base:
                if isinstance(v, dict) and DIRECTIVE in v:
                    v = self._directed(None, v, child, (*path, k), (*own_path, k), reported)
                else:
                    self._check_directives(v, child, (*own_path, k))
                merged[k] = v
                if named and not reported:
                    self._record("added", schema, k)
                continue
            merged[k] = self._value(base[k], v, child, (*path, k), (*own_path, k), reported or named)
            if named and not reported and merged[k] != base[k]:
                self._record("replaced" if (isinstance(v, dict) and v.get(DIRECTIVE) == "replace") else "changed",
                             schema, k)
        return merged

    def _directed(self, base: Any, own: dict, schema: tuple, path: tuple, own_path: tuple, reported: bool) -> Any:
        """A mapping with ``$patch`` (delete is handled by the mapping that holds it)."""
        action = own[DIRECTIVE]
        rest = {k: v for k, v in own.items() if k != DIRECTIVE}
        if action not in ACTIONS:
            self._problem((*own_path, DIRECTIVE), f"$patch is one of {', '.join(ACTIONS)} (got {action!r})")
            return rest
        if action == "delete":  # in a place that cannot delete (a list entry is handled by its list)
            self._problem((*own_path, DIRECTIVE), "$patch: delete removes a key of its mapping or an entry of a "
                                                  "list of named things; here there is nothing to remove")
            return rest
        if action == "replace":
            if not isinstance(base, dict):
                self._problem((*own_path, DIRECTIVE), f"$patch: replace: {self.base} has no value here to "
                                                      "replace; remove the $patch line")
                return rest
            self.trace.whole.add(path)
            self._check_directives(rest, schema, own_path)
            if not reported and schema and schema[-1] != "*":
                self._record("replaced", schema)
            return rest
        if isinstance(base, dict):  # merge: said explicitly
            return self._mapping(base, rest, schema, path, own_path, reported)
        self._check_directives(rest, schema, own_path)
        return rest

    def _plain_list(self, base: Any, own: list, rule: ListKey | None, schema: tuple, path: tuple,
                    own_path: tuple, reported: bool) -> list:
        """A list replaced whole: lists of plain values and ordered rules, or a list the base lacks."""
        for i, item in enumerate(own):
            if isinstance(item, dict) and DIRECTIVE in item:
                if rule is None:
                    self._problem((*own_path, i, DIRECTIVE), f"$patch works in lists of named things; "
                                                             f"{format_path(schema)} is replaced whole anyway")
                elif not isinstance(base, list):
                    self._problem((*own_path, i, DIRECTIVE), f"$patch: {self.base} has no entries here to "
                                                             "change; remove the $patch line")
            else:
                self._check_directives(item, schema, (*own_path, i))
        items = [item for item in own if not (isinstance(item, dict) and DIRECTIVE in item)]
        if isinstance(base, list):
            self.trace.whole.add(path)
            if items != base and not reported:
                self._record("replaced", schema)
        return items

    def _keyed_list(self, base: list, own: list, rule: ListKey, schema: tuple, path: tuple,
                    own_path: tuple, reported: bool) -> list:
        whole = [i for i, item in enumerate(own) if isinstance(item, dict) and set(item) == {DIRECTIVE}]
        if whole:
            i = whole[0]
            if own[i][DIRECTIVE] != "replace":
                self._problem((*own_path, i, DIRECTIVE), "an item that is only $patch says how the whole list "
                                                         f"merges: write $patch: replace (got {own[i][DIRECTIVE]!r})")
            items = [item for j, item in enumerate(own) if j not in whole]
            for j, item in enumerate(own):
                if j in whole:
                    continue
                if isinstance(item, dict) and DIRECTIVE in item:
                    self._problem((*own_path, j, DIRECTIVE), "this list replaces the base's whole ($patch: "
                                                             "replace), so its entries take no $patch")
                else:
                    self._check_directives(item, schema, (*own_path, j))
            self.trace.whole.add(path)
            self.trace.remap[path] = [(j, None) for j in range(len(own)) if j not in whole]
            if not reported:
                self._replaced_whole(base, items, rule, schema)
            return [{k: v for k, v in item.items() if k != DIRECTIVE} if isinstance(item, dict) else item
                    for item in items]
        keys = [rule.key(item, self.namespace) if isinstance(item, dict) else None for item in base]
        where = {k: i for i, k in enumerate(keys) if k is not None}
        merged: list[Any] = list(base)
        origin: list[tuple[int | None, int | None]] = [(None, i) for i in range(len(base))]
        removed: set[int] = set()
        for j, item in enumerate(own):
            key = rule.key(item, self.namespace) if isinstance(item, dict) else None
            action = item.get(DIRECTIVE, "merge") if isinstance(item, dict) else "merge"
            i = where.get(key) if key is not None else None
            if action not in ACTIONS:
                self._problem((*own_path, j, DIRECTIVE), f"$patch is one of {', '.join(ACTIONS)} (got {action!r})")
                action = "merge"
            if action in ("delete", "replace") and i is None:
                shown = rule.show(key, self.namespace) if key is not None else None
                have = ", ".join(rule.show(k, self.namespace) for k in keys if k is not None) or "none"
                what = f"no entry {shown!r}" if shown else f"no entry named by {rule.fields}"
                self._problem((*own_path, j, DIRECTIVE), f"$patch: {action}: {self.base} has {what} in "
                                                         f"{format_path(schema)} (its entries: {have}); entries "
                                                         f"are matched on {rule.fields}")
                continue
            if action == "delete":
                removed.add(i)
                if not reported:
                    self._record("removed", schema, rule.show(key, self.namespace))
                continue
            if i is None:  # new: added after the base's entries
                self._check_directives(item, schema, (*own_path, j))
                merged.append(item)
                origin.append((j, None))
                if key is not None:
                    where[key] = len(merged) - 1
                if not reported:
                    self._record("added", schema, rule.show(key, self.namespace) if key is not None else f"[{j}]")
                continue
            entry_path = (*path, i)
            if action == "replace":
                value = {k: v for k, v in item.items() if k != DIRECTIVE}
                self._check_directives(value, schema, (*own_path, j))
                self.trace.whole.add(entry_path)
                merged[i] = value
                origin[i] = (j, None)
                if not reported:
                    self._record("replaced", schema, rule.show(key, self.namespace))
                continue
            value = {k: v for k, v in item.items() if k != DIRECTIVE}
            merged[i] = self._mapping(base[i], value, schema, entry_path, (*own_path, j), reported=True)
            origin[i] = (j, origin[i][1])
            if not reported and merged[i] != base[i]:
                self._record("changed", schema, rule.show(key, self.namespace))
        kept = [k for k in range(len(merged)) if k not in removed]
        # the merged indexes below this list shift when entries were removed: re-key their traces
        self._shift(path, {old: new for new, old in enumerate(kept)})
        self.trace.remap[path] = [origin[k] for k in kept]
        return [merged[k] for k in kept]

    def _shift(self, path: tuple, moved: dict[int, int]) -> None:
        if all(old == new for old, new in moved.items()):
            return
        n = len(path)

        def fix(p: tuple) -> tuple | None:
            if len(p) > n and p[:n] == path and isinstance(p[n], int):
                if p[n] not in moved:
                    return None
                return (*path, moved[p[n]], *p[n + 1:])
            return p
        self.trace.remap = {q: v for p, v in self.trace.remap.items() if (q := fix(p)) is not None}
        self.trace.whole = {q for p in self.trace.whole if (q := fix(p)) is not None}

    def _replaced_whole(self, base: list, items: list, rule: ListKey, schema: tuple) -> None:
        old = [rule.key(item, self.namespace) if isinstance(item, dict) else None for item in base]
        new = {rule.key(item, self.namespace) if isinstance(item, dict) else None for item in items}
        gone = [rule.show(k, self.namespace) for k in old if k is not None and k not in new]
        self._record("replaced", schema, "whole list" + (f", without {', '.join(gone)}" if gone else ""))

    def _check_directives(self, value: Any, schema: tuple, own_path: tuple) -> None:
        """``$patch`` where there is no base value to change: an error (it would be an unknown key)."""
        if isinstance(value, dict):
            if DIRECTIVE in value:
                self._problem((*own_path, DIRECTIVE), f"$patch: {self.base} has no value here to change; "
                                                      "remove the $patch line")
            named = schema in NAMED_MAPS
            for k, v in value.items():
                if k != DIRECTIVE:
                    self._check_directives(v, (*schema, "*") if named else (*schema, k), (*own_path, k))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict) and DIRECTIVE in item and schema not in LIST_KEYS:
                    self._problem((*own_path, i, DIRECTIVE), f"$patch works in lists of named things; "
                                                             f"{format_path(schema)} is replaced whole anyway")
                    item = {k: v for k, v in item.items() if k != DIRECTIVE}
                self._check_directives(item, schema, (*own_path, i))


def _have(base: dict, named: bool) -> str:
    return f" (its entries: {', '.join(sorted(map(str, base))) or 'none'})" if named else ""


def strip_directives(data: Any, file: str, line_of: Callable[[tuple], int | None]) -> list[Problem]:
    """``$patch`` in a file that extends nothing: each is an error (there is no base to change)."""
    problems: list[Problem] = []

    def walk(value: Any, path: tuple) -> None:
        if isinstance(value, dict):
            if DIRECTIVE in value:
                problems.append(Problem(file=file, path=format_path(path), line=line_of((*path, DIRECTIVE)),
                                        message="$patch changes what a base file says; this file extends no base"))
            for k, v in value.items():
                walk(v, (*path, k))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*path, i))
    walk(data, ())
    return problems
