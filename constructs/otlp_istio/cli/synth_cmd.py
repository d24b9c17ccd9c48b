"""``otlp-istio synth``: render environment files into OUT/<env>/."""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from .common import (CONFIG_DIR, ENVS, OUT_DIR, SHARD, Output, check_out_dir, emit_json, print_warnings, progress,
                     writing_to)


def register(app: typer.Typer) -> None:
    @app.command("synth")
    def synth(
        config_dir: Path = CONFIG_DIR,
        out: Path = OUT_DIR,
        env: Optional[List[str]] = ENVS,
        shard: Optional[str] = SHARD,
        output: Output = typer.Option(Output.text, "--output", "-o", help="text, or json for machines."),
    ) -> None:
        """Render environments into plain YAML, one file per object: OUT/<env>/<kind>-<name>.yaml.

        Every environment is validated before any is written; a bad file stops the run with exit code 2, the file, line and field path, and leaves OUT untouched. Each OUT/<env>/ is replaced atomically.

        Environments are loaded and rendered on every core (forked workers, two environments each at least); OTLP_ISTIO_JOBS=N sets the number of processes (1: this one only).

        Examples:

          otlp-istio synth                                # environments/ -> dist/

          otlp-istio synth -c environments --out dist -e prod -e staging
        """
        from ..config.merge import summary
        from ..synth import load_and_render, sources_of, write_outputs

        started = time.perf_counter()
        if shard is not None:
            from ..config.loader import environment_files
            from ..config.shards import in_shard, parse_shard
            env = in_shard([name for name, _ in environment_files(config_dir, env or None)], parse_shard(shard))
            if not env:
                typer.echo(f"synth: no environment in shard {shard}; nothing to do", err=True)
                return
        with progress("Rendering environments…"):
            envs = load_and_render(config_dir, env or None)
            check_out_dir(out)
            print_warnings(w for env in envs for w in env.warnings)
            rendered = {env.name: env.files for env in envs}
            changes = {env.name: env.base_changes for env in envs}
            with writing_to(out):
                folders = write_outputs(out, rendered, sources_of(envs))
        elapsed = time.perf_counter() - started
        if output == Output.json:
            emit_json({"environments": [
                {"name": name, "dir": str(folder), "files": sorted(rendered[name]),
                 "base_changes": [c.to_dict() for c in changes[name]]}
                for name, folder in zip(sorted(rendered), folders)], "seconds": round(elapsed, 3)})
            return
        for name, folder in zip(sorted(rendered), folders):
            typer.echo(f"{name}: {len(rendered[name])} files -> {folder}/")
            if changes[name]:
                typer.echo(f"{name}: {summary(changes[name])}")
        total = sum(len(f) for f in rendered.values())
        typer.echo(f"synthesized {len(rendered)} environment(s), {total} files in {elapsed:.2f}s")
