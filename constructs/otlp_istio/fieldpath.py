"""Field paths as every message of the project prints them: ``spec.http[0].route``.

One function for the environment file's errors (pydantic locations), kubeconform's JSON
pointers and the CEL rule sites: a field name is joined with ``.``; a list index, a map
key (:class:`MapKey`, for example a label) and any name that is not a plain identifier
(``sidecar.istio.io/inject``, ``0``) are shown in brackets.
"""
from __future__ import annotations

import os
import re
from typing import Any, Iterable

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class MapKey(str):
    """A key of a map in a field path (printed ``[key]``, never ``.key``)."""


def format_path(segments: Iterable[Any]) -> str:
    """``('spec', 'http', 0, 'route')`` → ``spec.http[0].route``."""
    out = ""
    for seg in segments:
        text = str(seg)
        if isinstance(seg, (int, MapKey)) or not _PLAIN.match(text):
            out += f"[{text}]"
        else:
            out += f".{text}" if out else text
    return out


_SEGMENT = re.compile(r"\[([^\]]*)\]|\.?([^.\[\]]+)")


def parse_path(text: str) -> list[Any]:
    """``spec.http[0].route`` → ``['spec', 'http', 0, 'route']``: the inverse of :func:`format_path`
    (a bracketed number is a list index; any other bracketed text a name)."""
    out: list[Any] = []
    for m in _SEGMENT.finditer(text or ""):
        if m[1] is not None:
            out.append(int(m[1]) if m[1].isdigit() else m[1])
        else:
            out.append(m[2])
    return out


def display_path(path: "str | os.PathLike[str]") -> str:
    """A file as messages name it: relative to where the command runs when it is below it
    (``environments/_base.yaml``, whatever form the command line gave), else absolute."""
    absolute = os.path.normpath(os.path.abspath(path))
    here = os.getcwd()
    if absolute == here or absolute.startswith(here.rstrip(os.sep) + os.sep):
        return os.path.relpath(absolute, here)
    return absolute
