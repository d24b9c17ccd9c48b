"""What synth owns under ``--out``: the environment folders it wrote, and only those.

A folder synth (or publish, or the cdk8s app) wrote holds the record of the environment file
it was rendered from (``OUT/<env>/.otlp-istio-environment``, :mod:`..config.snapshot`). A run
that writes into ``OUT`` also removes the folders whose recorded environment file is gone, so a
deleted environment leaves no stale ``OUT/<env>/`` for ``validate`` to judge without its file.
Nothing else is ever removed: a folder without that record stays, and so does one that holds
something synth does not write besides (a subfolder, a file other than ``*.yaml``), with a
note. Everything happens under the output's lock (:func:`.writer.out_lock`), and a folder is
removed only after the new ones are in place.
"""
from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..config.snapshot import SNAPSHOT_FILE, recorded_file
from .writer import clean_stale, out_lock, write_locked


@dataclass(frozen=True)
class Removed:
    env: str
    folder: Path
    file: str  # the environment file that is gone, as the record names it


@dataclass
class Written:
    folders: list[Path]  # OUT/<env>/ of each environment written, sorted by name
    removed: list[Removed] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # stale folders left alone, and why


def _shown(path: Path) -> str:
    """A path as the user would write it from where the command runs."""
    return os.path.relpath(os.path.normpath(path))


def _foreign(folder: Path) -> list[str]:
    """What ``folder`` holds that synth never writes (``*.yaml`` files and its record)."""
    with os.scandir(folder) as entries:
        return sorted(e.name for e in entries if e.name != SNAPSHOT_FILE
                      and not (e.name.endswith(".yaml") and e.is_file(follow_symlinks=False)))


def _remove(folder: Path) -> None:
    """Out of sight at once (a rename), then deleted; a killed run leaves a ``.old-`` folder that
    :func:`.writer.clean_stale` removes next time."""
    old = folder.parent / f".{folder.name}.old-{secrets.token_hex(4)}"
    folder.rename(old)
    shutil.rmtree(old)


def write_owned(out_dir: Path, rendered: dict[str, dict[str, bytes]],
                sources: dict[str, tuple[str, dict[str, str]]]) -> Written:
    """Write every environment's files and its record to ``out_dir/<env>/`` (as
    :func:`.writer.write_outputs`), then remove the folders synth wrote whose environment file
    is gone."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with out_lock(out_dir):
        clean_stale(out_dir)
        written = Written(folders=write_locked(out_dir, rendered, sources))
        for folder in sorted(p for p in out_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
            source = None if folder.name in rendered else recorded_file(folder)
            if source is None or source.exists():
                continue
            foreign = _foreign(folder)
            if foreign:
                written.notes.append(f"{folder}/ left as it is: its environment file {_shown(source)} is gone, "
                                     f"but it holds what synth does not write ({', '.join(foreign[:3])}); "
                                     "remove it yourself")
                continue
            _remove(folder)
            written.removed.append(Removed(folder.name, folder, _shown(source)))
    return written
