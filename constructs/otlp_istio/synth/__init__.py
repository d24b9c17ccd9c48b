"""Synthesis: environments → {env: {file name: YAML bytes}} → ``OUT/<env>/`` (atomically).

``render_environments`` validates every environment before rendering any and writes
nothing; ``write_outputs`` swaps each environment's folder in whole.
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..config.loader import Environment, load_environments
from ..findings import environment_warning, finding_line
from .render import render_environment
from .writer import write_outputs


def render_all(envs: list[Environment]) -> dict[str, dict[str, bytes]]:
    return {env.name: render_environment(env) for env in envs}


def render_environments(config_dir: Path, envs: list[str] | None = None) -> dict[str, dict[str, bytes]]:
    """Load, validate and render; raises ConfigError (with every problem) before anything is written.
    Warnings (rendered on an assumption) go to stderr, one line each."""
    loaded = load_environments(Path(config_dir), envs)
    for env in loaded:
        for warning in env.warnings:
            print(finding_line(environment_warning(warning)), file=sys.stderr)  # as cli.common prints them
    return render_all(loaded)


__all__ = ["render_all", "render_environments", "write_outputs"]
