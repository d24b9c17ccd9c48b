"""Publish's options as the commands take them: the repository, the branch, the path template.

``publish``, ``diff``, ``retire`` and every ``canary`` subcommand share them, with the same
defaults: when neither ``--repo`` nor ``OTLP_ISTIO_REPO`` is given, the environment repository
is the embedded bare repository ``<project>/.otlp-istio/env-repo.git`` (created on first use,
just before it is used; an empty value is refused), and
clones of remote repositories are cached outside the user's repository.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import UserError
from .gitrepo import embedded_repo_path, ensure_embedded_repo
from .layout import check_template
from .publisher import PublishOptions
from .remote import parse_remote
from .source import describe_source, project_root, source_revision

REPO_VARIABLE = "OTLP_ISTIO_REPO"  # what --repo reads when it is not given


def requested_repo(repo: str | None, environ=None) -> str | None:
    """The repository the user asked for: ``--repo``, else ``OTLP_ISTIO_REPO``; None only when
    neither is given at all (then the embedded local repository is the default).

    An empty value is refused (exit 2), never taken for "not given": an unset CI secret
    expands to ``--repo ""`` or to an empty variable, and a run that published to a local
    repository nobody reads would go green having deployed nothing."""
    environ = os.environ if environ is None else environ
    if repo is not None and repo.strip():
        return repo.strip()
    variable = environ.get(REPO_VARIABLE)
    if repo is None and variable is None:
        return None
    if repo is None and variable.strip():  # the option reads the variable; a caller may pass only that
        return variable.strip()
    given = "--repo is empty" if repo is not None else f"{REPO_VARIABLE} is set but empty"
    raise UserError(f"{given}: an unset CI secret expands to that, and nothing would reach the environment "
                    f"repository Flux reads. Give the repository's URL with --repo or {REPO_VARIABLE} (check that "
                    f"the CI secret {REPO_VARIABLE} exists and is passed to the job); to publish to the local "
                    f"repository .otlp-istio/env-repo.git, leave out --repo and unset {REPO_VARIABLE}")


def state_dir(config_dir: Path) -> Path:
    """``<project>/.otlp-istio`` (ignored by git): the embedded default repository."""
    override = os.environ.get("OTLP_ISTIO_STATE_DIR")
    if override:
        return Path(override).resolve()
    return project_root(config_dir.resolve()) / ".otlp-istio"


def cache_dir() -> Path:
    """Where clones of environment repositories are cached, outside the user's repository:
    ``OTLP_ISTIO_CACHE_DIR``, else ``$XDG_CACHE_HOME/otlp-istio``, else ``~/.cache/otlp-istio``
    (``OTLP_ISTIO_STATE_DIR``, when set, holds everything)."""
    for var in ("OTLP_ISTIO_CACHE_DIR", "OTLP_ISTIO_STATE_DIR"):
        if os.environ.get(var):
            return Path(os.environ[var]).resolve()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "otlp-istio"


def publish_options(config_dir: Path, repo: Optional[str], branch: str, path: Optional[str],
                    **extra) -> tuple[PublishOptions, bool]:
    """``(options, dirty)`` from the command's options; bad input is a usage error (exit 2) and
    creates nothing. ``dirty``: the project has uncommitted changes."""
    repo = requested_repo(repo)  # an empty --repo / OTLP_ISTIO_REPO is refused, never the local default
    if path is not None:
        check_template(path)
    if not branch or branch.startswith("-") or " " in branch or ".." in branch:
        raise UserError(f"--branch {branch!r} is not a valid branch name")
    if repo:
        try:
            remote = parse_remote(repo)
        except ValueError as exc:
            raise UserError(f"--repo: {exc}") from None
    else:
        # created on first use, just before it is used (bad input creates nothing)
        remote = parse_remote(str(embedded_repo_path(state_dir(config_dir))))
    sha, dirty = source_revision(config_dir.resolve())
    return PublishOptions(remote=remote, state_dir=cache_dir(), branch=branch, path_template=path,
                          source=describe_source(sha, dirty), **extra), dirty


def require_clean_source(config_dir: Path, options: PublishOptions, dirty: bool) -> None:
    """``--require-clean``: refuse a work tree with uncommitted changes, or one whose commit is unknown."""
    if dirty:
        raise UserError("--require-clean: the project has uncommitted changes; commit them first "
                        "(the environment repository records the source commit)")
    if options.source == "unknown":
        raise UserError(f"--require-clean: {config_dir} is not in a git work tree with a commit, so the "
                        "source commit this publish comes from is unknown; publish from a clone of the "
                        "project, or leave out --require-clean")


def ensure_repo(options: PublishOptions, repo: Optional[str], config_dir: Path) -> None:
    """Without --repo: create the embedded default repository if it does not exist yet."""
    if not repo:
        ensure_embedded_repo(state_dir(config_dir), options.branch)


@dataclass
class Prepared:
    """What publish renders: ``{env: {file: bytes}}``, the environment files each was rendered from
    (``synth.write_outputs``' ``sources``), and the environments as loaded and checked (``flux.url``
    filled in), for every later step of the run to use instead of loading the files again. When
    the render's workers also checked what they rendered: the gate's context of each environment
    and what it kept of each (``validate.gate.Checked``), for ``validate.rendered.report``."""

    rendered: dict[str, dict[str, bytes]]
    sources: dict[str, tuple[str, dict[str, str]]]
    environments: list = field(default_factory=list)  # config.loader.Environment
    contexts: dict = field(default_factory=dict)  # env → validate.context.EnvironmentContext
    checked: Optional[list] = None  # validate.gate.Checked, one per environment rendered

    def configs(self) -> dict:
        return {env.name: env.config for env in self.environments}


def render_for_publish(config_dir: Path, envs: Optional[list[str]], options: PublishOptions, path: Optional[str],
                       layout: Optional[str], warn: Callable[[Iterable], None],
                       label: Optional[Callable[[str], str]] = None) -> Prepared:
    """Load every environment, check them against publish's options (each environment's layout
    into ``options.layouts``), fill in the GitRepository URL, render. ``warn`` receives the
    environment files' warnings as they are found (before a later step may refuse). ``label``
    (env → its folder as findings name it, ``validate.rendered.folder_label``): each environment
    also goes through the validation gate's checks in the process that renders it."""
    from ..config.loader import load_environments
    from ..synth import render_all, sources_of
    from .flux_checks import fill_sources, layouts
    from .layout import Layout

    loaded = load_environments(Path(config_dir), envs or None)
    warn(w for env in loaded for w in env.warnings)
    options.base_changes = {env.name: env.base_changes for env in loaded}
    options.layouts = layouts(loaded, path, Layout(layout) if layout else None)
    checked = fill_sources(loaded, options.remote)
    warn(checked.warnings)
    if label is None:
        return Prepared(render_all(checked.envs), sources_of(checked.envs), checked.envs)
    from ..validate.context import Contexts, from_environment
    from ..validate.rendered import render_checked
    # each made when first asked for: by the worker checking the environment, and here only for
    # the environments with findings or acceptances
    contexts = Contexts({env.name: partial(from_environment, env) for env in checked.envs})
    answers = render_checked(checked.envs, contexts, label)
    return Prepared({env.name: files for env, (files, _) in zip(checked.envs, answers)}, sources_of(checked.envs),
                    checked.envs, contexts, [gate for _, gate in answers])
