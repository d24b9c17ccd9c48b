"""How the config tests read a loader's problems: (line, field path, message) of one file, and the
problems of an environment file with its bases, or of a folder of them."""
from __future__ import annotations

from pathlib import Path

import pytest

from otlp_istio.config.loader import load_environment, load_environments
from otlp_istio.errors import ConfigError


def problems(tmp_path: Path, text: str, name: str = "env.yaml") -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_environment(path.stem, path)
    assert all(p.file == str(path) for p in err.value.problems)
    return [(p.line, p.path, p.message) for p in err.value.problems]


def dir_problems(config_dir: Path, only=None) -> list:
    with pytest.raises(ConfigError) as err:
        load_environments(config_dir, only)
    return [(p.file, p.line, p.path, p.message) for p in err.value.problems]


def env_problems(path: Path) -> list[tuple]:
    with pytest.raises(ConfigError) as err:
        load_environment(path.stem, path)
    return [(Path(p.file).name, p.line, p.path, p.message) for p in err.value.problems]
