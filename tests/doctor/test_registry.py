"""Every check module declares an id and a description; ids are unique; the CLI has a subcommand per check."""
from __future__ import annotations

import importlib

from otlp_istio.doctor import OFFLINE

MODULES = ("tracing", "mtls", "routes", "flows", "envoy", "certs", "span", "metrics", "drift", "refresh")


def test_each_check_has_a_unique_id_a_description_and_a_subcommand():
    import typer.main
    from otlp_istio.cli import app
    doctor = typer.main.get_command(app).commands["doctor"]
    ids = []
    for name in MODULES:
        module = importlib.import_module(f"otlp_istio.doctor.{name}")
        assert module.ID and module.DESCRIPTION and module.__doc__, name
        ids.append(module.ID)
    assert len(ids) == len(set(ids))
    assert set(doctor.commands) == {"tracing", "mtls", "routes", "flows", "envoy", "certs", "span", "metrics",
                                    "drift", "cluster", "refresh-certs"}
    assert [m.ID for m in OFFLINE] == ["tracing", "mtls", "routes"]


def test_json_report_carries_its_schema_version():
    import json
    from otlp_istio.doctor import Report
    assert json.loads(Report().to_json()) == {"schema_version": 1, "status": "ok", "checks": [], "skipped": []}
