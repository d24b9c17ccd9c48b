"""pydantic's errors in the terms of the environment file: YAML values as they were written (a
timestamp YAML read where text was meant), mappings and lists by their keys, never a class name."""
from __future__ import annotations

import datetime as dt
from typing import Any

# pydantic error types that name the expected model class ("... instance of TracingConfig")
MAPPING_EXPECTED = ("model_type", "model_attributes_type", "dataclass_type", "dict_type")


def shown(value: Any) -> str:
    """A value as YAML wrote it: a timestamp as its text, anything else as Python shows it."""
    if isinstance(value, dt.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def timestamp_hint(value: Any) -> str:
    """YAML reads an unquoted date or date-time as a timestamp, not as text: say so."""
    if isinstance(value, (dt.date, dt.datetime)):
        text = shown(value)
        return f"; YAML reads {text} as a timestamp: quote it ('{text}') where text is meant"
    return ""


def mapping_expected(value: Any, allowed: str) -> str:
    keys = f" with the keys {allowed}" if allowed else ""
    return f"expected a mapping{keys} (got {shown(value)})"


def with_value(msg: str, value: Any) -> str:
    """``msg`` with the value it refused, in the file's terms (a message that shows it as Python's
    ``repr`` gets the written form instead)."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        msg = msg.replace(repr(value), shown(value))
    if shown(value) not in msg:
        msg += f" (got {shown(value)})"
    return msg + timestamp_hint(value)
