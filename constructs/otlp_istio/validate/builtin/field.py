"""Field errors as the API server words them: ``Invalid value``, ``Required value``,
``Unsupported value``, ``Duplicate value``, ``Forbidden``, ``Not found``."""
from __future__ import annotations

import json
from typing import Any, Iterable


def show(value: Any) -> str:
    """A value as the server prints it: strings quoted, numbers and maps as they are."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "map[" + " ".join(f"{k}:{v}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))) + "]"
    return json.dumps(value, default=str)


class Errors:
    """The errors of one object, each ``(field path, message)``, in the order found."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def invalid(self, path: str, value: Any, message: str) -> None:
        self.items.append((path, f"Invalid value: {show(value)}: {message}"))

    def invalid_each(self, path: str, value: Any, messages: Iterable[str]) -> None:
        for m in messages:
            self.invalid(path, value, m)

    def required(self, path: str, detail: str = "") -> None:
        self.items.append((path, "Required value" + (f": {detail}" if detail else "")))

    def not_supported(self, path: str, value: Any, allowed: Iterable[str]) -> None:
        self.items.append((path, f"Unsupported value: {show(value)}: supported values: "
                                 + ", ".join(json.dumps(a) for a in sorted(allowed))))

    def duplicate(self, path: str, value: Any) -> None:
        self.items.append((path, f"Duplicate value: {show(value)}"))

    def forbidden(self, path: str, message: str) -> None:
        self.items.append((path, f"Forbidden: {message}"))

    def not_found(self, path: str, value: Any) -> None:
        self.items.append((path, f"Not found: {show(value)}"))

    def nonnegative(self, path: str, value: Any) -> None:
        if is_int(value) and value < 0:
            self.invalid(path, value, "must be greater than or equal to 0")


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_str(value: Any) -> bool:
    return isinstance(value, str)
