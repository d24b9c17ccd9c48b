"""``otlp-istio publish`` and ``otlp-istio diff``: the rendered YAML into the environment repository.

Exit codes: 0 published (or nothing to publish) / diff without changes; 1 validation
errors (nothing pushed) / diff with changes; 2 bad input or usage; 4 the environment
repository could not be read or updated (unreachable, missing branch, push refused).
"""
from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS, UserError
from .common import (BRANCH, CONFIG_DIR, ENVS, OUT_DIR, PATH, REPO, SHARD, Output, check_out_dir, echo, emit_json,
                     print_warnings, print_written, progress, writing_to)


class DiffOutput(str, enum.Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


LAYOUT = typer.Option(None, "--layout", help="flux (default: fits `flux bootstrap`) or folder, for environments "
                                              "without a flux section; must agree with flux.layout.")


class LayoutChoice(str, enum.Enum):
    flux = "flux"
    folder = "folder"


def _render(config_dir: Path, envs: Optional[list[str]], options, path: Optional[str],
            layout: Optional[LayoutChoice], out: Optional[Path], gate: bool = True):
    """``publish.options.Prepared``: rendered files, their sources, the environments as loaded; with
    ``gate``, each environment also checked by the validation gate in the process that rendered
    it, its findings naming the files as they are (to be) written in ``out`` (None: ``<env>/``)."""
    from ..publish.options import render_for_publish
    from ..validate.rendered import folder_label
    return render_for_publish(config_dir, envs, options, path, layout.value if layout else None, print_warnings,
                              folder_label(out) if gate else None)


def _gate_report(prepared, out: Optional[Path], kubernetes_version: Optional[str]):
    """The validation gate's report (kubeconform on the files written to ``out``, else on a
    temporary copy; the checks the render's workers ran; the collector; acceptances)."""
    from ..validate import DEFAULT_KUBERNETES_VERSION
    from ..validate.rendered import folder_label, report
    return report(prepared.checked, prepared.rendered, kubernetes_version or DEFAULT_KUBERNETES_VERSION,
                  contexts=prepared.contexts, label=folder_label(out), out=out)


def _validate(prepared, out: Optional[Path], kubernetes_version: Optional[str]) -> list:
    """Findings of the validation gate (kubeconform, CEL rules, analyzer) on the output written to
    ``out`` (None: written nowhere), in the context of the environment files; findings they
    accept on purpose are listed on stderr as suppressed."""
    from ..validate import output
    report = _gate_report(prepared, out, kubernetes_version)
    echo(output.render("text", output.Result([], report.suppressed)), err=True)
    return report.findings


def _gate(prepared, out: Optional[Path], kubernetes_version: Optional[str]) -> None:
    """The validation gate before anything is pushed: its errors stop publish (exit 1)."""
    errors = _blocking(_validate(prepared, out, kubernetes_version))
    if errors:
        _print_findings(errors)
        raise UserError(f"validation found {len(errors)} error(s); nothing was published",
                        exit_code=EXIT_FINDINGS)


def _unchanged(config_dir: Path, names: list[str], options, settings):
    """The environments whose inputs and published files are as their last publish recorded them."""
    from ..config.loader import environment_files
    from ..publish.fingerprint import kept_environments
    with progress("Checking for changes…"):
        return kept_environments(config_dir, dict(environment_files(config_dir, names)), options, settings)


def _gate_unable() -> Optional[UserError]:
    """Why the validation gate cannot run here (for ``diff``: its schemas, rules or kubeconform
    missing), or None."""
    from ..validate import cel_checker
    from ..validate.kubeconform import find_kubeconform
    try:
        cel_checker()
        find_kubeconform()
    except UserError as exc:
        return exc
    return None


def _gate_findings(prepared, unable: Optional[UserError]) -> list:
    """What the validation gate would find on the rendered files (for ``diff``); where it cannot
    run (``unable``), none, with a note on stderr."""
    if unable is None and prepared.checked is not None:
        try:
            return _gate_report(prepared, None, None).findings
        except UserError as exc:
            unable = exc
    if unable is not None:
        print(f"diff: the validation gate did not run ({unable.render()}); its findings are not shown",
              file=sys.stderr)
    return []


def _blocking(findings: list) -> list:
    from ..findings import Severity
    return [f for f in findings if f.severity == Severity.ERROR]


def _print_findings(findings: list) -> None:
    from ..validate import output
    echo(output.render("text", output.Result(sorted(findings, key=lambda f: f.sort_key()))), err=True)


def _canary_hook(prepared):
    """Publish's ``prepare`` hook: each environment's running canary keeps its weights
    (canary/publishing.py); it reads the rollout state at the tip publish commits onto."""
    from ..canary.publishing import publish_hook
    return publish_hook(prepared.configs())


def _selected(config_dir: Path, env: Optional[List[str]], shard: Optional[str]) -> list[str]:
    """The environments to handle: the named ones (all by default), of the shard when given."""
    from ..config.loader import environment_files
    from ..config.shards import in_shard, parse_shard
    share = parse_shard(shard)
    return in_shard([name for name, _ in environment_files(config_dir, env or None)], share)


def _warn(result, config_dir: Path, shard: Optional[str], *, every: bool) -> None:
    """Publish's warnings on stderr (and in ``result`` for ``-o json``); ``every``: every environment
    (of the shard) was asked for, so those the branch holds without a file are warned of too."""
    if every:
        result.warnings += _left_behind(config_dir, shard, result)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _left_behind(config_dir: Path, shard: Optional[str], result) -> list[str]:
    """A warning for each environment the branch holds (of the shard) whose file is gone: Flux
    keeps applying what was published for it until it is retired."""
    from ..config.loader import environment_files
    from ..config.shards import in_shard, parse_shard
    files = {name for name, _ in environment_files(config_dir, None)}
    return [f"{name}: published on {result.branch} (.otlp-istio/{name}/inventory.yaml) but {config_dir} has no "
            f"environment file for it any more, so Flux keeps applying what was published for it; "
            f"remove it from the cluster with `otlp-istio retire {name}`, or restore the file"
            for name in in_shard(result.held, parse_shard(shard)) if name not in files]


def _settings(options, path: Optional[str], layout: Optional[LayoutChoice], kubernetes_version: Optional[str]):
    """What of publish's options an environment's published files and verdict depend on."""
    from ..publish.fingerprint import Settings
    from ..publish.flux_checks import cluster_url
    from ..validate.registry import DEFAULT_KUBERNETES_VERSION, normalize_kubernetes_version
    version = normalize_kubernetes_version(kubernetes_version or DEFAULT_KUBERNETES_VERSION)
    return Settings(path, layout.value if layout else None, cluster_url(options.remote), version)


def _stamps(prepared, config_dir: Path, settings) -> dict:
    """env → (inputs digest, source files) of each environment rendered: what publish records."""
    from ..publish.fingerprint import inputs_digest, relative
    out = {}
    for e in prepared.environments:
        texts = [(relative(path, config_dir), text) for path, text in e.texts.items()]
        out[e.name] = (inputs_digest(e.name, settings, texts), tuple(rel for rel, _ in texts))
    return out


def _publish_ahead(prepared, options, repo: Optional[str], config_dir: Path, settings):
    """The publish prepared in the background while the gate runs (``publish.ahead``): None where
    it would make the default repository before the gate has passed (made then, not before)."""
    from ..publish.ahead import Ahead
    from ..publish.gitrepo import embedded_repo_usable
    from ..publish.options import state_dir
    if not repo and not embedded_repo_usable(state_dir(config_dir)):
        return None
    options.prepare = _canary_hook(prepared)

    def setup() -> None:
        _start_collector_checks(prepared)
        options.stamps = _stamps(prepared, config_dir, settings)
    return Ahead(prepared.rendered, options, setup)


def _start_collector_checks(prepared) -> None:
    """The real collector's ``validate`` of each distinct rendered collector config, started now in
    the background with the release its environment declares: the gate takes their verdicts. The
    ConfigMaps are those the render's workers kept for the gate (no file parsed again)."""
    from ..validate.otelcol import start
    checked = prepared.checked or []
    releases = {doc.file: c.release for c in checked for doc in c.configmaps}
    start([doc for c in checked for doc in c.configmaps], release_of=lambda doc: releases.get(doc.file))


def _published(ahead, prepared, options, repo: Optional[str], config_dir: Path, settings):
    """Publish, the gate having passed: what ``ahead`` prepared (committed and pushed now), or all
    of it here when nothing was prepared (a dry run, the default repository not made yet)."""
    from ..publish import publish
    from ..publish.options import ensure_repo
    if ahead is not None:
        with progress("Publishing…"):
            return ahead.result()
    ensure_repo(options, repo, config_dir)
    options.prepare = _canary_hook(prepared)
    if not options.dry_run:
        options.stamps = _stamps(prepared, config_dir, settings)
    with progress("Publishing…"):
        return publish(prepared.rendered, options)


def _nothing():
    from ..publish.options import Prepared
    return Prepared({}, {}, [])


def publish_cmd(
    config_dir: Path = CONFIG_DIR,
    out: Path = OUT_DIR,
    env: Optional[List[str]] = ENVS,
    repo: Optional[str] = REPO,
    branch: str = BRANCH,
    path: Optional[str] = PATH,
    layout: Optional[LayoutChoice] = LAYOUT,
    message: Optional[str] = typer.Option(None, "--message", "-m",
                                          help="Commit subject (the body always lists what changed)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Render, validate and show what would change; "
                                                         "write nothing, commit nothing, push nothing."),
    create_branch: bool = typer.Option(False, "--create-branch",
                                       help="Create --branch if the repository has other branches but not "
                                            "this one (an empty repository needs no flag)."),
    require_clean: bool = typer.Option(False, "--require-clean",
                                       help="Refuse to publish from a work tree with uncommitted changes "
                                            "(the commit message records the source commit)."),
    kubernetes_version: Optional[str] = typer.Option(None, "--kubernetes-version",
                                                     help="Kubernetes version the validation gate checks against."),
    shard: Optional[str] = SHARD,
    render_all: bool = typer.Option(False, "--render-all", help=(
        "Render and check every environment, also those whose environment files, options and "
        "otlp-istio are unchanged since their last publish and whose published files are as it left them.")),
    output: Output = typer.Option(Output.text, "--output", "-o", help="text, or json for machines."),
) -> None:
    """Synthesize, validate, and commit the environments to the environment repo in ONE commit.

    Each environment's files go where its layout says (default: the rendered
    workload in otlp-istio/{env}/, the Flux objects in clusters/{env}/otlp-istio/,
    beside what `flux bootstrap` wrote), with a kustomization.yaml in every
    folder. Publish owns exactly the files it wrote (recorded in
    .otlp-istio/{env}/inventory.yaml): resources no longer rendered are deleted,
    so Flux prunes them; nothing else is touched, and a file it would write
    that it does not own is refused (exit 4). Nothing changed: no commit. An environment whose
    inputs (its files, publish's options, otlp-istio) and published files are as its last publish
    recorded them (.otlp-istio/{env}/inputs.yaml) is not rendered again (nor written to --out):
    it is reported unchanged. A push refused because
    another publisher moved the branch is redone from the new tip (up to 10
    times). Validation errors stop the run before anything is pushed (exit 1);
    exit 4 when the repository cannot be read or updated.

    Credentials: ssh uses your agent/keys; https takes OTLP_ISTIO_GIT_TOKEN
    (user OTLP_ISTIO_GIT_USERNAME) or your own GIT_ASKPASS/credential helper.
    They never appear in output: URLs are printed redacted.

    Examples:

      otlp-istio publish                  # all -> .otlp-istio/env-repo.git

      otlp-istio publish -e prod --repo ssh://git@<your-git-host>/<org>/<repo>.git

      otlp-istio publish -e prod --dry-run -o json
    """
    from ..publish.options import publish_options, require_clean_source
    from ..publish.report import json_report, text_publish
    from ..synth import write_owned

    options, dirty = publish_options(config_dir, repo, branch, path, message=message, dry_run=dry_run,
                                     create_branch=create_branch)
    if require_clean:
        require_clean_source(config_dir, options, dirty)
    names = _selected(config_dir, env, shard)
    settings = _settings(options, path, layout, kubernetes_version)
    if not dry_run and not render_all and names:
        options.kept = _unchanged(config_dir, names, options, settings)
    todo = [n for n in names if n not in options.kept]
    if not names:
        typer.echo(f"publish: no environment in shard {shard}; nothing to do", err=True)
        return
    with progress("Rendering…"):
        prepared = _render(config_dir, todo, options, path, layout, None if dry_run else out) if todo else _nothing()
    rendered = prepared.rendered
    ahead, writes = None, not dry_run and bool(rendered or out.is_dir())  # all unchanged: a deleted one's folder goes
    if writes:
        check_out_dir(out)
        ahead = _publish_ahead(prepared, options, repo, config_dir, settings) if rendered else None
    try:
        if writes:
            with writing_to(out):
                print_written(write_owned(out, rendered, prepared.sources))
        if rendered:
            _gate(prepared, None if dry_run else out, kubernetes_version)
    except BaseException:
        if ahead is not None:
            ahead.cancel()  # nothing committed, nothing pushed
        raise
    result = _published(ahead, prepared, options, repo, config_dir, settings)
    _warn(result, config_dir, None if env else shard, every=not env)
    if output == Output.json:
        emit_json(json_report(result, with_diff=False))
    else:
        typer.echo(text_publish(result), nl=False)


def diff_cmd(
    config_dir: Path = CONFIG_DIR,
    env: Optional[List[str]] = ENVS,
    repo: Optional[str] = REPO,
    branch: str = BRANCH,
    path: Optional[str] = PATH,
    layout: Optional[LayoutChoice] = LAYOUT,
    shard: Optional[str] = SHARD,
    output: DiffOutput = typer.Option(DiffOutput.text, "--output", "-o",
                                      help="text, markdown (a pull-request comment) or json."),
) -> None:
    """Show what a publish would change in the environment repo, resource by resource.

    Renders in memory (writes nothing), reads the branch tip, and prints each
    added, changed and removed resource with a unified diff of its YAML.
    Exit code 0: no changes; 1: changes (like `git diff --exit-code`);
    2: bad usage; 4: the repository could not be read.

    Examples:

      otlp-istio diff -e prod -o markdown > comment.md

      otlp-istio diff --repo https://<your-git-host>/<org>/<repo>.git -o json
    """
    from ..publish import diff
    from ..publish.options import ensure_repo, publish_options
    from ..publish.report import json_report, markdown_diff, text_diff

    options, _ = publish_options(config_dir, repo, branch, path, create_branch=True)
    names = _selected(config_dir, env, shard)
    if not names:
        typer.echo(f"diff: no environment in shard {shard}; nothing to compare", err=True)
        return
    with progress("Rendering…"):
        unable = _gate_unable()
        prepared = _render(config_dir, names, options, path, layout, None, gate=unable is None)
        findings = _gate_findings(prepared, unable)  # what publish would say
    ensure_repo(options, repo, config_dir)
    options.prepare = _canary_hook(prepared)
    result = diff(prepared.rendered, options)
    if output == DiffOutput.json:
        emit_json({**json_report(result, with_diff=True), "findings": [f.to_dict() for f in findings]})
    elif output == DiffOutput.markdown:
        from ..publish.flowdiff import markdown_section
        section = markdown_section(config_dir, prepared.rendered, result)
        typer.echo(markdown_diff(result, findings=findings, flows=section), nl=False)
    else:
        typer.echo(text_diff(result), nl=False)
        _print_findings(findings)  # on stderr: stdout stays the diff
    if not result.changes.empty:
        raise SystemExit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    app.command("publish")(publish_cmd)
    app.command("diff")(diff_cmd)
