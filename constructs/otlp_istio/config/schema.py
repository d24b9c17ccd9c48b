"""The JSON Schema of an environment file, from the pydantic models (for editors).

Every field's ``description`` is its help text on the model (``Field(description=...)``).
"""
from __future__ import annotations

from .merge import ACTIONS, DIRECTIVE
from .models import EnvironmentConfig

SCHEMA_ID = "https://otlp-istio.dev/schemas/environment.schema.json"


def environment_json_schema() -> dict:
    schema = EnvironmentConfig.model_json_schema(by_alias=True)
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "otlp-istio environment file"
    schema["description"] = ("One environment of otlp-istio (environments/<env>.yaml). Files whose name "
                             "starts with '_' are bases, merged under files that name them in 'extends'.")
    for definition in schema.get("$defs", {}).values():
        if definition.get("type") == "object" and "properties" in definition:
            definition["properties"][DIRECTIVE] = PATCH
    return schema


# Every mapping of a file that extends a base may say how it merges (config/merge.py).
PATCH = {"enum": list(ACTIONS), "description": (
    "In a file that extends a base: how this mapping (or list entry) merges into the base's: merge (the "
    "default), replace (whole), delete (remove the base's).")}
