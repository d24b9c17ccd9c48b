"""The environment files as synth read them, kept beside what it rendered from them.

``synth`` writes ``OUT/<env>/.otlp-istio-environment``: the environment file and each base it
extends, their text and their paths relative to that folder. ``validate``, ``analyze`` and
``doctor`` load the environment from it, so every command judges the rendered files with the
context they were rendered with (external Services, accepted findings, where each field is
written), wherever it runs and whatever ``--config-dir`` says.

The name has no ``.yaml``, ``.yml`` or ``.json`` suffix, and starts with a dot: ``kubectl apply
-f``, ``kustomize create --autodetect`` and the kustomization Flux's kustomize-controller
generates for a folder without one (it takes ``*.yaml`` and ``*.yml`` only) all pass it by;
``publish`` never copies it (it publishes what it rendered, not the folder). The text is
canonical JSON (keys sorted), so the same files give the same bytes.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import ConfigError, Problem
from ..fieldpath import display_path
from .loader import Environment, file_key, load_environment

SNAPSHOT_FILE = ".otlp-istio-environment"
FORMAT = 1


def snapshot_bytes(env: str, file: str, texts: dict[str, str], folder: Path | str) -> bytes:
    """The snapshot of environment ``env`` (its file ``file`` and ``texts``: display path → text, as
    :attr:`Environment.texts`) to be written into ``folder``."""
    def rel(path: str) -> str:
        return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(folder))).as_posix()

    data = {"format": FORMAT, "environment": env, "file": rel(file),
            "files": {rel(path): text for path, text in texts.items()}}
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def has_snapshot(folder: Path | str) -> bool:
    return (Path(folder) / SNAPSHOT_FILE).is_file()


def recorded_file(folder: Path) -> Path | None:
    """The environment file ``folder``'s snapshot names (resolved from the folder); None without a
    readable snapshot of this very environment (its name is the folder's)."""
    try:
        data = json.loads((folder / SNAPSHOT_FILE).read_bytes())
        env, file = data["environment"], data["file"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if env != folder.name or not isinstance(file, str):
        return None
    return folder / file


def load_snapshot(folder: Path | str) -> Environment | None:
    """The environment ``folder`` was rendered from, loaded from its snapshot; None without one.
    A snapshot this version cannot read or load is a ConfigError naming it."""
    path = Path(folder) / SNAPSHOT_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(Problem(file=display_path(str(path)), path="", message=f"cannot read: {exc}")) from None
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}; this otlp-istio reads format {FORMAT}")
        name, file, files = data["environment"], data["file"], data["files"]
        if not (isinstance(name, str) and isinstance(file, str) and isinstance(files, dict)
                and all(isinstance(k, str) and isinstance(v, str) for k, v in files.items())):
            raise ValueError("environment, file and files are not strings")
    except (ValueError, KeyError, AttributeError) as exc:
        raise ConfigError(Problem(file=display_path(str(path)), path="", message=(
            f"unreadable snapshot of the environment files ({exc}); run synth again"))) from None
    texts = {file_key(Path(folder) / rel): text for rel, text in files.items()}
    try:
        return load_environment(name, Path(display_path(str(Path(folder) / file))), texts)
    except ConfigError as exc:
        raise ConfigError([Problem(file=p.file, path=p.path, line=p.line, message=(
            f"{p.message} (in the environment files {SNAPSHOT_FILE} recorded; run synth again)"))
            for p in exc.problems]) from None
