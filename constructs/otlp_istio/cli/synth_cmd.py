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

        Every environment is validated before any is written; a bad file stops the run with exit code 2, the file, line and field path, and leaves OUT untouched. Each OUT/<env>/ is replaced atomically. Synth owns the folders it writes (each holds the record of its environment file, OUT/<env>/.otlp-istio-environment): the folder of an environment whose file was deleted is removed; nothing it did not write is touched.

        Environments are loaded and rendered on every core (forked workers, two environments each at least); OTLP_ISTIO_JOBS=N sets the number of processes (1: this one only).

        Examples:

          otlp-istio synth                                # environments/ -> dist/

          otlp-istio synth -c environments --out dist -e prod -e staging
        """
        from ..config.loader import ignored_folders
        from ..config.merge import summary
        from ..synth import load_and_render, sources_of, write_owned

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
            for note in ignored_folders(config_dir):
                typer.echo(note, err=True)
            check_out_dir(out)
            print_warnings(w for env in envs for w in env.warnings)
            rendered = {env.name: env.files for env in envs}
            changes = {env.name: env.base_changes for env in envs}
            with writing_to(out):
                written = write_owned(out, rendered, sources_of(envs))
        elapsed = time.perf_counter() - started
        for note in written.notes:
            typer.echo(f"synth: {note}", err=True)
        if output == Output.json:
            emit_json({"environments": [
                {"name": name, "dir": str(folder), "files": sorted(rendered[name]),
                 "base_changes": [c.to_dict() for c in changes[name]]}
                for name, folder in zip(sorted(rendered), written.folders)],
                "removed": [{"name": r.env, "dir": str(r.folder), "file": r.file} for r in written.removed],
                "seconds": round(elapsed, 3)})
            return
        for name, folder in zip(sorted(rendered), written.folders):
            typer.echo(f"{name}: {len(rendered[name])} files -> {folder}/")
            if changes[name]:
                typer.echo(f"{name}: {summary(changes[name])}")
        for r in written.removed:
            typer.echo(f"{r.env}: removed {r.folder}/ (its environment file {r.file} is gone)")
        total = sum(len(f) for f in rendered.values())
        typer.echo(f"synthesized {len(rendered)} environment(s), {total} files in {elapsed:.2f}s")
