"""Every field of the environment file's JSON Schema carries a description (editors show it on hover)."""
from __future__ import annotations

from otlp_istio.config.descriptions import DESCRIPTIONS
from otlp_istio.config.schema import environment_json_schema


def _models(schema: dict) -> dict[str, dict]:
    return {"EnvironmentConfig": schema, **{n: d for n, d in schema.get("$defs", {}).items() if "properties" in d}}


def test_every_field_has_a_description():
    missing = [f"{model}.{field}" for model, node in _models(environment_json_schema()).items()
               for field, prop in node["properties"].items() if not prop.get("description")]
    assert missing == [], "add them to config/descriptions.py (or Field(description=...))"


def test_the_table_names_only_fields_that_exist():
    fields = {f"{model}.{field}" for model, node in _models(environment_json_schema()).items()
              for field in node["properties"]}
    assert sorted(set(DESCRIPTIONS) - fields) == []


def test_hover_text_of_a_field():
    tracing = environment_json_schema()["$defs"]["TracingConfig"]["properties"]
    assert "0.1 = 10 %" in tracing["sampling_rate"]["description"]
