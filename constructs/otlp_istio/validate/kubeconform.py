"""The schema check: one call of the real kubeconform binary over every file, offline.

``kubeconform -strict -output json -schema-location <ours> -kubernetes-version X -n <cores>``
over the environment folders (kubeconform walks them itself, so 10,000 files never hit the
command-line length limit). Its JSON output is turned into :class:`Finding` objects:

* ``statusInvalid``: one finding per leaf error of the message (``- at '/spec/x': ...``),
  path as ``spec.x[0].y``; an unknown field names the field and the fields allowed there;
* ``statusError``: no schema for the kind, or a file kubeconform cannot read.
"""
from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .. import messages
from ..errors import UserError
from ..fieldpath import format_path
from ..findings import Finding, resource_id
from .registry import PROJECT_ROOT, find_binary, load_schema_file, schema_locations

_LEAF_RE = re.compile(r"- at '((?:[^']|'')*)': (.*?)(?=\s+- at '|$)", re.S)
_SCHEMA_URL_RE = re.compile(r"validation failed with '(?:file://)?([^'#]*)#?'")
_ADDITIONAL_RE = re.compile(r"^additional propert(?:y|ies) ((?:'[^']*'(?:, )?)+) not allowed$")
_MISSING_RE = re.compile(r"^missing propert(?:y|ies) ((?:'[^']*'(?:, )?)+)$")
_QUOTED_RE = re.compile(r"'([^']*)'")


def find_kubeconform() -> str:
    """``$OTLP_ISTIO_KUBECONFORM``, then ``<project>/bin/kubeconform``, then ``PATH``."""
    found = find_binary("OTLP_ISTIO_KUBECONFORM", "kubeconform", path_names=("kubeconform",),
                        hint="the kubeconform binary (run `make setup` to install one)", root=PROJECT_ROOT)
    if found:
        return found
    local = PROJECT_ROOT / "bin" / "kubeconform"
    raise UserError("kubeconform not found (looked at $OTLP_ISTIO_KUBECONFORM, "
                    f"{local} and PATH); put kubeconform v0.7.0 on PATH (`go install "
                    "github.com/yannh/kubeconform/cmd/kubeconform@v0.7.0`, or a release binary) or set "
                    "$OTLP_ISTIO_KUBECONFORM to it; in a checkout, `make setup` builds it into bin/")


def command(paths: Iterable[str], kubernetes_version: str, *, binary: str | None = None,
            schemas: Path | None = None, workers: int | None = None) -> list[str]:
    cmd = [binary or find_kubeconform(), "-strict", "-output", "json",
           "-kubernetes-version", kubernetes_version,
           "-n", str(workers or os.cpu_count() or 2),
           # the environment folders hold YAML only; JSON files there are not manifests
           "-ignore-filename-pattern", r"\.json$"]
    for loc in schema_locations(schemas):
        cmd += ["-schema-location", loc]
    return cmd + list(paths)


# kubeconform spends about a fifth of its CPU in Go's garbage collector with the default
# GOGC=100; at 400 it collects a quarter as often, for ~60 MiB on a fleet of 10,000 documents
# (bench/RESULTS-validate.md). A GOGC the user sets wins.
GOGC = "400"


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("GOGC", GOGC)
    return env


@dataclass
class Run:
    """A kubeconform process started in the background (the CEL check runs meanwhile)."""

    cmd: list[str]
    proc: subprocess.Popen | None = None
    results: list[dict] = field(default_factory=list)

    def start(self) -> "Run":
        try:
            self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_environment())
        except OSError as exc:
            raise UserError(f"cannot run kubeconform ({self.cmd[0]}): {exc}; run `make setup`") from None
        return self

    def __enter__(self) -> "Run":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop kubeconform if it still runs and reap it: the gate never leaves it behind."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()

    def wait(self) -> list[dict]:
        assert self.proc is not None
        out, err = self.proc.communicate()
        text = out.decode("utf-8", "replace")
        try:
            data = json.loads(text) if text.strip() else {"resources": []}
        except ValueError:
            data = None
        if self.proc.returncode not in (0, 1) or not isinstance(data, dict):
            detail = (err.decode("utf-8", "replace").strip() or text.strip())[:2000]
            raise UserError(f"kubeconform failed (exit {self.proc.returncode}): {detail}")
        self.results = list(data.get("resources") or [])
        return self.results


# ----------------------------------------------------------------- output -> findings

def pointer_segments(pointer: str) -> list[str]:
    if not pointer or pointer == "/":
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]


def leaf_errors(result: dict) -> list[tuple[list[str], str]]:
    """The leaf ``(path segments, message)`` pairs of one invalid resource."""
    msg = result.get("msg") or ""
    pairs = [(pointer_segments(p.replace("''", "'")), m.strip()) for p, m in _LEAF_RE.findall(msg)]
    if not pairs:
        pairs = [(pointer_segments(e.get("path", "")), e.get("msg", ""))
                 for e in result.get("validationErrors") or []]
    leaves = []
    for segs, m in pairs:
        nested = any(len(o) > len(segs) and o[:len(segs)] == segs for o, _ in pairs)
        if m == "validation failed" and nested:
            continue  # a parent of more precise errors
        leaves.append((segs, m))
    return leaves or [([], msg or "invalid")]


def _resolve(schema: dict, node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and "$ref" in node and depth < 32:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return None
        node = schema
        for part in ref[2:].split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(node, dict) else None
        depth += 1
    return node


def schema_node(schema: dict, segments: list[str]) -> dict | None:
    """The schema node that describes the instance at ``segments`` (best effort)."""
    node = _resolve(schema, schema)
    for seg in segments:
        if not isinstance(node, dict):
            return None
        props = node.get("properties") or {}
        if seg in props:
            node = _resolve(schema, props[seg])
        elif isinstance(node.get("items"), dict) and seg.isdigit():
            node = _resolve(schema, node["items"])
        elif isinstance(node.get("additionalProperties"), dict):
            node = _resolve(schema, node["additionalProperties"])
        else:
            return None
    return node if isinstance(node, dict) else None


def explain(result: dict, segments: list[str], message: str) -> list[tuple[list[str], str]]:
    """Rewrite kubeconform's terse messages into what to fix, naming allowed values."""
    m = _ADDITIONAL_RE.match(message)
    if m:
        names = _QUOTED_RE.findall(m[1])
        allowed: list[str] = []
        url = _SCHEMA_URL_RE.search(result.get("msg") or "")
        schema = load_schema_file(url[1]) if url else None
        node = schema_node(schema, segments) if schema else None
        if node:
            allowed = sorted(node.get("properties") or {})
        out = []
        for name in names:
            text = f"unknown field {name!r}"
            close = difflib.get_close_matches(name, allowed, n=1)
            if close:
                text += f" (did you mean {close[0]!r}?)"
            if allowed:
                text += "; allowed fields here: " + ", ".join(allowed)
            out.append(([*segments, name], text))
        return out
    m = _MISSING_RE.match(message)
    if m:
        return [([*segments, name], f"required field {name!r} is missing") for name in _QUOTED_RE.findall(m[1])]
    if message.startswith("oneOf failed, subschemas") or message.startswith("oneOf failed, none matched"):
        url = _SCHEMA_URL_RE.search(result.get("msg") or "")
        schema = load_schema_file(url[1]) if url else None
        node = schema_node(schema, segments) if schema else None
        choices = _one_of_fields(node) if node else []
        if choices:
            return [(segments, f"set at most one of: {', '.join(choices)} ({message})")]
    if message.startswith("got boolean, want") and "string" in message:
        return [(segments, f"{message}: quote the value - YAML 1.1 readers (kubectl, Flux, kubeconform) read "
                           "unquoted y, n, yes, no, on, off, true, false as booleans")]
    return [(segments, message)]


def _one_of_fields(node: dict) -> list[str]:
    names: list[str] = []
    for sub in node.get("oneOf") or []:
        for name in sub.get("required") or []:
            if name not in names:
                names.append(name)
    return names


def findings_from_results(results: list[dict],
                          resources: dict[tuple[str, str, str], tuple[str, int]] | None = None,
                          kubernetes_version: str = "") -> list[Finding]:
    """kubeconform's JSON ``resources`` as findings.

    ``resources`` maps ``(file, kind, name)`` to the ``Kind name.namespace`` id and the line
    where the document starts (kubeconform prints neither the namespace nor a line). When the
    name differs (kubeconform reads YAML 1.1, so an unquoted ``y`` is a boolean there) the
    only document of that kind in the file is used.
    """
    resources = resources or {}
    by_kind: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for (file, kind, _), value in resources.items():
        by_kind.setdefault((file, kind), []).append(value)
    findings: list[Finding] = []
    for r in results:
        status = r.get("status")
        file = os.path.normpath(r.get("filename") or "")
        kind, name = r.get("kind") or "", r.get("name") or ""
        hit = resources.get((file, kind, name))
        if hit is None and len(by_kind.get((file, kind), [])) == 1:
            hit = by_kind[(file, kind)][0]
        res, line = hit if hit else ((resource_id(kind, name, None) if kind else ""), None)
        if status == "statusInvalid":
            for segs, msg in leaf_errors(r):
                for segs2, text in explain(r, segs, msg):
                    findings.append(messages.finding(messages.SCHEMA_VIOLATION, resource=res, path=format_path(segs2),
                                                     message=text, file=file, line=line))
        elif status == "statusError":
            msg = r.get("msg") or "error"
            if msg.startswith("could not find schema"):
                version = r.get("version") or "?"
                text = (f"no schema for {kind} ({version}) for Kubernetes {kubernetes_version}: the kind or "
                        "apiVersion is misspelt, or its schema is missing; schemas exist for the Kubernetes "
                        "core kinds and CRDs listed in scripts/gen_schemas.py (run `make schemas` after adding one)")
                findings.append(messages.finding(messages.SCHEMA_MISSING, resource=res, path="apiVersion",
                                                 message=text, file=file, line=line))
            else:
                findings.append(messages.finding(messages.MANIFEST_UNREADABLE, resource=res, file=file, line=line,
                                                 message=f"kubeconform cannot read this manifest: {msg}"))
    return findings
