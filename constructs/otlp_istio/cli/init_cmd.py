"""``otlp-istio init [DIR]``: scaffold an environments folder (and, if asked, a CI recipe)."""
from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import Problem, UserError

_ENV_RE = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


class CiRecipe(str, enum.Enum):
    github = "github"
    gitlab = "gitlab"


def register(app: typer.Typer) -> None:
    @app.command("init")
    def init(
        directory: Path = typer.Argument(Path("."), metavar="[DIR]",
                                         help="The project folder (created if missing; default: here)."),
        config_dir: str = typer.Option("environments", "--config-dir", "-c",
                                       help="Folder for the environment files, inside DIR."),
        env: str = typer.Option("dev", "--env", "-e", help="Name of the first environment."),
        ci: Optional[List[CiRecipe]] = typer.Option(None, "--ci",
                                                    help="Also write a CI recipe: github "
                                                         "(.github/workflows/otlp-istio.yml) or gitlab "
                                                         "(.gitlab-ci.yml); repeat for both."),
        print_ci: Optional[CiRecipe] = typer.Option(None, "--print-ci", help="Print a CI recipe and write nothing."),
    ) -> None:
        """Scaffold an environments folder that synthesizes, validates and publishes as is.

        Writes DIR/environments/_base.yaml (shared settings), DIR/environments/<env>.yaml
        (extends the base), DIR/environments/environment.schema.json (editor completion),
        and adds /dist/, /.dist.otlp-istio.lock and /.otlp-istio/ to DIR/.gitignore. Refuses to overwrite any
        file (exit 2, nothing written).

        Examples:

          otlp-istio init                      # here: environments/_base.yaml, environments/dev.yaml

          otlp-istio init my-platform --env staging --ci github

          otlp-istio init --print-ci gitlab > .gitlab-ci.yml
        """
        from ..scaffold import ci_recipe, gitignore_update, plan

        if print_ci is not None:
            typer.echo(ci_recipe(print_ci.value), nl=False)
            return
        problems = []
        if not _ENV_RE.match(env) or env.startswith("_"):
            problems.append(Problem(file="", path="", message=f"--env {env}: an environment name is a DNS label "
                                    "(lower-case letters, digits and '-', at most 63), such as dev or prod-eu"))
        if Path(config_dir).is_absolute() or ".." in Path(config_dir).parts:
            problems.append(Problem(file="", path="", message=f"--config-dir {config_dir}: a folder inside DIR"))
        if problems:
            raise UserError(problems)
        if directory.exists() and not directory.is_dir():
            raise UserError(f"{directory}: exists and is not a folder")
        files = plan(directory, config_dir, env, list(dict.fromkeys(c.value for c in ci or [])))
        existing = [f.path for f in files if f.path.exists()]
        if existing:
            raise UserError([Problem(file=str(p), path="", message="exists already; init never overwrites "
                                     "(remove it, or run init in another folder)") for p in existing])
        gitignore, gitignore_text = gitignore_update(directory)
        written: list[Path] = []
        try:
            for f in files:
                f.path.parent.mkdir(parents=True, exist_ok=True)
                with open(f.path, "x", encoding="utf-8") as fh:  # "x": never over a file that appeared meanwhile
                    written.append(f.path)
                    fh.write(f.text)
            if gitignore_text is not None:
                gitignore.write_text(gitignore_text, encoding="utf-8")
        except OSError as exc:
            for path in written:  # all or nothing
                path.unlink(missing_ok=True)
            raise UserError(f"{directory}: cannot write the scaffold: {exc.strerror or exc}") from None
        for f in files:
            typer.echo(f"wrote {f.path}")
        if gitignore_text is not None:
            typer.echo(f"updated {gitignore}")
        typer.echo("\n".join(_prerequisites(directory / config_dir, env)))
        cd = "" if directory.resolve() == Path.cwd().resolve() else f"cd {directory} && "
        typer.echo(f"next: {cd}otlp-istio synth -c {config_dir} && otlp-istio validate && otlp-istio publish -c {config_dir}")


def _prerequisites(config_dir: Path, env: str) -> list[str]:
    """What the cluster must provide for the environment just written (read back as publish reads it)."""
    from ..config.loader import load_environments
    from ..config.prerequisites import cluster_prerequisites
    [written] = load_environments(config_dir, [env])
    return [f"the cluster must provide, before Flux applies {env}:"] + [
        f"  - {line}" for line in cluster_prerequisites(written.config, env)]
