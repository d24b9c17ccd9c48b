"""`otlp-istio schema` is the JSON Schema editors use; the committed copy is current."""
from __future__ import annotations

import json

import jsonschema
import yaml

from tests.conftest import ENVIRONMENTS


def test_schema_is_current_and_validates_the_examples(cli):
    r = cli("schema")
    assert r.code == 0
    schema = json.loads(r.out)
    committed = json.loads((ENVIRONMENTS / "environment.schema.json").read_text())
    assert schema == committed, "run: .venv/bin/otlp-istio schema > environments/environment.schema.json"
    validator = jsonschema.Draft7Validator(schema)
    prod = yaml.safe_load((ENVIRONMENTS / "prod.yaml").read_text())
    assert list(validator.iter_errors(prod)) == []
    bad = dict(prod, colour="blue")
    assert any("colour" in e.message for e in validator.iter_errors(bad))
    assert set(schema["properties"]) >= {
        "istio_version", "collector_service", "namespace", "tracing", "mtls", "traffic_management",
        "virtual_services", "destination_rules", "peer_authentications", "authorization_policies",
        "prometheus", "access_logs", "canary", "collector", "extends"}
