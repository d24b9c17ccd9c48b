"""Line numbers for findings: the line of the field a finding names, in its file.

Only files that have findings are composed into YAML nodes (which keep marks), so a clean
run pays nothing for this. Their text is read from disk, or given by the caller that holds
it (the gate on the documents it rendered: the bytes it emitted).
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Callable

import yaml

from ..findings import Finding
from ..yamlio import load_nodes

_SEGMENT_RE = re.compile(r"\[([^\]]*)\]|\.?([^.\[\]]+)")


def path_segments(path: str) -> list[str]:
    return [m[1] if m[1] is not None else m[2] for m in _SEGMENT_RE.finditer(path or "")]


def _child(node: yaml.Node, seg: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == seg:
                return value
        return None
    if isinstance(node, yaml.SequenceNode) and seg.isdigit():
        i = int(seg)
        return node.value[i] if i < len(node.value) else None
    return None


def _line(doc: yaml.Node, segments: list[str]) -> int:
    node, line = doc, doc.start_mark.line + 1
    for seg in segments:
        if isinstance(node, yaml.MappingNode):
            # the line of the key is where a person looks for the field
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == seg:
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        else:
            child = _child(node, seg)
            if child is None:
                return line
            node, line = child, child.start_mark.line + 1
    return line


def _read_disk(file: str) -> str:
    return Path(file).read_text(encoding="utf-8")


def add_lines(findings: list[Finding], read: Callable[[str], str] | None = None) -> list[Finding]:
    """Findings with ``line`` set to the line of their field (or of their document); ``read``:
    a file's text (by default, read from disk)."""
    read = read or _read_disk
    by_file: dict[str, list[yaml.Node] | None] = {}
    out = []
    for f in findings:
        if not f.file or (f.line and not f.path):  # no file, or a whole-file finding already placed
            out.append(f)
            continue
        if f.file not in by_file:
            try:
                by_file[f.file] = load_nodes(read(f.file), f.file)
            except Exception:  # noqa: BLE001 - unreadable files keep the line they have
                by_file[f.file] = None
        docs = [d for d in by_file[f.file] or [] if d is not None]
        if not docs:
            out.append(f)
            continue
        doc = docs[0]
        if len(docs) > 1 and f.line:
            starts = [d for d in docs if d.start_mark.line + 1 <= f.line]
            doc = starts[-1] if starts else docs[0]
        elif len(docs) > 1 and f.resource:
            doc = _by_resource(docs, f.resource) or docs[0]
        out.append(replace(f, line=_line(doc, path_segments(f.path))))
    return out


def _by_resource(docs: list[yaml.Node], resource: str) -> yaml.Node | None:
    kind, _, rest = resource.partition(" ")
    for d in docs:
        k = _child(d, "kind")
        meta = _child(d, "metadata")
        name = _child(meta, "name") if meta is not None else None
        ns = _child(meta, "namespace") if meta is not None else None
        ident = (name.value if isinstance(name, yaml.ScalarNode) else "")
        if isinstance(ns, yaml.ScalarNode) and ns.value:
            ident += "." + ns.value
        if isinstance(k, yaml.ScalarNode) and k.value == kind and ident == rest:
            return d
    return None
