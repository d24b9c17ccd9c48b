"""What a publish changes, resource by resource, and the commit message that says so.

A resource is one file of an environment folder (one object per file). Its kind and
name are read from the document's first lines: the canonical writer puts
``apiVersion, kind, metadata`` first, so no YAML parse is needed for 2,800 files.
"""
from __future__ import annotations

import difflib
import enum
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from .prune import Fate, fate, kustomization_prunes

_KIND = re.compile(rb"^kind:[ \t]*['\"]?([^'\"\s#]+)", re.M)
_META_KEY = re.compile(rb"^  (name|namespace):[ \t]*['\"]?([^'\"\n#]*?)['\"]?[ \t]*$")


class Action(str, enum.Enum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"

    @property
    def sign(self) -> str:
        return {"added": "+", "changed": "~", "removed": "-"}[self.value]


def describe(data: bytes, file: str) -> tuple[str, str, Optional[str]]:
    """``(kind, name, namespace)`` of a manifest; from the file name where the text does not say."""
    kind, name, namespace = _described(data)
    stem = file.rsplit("/", 1)[-1]
    stem = stem[:-5] if stem.endswith(".yaml") else stem[:-4] if stem.endswith(".yml") else stem
    if kind is None:
        kind = stem.split("-", 1)[0] or "Unknown"
    if name is None:
        prefix = kind.lower() + "-"
        name = stem[len(prefix):] if stem.lower().startswith(prefix) else stem
    return kind, name, namespace


@lru_cache(maxsize=4096)  # publish describes each file it places, then each it changes: read once
def _described(data: bytes) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """``(kind, name, namespace)`` as the text says them (None where it does not)."""
    kind = name = namespace = None
    m = _KIND.search(data)
    if m:
        kind = m.group(1).decode("utf-8", "replace")
    lines = data.split(b"\n")
    in_meta = False
    for line in lines:
        if line.startswith(b"metadata:"):
            in_meta = True
            continue
        if in_meta:
            if line and not line.startswith(b" "):
                break
            mm = _META_KEY.match(line)
            if mm:
                value = mm.group(2).decode("utf-8", "replace")
                if mm.group(1) == b"name":
                    name = value
                else:
                    namespace = value
    return kind, name, namespace


@dataclass
class ResourceChange:
    env: str
    file: str  # path inside the environment folder
    path: str  # path inside the repository
    action: Action
    kind: str
    name: str
    namespace: Optional[str]
    old: Optional[bytes] = field(default=None, repr=False)
    new: Optional[bytes] = field(default=None, repr=False)
    fate: Optional[Fate] = None  # removed: what the cluster does with the object (see .prune)

    @property
    def on_cluster(self) -> Optional[Fate]:
        """What the cluster does with a removed resource's object (deleted, unless known otherwise)."""
        if self.action is not Action.REMOVED:
            return None
        return self.fate or Fate.DELETED

    @property
    def resource(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}" if self.namespace else f"{self.kind} {self.name}"

    def unified_diff(self, context: int = 3) -> str:
        old = (self.old or b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = (self.new or b"").decode("utf-8", "replace").splitlines(keepends=True)
        a = "/dev/null" if self.action is Action.ADDED else f"a/{self.path}"
        b = "/dev/null" if self.action is Action.REMOVED else f"b/{self.path}"
        lines = []
        for line in difflib.unified_diff(old, new, a, b, n=context):
            lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(lines)

    def to_dict(self, with_diff: bool = True) -> dict:
        d = {"environment": self.env, "file": self.file, "path": self.path, "action": self.action.value,
             "kind": self.kind, "name": self.name, "namespace": self.namespace}
        if self.on_cluster is not None:
            d["cluster"] = self.on_cluster.value
        if with_diff:
            d["diff"] = self.unified_diff()
        return d


@dataclass
class EnvChanges:
    env: str
    folder: str
    changes: list[ResourceChange]
    files: int  # files the folder holds after the publish

    def count(self, action: Action) -> int:
        return sum(1 for c in self.changes if c.action is action)

    def summary(self) -> str:
        if not self.changes:
            return "unchanged"
        parts = [f"{self.count(a)} {a.value}" for a in Action if self.count(a)]
        return ", ".join(parts)


@dataclass
class ChangeSet:
    envs: list[EnvChanges]

    @property
    def changes(self) -> list[ResourceChange]:
        return [c for e in self.envs for c in e.changes]

    @property
    def empty(self) -> bool:
        return not any(e.changes for e in self.envs)

    def count(self, action: Action) -> int:
        return sum(e.count(action) for e in self.envs)

    def changed_envs(self) -> list[str]:
        return [e.env for e in self.envs if e.changes]

    def by_kind(self) -> dict[str, Counter]:
        out: dict[str, Counter] = {}
        for c in self.changes:
            out.setdefault(c.kind, Counter())[c.action] += 1
        return dict(sorted(out.items()))

    def totals(self) -> str:
        parts = [f"{self.count(a)} {a.value}" for a in Action if self.count(a)]
        return ", ".join(parts) or "no changes"

    def by_fate(self) -> dict[Fate, list[ResourceChange]]:
        """The removed resources by what the cluster does with them (every fate, maybe empty)."""
        out: dict[Fate, list[ResourceChange]] = {f: [] for f in Fate}
        for c in self.changes:
            if c.on_cluster is not None:
                out[c.on_cluster].append(c)
        return out

    def to_dict(self, with_diff: bool = True) -> dict:
        return {
            "changed": not self.empty,
            "summary": {a.value: self.count(a) for a in Action},
            "cluster": {f.value: [c.resource for c in cs] for f, cs in self.by_fate().items()},
            "by_kind": {k: {a.value: n for a, n in sorted(c.items(), key=lambda x: x[0].value)}
                        for k, c in self.by_kind().items()},
            "environments": [{"name": e.env, "folder": e.folder, "files": e.files,
                              "summary": {a.value: e.count(a) for a in Action},
                              "resources": [c.to_dict(with_diff) for c in e.changes]} for e in self.envs],
        }


def bookkeeping(path: str) -> bool:
    """Files publish writes for itself (each folder's kustomization.yaml, the inventory and the record
    of what was published): they change with the resources and are not counted as resources."""
    parts = path.split("/")
    return parts[-1] == "kustomization.yaml" or (len(parts) == 3 and parts[0] == ".otlp-istio"
                                                 and parts[2] in ("inventory.yaml", "inputs.yaml"))


def compare(env: str, folder: str, old: dict[str, bytes], new: dict[str, bytes],
            new_shas: dict[str, bytes], read_old: Callable[[bytes], bytes]) -> EnvChanges:
    """One environment: ``old`` (repository path → blob id in the tip) against ``new``
    (repository path → content). ``folder`` is the environment's main folder: paths in
    it are shown relative to it."""
    changes: list[ResourceChange] = []
    for path in sorted(set(old) | set(new)):
        if bookkeeping(path):
            continue
        if path in new and path not in old:
            action = Action.ADDED
        elif path in old and path not in new:
            action = Action.REMOVED
        elif old[path] != new_shas[path]:
            action = Action.CHANGED
        else:
            continue
        old_data = read_old(old[path]) if path in old else None
        new_data = new.get(path)
        kind, name, ns = describe(new_data if new_data is not None else old_data, path)
        file = path[len(folder) + 1:] if path.startswith(folder + "/") else path
        changes.append(ResourceChange(env=env, file=file, path=path, action=action,
                                      kind=kind, name=name, namespace=ns, old=old_data, new=new_data))
    removed = [c for c in changes if c.action is Action.REMOVED]
    if removed:
        prunes = kustomization_prunes([*(c.old for c in removed if c.old), *new.values()])
        for c in removed:
            c.fate = fate(c.path, c.old, prunes)
    return EnvChanges(env=env, folder=folder, changes=changes, files=sum(1 for p in new if not bookkeeping(p)))


# ------------------------------------------------------------------ commit message

_LIST_LIMIT = 25  # resources listed one by one per environment; above, counts by kind


def _kind_counts(changes: list[ResourceChange]) -> str:
    per: dict[str, Counter] = {}
    for c in changes:
        per.setdefault(c.kind, Counter())[c.action] += 1
    out = []
    for kind in sorted(per):
        signs = " ".join(f"{a.sign}{per[kind][a]}" for a in Action if per[kind][a])
        out.append(f"{kind} {signs}")
    return "; ".join(out)


def _env_list(names: list[str]) -> str:
    if len(names) <= 4:
        return ", ".join(names)
    return f"{len(names)} environments"


def commit_message(cs: ChangeSet, *, source: str, subject: Optional[str] = None, verb: str = "deploy") -> str:
    """A message that reads as a deployment history entry.

    Subject: which environments and the totals. Body: each environment's changes
    (resources listed, or counted by kind when there are many), the counts by kind,
    then trailers (``Otlp-Istio-Source``, ``Otlp-Istio-Environments``) for machines.
    """
    changed = cs.changed_envs()
    head, extra = f"{verb} {_env_list(changed)}: {cs.totals()}", ""
    if not changed:  # only publish's own files changed (an inventory recorded, a kustomization.yaml added)
        head = f"{verb} {_env_list([e.env for e in cs.envs])}: inventory and kustomization.yaml only"
    if subject and subject.strip():
        first, _, rest = subject.strip().partition("\n")
        head, extra = first.strip(), rest.strip()
    body = [extra, ""] if extra else []
    for e in cs.envs:
        if not e.changes:
            body.append(f"{e.env} ({e.folder}): unchanged")
            continue
        body.append(f"{e.env} ({e.folder}): {e.summary()}")
        if len(e.changes) <= _LIST_LIMIT:
            for c in e.changes:
                body.append(f"  {c.action.value:<8} {c.resource}")
        else:
            body.append(f"  {_kind_counts(e.changes)}")
    body += ["", f"By kind: {_kind_counts(cs.changes)}", "",
             f"Otlp-Istio-Source: {source}",
             f"Otlp-Istio-Environments: {' '.join(changed)}"]
    return head + "\n\n" + "\n".join(body) + "\n"
