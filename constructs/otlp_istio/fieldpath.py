"""Field paths as every message of the project prints them: ``spec.http[0].route``.

One function for the environment file's errors (pydantic locations), kubeconform's JSON
pointers and the CEL rule sites: a field name is joined with ``.``; a list index, a map
key (:class:`MapKey`, for example a label) and any name that is not a plain identifier
(``sidecar.istio.io/inject``, ``0``) are shown in brackets.
"""
from __future__ import annotations

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
