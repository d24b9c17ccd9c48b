"""How rendered documents become files: ``<kind>-<name>.yaml``, one object per file.

A name may be 253 characters long, a file name only 255 bytes: a longer file name keeps
its first characters and ends with 8 hex digits of its full text's SHA-256, so it stays
unique and the same on every run."""
from __future__ import annotations

import hashlib
from collections import Counter

from ..yamlio import canonical_document, dump_document


def file_names(docs: list[dict]) -> list[str]:
    """``<kind>-<name>.yaml`` in lower case; where two objects of one kind share a
    name (in different namespaces) both become ``<kind>-<namespace>-<name>.yaml``."""
    base = [f"{d['kind']}-{d['metadata']['name']}".lower() for d in docs]
    clashes = {b for b, n in Counter(base).items() if n > 1}
    names = []
    for b, d in zip(base, docs):
        if b in clashes:
            ns = d["metadata"].get("namespace") or "cluster"
            names.append(f"{d['kind']}-{ns}-{d['metadata']['name']}".lower() + ".yaml")
        else:
            names.append(b + ".yaml")
    names = [_fit(n) for n in names]
    if len(set(names)) != len(names):
        dup = sorted(n for n, k in Counter(names).items() if k > 1)
        raise ValueError(f"two objects render to the same file: {', '.join(dup)}")
    return names


MAX_FILE_NAME = 255  # bytes, as Linux and macOS file systems allow


def _fit(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_FILE_NAME:
        return name
    stem = name[:-len(".yaml")]
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
    keep = MAX_FILE_NAME - len(".yaml") - len(digest) - 1
    return f"{stem.encode('utf-8')[:keep].decode('utf-8', 'ignore')}-{digest}.yaml"


def to_files(docs: list[dict]) -> dict[str, bytes]:
    """File name → canonical YAML bytes, sorted by name."""
    pairs = sorted(zip(file_names(docs), docs))
    return {name: dump_document(doc).encode("utf-8") for name, doc in pairs}


def to_files_and_documents(docs: list[dict]) -> tuple[dict[str, bytes], list[tuple[str, dict]]]:
    """:func:`to_files`, and each file's document as its bytes read back give it (keys in the
    order written, integral floats as ints, tuples as lists): what the gate checks without
    parsing the bytes again (tests/synth/test_files.py reads them back to prove it)."""
    pairs = sorted(zip(file_names(docs), docs))
    return ({name: dump_document(doc).encode("utf-8") for name, doc in pairs},
            [(name, canonical_document(doc)) for name, doc in pairs])
