"""What each environment was published from, so a publish renders only the environments that changed.

Beside its inventory, publish records ``.otlp-istio/<env>/inputs.yaml``:

* ``inputs``: a digest of everything the environment's files and the gate's verdict on them follow
  from: otlp-istio itself (its code, the generated classes, the gate's schemas and rules, the
  kubeconform and collector it runs, the YAML and model libraries), publish's options (``--path``,
  ``--layout``, the repository URL a cluster is given, ``--kubernetes-version``), the environment's
  name, and the text of its file and of each base it extends;
* ``sources``: those files, relative to the folder of environment files, so the digest can be
  computed again from the files alone, before anything is loaded;
* ``published``: a digest of what the repository holds for the environment once the commit is made:
  the trees of its folders, the files beside its workload folder named after it (a rollout's state)
  and its state folder. A change by anyone else (an edit by hand, a canary step that did not say so)
  makes it differ;
* its places (``layout``, ``folder``, ``cluster``) and ``files``, for checking and reporting an
  environment that is not rendered.

An environment whose inputs and published digest both match is left as it is: not loaded, not
rendered, not checked, not written to ``--out``; its files stay exactly what a publish would write
(the same inputs give the same bytes and the same verdict). Anything else is rendered, checked and written.
The record is bookkeeping, never applied: Flux never reads ``.otlp-istio/``.
"""
from __future__ import annotations

import bisect
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .layout import STATE_ROOT, EnvLayout, Layout
from .trees import TREE, TreeStore

FORMAT = 1
RECORD = "inputs.yaml"
HEADER = ("# otlp-istio: what this environment was last published from. Publish renders it again only\n"
          "# when one of these differs. Written by the tool: do not edit.\n")


def record_path(env: str) -> str:
    return f"{STATE_ROOT}/{env}/{RECORD}"


def is_record(path: str) -> bool:
    parts = path.split("/")
    return len(parts) == 3 and parts[0] == STATE_ROOT and parts[2] == RECORD


# ----------------------------------------------------------------- otlp-istio itself

_TOOL: Optional[str] = None


def _files_below(folder: str, prefix: str, out: list[tuple[str, str]]) -> None:
    """``(relative path, path)`` of every file below ``folder`` (compiled caches and dot files left out)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if entry.is_dir():
                if name != "__pycache__":
                    _files_below(entry.path, f"{prefix}{name}/", out)
            elif not name.endswith((".pyc", ".pyo")):
                out.append((prefix + name, entry.path))


def _tree_digest(h, root: Path, label: str) -> None:
    """Every file below ``root`` (compiled caches left out), by relative path and content."""
    found: list[tuple[str, str]] = []
    _files_below(str(root), "", found)
    found.sort()  # by relative path: the order of the paths below one root
    h.update(f"{label} {len(found)}\n".encode())
    sha256 = hashlib.sha256
    for rel, path in found:
        with open(path, "rb") as fh:
            h.update(f"{rel} {sha256(fh.read()).hexdigest()}\n".encode())


def tool_id() -> str:
    """A digest of what makes this otlp-istio render and judge as it does (once per process)."""
    global _TOOL
    if _TOOL is None:
        import importlib.util

        import pydantic_core
        import yaml

        from ..validate.kubeconform import find_kubeconform
        from ..config.collector_version import RELEASES
        from ..validate.otelcol import find_otelcol
        from ..validate.registry import schemas_dir

        h = hashlib.sha256(f"otlp-istio tool {FORMAT}\n".encode())
        _tree_digest(h, Path(__file__).resolve().parent.parent, "package")
        spec = importlib.util.find_spec("imports")
        for location in (spec.submodule_search_locations or []) if spec else []:
            _tree_digest(h, Path(location), "imports")
        _tree_digest(h, Path(schemas_dir()), "schemas")
        h.update(f"yaml {yaml.__version__} {yaml.__with_libyaml__}; pydantic-core {pydantic_core.__version__}\n"
                 .encode())
        tools = [("kubeconform", find_kubeconform())]
        tools += [(f"otelcol {release}", find_otelcol(release)) for release in RELEASES]
        for name, binary in tools:
            size = os.stat(binary).st_size if binary else None
            h.update(f"{name} {size}\n".encode())
        _TOOL = h.hexdigest()
    return _TOOL


# ----------------------------------------------------------------- the inputs

@dataclass(frozen=True)
class Settings:
    """Publish's options that what it writes and checks depends on."""

    path: Optional[str]
    layout: Optional[str]
    cluster_url: Optional[str]
    kubernetes_version: str

    def lines(self) -> list[str]:
        return [f"path {self.path}", f"layout {self.layout}", f"url {self.cluster_url}",
                f"kubernetes {self.kubernetes_version}"]


def relative(path: str, config_dir: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(config_dir))).as_posix()


def inputs_digest(env: str, settings: Settings, texts: Iterable[tuple[str, str]]) -> str:
    """The digest of an environment's inputs; ``texts``: (file relative to the config folder, text),
    the environment file first, then its bases."""
    h = hashlib.sha256(f"otlp-istio inputs {FORMAT}\n{tool_id()}\n".encode())
    h.update(("\n".join(settings.lines()) + f"\nenvironment {env}\n").encode())
    for rel, text in texts:
        h.update(f"{rel} {hashlib.sha256(text.encode('utf-8')).hexdigest()}\n".encode())
    return h.hexdigest()


# ----------------------------------------------------------------- what the repository holds

def _beside(store: TreeStore, root: Optional[bytes], folder: str) -> list[str]:
    """``name mode sha`` of the folder itself and of the entries beside it named after it (``<name>.…``)."""
    parent, _, name = folder.rpartition("/")
    tree = store.subtree(root, parent) if parent else root
    if tree is None:
        return [f"{folder} -"]
    entries = store.entries(tree)
    names = sorted(entries)
    out = [f"{folder} {entries[name][0]:o} {entries[name][1].hex()}" if name in entries else f"{folder} -"]
    for other in names[bisect.bisect_left(names, name + "."):]:
        if not other.startswith(name + "."):
            break
        mode, sha = entries[other]
        out.append(f"{parent}/{other} {mode:o} {sha.hex()}")
    return out


def published_digest(store: TreeStore, root: Optional[bytes], layout: EnvLayout) -> str:
    """A digest of what the tree ``root`` holds for the environment (its record left out)."""
    lines = []
    for folder in layout.folders():
        lines += _beside(store, root, folder)
    state = store.subtree(root, layout.state) if root is not None else None
    for name, (mode, sha) in sorted(store.entries(state).items()):
        if name != RECORD:
            lines.append(f"{layout.state}/{name} {mode:o} {sha.hex()}")
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


# ----------------------------------------------------------------- the record

@dataclass(frozen=True)
class Record:
    inputs: str
    published: str
    layout: str  # flux or folder
    folder: str  # the workload folder
    cluster: Optional[str]  # the flux layout's cluster folder
    files: int
    sources: tuple[str, ...]

    @classmethod
    def of(cls, inputs: str, published: str, layout: EnvLayout, files: int, sources: tuple[str, ...]) -> "Record":
        return cls(inputs, published, layout.layout.value, layout.workload, layout.cluster, files, sources)

    def env_layout(self, env: str) -> EnvLayout:
        return EnvLayout(env=env, layout=Layout(self.layout), workload=self.folder, cluster=self.cluster)

    def to_bytes(self, env: str) -> bytes:
        lines = [f"format: {FORMAT}", f"environment: {env}", f"inputs: {self.inputs}",
                 f"published: {self.published}", f"layout: {self.layout}", f"folder: {self.folder}",
                 f"cluster: {self.cluster or '-'}", f"files: {self.files}", "sources:"]
        lines += [f"- {s}" for s in self.sources]
        return (HEADER + "\n".join(lines) + "\n").encode("utf-8")

    @classmethod
    def parse(cls, data: bytes) -> Optional["Record"]:
        """The record, or None when it is not one this version wrote (then the environment is rendered)."""
        fields: dict[str, str] = {}
        sources: list[str] = []
        try:
            for line in data.decode("utf-8").splitlines():
                if not line or line.startswith("#") or line == "sources:":
                    continue
                if line.startswith("- "):
                    sources.append(line[2:])
                    continue
                key, sep, value = line.partition(": ")
                if not sep:
                    return None
                fields[key] = value
            if fields.get("format") != str(FORMAT) or not sources:
                return None
            cluster = fields["cluster"] if fields["cluster"] != "-" else None
            Layout(fields["layout"])
            return cls(fields["inputs"], fields["published"], fields["layout"], fields["folder"], cluster,
                       int(fields["files"]), tuple(sources))
        except (UnicodeDecodeError, KeyError, ValueError):
            return None


def stamp(store: TreeStore, root: Optional[bytes], layouts: dict[str, EnvLayout],
          made: dict[str, tuple[str, tuple[str, ...], int]]) -> Optional[bytes]:
    """``root`` with the record of each environment of ``made`` (env → inputs digest, sources, files)
    written for what ``root`` holds of it."""
    edits: dict[str, Optional[bytes]] = {}
    for env, (inputs, sources, files) in made.items():
        layout = layouts[env]
        record = Record.of(inputs, published_digest(store, root, layout), layout, files, sources)
        edits[record_path(env)] = record.to_bytes(env)
    return store.edit(root, edits) if edits else root


def restamp(store: TreeStore, root: Optional[bytes], layout: EnvLayout) -> Optional[bytes]:
    """``root`` with the environment's record (if it has one) saying that ``root`` is what it published:
    for a writer that changes the environment's files as a publish of the same inputs would (a
    canary step), so the next publish does not render it again for that."""
    state = store.subtree(root, layout.state) if root is not None else None
    entry = store.entries(state).get(RECORD) if state is not None else None
    if entry is None:
        return root
    record = Record.parse(store.read_blob(entry[1]))
    if record is None:
        return root
    fresh = Record.of(record.inputs, published_digest(store, root, layout), layout, record.files, record.sources)
    return store.edit(root, {record_path(layout.env): fresh.to_bytes(layout.env)})


def read_texts(config_dir: Path, sources: tuple[str, ...]) -> Optional[list[tuple[str, str]]]:
    """(source, text) of each recorded file, read as the loader reads them; None when one is gone."""
    out = []
    for rel in sources:
        try:
            out.append((rel, (config_dir / rel).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            return None
    return out


def unchanged(store: TreeStore, root: Optional[bytes], config_dir: Path, files: dict[str, Path],
              settings: Settings) -> dict[str, Record]:
    """env → its record, for each environment of ``files`` (name → environment file) whose inputs and
    published files are those its record at ``root`` says."""
    out: dict[str, Record] = {}
    if root is None:
        return out
    for env, file in files.items():
        state = store.subtree(root, f"{STATE_ROOT}/{env}")
        entry = store.entries(state).get(RECORD) if state is not None else None
        if entry is None:
            continue
        record = Record.parse(store.read_blob(entry[1]))
        if record is None or record.sources[0] != relative(str(file), config_dir):
            continue
        texts = read_texts(config_dir, record.sources)
        if texts is None or inputs_digest(env, settings, texts) != record.inputs:
            continue
        if published_digest(store, root, record.env_layout(env)) == record.published:
            out[env] = record
    return out


def kept_environments(config_dir: Path, files: dict[str, Path], options, settings: Settings) -> dict[str, Record]:
    """env → record, for each environment of ``files`` (name → environment file) that the branch's tip
    already holds as a publish of it would leave it. Any failure to read the tip keeps nothing (the
    publish that follows reads it again and reports)."""
    from .errors import PublishError
    from .gitrepo import EnvRepo

    if options.remote.local and not Path(options.remote.url.removeprefix("file://")).exists():
        return {}  # the default repository, not made yet
    envrepo = EnvRepo(options.remote, options.state_dir)
    try:
        with envrepo.session():
            tip = envrepo.fetch_tip(options.branch, True)
            if tip is None:
                return {}
            store = TreeStore(envrepo.repo)
            root = store.repo.commit(tip).tree.binsha
            return unchanged(store, root, config_dir, files, settings)
    except PublishError:
        return {}
