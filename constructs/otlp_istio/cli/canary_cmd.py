"""``otlp-istio canary``: progressive delivery of the collector, one commit per decision.

Every subcommand takes publish's options (--config-dir, --repo, --branch, --path) with
the same defaults, so any CI job can run it: the state is in the environment repository.

Exit codes: 0 done (a step that advanced, waited or had nothing to do; a promotion);
1 the canary failed (a step or watch that rolled back); 2 bad input or a command that
cannot run in this state (no canary configured, none started, a second start), nothing
committed; 4 the environment repository or Prometheus cannot be reached (nothing committed).
"""
from __future__ import annotations

import enum
import time
from pathlib import Path
from typing import Optional

import typer

from ..errors import EXIT_FINDINGS, UserError
from .common import BRANCH, CONFIG_DIR, PATH, REPO, SHARD, Output, emit_json

ENV = typer.Option(..., "--env", "-e", metavar="ENV", help="The environment whose collector is rolled out.")
PROMETHEUS = typer.Option(None, "--prometheus-url", envvar="OTLP_ISTIO_PROMETHEUS_URL", show_envvar=True,
                          help="Prometheus to ask (default: canary.prometheus_url of the environment file).")


class StatusOutput(str, enum.Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def _rollout(config_dir: Path, env: str, repo: Optional[str], branch: str, path: Optional[str]):
    from ..canary.rollout import Rollout
    from ..canary.store import StateStore
    from ..config.loader import load_environments
    from ..publish.flux_checks import layouts
    from ..publish.options import ensure_repo, publish_options

    environment = load_environments(config_dir, [env])[0]
    options, _ = publish_options(config_dir, repo, branch, path)
    options.layouts = layouts([environment], path, None)  # where publish puts it
    rollout = Rollout(env, environment.config, StateStore(options, env))
    ensure_repo(options, repo, config_dir)
    return rollout


def _fleet(config_dir: Path, repo: Optional[str], branch: str, path: Optional[str], shard: Optional[str]):
    """Every environment whose canary the canary commands drive (``canary.mode: git``), of the
    shard when given, with their snapshots read from one fetch."""
    from ..canary.rollout import Rollout
    from ..canary.store import StateStore, read_all
    from ..config.loader import environment_files, load_environments
    from ..config.models import CanaryMode
    from ..config.shards import in_shard, parse_shard
    from ..publish.flux_checks import layouts
    from ..publish.options import ensure_repo, publish_options

    names = in_shard([name for name, _ in environment_files(config_dir)], parse_shard(shard))
    environments = [e for e in load_environments(config_dir, names) if e.config.canary is not None
                    and e.config.canary.mode is CanaryMode.GIT] if names else []
    options, _ = publish_options(config_dir, repo, branch, path)
    options.layouts = layouts(environments, path, None)
    rollouts = [Rollout(e.name, e.config, StateStore(options, e.name)) for e in environments]
    if rollouts:
        ensure_repo(options, repo, config_dir)
    return rollouts, read_all([r.store for r in rollouts])


def _step_all(config_dir: Path, repo: Optional[str], branch: str, path: Optional[str], shard: Optional[str],
              prometheus_url: Optional[str], now: bool, output: Output) -> None:
    from ..canary.decision import Action
    from ..canary.fleet import step_all
    from ..canary.report import outcome_dict
    from ..errors import EXIT_OK
    rollouts, snapshots = _fleet(config_dir, repo, branch, path, shard)
    results = step_all(rollouts, snapshots, time.time(), prometheus_url, force=now)
    if output == Output.json:
        emit_json({"rollouts": [{**outcome_dict(x.env, x.outcome), "error": str(x.error) if x.error else None}
                                for x in results]})
    elif not results:
        typer.echo("canary step --all: no environment here has a canary (canary.mode: git)", err=True)
    for x in results:
        if output != Output.json:
            _emit(x.env, x.outcome, output)
        if x.error:
            typer.echo(f"{x.env}: {x.error}", err=True)
    codes = [x.error.exit_code for x in results if x.error]
    rolled_back = any(x.outcome.action is Action.ROLLBACK and x.outcome.commit for x in results)
    code = max(codes) if codes else EXIT_FINDINGS if rolled_back else EXIT_OK
    if code:
        raise SystemExit(code)


def _metrics_reader(rollout, prometheus_url: Optional[str]):
    from ..canary.metrics import CanaryMetrics, Workload, expand_headers, reporting_for
    from ..metrics import Prometheus, PrometheusError, port_forward_hint

    canary = rollout.canary
    url = prometheus_url or canary.prometheus_url
    if not url:
        raise UserError(f"no Prometheus to ask: set canary.prometheus_url in the {rollout.env} environment file "
                        "or pass --prometheus-url")
    prom = Prometheus(url, headers=expand_headers(canary.prometheus_headers))

    def read(state, now):
        workload = Workload(rollout.config.namespace, f"{rollout.config.collector_service}-{state.canary_version}",
                            reporting_for(rollout.config))
        with_latency = rollout.policy_of(state).max_latency_p99_ms is not None
        try:
            return CanaryMetrics(prom, workload, with_latency=with_latency).read(state.last_step_at, now)
        except PrometheusError as exc:
            hint = port_forward_hint(url) if exc.kind in ("dns", "refused", "timeout") and not prometheus_url else None
            if hint:
                raise PrometheusError(exc.kind, exc.url, f"{exc}\n{hint} Nothing was committed.",
                                      query=exc.query) from None
            raise
    return read


def _emit(env: str, outcome, output: Output) -> None:
    from ..canary.report import outcome_dict
    d = outcome_dict(env, outcome)
    if output == Output.json:
        emit_json(d)
        return
    committed = f"committed {d['commit'][:12]}" if d["commit"] else "no commit"
    weights = ""
    if d["canary"]:
        weights = f"{d['baseline']['version']} {d['baseline']['weight']} % / {d['canary']['version']} " \
                  f"{d['canary']['weight']} %, "
    typer.echo(f"{env}: {d['action']} ({weights}{d['phase']}; {committed})\n  {d['reason']}")


def _exit_for(outcome) -> None:
    from ..canary.decision import Action
    if outcome.action is Action.ROLLBACK and outcome.commit:
        raise SystemExit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    canary = typer.Typer(help="Progressive delivery of the collector through git: each decision is a commit.",
                         no_args_is_help=True)
    app.add_typer(canary, name="canary")

    @canary.command("start")
    def start_cmd(env: str = ENV, config_dir: Path = CONFIG_DIR, repo: Optional[str] = REPO,
                  branch: str = BRANCH, path: Optional[str] = PATH,
                  output: Output = typer.Option(Output.text, "--output", "-o", help="text or json.")) -> None:
        """Start a rollout: baseline 100 - initial_weight %, canary initial_weight %, one commit.

        The environment must be published (its canary Deployment in the repository). A
        second start while a rollout runs is refused.
        """
        from ..canary.rollout import start
        r = _rollout(config_dir, env, repo, branch, path)
        _emit(env, start(r, time.time()), output)

    @canary.command("step")
    def step_cmd(env: Optional[str] = typer.Option(None, "--env", "-e", metavar="ENV",
                                                   help="The environment whose collector is rolled out."),
                 all_: bool = typer.Option(False, "--all", help="Every environment with a canary (mode: git) "
                                           "whose step is due, with one Prometheus query per metric for all."),
                 shard: Optional[str] = SHARD,
                 config_dir: Path = CONFIG_DIR, repo: Optional[str] = REPO,
                 branch: str = BRANCH, path: Optional[str] = PATH, prometheus_url: Optional[str] = PROMETHEUS,
                 now: bool = typer.Option(False, "--now", help="Judge the step now, before its interval has "
                                          "passed (the criteria still apply; the reason says it was forced)."),
                 output: Output = typer.Option(Output.text, "--output", "-o", help="text or json.")) -> None:
        """One step: if the interval has passed, judge the canary on Prometheus' numbers and commit.

        Too few requests: wait (no commit) until max_wait, then roll back. Error rate
        (or p99 latency) above the bound: roll back (exit 1). Otherwise the next weight;
        at max_weight, promote. Two racing steps make one commit. The schedule and
        criteria are those the rollout was started with. --now judges it at once.

        --all steps every rollout that is due (environments without a started rollout are
        passed over), all judged at one instant, each decision its own commit; -o json lists
        each rollout's decision. Exit 4 if a Prometheus could not answer for some (the others
        are still stepped), else 1 if one rolled back.
        """
        from ..canary.rollout import step
        if all_ == (env is not None):
            raise UserError("canary step: give --env ENV (one rollout) or --all (every rollout that is due)")
        if shard is not None and not all_:
            raise UserError("canary step: --shard goes with --all")
        if all_:
            _step_all(config_dir, repo, branch, path, shard, prometheus_url, now, output)
            return
        r = _rollout(config_dir, env, repo, branch, path)
        outcome = step(r, time.time(), _metrics_reader(r, prometheus_url), force=now)
        _emit(env, outcome, output)
        _exit_for(outcome)

    @canary.command("status")
    def status_cmd(env: str = ENV, config_dir: Path = CONFIG_DIR, repo: Optional[str] = REPO,
                   branch: str = BRANCH, path: Optional[str] = PATH,
                   output: StatusOutput = typer.Option(StatusOutput.text, "--output", "-o",
                                                       help="text, json, or markdown (with a Mermaid chart).")) -> None:
        """Phase, weights, last metrics and when the next step is due; commits nothing."""
        from ..canary.report import markdown_status, status_dict, text_status
        r = _rollout(config_dir, env, repo, branch, path)
        snap = r.store.read()
        d = status_dict(env, snap.state, r.policy_of(snap.state), time.time(), snap.state_file, snap.tip,
                        file_policy=r.policy)
        if output == StatusOutput.json:
            emit_json(d)
        elif output == StatusOutput.markdown:
            typer.echo(markdown_status(d), nl=False)
        else:
            typer.echo(text_status(d), nl=False)

    def _override(action_name: str):
        def cmd(env: str = ENV, config_dir: Path = CONFIG_DIR, repo: Optional[str] = REPO,
                branch: str = BRANCH, path: Optional[str] = PATH,
                reason: Optional[str] = typer.Option(None, "--reason", help="Why (goes into the commit message)."),
                output: Output = typer.Option(Output.text, "--output", "-o", help="text or json.")) -> None:
            from ..canary.decision import Action
            from ..canary.rollout import override
            r = _rollout(config_dir, env, repo, branch, path)
            _emit(env, override(r, time.time(), Action(action_name), reason), output)
        return cmd

    canary.command("promote", help="Promote by hand: the canary gets 100 %, Succeeded; one commit.")(
        _override("promote"))
    canary.command("rollback", help="Roll back by hand: the baseline gets 100 %, RolledBack; one commit.")(
        _override("rollback"))

    @canary.command("watch")
    def watch_cmd(env: str = ENV, config_dir: Path = CONFIG_DIR, repo: Optional[str] = REPO,
                  branch: str = BRANCH, path: Optional[str] = PATH, prometheus_url: Optional[str] = PROMETHEUS,
                  deadline: Optional[str] = typer.Option(None, "--deadline",
                                                         help="Give up after this long (a duration: 2h, 90m)."),
                  output: Output = typer.Option(
                      Output.text, "--output", "-o",
                      help="text (a live display on a terminal) or json (one line per step).")) -> None:
        """Step every interval until Succeeded (exit 0) or Failed (exit 1), showing the progress.

        At the deadline (if given) it stops with exit 1, leaving the rollout as it is.
        """
        from ..canary.watch import watch
        from ..config.types import duration_ns
        r = _rollout(config_dir, env, repo, branch, path)
        limit = None
        if deadline:
            try:
                from ..config.types import _check_duration
                limit = duration_ns(_check_duration(deadline)) / 1e9
            except ValueError as exc:
                raise UserError(f"--deadline: {exc}") from None
        code = watch(r, _metrics_reader(r, prometheus_url), deadline=limit, json_lines=output == Output.json)
        raise SystemExit(code)
