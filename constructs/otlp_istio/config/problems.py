"""Problems of an environment file that pydantic refuses, worded for its user.

Each error of pydantic's becomes a :class:`~..errors.Problem` at the file (the environment
file or the base that writes the field), line and field path as that file writes them, with
what is allowed there: the keys of the model at that place (found through lists, optional
fields, aliases and maps of user-chosen names), the nearest key to a typo, the value given,
and for a ``sampling_rate`` between 1 and 100 the fraction it stands for.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import Problem
from ..fieldpath import format_path
from . import wording
from .models import EnvironmentConfig
from .sources import Source, written


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """The pydantic model class that sits at a field path (for 'allowed keys' hints), through
    lists, optional fields, aliases and maps of user-chosen names (``exporters.<name>``)."""
    tp: Any = EnvironmentConfig
    for part in loc:
        if isinstance(part, int):
            continue
        values = _map_values(tp)
        if values is not None:  # part is a name the user chose; below it sit the map's values
            tp = values
            continue
        model = _unwrap_model(tp)
        if model is None:
            return None
        field = model.model_fields.get(part) or next(
            (f for f in model.model_fields.values() if f.alias == part), None)
        if field is None:
            return None
        tp = field.annotation
    return _unwrap_model(tp)


def _map_values(tp: Any) -> Any:
    """The value type of ``dict[K, V]`` (also inside Optional / Annotated), else None."""
    import typing
    if typing.get_origin(tp) is dict:
        return typing.get_args(tp)[1]
    for arg in typing.get_args(tp):
        found = _map_values(arg)
        if found is not None:
            return found
    return None


def _unwrap_model(tp: Any) -> type[BaseModel] | None:
    import typing
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    for arg in typing.get_args(tp):
        found = _unwrap_model(arg)
        if found is not None:
            return found
    return None


def _did_you_mean(key: str, model: type[BaseModel] | None) -> str:
    if model is None:
        return ""
    import difflib
    close = difflib.get_close_matches(key, [f.alias or n for n, f in model.model_fields.items()], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _fraction_hint(loc: tuple, value: Any) -> str:
    """``sampling_rate: 10``: the user meant 10 %."""
    if loc and loc[-1] == "sampling_rate" and isinstance(value, (int, float)) and 1 < value <= 100:
        return f"; sampling_rate is a fraction: 0.1 means 10 %, so {value:g} % is {value / 100:g}"
    return ""


def _allowed_keys(model: type[BaseModel]) -> str:
    return ", ".join(f.alias or n for n, f in model.model_fields.items())


def problem_at(sources: list[Source], loc: tuple, message: str) -> Problem:
    """A problem with the field ``loc`` of the merged data, where a file writes it."""
    file, line, path = written(sources, loc)
    return Problem(file=file, path=format_path(path), message=message, line=line)


def _clean_loc(loc: tuple) -> tuple:
    # pydantic adds the names of union members / validators to the location; drop them.
    out = []
    for part in loc:
        if isinstance(part, str) and (part.startswith(("function-", "tagged-union")) or "[" in part):
            continue
        out.append(part)
    return tuple(out)


def from_validation(exc: ValidationError, sources: list[Source]) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = _clean_loc(err["loc"])
        etype = err["type"]
        msg = err["msg"]
        if etype == "extra_forbidden":
            parent = _model_at(loc[:-1])
            allowed = f"; allowed keys here: {_allowed_keys(parent)}" if parent else ""
            msg = f"unknown key {loc[-1]!r}{_did_you_mean(str(loc[-1]), parent)}{allowed}"
        elif etype == "missing":
            msg = "required key is missing"
        elif etype in wording.MAPPING_EXPECTED:
            model = _model_at(loc)
            msg = wording.mapping_expected(err.get("input"), _allowed_keys(model) if model else "")
        elif msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        if etype == "list_type":
            msg = f"expected a list (got {wording.shown(err.get('input'))})"
        elif etype not in ("extra_forbidden", "missing", *wording.MAPPING_EXPECTED) and "input" in err \
                and not isinstance(err["input"], (dict, list)):
            msg = wording.with_value(msg, err["input"]) + _fraction_hint(loc, err["input"])
        file, line, path = written(sources, loc)
        problems.append(Problem(file=file, path=format_path(path), message=msg, line=line))
    return problems
