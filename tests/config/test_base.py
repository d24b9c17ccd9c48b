"""Every model of the environment file is a StrictModel, and every field carries its help text."""
from __future__ import annotations

import ast

import pytest
from pydantic import BaseModel, ValidationError

from otlp_istio.config.base import StrictModel
from otlp_istio.config.models import EnvironmentConfig
from otlp_istio.config.schema import environment_json_schema
from tests.conftest import ROOT

CONFIG = ROOT / "constructs" / "otlp_istio" / "config"


def _models(model: type[BaseModel], seen: dict | None = None) -> dict[str, type[BaseModel]]:
    """Every model reachable from ``model`` through its fields' types."""
    seen = {} if seen is None else seen
    if model.__name__ in seen:
        return seen
    seen[model.__name__] = model

    def walk(tp):
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            _models(tp, seen)
        for arg in getattr(tp, "__args__", ()) or ():
            walk(arg)
        for meta in getattr(tp, "__metadata__", ()) or ():
            walk(getattr(meta, "json_schema_input_type", None))

    for field in model.model_fields.values():
        walk(field.annotation)
    return seen


MODELS = _models(EnvironmentConfig)


def test_the_walk_finds_the_nested_models():
    assert {"TracingConfig", "CustomTag", "HttpRoute", "LoadBalancerObject", "Exporter", "SecretKey",
            "FluxDependency", "IgnoreRule", "ServiceEntryEndpoint"} <= set(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_model_is_strict(name):
    model = MODELS[name]
    assert issubclass(model, StrictModel), f"{name} must derive from config.base.StrictModel"
    assert model.model_config["extra"] == "forbid" and model.model_config["frozen"]


def test_no_model_of_the_config_package_bypasses_the_base():
    # a class deriving from pydantic's BaseModel directly would accept unknown keys
    offenders = []
    for path in sorted(CONFIG.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef) and path.name != "base.py":
                bases = {getattr(b, "id", getattr(b, "attr", None)) for b in node.bases}
                if "BaseModel" in bases:
                    offenders.append(f"{path.name}:{node.lineno} {node.name}")
    assert offenders == []


def test_an_unknown_key_is_refused_at_any_depth():
    with pytest.raises(ValidationError, match="colour"):
        EnvironmentConfig.model_validate({"istio_version": "1.24.0", "collector_service": "c", "namespace": "n",
                                          "collector": {"exporters": {"t": {"type": "debug", "colour": "x"}}}})


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_field_has_help_text_on_the_model(name):
    missing = [f for f, info in MODELS[name].model_fields.items() if not (info.description or "").strip()]
    assert missing == [], f"give {name}'s fields Field(description=...)"


def test_the_schema_carries_the_help_text():
    schema = environment_json_schema()
    nodes = {"EnvironmentConfig": schema, **schema["$defs"]}
    missing = [f"{m}.{f}" for m, node in nodes.items() for f, prop in node.get("properties", {}).items()
               if not prop.get("description")]
    assert missing == []
    tracing = schema["$defs"]["TracingConfig"]["properties"]
    assert "0.1 = 10 %" in tracing["sampling_rate"]["description"]
    assert "maxTagLength" in tracing["max_tag_length"]["description"]
