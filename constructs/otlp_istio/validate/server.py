"""``validate --server``: a server-side dry-run of the rendered folders against a real cluster.

Each file goes to ``kubectl apply --server-side --dry-run=server`` through the user's
kubeconfig, so the cluster's own API server judges it: its schemas and CEL rules for the
versions it serves, admission webhooks (Istio's validating webhook included), quotas. What it
refuses becomes a finding in the gate's format (``OI0501``, with the field path the server
names and that field's line). An object in a namespace that does not exist yet, but that the
folder itself creates, cannot be dry-run (a dry-run creates nothing): that is ``OI0502``, info.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import messages
from ..fieldpath import display_path
from ..findings import Finding
from ..yamlio import iter_yaml_files, load_documents

_FIELD_RE = re.compile(r" is invalid: ([A-Za-z][\w.\[\]\-/]*): (.*)", re.S)
_UNKNOWN_RE = re.compile(r'unknown field "([^"]+)"')
_LIST_RE = re.compile(r" is invalid: (\* .*)", re.S)  # several causes, each "* <field>: <why>"
_CAUSE_RE = re.compile(r"([A-Za-z][\w.\[\]\-/]*): (.*)", re.S)
_CAUSE_ALL_RE = re.compile(r"\*\s([A-Za-z][\w.\[\]\-/]*): (.*?)(?=\s\*\s[A-Za-z][\w.\[\]\-/]*: |$)", re.S)
_NS_RE = re.compile(r'namespaces "([^"]+)" not found')


def _resource(data: dict) -> str:
    meta = data.get("metadata") or {}
    ns = meta.get("namespace")
    return f"{data.get('kind', '?')} {meta.get('name', '?')}" + (f".{ns}" if ns else "")


def _messages(stderr: str) -> list[tuple[str, str]]:
    """(field path, message) for each cause in kubectl's error text (the server lists several as
    ``is invalid: * <field>: <why> * <field>: <why>``)."""
    text = " ".join(line.strip() for line in stderr.strip().splitlines() if line.strip())
    text = re.sub(r"^Error from server \(\w+\): (error when \w+ \"[^\"]*\": )?", "", text)
    m = _FIELD_RE.search(text)
    if m:
        head = text[:m.start(1)]
        causes = [c.strip() for c in re.split(r"(?:^|\s)\*\s", m.group(1) + ": " + m.group(2)) if c.strip()]
        out = []
        for cause in causes:
            one = _CAUSE_RE.match(cause)
            out.append((one.group(1), one.group(2).strip()) if one else ("", head + cause))
        return out
    m = _LIST_RE.search(text)
    if m:
        return [(f, why.strip()) for f, why in _CAUSE_ALL_RE.findall(m.group(1))] or [("", text)]
    m = _UNKNOWN_RE.search(text)
    if m:
        return [(m.group(1).lstrip("."), text)]
    return [("", text)]


def dry_run(folders: list[tuple[str, Path]], *, kubeconfig: str | None = None, context: str | None = None,
            workers: int = 4) -> list[Finding]:
    from .. import kubectl as kube
    files = [(env, p) for env, folder in folders for p in iter_yaml_files([folder])]
    try:
        kube.reach(kubeconfig=kubeconfig, context=context)
    except kube.ClusterUnreachable as exc:
        raise kube.ClusterUnreachable(f"validate --server: the cluster cannot be asked: {exc.render()}") from None
    created_here = set()
    docs_by_file = {}
    for _, path in files:
        docs = [d for d in load_documents(path, display=display_path(path)) if isinstance(d.data, dict)]
        docs_by_file[path] = docs
        created_here.update((d.data.get("metadata") or {}).get("name") for d in docs if d.data.get("kind") == "Namespace")

    def one(path: Path):
        return path, kube.run("apply", "--server-side", "--dry-run=server", "--field-manager", "otlp-istio",
                              "-f", str(path), kubeconfig=kubeconfig, context=context, check=False)

    findings: list[Finding] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for path, proc in pool.map(one, [p for _, p in files]):
            if proc.returncode == 0:
                continue
            docs = docs_by_file[path]
            doc = docs[0] if docs else None
            for d in docs:  # the object the error names, in a multi-document file
                if f'"{(d.data.get("metadata") or {}).get("name")}"' in proc.stderr:
                    doc = d
                    break
            resource = _resource(doc.data) if doc else ""
            line = doc.line if doc else None
            missing_ns = _NS_RE.search(proc.stderr)
            if missing_ns and missing_ns.group(1) in created_here:
                findings.append(messages.finding(
                    messages.SERVER_NOT_CHECKED, resource=resource, file=display_path(path), line=line,
                    message=(f"not dry-run: namespace {missing_ns.group(1)} does not exist in the cluster yet (this "
                             "folder creates it, and a dry-run creates nothing); apply the Namespace first to check "
                             "these objects")))
                continue
            for field, message in _messages(proc.stderr):
                if "no matches for kind" in message or "ensure CRDs are installed" in message:
                    message += "; the cluster does not serve this kind: install the CRDs (Istio, Flux, ...) first"
                findings.append(messages.finding(messages.SERVER_REJECTED, resource=resource, path=field,
                                                 file=display_path(path), line=line,
                                                 message=f"the API server refuses it: {message}"))
    from .locate import add_lines
    return add_lines(sorted(findings, key=Finding.sort_key))
