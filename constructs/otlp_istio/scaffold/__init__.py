"""What ``otlp-istio init`` writes: an environments folder, ``.gitignore`` lines, CI recipes.

The templates are files of this package (``base.yaml``, ``env.yaml``, ``ci/*``), so they
ship in the wheel; ``environment.schema.json`` is generated from the models when written.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Lines `init` makes sure the project's .gitignore holds (rendered output, synth's lock file
# next to it, local state).
GITIGNORE_LINES = ("/dist/", "/.dist.otlp-istio.lock", "/.otlp-istio/")

# CI recipes: name -> (template in ci/, where it goes in the project).
CI_RECIPES = {
    "github": ("github.yml", ".github/workflows/otlp-istio.yml"),
    "gitlab": ("gitlab-ci.yml", ".gitlab-ci.yml"),
}


@dataclass(frozen=True)
class Planned:
    path: Path
    text: str


def ci_recipe(name: str) -> str:
    return (HERE / "ci" / CI_RECIPES[name][0]).read_text(encoding="utf-8")


def schema_text() -> str:
    from ..config.schema import environment_json_schema
    return json.dumps(environment_json_schema(), indent=2, sort_keys=True) + "\n"


def plan(project: Path, config_dir: str, env: str, ci: list[str]) -> list[Planned]:
    """The new files of a scaffold (``.gitignore`` is handled apart: it is appended to)."""
    folder = project / config_dir
    files = [
        Planned(folder / "_base.yaml", (HERE / "base.yaml").read_text(encoding="utf-8")),
        Planned(folder / f"{env}.yaml", (HERE / "env.yaml").read_text(encoding="utf-8").replace("{env}", env)),
        Planned(folder / "environment.schema.json", schema_text()),
    ]
    for name in ci:
        files.append(Planned(project / CI_RECIPES[name][1], ci_recipe(name).replace("environments", config_dir)))
    return files


def gitignore_update(project: Path) -> tuple[Path, str | None]:
    """``(path, new text)`` of the project's .gitignore; None when it already has every line."""
    path = project / ".gitignore"
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    present = {line.strip() for line in old.splitlines()}
    missing = [line for line in GITIGNORE_LINES if line not in present and line.rstrip("/") not in present]
    if not missing:
        return path, None
    prefix = old if not old or old.endswith("\n") else old + "\n"
    block = "# otlp-istio: rendered output and local state\n" + "".join(f"{line}\n" for line in missing)
    return path, prefix + ("\n" if prefix else "") + block
