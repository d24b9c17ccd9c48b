"""The base of every model of the environment file.

Strict everywhere: an unknown key is refused (a typo never passes as "not set"), a loaded file
is immutable, and a field is set by its name or its alias (``from`` / ``from_``). Each field
carries its help text (``Field(description=...)``): editors show it on hover through the JSON
Schema, and the documentation's configuration reference is generated from it.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
