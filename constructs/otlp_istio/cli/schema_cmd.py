"""``otlp-istio schema``: print the JSON Schema of the environment file."""
from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    @app.command("schema")
    def schema() -> None:
        """Print the JSON Schema of an environment file (for yaml-language-server and editors).

        Point your editor at it with a modeline on the first line of an environment file:

            # yaml-language-server: $schema=./environment.schema.json
        """
        from ..config.schema import environment_json_schema

        typer.echo(json.dumps(environment_json_schema(), indent=2, sort_keys=True))
