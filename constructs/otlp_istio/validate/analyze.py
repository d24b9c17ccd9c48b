"""``analyze``: the semantic analyzer on any YAML files, folders or standard input, with the
gate's schema side on Istio's kinds (istioctl's IST0106, SchemaValidationError).

istioctl validates each Istio object before its analyzers run (a misspelled ``loadBalancr``, an
empty ``trafficPolicy``). ``analyze`` does the same with the validation gate's own checks —
kubeconform against the committed schemas, the CRDs' CEL rules, the built-in validation of core
kinds and the rules of Istio's webhook (:func:`otlp_istio.validate.schema_findings`) — and
reports their errors on Istio's kinds under IST0106 (our code stays in the finding). Errors on
other kinds keep our schema codes; a kind without a schema is not an error here (istioctl skips
kinds it does not know), nor is a CEL rule the evaluator cannot compile.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from .. import messages
from ..errors import Problem, UserError
from ..fieldpath import display_path
from ..findings import SUPPRESS_ANNOTATION, Finding
from ..yamlio import Document, YamlSyntaxError, iter_yaml_files, load_documents, load_documents_text
from .context import Suppressed

STDIN = "<stdin>"
ISTIO_CODE = "IST0106"
ISTIO_KINDS = frozenset({
    "VirtualService", "DestinationRule", "ServiceEntry", "Sidecar", "Gateway", "WorkloadEntry", "WorkloadGroup",
    "EnvoyFilter", "ProxyConfig", "PeerAuthentication", "AuthorizationPolicy", "RequestAuthentication",
    "Telemetry", "WasmPlugin",
})
REPORTED = frozenset({messages.SCHEMA_VIOLATION, messages.CEL_RULE_FAILED, messages.CEL_RULE_ERROR})
SUPPRESSED_BY = f"annotation {SUPPRESS_ANNOTATION}"


def as_analyzer_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The gate's schema findings ``analyze`` reports: errors on Istio's kinds carry IST0106."""
    out = []
    for f in findings:
        if f.code not in REPORTED:
            continue
        if f.resource.partition(" ")[0] in ISTIO_KINDS:
            f = dataclasses.replace(f, istio_code=ISTIO_CODE)
        out.append(f)
    return out


def schema_side(documents: list[Document], stdin_text: str | None) -> list[Finding]:
    """The gate's schema side on what was read; standard input goes through a temporary file
    (kubeconform reads files), and its findings are given back the name ``<stdin>``. A
    :class:`UserError` when the gate's tools are not here (kubeconform, the schemas)."""
    from . import schema_findings

    files = sorted({d.file for d in documents if d.file != STDIN})
    docs = [d for d in documents if d.file != STDIN]
    with tempfile.TemporaryDirectory(prefix="otlp-istio-stdin-") as tmp:
        alias = ""
        if stdin_text is not None:
            alias = os.path.normpath(os.path.join(tmp, "stdin.yaml"))
            Path(alias).write_text(stdin_text)
            try:
                docs += load_documents(Path(alias), display=alias)
                files.append(alias)
            except (YamlSyntaxError, UserError):  # the analyzer's own read reported it already
                pass
        found = schema_findings(files, docs)
    return [dataclasses.replace(f, file=STDIN) if alias and f.file == alias else f
            for f in as_analyzer_findings(found)]


@dataclass
class Read:
    """What ``analyze`` read: the documents, the files that could not be read (as findings)."""

    documents: list[Document] = field(default_factory=list)
    unreadable: list[Finding] = field(default_factory=list)
    files: int = 0
    stdin_text: Optional[str] = None

    def load(self, file: str, loader: Callable[[], list[Document]]) -> None:
        try:
            self.documents.extend(loader())
        except YamlSyntaxError as exc:
            for p in exc.problems:
                self._unreadable(file, f"{p.message}; fix the YAML", p.line)
        except UserError as exc:
            for p in exc.problems:
                self._unreadable(file, p.message, p.line)

    def _unreadable(self, file: str, message: str, line: int | None = None) -> None:
        self.unreadable.append(messages.finding(messages.MANIFEST_UNREADABLE, message=message, file=file, line=line))


def check_paths(paths: list[Path] | None) -> None:
    """Usage errors (exit 2) before anything is read: no PATH, a PATH that does not exist."""
    if not paths:
        raise UserError("no PATH given: name YAML files or folders to analyze (or '-' for standard input); "
                        "see `otlp-istio analyze --help`")
    missing = [p for p in paths if str(p) != "-" and not p.exists()]
    if missing:
        raise UserError([Problem(file="", path="", message=f"{p}: no such file or folder") for p in missing])


def read_paths(paths: list[Path], read_stdin: Callable[[], str]) -> Read:
    """Every YAML file of ``paths`` (folders: sorted, below), and standard input for ``-``."""
    read = Read()
    files = [p for p in paths if str(p) != "-"]
    if any(str(p) == "-" for p in paths):
        read.files += 1
        read.stdin_text = stdin_text = read_stdin()
        read.load(STDIN, lambda: load_documents_text(stdin_text, STDIN))
    for path in iter_yaml_files(files):
        read.files += 1
        shown = display_path(path)  # named relative to where the command runs
        read.load(shown, lambda path=path, shown=shown: load_documents(path, display=shown))
    if read.files == 0:
        raise UserError(f"no YAML files (*.yaml, *.yml) in {', '.join(map(str, files))}")
    return read


def _analyzed(documents: list[Document], mesh_config, pods_only: bool, analyzers) -> tuple[list, list]:
    """The analyzer's findings and those accepted on purpose. A rendered environment folder among
    the paths brings the environment files synth recorded there (external Services, accepted
    findings, where each field is written), as ``validate`` reads them; with one such folder every
    document joins its environment, with several each is its own (the others go together)."""
    from ..analyzers import ANALYZERS, analyze_documents
    from .context import context_index, findings_in_context, snapshot_contexts

    chosen = ANALYZERS if analyzers is None else analyzers
    contexts = snapshot_contexts(documents)
    one = len(contexts) == 1
    groups = ([(next(iter(contexts.values())), documents)] if one else
              [(ctx, [d for d in documents if os.path.dirname(d.file) == folder]) for folder, ctx in contexts.items()])
    rest = [] if one else [d for d in documents if os.path.dirname(d.file) not in contexts]
    by_annotation: list[Finding] = []
    analyzed = (analyze_documents(rest, by_annotation, mesh_config=mesh_config, pods_only=pods_only,
                                  analyzers=chosen) if rest else [])
    suppressed = [Suppressed(f, SUPPRESSED_BY) for f in by_annotation]
    for ctx, docs in groups:
        index = context_index(docs, ctx, mesh_config=mesh_config, pods_only=pods_only)
        kept, accepted = findings_in_context(index, ctx, analyzers=chosen)
        analyzed += kept
        suppressed += accepted
    return analyzed, suppressed


@dataclass
class Analyzed:
    findings: list[Finding]
    suppressed: list[Suppressed]


def analyze_read(read: Read, *, mesh_config=None, pods_only: bool = False, schema: bool = True,
                 skipped: Callable[[UserError], None] = lambda exc: None, analyzers=None) -> Analyzed:
    """The analyzer's findings (and the schema side's, unless ``schema`` is off) on what was
    read, with field lines, sorted; ``skipped`` hears why the schema side could not run.
    ``analyzers``: those to run (``analyzers.select``; every one by default)."""
    from .locate import add_lines

    analyzed, suppressed = _analyzed(read.documents, mesh_config, pods_only, analyzers)
    if schema:
        try:
            analyzed += schema_side(read.documents, read.stdin_text)
        except UserError as exc:  # no kubeconform or schemas here (an installed wheel): analyze still runs
            skipped(exc)
    stdin_findings = [f for f in analyzed if f.file == STDIN]
    located = add_lines([f for f in analyzed if f.file != STDIN])
    findings = sorted(set(read.unreadable + located + stdin_findings), key=Finding.sort_key)
    return Analyzed(findings, suppressed)
