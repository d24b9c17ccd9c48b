"""The JSON Schema of an environment file, from the pydantic models (for editors).

Every field's ``description`` is its help text on the model (``Field(description=...)``).
"""
from __future__ import annotations

from .models import EnvironmentConfig

SCHEMA_ID = "https://otlp-istio.dev/schemas/environment.schema.json"


def environment_json_schema() -> dict:
    schema = EnvironmentConfig.model_json_schema(by_alias=True)
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "otlp-istio environment file"
    schema["description"] = ("One environment of otlp-istio (environments/<env>.yaml). Files whose name "
                             "starts with '_' are bases, merged under files that name them in 'extends'.")
    return schema
