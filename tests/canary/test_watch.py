"""canary watch: steps every interval until the end; its exit code says how it ended. The clock
and sleep are the test's (a 95-minute rollout runs in seconds); the repository is real."""
from __future__ import annotations

from otlp_istio.canary.state import Metrics
from otlp_istio.canary.watch import _panel, watch
from otlp_istio.cli.canary_cmd import _rollout

from .conftest import edit_env, routed, state_of, subjects


class Clock:
    def __init__(self, start: float):
        self.now, self.sleeps = start, 0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        self.now += seconds


def started(cli, repo_args, bare_repo, config_dir):
    assert cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args).code == 0
    assert cli("canary", "start", "-e", "staging", *repo_args).code == 0
    r = _rollout(config_dir, "staging", str(bare_repo), "main", None)
    return r, Clock(state_of(bare_repo)["last_step_at"])


def test_watch_runs_a_rollout_to_promotion(cli, repo_args, bare_repo, config_dir, capsys):
    edit_env(config_dir, "staging", lambda d: d["canary"].update(increment=25))  # 5, 30, 55, 80, promote
    r, clock = started(cli, repo_args, bare_repo, config_dir)
    code = watch(r, lambda s, now: Metrics(requests=300, errors=0, window=now - s.last_step_at),
                 clock=clock, sleep=clock.sleep)
    assert code == 0
    assert routed(bare_repo) == [("stable", 0), ("canary", 100)]
    assert len(subjects(bare_repo)) == 2 + 4
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and "promote" in lines[-1]  # one line per committed step (not a terminal)
    assert clock.sleeps >= 4 * 300  # waited out each interval, a second at a time at most


def test_watch_exits_1_on_a_rollback_and_at_the_deadline(cli, repo_args, bare_repo, config_dir, capsys):
    r, clock = started(cli, repo_args, bare_repo, config_dir)
    quiet = lambda s, now: Metrics(requests=3, errors=0, window=now - s.last_step_at)  # noqa: E731
    assert watch(r, quiet, deadline=1200, clock=clock, sleep=clock.sleep) == 1
    assert "deadline reached (1200s) while Progressing" in capsys.readouterr().err
    assert state_of(bare_repo)["phase"] == "Progressing"  # left as it was
    assert watch(r, quiet, clock=clock, sleep=clock.sleep) == 1  # max_wait (50m) passes: rolled back
    assert state_of(bare_repo)["phase"] == "Failed" and routed(bare_repo) == [("stable", 100), ("canary", 0)]


def test_the_live_panel_shows_weights_numbers_and_the_countdown(cli, repo_args, bare_repo, config_dir):
    from rich.console import Console
    from otlp_istio.canary.rollout import step
    r, clock = started(cli, repo_args, bare_repo, config_dir)
    o = step(r, clock.now + 300, lambda s, now: Metrics(requests=250, errors=1, window=300))
    console = Console(width=100, record=True)
    console.print(_panel("staging", o, clock.now + 600))
    text = console.export_text()
    assert "v1 90 %  /  v2 10 %" in text and "250 in 300s" in text and "0.40 % (1 errors)" in text
    assert "next step" in text
