"""The output out of step with the environment files: folders of environments that no longer
exist, and, with ``--config-dir``, environments never rendered.

``synth`` records in each ``OUT/<env>/`` the environment file it rendered it from
(:mod:`..config.snapshot`). When that file is gone (deleted or renamed) and ``synth`` has not
run since, the folder still holds what the environment used to render: judging it by its
record would pass an environment the user removed. The gate reports such a folder instead
(``OI0303``, an error), checks nothing in it, and removes nothing: ``synth`` removes the
folders it wrote whose environment file is gone, and ``retire`` takes a published environment
out of the environment repository.

A folder is stale when its record names an environment file that is gone from a folder that
is still there. Where that folder is missing too (the output copied to where the environment
files are not, a CI job's artifact), the record is all there is and the folder is judged by
it. With ``--config-dir``, an environment whose file is in that folder is never stale (the
gate judges it with that file), and a folder without a record is not synth's and is checked on
its own. And with ``--config-dir`` and no ``--env``, that folder says which environments there
are: one without its folder under ``--out`` was never checked, which is an error too
(``OI0304``), so a new environment file cannot pass before it is rendered.
"""
from __future__ import annotations

from pathlib import Path

from .. import messages
from ..config.snapshot import recorded_file
from ..fieldpath import display_path
from ..findings import Finding


def _gone(folder: Path, known: set[str] | None) -> Path | None:
    """The environment file ``folder`` was rendered from, when it is gone; else None."""
    if known is not None and folder.name in known:
        return None
    source = recorded_file(folder)
    if source is None or source.exists() or not source.parent.is_dir():
        return None
    return source


def _synth(out: Path, config_dir: Path | None) -> str:
    return "otlp-istio synth" + (f" -c {config_dir}" if config_dir is not None else "") + f" --out {out}"


def out_of_step(folders: list[tuple[str, Path]], out: Path, config_dir: Path | None = None, *,
                every: bool = False) -> tuple[set[str], list[Finding]]:
    """The environments of ``folders`` whose file is gone (not to be checked), and the findings of
    the output out of step with the environment files: such a folder (``OI0303``), and with
    ``config_dir`` and ``every`` (no environment named), each environment file there without its
    folder under ``out`` (``OI0304``: never checked)."""
    files = None
    if config_dir is not None:
        from ..config.loader import discover
        files = discover(Path(config_dir))
    synth = _synth(out, config_dir)
    gone, found = set(), []
    for env, folder in folders:
        source = _gone(folder, None if files is None else set(files))
        if source is None:
            continue
        shown = display_path(folder)
        gone.add(env)
        found.append(messages.finding(messages.ENVIRONMENT_FILE_GONE, file=shown, message=(
            f"environment {env}: {shown}/ was rendered from {display_path(source)}, which is gone (deleted or "
            f"renamed), so nothing in it was checked; run `{synth}` (it removes the output folders whose "
            f"environment file is gone), or restore the file; if {env} was published, `otlp-istio retire {env}` "
            "takes it out of the environment repository")))
    if files is not None and every:
        present = {env for env, _ in folders}
        for env, file in sorted(files.items()):
            if env not in present:
                folder = display_path(Path(out) / env)
                found.append(messages.finding(messages.ENVIRONMENT_NOT_RENDERED, file=display_path(file), message=(
                    f"environment {env}: no output folder {folder}/, so it was not checked; run `{synth}`")))
    return gone, found
