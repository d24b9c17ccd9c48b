"""``otlp-istio synth``: render environment files into dist/<env>/ (placeholder, being written)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("synth")
    def synth() -> None:
        """Render environments (being written)."""
        raise typer.Exit(0)
