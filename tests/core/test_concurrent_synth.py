"""Two real ``otlp-istio synth`` processes into one ``--out``, and a run killed mid-write."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from tests.conftest import CLI, MINIMAL, ROOT


def _spawn(config: Path, out: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen([str(CLI), "synth", "-c", str(config), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env}, start_new_session=True)


def _wait_for_step(trace: Path, step: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if trace.exists() and f" {step}\n" in trace.read_text():
            return
        if proc.poll() is not None:
            raise AssertionError(f"synth ended before {step}: {proc.communicate()}")
        time.sleep(0.02)
    raise AssertionError(f"synth never reached {step}")


def _config(tmp_path: Path, name: str, sampling: float) -> Path:
    config = tmp_path / name
    config.mkdir()
    (config / "prod.yaml").write_text(MINIMAL + f"tracing: {{sampling_rate: {sampling}}}\n")
    return config


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_two_synth_runs_into_one_out_are_serialised(tmp_path):
    # GIVEN run A paused with its staging folder written, and run B started meanwhile
    out = tmp_path / "out"
    trace = tmp_path / "trace"
    release = tmp_path / "release"
    hooks = {"OTLP_ISTIO_TEST_TRACE": str(trace), "OTLP_ISTIO_TEST_RELEASE": str(release)}
    a = _spawn(_config(tmp_path, "a", 0.25), out, {**hooks, "OTLP_ISTIO_TEST_PAUSE": "staged:60"})
    _wait_for_step(trace, "staged", a)
    b = _spawn(_config(tmp_path, "b", 0.5), out, hooks)
    # WHEN B reaches OUT while A still holds it, and A is then let go
    _wait_for_step(trace, "waiting", b)
    release.touch()
    a_out, a_err = a.communicate(timeout=120)
    b_out, b_err = b.communicate(timeout=120)
    # THEN both finish, B after A (it waited, and said so), and OUT holds B's output whole
    assert (a.returncode, b.returncode) == (0, 0), (a_err, b_err)
    assert f"synth: waiting for another run (pid {a.pid}) writing into {out}" in b_err
    files = _snapshot(out / "prod")
    assert b"randomSamplingPercentage: 50\n" in files["telemetry-mesh-default.yaml"]
    assert sorted(p.name for p in out.iterdir()) == ["prod"]  # no staging folder left
    assert (tmp_path / ".out.otlp-istio.lock").is_file()  # the lock lives beside OUT
    solo = tmp_path / "solo"
    subprocess.run([str(CLI), "synth", "-c", str(tmp_path / "b"), "--out", str(solo)], check=True,
                   capture_output=True, cwd=ROOT)
    assert files == _snapshot(solo / "prod")


def test_a_killed_runs_staging_folder_is_removed_by_the_next_run(tmp_path):
    # GIVEN a run killed (SIGKILL) with its staging folder written, before the swap
    out = tmp_path / "out"
    config = _config(tmp_path, "a", 0.25)
    subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(out)], check=True, capture_output=True,
                   cwd=ROOT)
    before = _snapshot(out / "prod")
    trace = tmp_path / "trace"
    (config / "prod.yaml").write_text(MINIMAL + "tracing: {sampling_rate: 0.75}\n")
    killed = _spawn(config, out, {"OTLP_ISTIO_TEST_TRACE": str(trace), "OTLP_ISTIO_TEST_PAUSE": "staged:60"})
    _wait_for_step(trace, "staged", killed)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.communicate()
    staging = [p.name for p in out.iterdir() if ".tmp-" in p.name]
    assert len(staging) == 1 and staging[0].startswith(".prod.tmp-")
    assert _snapshot(out / "prod") == before  # the old output is intact
    # WHEN the next run writes into OUT, THEN the abandoned folder is gone and the output is new
    subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(out)], check=True, capture_output=True,
                   cwd=ROOT)
    assert sorted(p.name for p in out.iterdir()) == ["prod"]
    assert b"randomSamplingPercentage: 75\n" in (out / "prod" / "telemetry-mesh-default.yaml").read_bytes()
