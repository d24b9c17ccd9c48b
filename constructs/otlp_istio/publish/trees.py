"""Git trees built in the object database, without a work tree or an index.

A publish never checks anything out: it reads the tip's tree, computes the rendered
files' blobs, rebuilds the trees on the path from each changed file up to the root
(every other entry kept as it is), and compares root tree ids. Equal ids mean nothing changed (no commit);
nothing on disk can be left half-updated, and no two runs share a work tree.

New objects are ids computed here and kept in memory until :meth:`TreeStore.flush`, which
the commit calls: a few are written as loose objects; many (a fleet's first publish) in bulk,
the blobs through one ``git fast-import`` (which stores each blob as a delta of the one before
it: the same file of the next environment is nearly the same text) and the trees as one pack
written here (gitdb's pack writer). A run that commits nothing writes nothing.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Optional

from git import Repo
from git.compat import defenc
from git.db import GitCmdObjectDB
from git.objects.fun import tree_entries_from_data, tree_to_stream
from gitdb import LooseObjectDB
from gitdb.base import IStream, OStream
from gitdb.pack import PackEntity

from .errors import PublishError

TREE = 0o040000
BLOB = 0o100644

Entries = dict[str, tuple[int, bytes]]  # name → (mode, binary sha)
LOOSE_MAX = 64  # up to this many new objects are written one file each; more go in bulk


def object_sha(kind: bytes, data: bytes) -> bytes:
    """The id git gives an object of this type and content (computed here, no git call)."""
    h = hashlib.sha1(b"%s %d\0" % (kind, len(data)))
    h.update(data)
    return h.digest()


def blob_sha(data: bytes) -> bytes:
    """The id git gives a blob with this content (computed here, no git call)."""
    return object_sha(b"blob", data)


_CHECKED: set[tuple[str, int]] = set()  # (name, mode) of tree entries GitPython's checks accepted


def tree_data(entries: list[tuple[str, tuple[int, bytes]]]) -> bytes:
    """A tree object's content from its entries (sorted), byte for byte as GitPython's
    ``tree_to_stream`` writes it. Each distinct entry name is put through GitPython's own checks
    once (no empty, ``.``, ``..`` or ``/``; nothing that aliases ``.git``), not once per tree: a
    fleet's environments repeat the same file names in every folder."""
    parts = []
    for name, (mode, sha) in entries:
        if (name, mode) not in _CHECKED:
            tree_to_stream([(sha, mode, name)], lambda _: None)  # raises ValueError for a bad entry
            _CHECKED.add((name, mode))
        parts.append(b"%o %s\0%s" % (mode, name.encode(defenc), sha))
    return b"".join(parts)


def _sort_key(item: tuple[str, tuple[int, bytes]]) -> bytes:
    name, (mode, _) = item
    key = name.encode("utf-8")
    return key + b"/" if mode == TREE else key  # git orders a folder as "name/"


class ObjectDB(GitCmdObjectDB):
    """The object database the publish cache is opened with (``Repo(path, odbt=ObjectDB)``):
    it reads through git (``cat-file``), as GitPython's own does, and writes each object it is
    given (a commit) as a loose object in-process (zlib, a temporary file, a rename), where
    GitPython's starts a ``git hash-object`` process for every object."""

    def store(self, istream: IStream) -> IStream:
        return LooseObjectDB.store(self, istream)


class TreeStore:
    def __init__(self, repo: Repo):
        self.repo = repo
        self.odb = repo.odb
        # Few objects go straight into objects/ (zlib in-process, temp file + rename per object):
        # the repository's own odb would start one `git hash-object` process per object.
        self.loose = LooseObjectDB(str(Path(repo.git_dir) / "objects"))
        self._trees: dict[bytes, Entries] = {}  # trees are immutable: read each once (git cat-file round trip)
        # objects made but not written yet: id → (type, content, name it was written under)
        self.pending: dict[bytes, tuple[bytes, bytes, str]] = {}

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
        new = self.pending.get(sha)
        return new[1] if new is not None else self.odb.stream(sha).read()

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
        data = tree_data(sorted(entries.items(), key=_sort_key))
        sha = object_sha(b"tree", data)
        if sha not in self._trees:
            self._trees[sha] = dict(entries)
            self.pending[sha] = (b"tree", data, "")
        return sha

    def write_blob(self, data: bytes, known: frozenset[bytes] | set[bytes] = frozenset(), name: str = "") -> bytes:
        """The blob's id; the blob is written at :meth:`flush` unless ``known`` says it exists.
        ``name`` (its file name) puts it beside blobs of the same name in a bulk write."""
        sha = blob_sha(data)
        if sha not in known and sha not in self.pending:
            self.pending[sha] = (b"blob", data, name)
        return sha

    # ----------------------------------------------------------- flushing
    def flush(self) -> None:
        """Write every object made since the last flush (before a commit refers to them)."""
        pending, self.pending = self.pending, {}
        if not pending:
            return
        if len(pending) <= LOOSE_MAX:
            for kind, data, _ in pending.values():
                self.loose.store(IStream(kind, len(data), BytesIO(data)))
            return
        blobs = [(name, sha, data) for sha, (kind, data, name) in pending.items() if kind == b"blob"]
        trees = [(sha, data) for sha, (kind, data, _) in pending.items() if kind == b"tree"]
        if blobs:
            blobs.sort(key=lambda b: b[0])  # the same file of each environment one after the other
            self._fast_import(data for _, _, data in blobs)
        if trees:
            self._write_pack(b"tree", trees)

    def _fast_import(self, blobs) -> None:
        """Blobs into one pack with ``git fast-import`` (deltas against the blob before)."""
        proc = subprocess.Popen(["git", "--git-dir", str(self.repo.git_dir), "fast-import", "--quiet", "--done"],
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            assert proc.stdin is not None
            for data in blobs:
                proc.stdin.write(b"blob\ndata %d\n" % len(data))
                proc.stdin.write(data)
                proc.stdin.write(b"\n")
            proc.stdin.write(b"done\n")
            _, err = proc.communicate()
        except (BrokenPipeError, OSError):
            _, err = proc.communicate()
        if proc.returncode != 0:
            detail = "; ".join(ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip())[-400:]
            raise PublishError(f"git fast-import could not write the objects into the publish cache "
                               f"{self.repo.git_dir}: {detail or f'exit {proc.returncode}'}")

    def _write_pack(self, kind: bytes, objects: list[tuple[bytes, bytes]]) -> None:
        """Objects into one pack and its index in ``objects/pack`` (renamed into place last)."""
        folder = Path(self.repo.git_dir) / "objects" / "pack"
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"tmp-otlp-istio-{secrets.token_hex(4)}"
        streams = [OStream(sha, kind, len(data), BytesIO(data)) for sha, data in objects]
        try:
            with open(f"{tmp}.pack", "wb") as pack, open(f"{tmp}.idx", "wb") as index:
                pack_sha, _ = PackEntity.write_pack(streams, pack.write, index.write, object_count=len(streams))
            name = folder / f"pack-{pack_sha.hex()}"
            os.rename(f"{tmp}.pack", f"{name}.pack")  # the index last: git reads a pack through its index
            os.rename(f"{tmp}.idx", f"{name}.idx")
        finally:
            for suffix in (".pack", ".idx"):
                if os.path.exists(f"{tmp}{suffix}"):
                    os.unlink(f"{tmp}{suffix}")

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
                sha = blob_sha(data)
                if entries.get(head) != (BLOB, sha):  # the same content where it was: nothing to write
                    if sha not in known and sha not in self.pending:
                        self.pending[sha] = (b"blob", data, head)
                    entries[head] = (BLOB, sha)
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
