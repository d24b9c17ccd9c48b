"""Synthesis: environments → {env: {file name: YAML bytes}} → ``OUT/<env>/`` (atomically).

``load_and_render`` / ``render_environments`` validate every environment before any is
written, and write nothing; ``write_outputs`` swaps each environment's folder in whole, and
``write_owned`` also removes the folders of deleted environments (:mod:`.ownership`).
Loading and rendering are shared out over the cores (:mod:`.parallel`).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..config.loader import Environment, environment_files, load_environment
from ..errors import ConfigError, Problem, UserError
from ..findings import finding_line
from ..messages import environment_warning
from ..parallel import map_shared
from .render import render_environment
from .ownership import Written, write_owned
from .writer import write_outputs


@dataclass(frozen=True)
class Rendered:
    """One environment, loaded and rendered: its warnings and its files ({name: YAML bytes}), and
    the environment files it was rendered from (``file``, and ``texts``: each file's text)."""

    name: str
    warnings: tuple[Problem, ...]
    files: dict[str, bytes]
    base_changes: tuple = ()  # config.merge.BaseChange: what the file changes in its base's named things
    file: str = ""
    texts: dict[str, str] = field(default_factory=dict)


def sources_of(envs) -> dict[str, tuple[str, dict[str, str]]]:
    """env → (environment file, texts of it and its bases) of loaded (``Environment``) or
    ``Rendered`` environments: what :func:`write_outputs` records beside their files."""
    return {e.name: (str(e.file), e.texts) for e in envs}


def render_all(envs: list[Environment], jobs: int | None = None) -> dict[str, dict[str, bytes]]:
    """{env: {file: bytes}} of loaded environments, in their order (``jobs``: processes, see
    :mod:`.parallel`)."""
    return dict(zip([env.name for env in envs], map_shared(envs, render_environment, jobs)))


def load_and_render(config_dir: Path, only: list[str] | None = None, jobs: int | None = None) -> list[Rendered]:
    """Load, validate and render the environments (all, or the named ones), sorted by name.
    Every problem of every file is gathered, and raised as one ConfigError, as
    ``load_environments`` does; an environment is loaded and rendered by the same process."""
    answers = map_shared(environment_files(Path(config_dir), only), _load_and_render, jobs)
    problems = [p for answer in answers if not isinstance(answer, Rendered) for p in answer]
    if problems:
        raise ConfigError(problems)
    return answers


def _load_and_render(item: tuple[str, Path]) -> Rendered | list[Problem]:
    name, file = item
    try:
        env = load_environment(name, file)
    except UserError as exc:  # syntax and config errors alike: gathered by the caller
        return list(exc.problems)
    return Rendered(env.name, env.warnings, render_environment(env), env.base_changes, str(env.file), env.texts)


def render_environments(config_dir: Path, envs: list[str] | None = None) -> dict[str, dict[str, bytes]]:
    """Load, validate and render; raises ConfigError (with every problem) before anything is written.
    Warnings (rendered on an assumption) go to stderr, one line each."""
    rendered = load_and_render(config_dir, envs)
    for env in rendered:
        for warning in env.warnings:
            print(finding_line(environment_warning(warning)), file=sys.stderr)  # as cli.common prints them
    return {env.name: env.files for env in rendered}


def render_with_sources(config_dir: Path, envs: list[str] | None = None
                        ) -> tuple[dict[str, dict[str, bytes]], dict[str, tuple[str, dict[str, str]]]]:
    """:func:`render_environments`, and the environment files each was rendered from (for
    :func:`write_outputs`' ``sources``)."""
    rendered = load_and_render(config_dir, envs)
    for env in rendered:
        for warning in env.warnings:
            print(finding_line(environment_warning(warning)), file=sys.stderr)
    return {env.name: env.files for env in rendered}, sources_of(rendered)


__all__ = ["Rendered", "load_and_render", "render_all", "render_environments", "render_with_sources", "sources_of",
           "write_outputs", "Written", "write_owned"]
