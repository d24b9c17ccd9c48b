"""The gate never leaves a kubeconform process behind, whatever stops it half-way."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import otlp_istio.validate as gate
from otlp_istio.validate.kubeconform import Run

VALID = Path(__file__).parent / "fixtures" / "valid"


def _children() -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        out.update(int(p) for p in (task / "children").read_text().split())
    return out


def _gone(pid: int) -> bool:
    """Neither running nor a zombie waiting to be reaped."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_an_error_while_kubeconform_runs_stops_and_reaps_it(monkeypatch):
    # GIVEN the gate interrupted (an exception) right after it started the real kubeconform
    started: set[int] = set()

    def interrupt(step: str) -> None:
        if step == "kubeconform-started":
            started.update(_children())
            raise KeyboardInterrupt

    monkeypatch.setattr(gate, "checkpoint", interrupt)
    before = _children()
    with pytest.raises(KeyboardInterrupt):
        gate.validate_paths([("prod", VALID / "prod")])
    # THEN the kubeconform it started is gone, not left running or unreaped
    kubeconform = started - before
    assert len(kubeconform) == 1
    pid = kubeconform.pop()
    assert _gone(pid)


def test_close_kills_a_running_process_and_reaps_it():
    run = Run(["sleep", "30"]).start()
    pid = run.proc.pid
    assert not _gone(pid)
    run.close()
    assert _gone(pid) and run.proc.returncode == -9
    run.close()  # closing twice is harmless


_PRINT_GOGC = ("import json, os; "
               "print(json.dumps({'resources': [{'filename': os.environ.get('GOGC', 'unset')}]}))")


def test_kubeconform_runs_with_a_lighter_garbage_collector_unless_the_user_sets_one(monkeypatch):
    import sys
    monkeypatch.delenv("GOGC", raising=False)
    assert Run([sys.executable, "-c", _PRINT_GOGC]).start().wait() == [{"filename": "400"}]
    monkeypatch.setenv("GOGC", "50")
    assert Run([sys.executable, "-c", _PRINT_GOGC]).start().wait() == [{"filename": "50"}]
