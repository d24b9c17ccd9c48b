"""What synth owns under ``--out``: the environment folders it wrote, and the file each came from.

``OUT/.otlp-istio-synth.json`` records, for every ``OUT/<env>/`` synth (or publish) wrote, the
environment file it was rendered from (relative to ``OUT``). A run that writes into ``OUT``
also removes the folders of recorded environments whose file is gone, so a deleted
environment leaves no stale ``OUT/<env>/`` for ``validate`` to judge without its file. Nothing
else is ever removed: a folder synth did not write (not in the record) stays, and so does a
recorded folder that now holds something synth does not write (a subfolder, a file other than
``*.yaml``), with a note. Everything happens under the output's lock (:func:`.writer.out_lock`),
and a folder is removed only after the new ones are in place.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..config.loader import discover
from .writer import clean_stale, out_lock, write_locked

RECORD = ".otlp-istio-synth.json"
_ABOUT = ("Written by otlp-istio synth: the environment folders it wrote here and the environment file "
          "each came from. A folder whose file is gone is removed by the next synth into this folder.")


@dataclass(frozen=True)
class Removed:
    env: str
    folder: Path
    file: str  # the environment file that is gone, as recorded


@dataclass
class Written:
    folders: list[Path]  # OUT/<env>/ of each environment written, sorted by name
    removed: list[Removed] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # stale folders left alone, and why


def read_record(out_dir: Path) -> dict[str, str]:
    """``{env: environment file relative to OUT}``; empty when there is no readable record."""
    try:
        data = json.loads((Path(out_dir) / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    envs = data.get("environments") if isinstance(data, dict) else None
    if not isinstance(envs, dict):
        return {}
    return {str(k): str(v) for k, v in envs.items() if isinstance(v, str)}


def _write_record(out_dir: Path, envs: dict[str, str]) -> None:
    text = json.dumps({"about": _ABOUT, "environments": dict(sorted(envs.items())), "schema_version": 1},
                      indent=2, sort_keys=True) + "\n"
    target = out_dir / RECORD
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return
    tmp = out_dir / f".{RECORD}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)


def _foreign(folder: Path) -> list[str]:
    """What ``folder`` holds that synth never writes (it writes ``*.yaml`` files only)."""
    with os.scandir(folder) as entries:
        return sorted(e.name for e in entries if not (e.name.endswith(".yaml") and e.is_file(follow_symlinks=False)))


def _shown(path: Path) -> str:
    """A path as the user would write it from where the command runs."""
    return os.path.relpath(os.path.normpath(path))


def _remove(folder: Path) -> None:
    """Out of sight at once (a rename), then deleted; a killed run leaves a ``.old-`` folder that
    :func:`.writer.clean_stale` removes next time."""
    old = folder.parent / f".{folder.name}.old-{secrets.token_hex(4)}"
    folder.rename(old)
    shutil.rmtree(old)


def write_owned(out_dir: Path, rendered: dict[str, dict[str, bytes]], config_dir: Path) -> Written:
    """Write every environment's files to ``out_dir/<env>/`` (as :func:`.writer.write_outputs`),
    record where each came from, and remove the recorded folders whose environment file is gone."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    base = out_dir.resolve()
    sources = discover(Path(config_dir))
    with out_lock(out_dir):
        clean_stale(out_dir)
        written = Written(folders=write_locked(out_dir, rendered))
        record = read_record(out_dir)
        record.update({env: os.path.relpath(sources[env].resolve(), base) for env in rendered if env in sources})
        for env, rel in sorted(record.items()):
            folder = out_dir / env
            if env in rendered or (base / rel).exists():
                continue
            if not folder.is_dir():
                del record[env]
                continue
            foreign = _foreign(folder)
            if foreign:
                written.notes.append(f"{folder}/ left as it is: its environment file {_shown(base / rel)} is "
                                     f"gone, but it holds what synth does not write ({', '.join(foreign[:3])}); "
                                     "remove it yourself")
                continue
            _remove(folder)
            del record[env]
            written.removed.append(Removed(env, folder, _shown(base / rel)))
        _write_record(out_dir, record)
    return written
