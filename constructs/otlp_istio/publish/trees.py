"""Git trees built in the object database, without a work tree or an index.

A publish never checks anything out: it reads the tip's tree, writes the rendered
files as blobs, rebuilds the trees on the path from each changed file up to the root
(every other entry kept as it is), and compares root tree ids. Equal ids mean nothing changed (no commit);
nothing on disk can be left half-updated, and no two runs share a work tree.
"""
from __future__ import annotations

import hashlib
from io import BytesIO
from pathlib import Path
from typing import Optional

from git import Repo
from git.objects.fun import tree_entries_from_data, tree_to_stream
from gitdb import LooseObjectDB
from gitdb.base import IStream

TREE = 0o040000
BLOB = 0o100644

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


class TreeStore:
    def __init__(self, repo: Repo):
        self.repo = repo
        self.odb = repo.odb
        # Writes go straight into objects/ (zlib in-process, temp file + rename per object):
        # the repository's own odb would start one `git hash-object` process per object.
        self.loose = LooseObjectDB(str(Path(repo.git_dir) / "objects"))
        self._trees: dict[bytes, Entries] = {}  # trees are immutable: read each once (git cat-file round trip)

    # ----------------------------------------------------------- reading
    def entries(self, tree: Optional[bytes]) -> Entries:
        if tree is None:
            return {}
        cached = self._trees.get(tree)
        if cached is None:
            data = self.odb.stream(tree).read()
            cached = self._trees[tree] = {name: (mode, sha) for sha, mode, name in tree_entries_from_data(data)}
        return dict(cached)

    def read_blob(self, sha: bytes) -> bytes:
        return self.odb.stream(sha).read()

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

    def edit(self, tree: Optional[bytes], edits: dict[str, Optional[bytes]],
             known: frozenset[bytes] | set[bytes] = frozenset()) -> Optional[bytes]:
        """``tree`` with single files set (content) or deleted (None); every other entry kept.

        Folders left empty disappear (git has no empty folders); None when the root is empty.
        """
        before = self.entries(tree)
        entries = dict(before)
        nested: dict[str, dict[str, Optional[bytes]]] = {}
        for path, data in edits.items():
            head, _, rest = path.partition("/")
            if rest:
                nested.setdefault(head, {})[rest] = data
            elif data is None:
                if head in entries and entries[head][0] != TREE:
                    del entries[head]
            else:
                entries[head] = (BLOB, self.write_blob(data, known))
        for name, sub in nested.items():
            old = entries.get(name)
            new = self.edit(old[1] if old and old[0] == TREE else None, sub, known)
            if new is None:
                entries.pop(name, None)
            else:
                entries[name] = (TREE, new)
        if not entries:
            return None
        if tree is not None and entries == before:
            return tree  # unchanged: nothing to write
        return self.write_tree(entries)


def empty_tree(store: TreeStore) -> bytes:
    return store.write_tree({})
