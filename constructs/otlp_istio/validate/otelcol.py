"""The collector check: the real OpenTelemetry Collector's ``validate --config`` on every
collector config among the manifests (ours, and a user's ``collector.config`` override).

A collector config is a ConfigMap value (key ``*.yaml`` / ``*.yml``) that parses to a mapping
with ``service`` and ``receivers`` or ``exporters``. Each distinct config is checked once, in
parallel, by the check collector of the collector release its environment declares
(``collector.release``; built from ``scripts/otelcol-builder-<release>.yaml``: the components
our rendered configs use, at that release): unknown keys, unknown components, a pipeline naming
an undefined exporter, bad values. A config whose environment is not known is checked with the
release whose component names it uses (:func:`release_of_config`).

The default release's collector is found at ``$OTLP_ISTIO_OTELCOL``, ``<project>/bin/otelcol``
(``scripts/tools.sh otelcol``), or ``otelcol-contrib`` on ``PATH``; another release's at
``$OTLP_ISTIO_OTELCOL_<release, dots as underscores>`` or ``<project>/bin/otelcol-<release>``.
Without one the configs of that release are not checked, and :func:`check` says so (the gate
prints it once), never silently.

A command that has the configs before its gate reaches them (``publish``, right after the render)
starts their checks in the background with :func:`start`: :func:`check` then takes each one's
verdict from the run already started for the same binary and text (waiting for it if it is still
running) instead of starting the collector again.
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import yaml

from .. import messages
from ..config.collector_version import DEFAULT_RELEASE, NEWEST_RELEASE, RELEASES
from ..errors import UserError
from ..findings import Finding, resource_id
from ..yamlio import Document, safe_load
from .registry import PROJECT_ROOT, find_binary

ENV_VAR = "OTLP_ISTIO_OTELCOL"
HOW_TO_GET = ("in a checkout, run `scripts/tools.sh otelcol` (builds it into bin/ with the collector builder); "
              f"otherwise put otelcol-contrib {DEFAULT_RELEASE} on PATH or set ${ENV_VAR} to a collector binary")
TIMEOUT = 60.0
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_LOG_LINE = re.compile(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d ")
_VALID = re.compile(r"\(valid values: \[([^\]]*)\]\)")
# one part of a decoding error, per section: "error decoding 'exporters': ..." (0.115.0),
# "'exporters' ..." (0.165.0)
_SECTIONS = "receivers|processors|exporters|extensions|connectors"
_PART = re.compile(rf"^(?:error decoding '\w+':|'(?:{_SECTIONS})') ")
_UNKNOWN = re.compile(rf"^(?:error decoding '({_SECTIONS})':|'({_SECTIONS})') unknown type: \"([^\"]+)\" for id: \"[^\"]+\"")


@dataclass
class CollectorCheck:
    findings: list[Finding] = field(default_factory=list)
    ran: bool = False
    configs: int = 0  # distinct collector configs checked
    note: str | None = None  # what to tell the user once (the check did not run, and why)


def env_var(release: str) -> str:
    """Where a user points the gate at the collector of ``release``."""
    return ENV_VAR if release == DEFAULT_RELEASE else f"{ENV_VAR}_{release.replace('.', '_')}"


def how_to_get(release: str) -> str:
    if release == DEFAULT_RELEASE:
        return HOW_TO_GET
    return (f"in a checkout, run `scripts/tools.sh otelcol` (builds bin/otelcol-{release} with the collector "
            f"builder); otherwise set ${env_var(release)} to a collector binary of release {release}")


def find_otelcol(release: str = DEFAULT_RELEASE) -> str | None:
    """The check collector of ``release``, or None when there is none (a bad ``$OTLP_ISTIO_OTELCOL...``
    is a usage error)."""
    if release == DEFAULT_RELEASE:
        return find_binary(ENV_VAR, "otelcol", path_names=("otelcol-contrib",),
                           hint="a collector binary (scripts/tools.sh otelcol builds one into bin/otelcol)",
                           root=PROJECT_ROOT)
    return find_binary(env_var(release), f"otelcol-{release}",
                       hint=f"a collector binary of release {release} (scripts/tools.sh otelcol builds one into "
                            f"bin/otelcol-{release})", root=PROJECT_ROOT)


_RENAMED_ONLY = {new: release for release, r in RELEASES.items() for new in r.renamed.values()}


def release_of_config(parsed: dict) -> str:
    """The release a collector config (as parsed) of an unknown environment is checked with: the
    newest when it names an exporter type only newer releases know (``otlp_grpc``, ``otlp_http``),
    else the default."""
    exporters = parsed.get("exporters")
    kinds = {str(cid).split("/")[0] for cid in exporters} if isinstance(exporters, dict) else set()
    return NEWEST_RELEASE if kinds & set(_RENAMED_ONLY) else DEFAULT_RELEASE


def collector_configs(documents: Iterable[Document]) -> list[tuple[Document, str, str, dict]]:
    """``(ConfigMap document, data key, config text, config parsed)`` of every collector config."""
    found = []
    for doc in documents:
        data = doc.data
        if not isinstance(data, dict) or data.get("kind") != "ConfigMap" or data.get("apiVersion") != "v1":
            continue
        values = data.get("data")
        if not isinstance(values, dict):
            continue
        for key, text in sorted(values.items()):
            if not isinstance(text, str) or not str(key).endswith((".yaml", ".yml")):
                continue
            try:
                parsed = safe_load(text)
            except yaml.YAMLError:
                continue
            if isinstance(parsed, dict) and "service" in parsed and ("receivers" in parsed or "exporters" in parsed):
                found.append((doc, str(key), text, parsed))
    return found


def _validate(binary: str, text: str, release: str) -> tuple[int, str]:
    """``(exit code, output)`` of the collector's ``validate`` on one config (written to a temporary
    file, removed after)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    with tempfile.TemporaryDirectory(prefix="otlp-istio-otelcol-") as tmp:
        path = Path(tmp) / "config.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            proc = subprocess.run([binary, "validate", f"--config=file:{path}"], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, env=env, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return 1, f"Error: the collector's validate did not finish within {TIMEOUT:.0f}s"
        except OSError as exc:
            raise UserError(f"cannot run the collector ({binary}): {exc.strerror or exc}; "
                            f"{how_to_get(release)}") from None
    return proc.returncode, proc.stdout


# Runs started ahead by start(), each taken (once) by the check that needs its verdict:
# (binary, its mtime and size, config text) → the run.
_started: dict[tuple[str, int, int, str], Future] = {}
_started_lock = threading.Lock()


def _key(binary: str, text: str) -> tuple[str, int, int, str] | None:
    try:
        st = os.stat(binary)
    except OSError:
        return None
    return binary, st.st_mtime_ns, st.st_size, text


def start(documents: Iterable[Document], *, release_of: Callable[[Document], str | None] | None = None) -> int:
    """Start ``validate`` on each distinct collector config among ``documents`` in the background
    (with the collector :func:`check` would choose for it); returns how many were started. Nothing
    is reported here: a collector that is missing or fails to start is :func:`check`'s to report."""
    todo: dict[tuple[str, int, int, str], tuple[str, str, str]] = {}
    for doc, _, text, parsed in collector_configs(documents):
        release = (release_of(doc) if release_of else None) or release_of_config(parsed)
        try:
            binary = find_otelcol(release)
        except UserError:
            continue
        key = _key(binary, text) if binary else None
        if key is not None:
            todo[key] = (binary, text, release)
    with _started_lock:
        todo = {k: v for k, v in todo.items() if k not in _started}
        if todo:
            pool = ThreadPoolExecutor(max_workers=min(len(todo), os.cpu_count() or 2),
                                      thread_name_prefix="otlp-istio-otelcol")
            for key, args in todo.items():
                _started[key] = pool.submit(_validate, *args)
            pool.shutdown(wait=False)  # its threads end with their runs
    return len(todo)


def _taken(binary: str, text: str) -> Future | None:
    key = _key(binary, text)
    with _started_lock:
        return _started.pop(key, None) if key is not None else None


def _error_lines(output: str) -> list[str]:
    """The collector's error, line by line: from ``Error:`` to the usage text or the log line
    that repeats it, with the collector's map-ordered parts sorted (the same input gives the
    same message on every run)."""
    text = _ANSI.sub("", output)
    lines = [line.strip() for line in text.splitlines()]
    start = next((i for i, line in enumerate(lines) if line.startswith("Error:")), None)
    if start is None:
        lines = [line for line in lines if line]
        return lines[-5:] or ["the collector rejected the config (no message)"]
    keep = []
    for line in lines[start:]:
        # usage text, or the log line repeating the error ("2026/11/25 16:09:43 collector server run ...")
        if line.startswith(("Usage:", "Flags:", "Global Flags:")) or _LOG_LINE.match(line):
            break
        if line:
            keep.append(_VALID.sub(lambda m: "(valid values: " + ", ".join(sorted(m[1].split())) + ")", line))
    keep[0] = keep[0].removeprefix("Error: ")
    head = [line for line in keep if not _PART.match(line)]
    return head + sorted(line for line in keep if _PART.match(line))


def _unknown_components(lines: list[str]) -> list[str] | None:
    """``kind type`` of each component the collector does not know, when that is all it says."""
    parts = [line for line in lines if _PART.match(line)]
    found = [_UNKNOWN.match(line) for line in parts]
    if not parts or not all(found):
        return None
    return [f"{(m[1] or m[2]).rstrip('s')} {m[3]}" for m in found]


def check(documents: Iterable[Document], binary: str | None = None, *,
          release_of: Callable[[Document], str | None] | None = None) -> CollectorCheck:
    """Run ``otelcol validate`` on each distinct collector config, with the collector of the release
    ``release_of`` gives for its document (None, or no ``release_of``: :func:`release_of_config`);
    a finding per config it rejects. ``binary`` checks every config, whatever its release."""
    configs = collector_configs(documents)
    result = CollectorCheck()
    if not configs:
        return result
    by_release: dict[str, list[tuple[Document, str, str]]] = {}
    for doc, key, text, parsed in configs:
        release = (release_of(doc) if release_of else None) or release_of_config(parsed)
        by_release.setdefault(release, []).append((doc, key, text))
    binaries: dict[str, str] = {}
    notes = []
    for release, found in sorted(by_release.items()):
        path = binary or find_otelcol(release)
        if path is not None:
            binaries[release] = path
            continue
        default = release == DEFAULT_RELEASE
        which, missing = ("", "no collector found") if default else (
            f" of collector.release {release}", f"no collector {release} found")
        notes.append(f"validate: the collector check did not run ({len(found)} collector config(s){which} not "
                     f"checked by the real collector): {missing}; {how_to_get(release)}")
    result.note = "\n".join(notes) or None
    if not binaries:
        return result
    by_text: dict[tuple[str, str], list[tuple[Document, str]]] = {}
    for release, found in by_release.items():
        if release in binaries:
            for doc, key, text in found:
                by_text.setdefault((release, text), []).append((doc, key))
    ahead = {item: _taken(binaries[item[0]], item[1]) for item in by_text}
    todo = [item for item, run in ahead.items() if run is None]

    def run(item: tuple[str, str]) -> tuple[int, str]:
        release, text = item
        return _validate(binaries[release], text, release)

    ran: dict[tuple[str, str], tuple[int, str]] = {}
    if todo:
        with ThreadPoolExecutor(max_workers=min(len(todo), os.cpu_count() or 2)) as pool:
            ran = dict(zip(todo, pool.map(run, todo)))
    outcomes = [(item, *(ran[item] if run is None else run.result())) for item, run in ahead.items()]
    for (release, text), returncode, output in outcomes:
        if returncode == 0:
            continue
        lines = _error_lines(output)
        unknown = _unknown_components(lines)
        if unknown:
            code = messages.COLLECTOR_COMPONENT_UNKNOWN
            message = (f"the check collector{'' if release == DEFAULT_RELEASE else ' ' + release} does not know "
                       f"{', '.join(unknown)}: a typo, or a component otlp-istio "
                       "does not render (the check holds only those; the image you deploy may have it), so the "
                       f"real collector did not check this config; {' '.join(lines[-len(unknown):])}")
        else:
            code = messages.COLLECTOR_CONFIG_INVALID
            message = (f"the OpenTelemetry Collector rejects this config: {' '.join(lines)}; fix collector.exporters "
                       f"or collector.config in the environment file (otlp-istio explain {code})")
        for doc, key in by_text[(release, text)]:
            meta = doc.data.get("metadata") or {}
            result.findings.append(messages.finding(
                code, resource=resource_id("ConfigMap", str(meta.get("name", "")), meta.get("namespace")),
                path=f"data[{key}]", message=message, file=doc.file, line=doc.line))
    result.ran = True
    result.configs = len(by_text)
    return result
