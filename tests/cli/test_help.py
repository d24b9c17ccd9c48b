"""--version, and help that shows flags as flags and lists the choices of closed options."""
from __future__ import annotations

import re

from otlp_istio import __version__


def test_version(cli):
    for flag in ("--version", "-V"):
        r = cli(flag)
        assert r.code == 0 and r.out == f"otlp-istio {__version__}\n"


def test_boolean_flags_are_documented_as_flags(cli):
    for command in ("publish", "analyze", "validate", "synth", "diff"):
        r = cli(command, "--help")
        assert r.code == 0
        assert "<bool>" not in r.out, command
    assert "--dry-run " in cli("publish", "--help").out


def test_choices_are_listed_in_help(cli):
    assert "<error|warning|info>" in cli("validate", "--help").out
    assert "<error|warning|info>" in cli("analyze", "--help").out
    assert "<text|markdown|json>" in cli("diff", "--help").out


def test_failure_threshold_takes_any_case_and_refuses_others(cli, tmp_path):
    (tmp_path / "dist" / "empty").mkdir(parents=True)
    assert cli("validate", "--out", tmp_path / "dist", "--failure-threshold", "Warning").code == 1  # OI0104
    r = cli("validate", "--out", tmp_path / "dist", "--failure-threshold", "bogus")
    assert r.code == 2 and "'error', 'warning', 'info'" in " ".join(re.sub("[│╭╮╰╯─]", " ", r.err).split())
