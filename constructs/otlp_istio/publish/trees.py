"""Git trees built in the object database, without a work tree or an index.

A publish never checks anything out: it reads the tip's tree, writes the rendered
files as blobs, rebuilds the trees on the path from each environment's folder up to
the root, and compares root tree ids. Equal ids mean nothing changed (no commit);
nothing on disk can be left half-updated, and no two runs share a work tree.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Optional

from git import Repo
from git.objects.fun import tree_entries_from_data, tree_to_stream
from gitdb import LooseObjectDB
from gitdb.base import IStream
from gitdb.exc import BadObject

TREE = 0o040000
BLOB = 0o100644
EXECUTABLE = 0o100755

Entries = dict[str, tuple[int, bytes]]  # name → (mode, binary sha)


def blob_sha(data: bytes) -> bytes:
    """The id git gives a blob with this content (computed here, no git call)."""
    h = hashlib.sha1(b"blob %d\0" % len(data))
    h.update(data)
    return h.digest()


def _sort_key(item: tuple[str, tuple[int, bytes]]) -> bytes:
    name, (mode, _) = item
    key = name.encode("utf-8")
    return key + b"/" if mode == TREE else key  # git orders a folder as "name/"


@dataclass
class Overlay:
    """Edits to apply below one tree: a folder replaced whole, or edits deeper down."""

    replace: Optional[dict[str, bytes]] = None  # relative path → content: the folder's new content
    children: Optional[dict[str, "Overlay"]] = None


class TreeStore:
    def __init__(self, repo: Repo):
        self.repo = repo
        self.odb = repo.odb
        # Writes go straight into objects/ (zlib in-process, temp file + rename per object):
        # the repository's own odb would start one `git hash-object` process per object.
        self.loose = LooseObjectDB(str(Path(repo.git_dir) / "objects"))

    # ----------------------------------------------------------- reading
    def entries(self, tree: Optional[bytes]) -> Entries:
        if tree is None:
            return {}
        data = self.odb.stream(tree).read()
        return {name: (mode, sha) for sha, mode, name in tree_entries_from_data(data)}

    def read_blob(self, sha: bytes) -> bytes:
        return self.odb.stream(sha).read()

    def has(self, sha: bytes) -> bool:
        try:
            self.odb.info(sha)
            return True
        except (BadObject, ValueError):
            return False

    def subtree(self, root: Optional[bytes], path: str) -> Optional[bytes]:
        """The tree at ``path`` below ``root``; None when there is none."""
        current = root
        for part in path.split("/"):
            entry = self.entries(current).get(part)
            if entry is None or entry[0] != TREE:
                return None
            current = entry[1]
        return current

    def files(self, tree: Optional[bytes], prefix: str = "") -> dict[str, bytes]:
        """Every blob below ``tree``: relative path → blob id."""
        out: dict[str, bytes] = {}
        for name, (mode, sha) in self.entries(tree).items():
            if mode == TREE:
                out.update(self.files(sha, f"{prefix}{name}/"))
            else:
                out[prefix + name] = sha
        return out

    # ----------------------------------------------------------- writing
    def write_tree(self, entries: Entries) -> bytes:
        buf = BytesIO()
        tree_to_stream([(sha, mode, name) for name, (mode, sha) in sorted(entries.items(), key=_sort_key)],
                       buf.write)
        data = buf.getvalue()
        return self.loose.store(IStream(b"tree", len(data), BytesIO(data))).binsha

    def write_blob(self, data: bytes, known: frozenset[bytes] | set[bytes] = frozenset()) -> bytes:
        sha = blob_sha(data)
        if sha not in known:
            self.loose.store(IStream(b"blob", len(data), BytesIO(data)))
        return sha

    def build(self, files: dict[str, bytes], known: frozenset[bytes] | set[bytes] = frozenset()) -> Optional[bytes]:
        """A tree holding exactly ``files`` (paths may contain '/'); None when empty."""
        if not files:
            return None
        nested: dict[str, dict[str, bytes]] = {}
        entries: Entries = {}
        for path, data in files.items():
            head, _, rest = path.partition("/")
            if rest:
                nested.setdefault(head, {})[rest] = data
            else:
                entries[head] = (BLOB, self.write_blob(data, known))
        for name, sub in nested.items():
            sha = self.build(sub, known)
            if sha is not None:
                entries[name] = (TREE, sha)
        return self.write_tree(entries)

    def apply(self, tree: Optional[bytes], overlay: Overlay, known: frozenset[bytes] | set[bytes] = frozenset()) -> Optional[bytes]:
        """``tree`` with ``overlay`` applied; None when the result is empty."""
        if overlay.replace is not None:
            return self.build(overlay.replace, known)
        entries = self.entries(tree)
        for name, child in (overlay.children or {}).items():
            old = entries.get(name)
            new = self.apply(old[1] if old and old[0] == TREE else None, child, known)
            if new is None:
                entries.pop(name, None)
            else:
                entries[name] = (TREE, new)
        if not entries:
            return None
        return self.write_tree(entries)


def overlay_for(folders: dict[str, dict[str, bytes]]) -> Overlay:
    """folder path ('clusters/dev') → its files, as one overlay from the root."""
    root = Overlay(children={})
    for path, files in folders.items():
        node = root
        parts = path.split("/")
        for part in parts[:-1]:
            node = node.children.setdefault(part, Overlay(children={}))
        node.children[parts[-1]] = Overlay(replace=dict(files))
    return root


def empty_tree(store: TreeStore) -> bytes:
    return store.write_tree({})


def edit_files(store: TreeStore, tree: Optional[bytes], edits: dict[str, Optional[bytes]],
               known: frozenset[bytes] | set[bytes] = frozenset()) -> Optional[bytes]:
    """``tree`` with single files (paths from its root) set to content, or deleted for None;
    every other entry is kept. Folders left empty disappear; None when nothing is left."""
    entries = store.entries(tree)
    below: dict[str, dict[str, Optional[bytes]]] = {}
    for path, data in edits.items():
        head, _, rest = path.partition("/")
        if rest:
            below.setdefault(head, {})[rest] = data
        elif data is None:
            if head in entries and entries[head][0] != TREE:
                del entries[head]
        else:
            entries[head] = (BLOB, store.write_blob(data, known))
    for name, sub in below.items():
        old = entries.get(name)
        new = edit_files(store, old[1] if old and old[0] == TREE else None, sub, known)
        if new is None:
            entries.pop(name, None)
        else:
            entries[name] = (TREE, new)
    return store.write_tree(entries) if entries else None
