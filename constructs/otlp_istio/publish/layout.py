"""Where each environment lives in the environment repository: ``clusters/{env}`` by default.

The template must contain ``{env}`` (two environments may not share a folder), be
relative, and stay inside the repository.

    >>> env_path("clusters/{env}", "prod")
    'clusters/prod'
    >>> env_path("{env}/manifests", "dev")
    'dev/manifests'
"""
from __future__ import annotations

import re

from ..errors import UserError

DEFAULT_PATH_TEMPLATE = "clusters/{env}"
_ENV_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def check_template(template: str) -> str:
    t = template.strip().strip("/")
    problems = []
    if "{env}" not in t:
        problems.append(f"--path {template!r} must contain {{env}}, e.g. clusters/{{env}}")
    if template.startswith("/"):
        problems.append(f"--path {template!r} must be relative to the repository root")
    try:
        sample = t.format(env="x")
    except (KeyError, IndexError, ValueError):
        problems.append(f"--path {template!r}: only the placeholder {{env}} is allowed")
        sample = ""
    parts = sample.split("/")
    if any(p in ("", ".", "..", ".git") for p in parts):
        problems.append(f"--path {template!r} must not contain empty, '.', '..' or '.git' parts")
    if problems:
        raise UserError("\n".join(problems))
    return t


def env_path(template: str, env: str) -> str:
    if not _ENV_NAME.match(env):
        raise UserError(f"environment name {env!r} cannot name a folder "
                        "(letters, digits, '.', '_' and '-' only)")
    return check_template(template).format(env=env)


def env_paths(template: str, envs: list[str]) -> dict[str, str]:
    """env → folder; refuses folders that overlap (one inside another)."""
    paths = {env: env_path(template, env) for env in envs}
    ordered = sorted(paths.items(), key=lambda kv: kv[1])
    for (a, pa), (b, pb) in zip(ordered, ordered[1:]):
        if pb == pa or pb.startswith(pa + "/"):
            raise UserError(f"environments {a!r} and {b!r} would share folder {pa!r}")
    return paths
