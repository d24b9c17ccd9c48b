"""Trees and blobs in the publish cache: many objects are written in bulk (fast-import for the
blobs, one pack for the trees), few as loose objects; git reads both alike."""
from __future__ import annotations

import subprocess

import pytest
from git import Repo

from otlp_istio.publish import trees
from otlp_istio.publish.trees import TreeStore, blob_sha, object_sha

from .conftest import git


def files(n: int) -> dict[str, bytes]:
    return {f"otlp-istio/env-{e:03d}/mesh/file-{i}.yaml": f"kind: X\nenv: {e}\ni: {i}\n".encode()
            for e in range(n) for i in range(5)}


def store_at(path) -> TreeStore:
    git("init", "--quiet", "--bare", str(path))
    return TreeStore(Repo(path))


def objects(path) -> dict[str, str]:
    out = git("cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)", cwd=path)
    return dict(line.split() for line in out.splitlines())


@pytest.mark.parametrize("count", [2, 40])  # 2 environments: loose objects; 40: in bulk
def test_a_flush_writes_exactly_the_new_objects_and_git_reads_them(tmp_path, count):
    store = store_at(tmp_path / "r.git")
    root = store.edit(None, files(count))
    assert objects(tmp_path / "r.git") == {}  # nothing is written before the flush
    bulk = len(store.pending) > trees.LOOSE_MAX
    assert bulk is (count == 40)

    store.flush()

    found = objects(tmp_path / "r.git")
    assert found[root.hex()] == "tree"
    assert sorted(sha for sha, kind in found.items() if kind == "blob") == sorted(
        blob_sha(d).hex() for d in files(count).values())
    listed = git("ls-tree", "-r", root.hex(), cwd=tmp_path / "r.git").splitlines()
    assert len(listed) == 5 * count
    for path, data in list(files(count).items())[:7]:
        assert subprocess.run(["git", "show", f"{root.hex()}:{path}"], cwd=tmp_path / "r.git",
                              capture_output=True, check=True).stdout == data
    assert git("fsck", "--strict", "--no-dangling", cwd=tmp_path / "r.git", check=False) == ""
    packed = list((tmp_path / "r.git" / "objects" / "pack").glob("*.pack"))
    assert (len(packed) == 2) is bulk  # the blobs' pack and the trees' pack


def test_bulk_and_loose_writes_give_the_same_tree(tmp_path, monkeypatch):
    bulk = store_at(tmp_path / "a.git")
    monkeypatch.setattr(trees, "LOOSE_MAX", 10_000)
    loose = store_at(tmp_path / "b.git")
    a, b = bulk.edit(None, files(30)), loose.edit(None, files(30))
    assert a == b
    monkeypatch.setattr(trees, "LOOSE_MAX", 64)
    bulk.flush()
    monkeypatch.setattr(trees, "LOOSE_MAX", 10_000)
    loose.flush()
    assert objects(tmp_path / "a.git") == objects(tmp_path / "b.git")


def test_an_unchanged_file_writes_no_blob_and_a_read_sees_unflushed_objects(tmp_path):
    store = store_at(tmp_path / "r.git")
    root = store.edit(None, {"a/x.yaml": b"x: 1\n"})
    assert store.read_blob(blob_sha(b"x: 1\n")) == b"x: 1\n"  # read back before it is written
    store.flush()
    again = TreeStore(store.repo)
    assert again.edit(root, {"a/x.yaml": b"x: 1\n"}) == root
    assert again.pending == {}


def test_object_ids_are_gits(tmp_path):
    store = store_at(tmp_path / "r.git")
    data = b"apiVersion: v1\n"
    assert object_sha(b"blob", data).hex() == subprocess.run(
        ["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    root = store.edit(None, {"f": data})
    store.flush()
    assert git("cat-file", "-t", root.hex(), cwd=tmp_path / "r.git") == "tree"


def test_tree_data_is_byte_for_byte_what_gitpython_writes_and_refuses_what_it_refuses():
    from io import BytesIO

    from git.objects.fun import tree_to_stream

    from otlp_istio.publish.trees import BLOB, TREE, _sort_key, tree_data
    entries = {"kustomization.yaml": (BLOB, b"\x01" * 20), "mesh": (TREE, b"\x02" * 20),
               "mesh.yaml": (BLOB, b"\x03" * 20), "ünïcode-ø.yaml": (BLOB, b"\x04" * 20), "a": (TREE, b"\x05" * 20)}
    ordered = sorted(entries.items(), key=_sort_key)
    buf = BytesIO()
    tree_to_stream([(sha, mode, name) for name, (mode, sha) in ordered], buf.write)
    assert tree_data(ordered) == tree_data(ordered) == buf.getvalue()
    for bad in ("..", ".git", ".GIT", "git~1", "a/b", ""):
        with pytest.raises(ValueError):
            tree_data([(bad, (BLOB, b"\x01" * 20))])
