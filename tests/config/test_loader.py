"""config/loader.py: which files of a folder are environments, the names asked for, and the names
the loader has always offered to its importers."""
from __future__ import annotations

from tests.conftest import MINIMAL
from tests.config.loading import dir_problems


def test_unknown_environment_names_and_an_empty_folder(tmp_path):
    (tmp_path / "prod.yaml").write_text(MINIMAL)
    (tmp_path / "dev.yaml").write_text(MINIMAL)
    assert dir_problems(tmp_path, ["prod", "qa", "eu"]) == [
        (str(tmp_path), None, "", "no environment named 'qa', 'eu'; environments here: dev, prod")]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert dir_problems(empty, ["qa"]) == [(str(empty), None, "", "no environment named 'qa'; environments here: none")]
    assert dir_problems(empty) == [
        (str(empty), None, "", "no environment files (*.yaml not starting with '_') found")]


def test_discover_takes_yaml_and_yml_files_only_not_bases_hidden_files_or_folders(tmp_path):
    from otlp_istio.config.loader import discover
    for name in ("prod.yaml", "dev.yml", "_base.yaml", ".hidden.yaml", "notes.txt", "eu-1.yaml"):
        (tmp_path / name).write_text(MINIMAL)
    (tmp_path / "folder.yaml").mkdir()
    assert discover(tmp_path) == {"dev": tmp_path / "dev.yml", "eu-1": tmp_path / "eu-1.yaml",
                                  "prod": tmp_path / "prod.yaml"}


def test_discover_refuses_bad_names_and_names_defined_twice_all_at_once(tmp_path):
    for name in ("a.yaml", "a.yml", "Bad_Name.yaml", "-x.yaml", "b.yaml", "z_z.yaml"):
        (tmp_path / name).write_text(MINIMAL)
    rule = "must be lower-case letters, digits and '-'; rename the file, or start it with '_' to make it a base"
    assert dir_problems(tmp_path) == [
        (str(tmp_path / "-x.yaml"), None, "", f"environment name '-x' (from the file name) {rule}"),
        (str(tmp_path / "Bad_Name.yaml"), None, "", f"environment name 'Bad_Name' (from the file name) {rule}"),
        (str(tmp_path / "a.yml"), None, "", "environment 'a' is defined twice (a.yaml and a.yml)"),
        (str(tmp_path / "z_z.yaml"), None, "", f"environment name 'z_z' (from the file name) {rule}")]
    assert dir_problems(tmp_path / "nope") == [
        (str(tmp_path / "nope"), None, "", "config directory not found (pass --config-dir DIR)")]


def test_the_loader_still_offers_its_names():
    import otlp_istio.config.loader as loader
    from otlp_istio.config import extends, sources
    assert loader.file_key is sources.file_key and loader.extends_any is extends.extends_any
    assert all(hasattr(loader, name) for name in loader.__all__)
    assert {"Environment", "discover", "environment_files", "environments_affected_by", "extends_any", "file_key",
            "ignored_folders", "load_environment", "load_environments"} <= set(loader.__all__)


_LOAD_ALL = """
import json, sys
from pathlib import Path
from otlp_istio.config.loader import load_environments
from otlp_istio.errors import UserError
try:
    envs = load_environments(Path(sys.argv[1]))
except UserError as exc:
    print(exc.render())
else:
    print(json.dumps([[e.name, str(e.file), e.config.model_dump(mode="json"), [str(w) for w in e.warnings]]
                      for e in envs], sort_keys=True))
"""


def test_a_fleet_loads_over_the_cores_as_in_one_process(tmp_path):
    """Environments loaded by forked workers are those one process loads, and every problem of
    every file is gathered, in the files' order, whatever share each file was in."""
    import os
    import subprocess

    from tests.conftest import MINIMAL, ROOT
    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder, broken in ((good, ()), (bad, (1, 4))):
        folder.mkdir()
        for i in range(6):
            text = MINIMAL + f"tracing: {{sampling_rate: 0.{i + 1}}}\n" + ("colector_image: typo\n" if i in broken else "")
            (folder / f"env-{i}.yaml").write_text(text)

    def load(folder, jobs):
        trace = tmp_path / f"trace-{folder.name}-{jobs}"
        r = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", _LOAD_ALL, str(folder)], capture_output=True,
                           text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": f"{ROOT / 'constructs'}:{ROOT}",
                                                     "OTLP_ISTIO_JOBS": jobs, "OTLP_ISTIO_TEST_TRACE": str(trace)})
        assert r.returncode == 0, r.stderr
        forked = trace.exists() and "render-worker" in trace.read_text()
        return r.stdout, forked

    for folder in (good, bad):
        alone, forked_alone = load(folder, "1")
        shared, forked_shared = load(folder, "2")
        assert shared == alone and forked_shared and not forked_alone
    assert "env-1.yaml" in alone and "env-4.yaml" in alone and alone.index("env-1.yaml") < alone.index("env-4.yaml")
