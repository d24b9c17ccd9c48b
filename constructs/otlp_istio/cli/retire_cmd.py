"""``otlp-istio retire``: remove an environment from the environment repository.

An environment file deleted from ``environments/`` is not removed from the repository
by ``publish`` (publish only touches the environments it renders, so publishing one
environment never deletes another). Retiring is explicit: it deletes exactly the files
the environment's inventory lists, and the inventory, in one commit; Flux then prunes
the environment's objects from the cluster (with ``prune: true``).
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .common import BRANCH, CONFIG_DIR, REPO, Output, emit_json, progress


def register(app: typer.Typer) -> None:
    @app.command("retire")
    def retire_cmd(
        env: List[str] = typer.Argument(..., help="Environment(s) to remove from the repository."),
        config_dir: Path = CONFIG_DIR,
        repo: Optional[str] = REPO,
        branch: str = BRANCH,
        message: Optional[str] = typer.Option(None, "--message", "-m", help="Commit subject."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be removed; push nothing."),
        output: Output = typer.Option(Output.text, "--output", "-o", help="text, or json for machines."),
    ) -> None:
        """Remove environments from the environment repo: exactly the files publish wrote for them.

        Those are the files of their inventory (.otlp-istio/<env>/inventory.yaml), removed in ONE commit.

        Nothing else is touched: bootstrap's flux-system/, other environments, files of
        other tools. An environment without an inventory is refused (exit 4). Once the
        commit lands, Flux prunes the environment's objects: first the Flux
        Kustomization itself goes (its folder under clusters/<env>/ is removed), and
        with prune: true Flux deletes what it applied.

        Examples:

          otlp-istio retire qa --dry-run

          otlp-istio retire qa --repo ssh://git@github.com/<org>/<env-repo>.git
        """
        from ..publish import retire
        from ..publish.options import ensure_repo, publish_options
        from ..publish.report import json_report, text_publish

        options, _ = publish_options(config_dir, repo, branch, None, message=message, dry_run=dry_run)
        ensure_repo(options, repo, config_dir)
        with progress("Retiring…"):
            result = retire(sorted(set(env)), options)
        if output == Output.json:
            emit_json(json_report(result, with_diff=False))
        else:
            typer.echo(text_publish(result).replace("nothing to publish", "nothing to retire"), nl=False)
