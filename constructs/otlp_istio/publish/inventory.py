"""Ownership: publish owns exactly the files it wrote, recorded in an inventory it commits.

The way Flux's kustomize-controller records in ``status.inventory`` what a
Kustomization applied and prunes only that, publish records in
``.otlp-istio/<env>/inventory.yaml`` (committed with the files) every repository path
it wrote for the environment. The next publish deletes only paths of that list that
are no longer rendered; ``otlp-istio retire`` deletes exactly the listed paths.
Everything else — ``flux bootstrap``'s ``flux-system/``, a README, another tool's files,
even inside our folders — is never touched, and a path publish would write that
someone else holds is refused.

A repository published before inventories existed has none: files that carry
otlp-istio's own mark (the ``app.kubernetes.io/managed-by: otlp-istio`` label, or the
header of a ``kustomization.yaml`` publish wrote) at a path publish writes, or directly
in the old default folder ``clusters/<env>/``, are adopted; anything else is foreign.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from .errors import PublishError
from .layout import KUSTOMIZATION, STATE_ROOT, EnvLayout
from .trees import TREE

HEADER = ("# otlp-istio inventory: the files of this environment that `otlp-istio publish` wrote and owns.\n"
          "# Publish prunes only these; `otlp-istio retire` removes exactly these. Written by the tool: do not edit.\n")
_MARKS = (re.compile(rb"^\s*app\.kubernetes\.io/managed-by:\s*['\"]?otlp-istio['\"]?\s*$", re.M),
          re.compile(rb"\A# Written by otlp-istio publish"))
LEGACY_FOLDER = "clusters/{env}"  # where versions without an inventory wrote everything


def inventory_path(env: str) -> str:
    return f"{STATE_ROOT}/{env}/inventory.yaml"


def render(env: str, paths: list[str]) -> bytes:
    lines = [f"environment: {env}", "files:"] + [f"- {p}" for p in sorted(paths)]
    return (HEADER + "\n".join(lines) + "\n").encode("utf-8")


def parse(data: bytes, where: str) -> list[str]:
    """The paths an inventory lists; a clear error when it is not one publish wrote."""
    paths: list[str] = []
    seen_files = False
    for number, raw in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#") or line.startswith("environment:"):
            continue
        if line == "files:":
            seen_files = True
            continue
        if seen_files and line.startswith("- ") and line[2:].strip():
            paths.append(line[2:].strip())
            continue
        raise PublishError(f"{where}:{number}: not an otlp-istio inventory line: {raw!r}.\n"
                           "The inventory records the files publish owns; restore it from the branch's "
                           "history (git log -- " + where + ") rather than editing it.")
    if not seen_files:
        raise PublishError(f"{where}: not an otlp-istio inventory (no 'files:' list)")
    return paths


def is_inventory(path: str) -> Optional[str]:
    """The environment whose inventory ``path`` is, or None."""
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == STATE_ROOT and parts[2] == "inventory.yaml":
        return parts[1]
    return None


def all_owners(tip_files: dict[str, bytes], read: Callable[[bytes], bytes]) -> dict[str, str]:
    """path → environment, from every inventory of the tip."""
    owners: dict[str, str] = {}
    for path, sha in tip_files.items():
        env = is_inventory(path)
        if env is not None:
            for p in parse(read(sha), path):
                owners[p] = env
    return owners


class TipIndex:
    """The tip's files, read as far as they are asked for: a path's blob, the paths below a
    folder, each environment's owned paths (its inventory). Publishing some environments of a
    large repository reads their folders only; every inventory is read only when a path
    turns out to be someone else's (to name the owner) or for a repository without inventories.

    ``files`` (path → blob id of every file) stands in for a store and root where the whole
    tree is at hand already."""

    def __init__(self, files: Optional[dict[str, bytes]], read: Callable[[bytes], bytes], *,
                 store=None, root: Optional[bytes] = None):
        self._files = files
        self.read = read
        self.store, self.root = store, root
        self._owners: Optional[dict[str, str]] = None
        self._owned: dict[str, set[str]] = {}

    @property
    def files(self) -> dict[str, bytes]:
        """Every file of the tip (the whole tree is read)."""
        if self._files is None:
            self._files = self.store.files(self.root) if self.root is not None else {}
        return self._files

    def get(self, path: str) -> Optional[bytes]:
        """The blob id at ``path``; None when no file is there."""
        if self._files is not None:
            return self._files.get(path)
        if self.root is None:
            return None
        folder, _, name = path.rpartition("/")
        tree = self.store.subtree(self.root, folder) if folder else self.root
        if tree is None:
            return None
        entry = self.store.entries(tree).get(name)
        return entry[1] if entry is not None and entry[0] != TREE else None

    def __contains__(self, path: str) -> bool:
        return self.get(path) is not None

    def below(self, folder: str) -> list[str]:
        """Every file below ``folder``, sorted."""
        if self._files is not None:
            prefix = folder + "/"
            paths = sorted(self._files)
            start = bisect.bisect_left(paths, prefix)
            end = bisect.bisect_left(paths, folder + "0")  # "0" sorts right after "/"
            return paths[start:end]
        tree = self.store.subtree(self.root, folder) if self.root is not None else None
        return sorted(f"{folder}/{p}" for p in self.store.files(tree)) if tree is not None else []

    @property
    def owners(self) -> dict[str, str]:
        """path → environment, from every inventory of the tip."""
        if self._owners is None:
            if self._files is not None:
                self._owners = all_owners(self._files, self.read)
            else:
                found = {f"{STATE_ROOT}/{p}": sha for p, sha in self._state_inventories().items()}
                self._owners = all_owners(found, self.read)
        return self._owners

    def environments(self) -> list[str]:
        """The environments the tip holds (each with an inventory under ``.otlp-istio/``), sorted."""
        if self._files is not None:
            return sorted({env for env in map(is_inventory, self._files) if env is not None})
        return sorted(p.split("/", 1)[0] for p in self._state_inventories())

    def _state_inventories(self) -> dict[str, bytes]:
        """``<env>/inventory.yaml`` → blob id, for every environment folder of ``.otlp-istio``."""
        state = self.store.subtree(self.root, STATE_ROOT) if self.root is not None else None
        out = {}
        for env, (mode, sha) in (self.store.entries(state).items() if state is not None else ()):
            if mode == TREE:
                entry = self.store.entries(sha).get("inventory.yaml")
                if entry is not None and entry[0] != TREE:
                    out[f"{env}/inventory.yaml"] = entry[1]
        return out

    def owned_by(self, env: str) -> set[str]:
        """The paths ``env``'s inventory lists (its inventory alone is read)."""
        if env not in self._owned:
            inv = inventory_path(env)
            sha = self.get(inv)
            self._owned[env] = set(parse(self.read(sha), inv)) if sha is not None else set()
        return self._owned[env]


def marked(data: bytes) -> bool:
    return any(m.search(data) for m in _MARKS)


@dataclass
class EnvPlan:
    """What publishing one environment does to the repository."""

    env: str
    layout: EnvLayout
    writes: dict[str, bytes]  # path → content, the inventory included
    deletes: list[str]  # owned paths no longer rendered (present in the tip)
    owned: dict[str, bytes] = field(default_factory=dict)  # path → blob id: what it owned in the tip
    adopted: list[str] = field(default_factory=list)  # owned without an inventory (earlier versions)
    warnings: list[str] = field(default_factory=list)


def plan_env(layout: EnvLayout, placed: dict[str, bytes], tip: TipIndex) -> EnvPlan:
    """Ownership decisions for one environment; raises PublishError listing every foreign path."""
    env = layout.env
    inv = layout.inventory
    read = tip.read
    adopted: list[str] = []
    if inv in tip:
        owned_paths = set(tip.owned_by(env))
    else:
        legacy = LEGACY_FOLDER.format(env=env)
        candidates = [p for p in placed if p in tip]
        candidates += [p for p in tip.below(legacy) if "/" not in p[len(legacy) + 1:] and p not in placed]
        adopted = sorted(p for p in candidates if tip.owners.get(p) in (None, env) and marked(read(tip.get(p))))
        owned_paths = set(adopted)
    present = {p: tip.get(p) for p in owned_paths | set(placed)}  # path → blob id at the tip (None: absent)
    problems: list[str] = []
    for path in sorted(placed):
        if present[path] is not None and path not in owned_paths:
            other = tip.owners.get(path)
            who = f"environment {other!r} owns it" if other else "otlp-istio did not write it"
            problems.append(f"  {path}: already in the repository and {who}")
    # Our kustomization.yaml decides what Flux applies from a folder: a foreign manifest or
    # folder inside it (bootstrap's flux-system/, say) would silently stop being applied.
    for folder in layout.folders():
        prefix = folder + "/"
        hidden = set()
        for path in tip.below(folder):
            if path in owned_paths or path in placed or tip.owners.get(path):
                continue
            rest = path[len(prefix):]
            if not rest.endswith((".yaml", ".yml", ".json")):
                continue  # a README, notes: kustomize and Flux ignore them anyway
            hidden.add(prefix + rest.split("/", 1)[0] + "/" if "/" in rest else path)
        for path in sorted(hidden):
            problems.append(f"  {path}: not otlp-istio's, inside {folder}/ where publish writes the "
                            f"{KUSTOMIZATION} that decides what Flux applies from that folder; it would "
                            "no longer be applied")
    if problems:
        hint = ("Publish never overwrites or hides files it does not own. Move them out of the way, choose "
                "another folder (--path, flux.path), or, for a repository managed by `flux bootstrap`, use "
                "the flux layout (the default).")
        raise PublishError(f"environment {env!r}: publish would write where files it does not own are:\n"
                           + "\n".join(problems) + "\n" + hint)
    warnings = []
    if layout.cluster is not None:
        # Bootstrap writes no kustomization.yaml in clusters/<env>/ (Flux generates one that takes
        # in every subfolder); a hand-written one must list our folder, or Flux never applies it.
        top = f"{layout.cluster}/{KUSTOMIZATION}"
        sub = layout.flux_folder[len(layout.cluster) + 1:]
        listed = re.compile(rb"^\s*-\s*['\"]?(\./)?" + re.escape(sub.encode()) + rb"/?['\"]?\s*$", re.M)
        top_sha = tip.get(top)
        if top_sha is not None and not listed.search(read(top_sha)):
            warnings.append(f"{top} does not list {sub}: the Kustomization that applies {layout.cluster} "
                            f"will not apply {layout.flux_folder}/ (add '- {sub}' to its resources)")
    writes = dict(placed)
    writes[inv] = render(env, list(placed))
    deletes = sorted(p for p in owned_paths if present[p] is not None and p not in writes)
    owned = {p: present[p] for p in owned_paths if present[p] is not None}
    inv_sha = tip.get(inv)
    if inv_sha is not None:
        owned[inv] = inv_sha
    return EnvPlan(env=env, layout=layout, writes=writes, deletes=deletes, owned=owned, adopted=adopted,
                   warnings=warnings)
