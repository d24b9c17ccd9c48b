"""Shell completion (typer's --show-completion / --install-completion), exercised in a real bash."""
from __future__ import annotations

import os
import subprocess

from tests.conftest import CLI, run_process


def test_bash_completion_script_completes_commands_and_options(tmp_path):
    r = run_process("--show-completion", "bash")
    assert r.code == 0, r
    script = tmp_path / "otlp-istio.bash"
    script.write_text(r.out)
    probe = (f"source {script}\n"
             "COMP_WORDS=(otlp-istio ex); COMP_CWORD=1; _otlp_istio_completion otlp-istio; echo \"${COMPREPLY[*]}\"\n"
             "COMP_WORDS=(otlp-istio validate --failure-th); COMP_CWORD=2; _otlp_istio_completion otlp-istio; "
             "echo \"${COMPREPLY[*]}\"\n")
    env = {**os.environ, "PATH": f"{CLI.parent}:{os.environ['PATH']}"}
    out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, env=env, check=True).stdout
    assert out.splitlines() == ["explain", "--failure-threshold"]


def test_help_lists_the_completion_options():
    r = run_process("--help")
    assert r.code == 0
    assert "--install-completion" in r.out and "--show-completion" in r.out
