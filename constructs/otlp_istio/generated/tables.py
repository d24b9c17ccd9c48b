"""What the generated JavaScript knows and the generated Python does not.

``cdk8s import`` escapes names for jsii: enum members (``ROUND_ROBIN`` becomes
``ROUND_UNDERSCORE_ROBIN``) and some properties (``consecutive5xxErrors`` becomes
``consecutive5XxErrors``); its generated ``toJson_*`` functions map them back. Each
construct class's ``GVK`` (apiVersion and kind) is a static property that only
JavaScript holds: reading it from Python is a call into the kernel. All three are read
here from the generated code inside the module's jsii bundle (``_jsii/*.jsii.tgz``),
once, and cached next to the module's bytecode (``__pycache__/jsii-tables.json``),
keyed by the bundles' names, sizes and modification times, or where a time differs (a
wheel installed by pip), their CRC-32.
"""
from __future__ import annotations

import functools
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

# Read from the bundles only when the cache is missing or stale: compiled (and tarfile
# imported) there, not at every start-up.
_ENUM_LINE = r'^\s*(\w+)\["(\w+)"\] = "((?:[^"\\]|\\.)*)";$'
_TO_JSON_FN = r"^function toJson_(\w+)\(obj\) \{(.*?)^\}"
_TO_JSON_KEY = r"^\s*'((?:[^'\\]|\\.)*)': .*?\bobj\.(\w+)"
_GVK = r"^(\w+)\.GVK = \{\s*apiVersion: '([^']*)',\s*kind: '([^']*)',\s*\};"

CACHE_NAME = "jsii-tables.json"
_FORMAT = 2


@dataclass(frozen=True)
class Tables:
    enums: dict[tuple[str, str], str]  # (enum, member) -> wire value
    keys: dict[tuple[str, str], str]  # (struct, property) -> wire key
    gvks: dict[str, tuple[str, str]]  # construct class -> (apiVersion, kind)


def _parse(bundles: list[Path]) -> Tables:
    import re
    import tarfile

    enum_line, to_json_fn = re.compile(_ENUM_LINE, re.M), re.compile(_TO_JSON_FN, re.M | re.S)
    to_json_key, gvk_line = re.compile(_TO_JSON_KEY, re.M), re.compile(_GVK, re.M)
    enums: dict[tuple[str, str], str] = {}
    keys: dict[tuple[str, str], str] = {}
    gvks: dict[str, tuple[str, str]] = {}
    for tgz in bundles:
        with tarfile.open(tgz) as tar:
            for member in tar.getmembers():
                if not member.name.endswith(".js"):
                    continue
                text = tar.extractfile(member).read().decode("utf-8")
                for enum_name, key, value in enum_line.findall(text):
                    enums[(enum_name, key)] = value
                for struct, body in to_json_fn.findall(text):
                    for wire, prop in to_json_key.findall(body):
                        keys[(struct, prop)] = wire
                for cls, api_version, kind in gvk_line.findall(text):
                    gvks[cls] = (api_version, kind)
    return Tables(enums=enums, keys=keys, gvks=gvks)


def _to_json(tables: Tables, stamp: list) -> str:
    return json.dumps({"format": _FORMAT, "stamp": stamp,
                       "enums": sorted([*k, v] for k, v in tables.enums.items()),
                       "keys": sorted([*k, v] for k, v in tables.keys.items()),
                       "gvks": sorted([k, *v] for k, v in tables.gvks.items())})


def _from_json(data: dict) -> Tables:
    return Tables(enums={(e, m): v for e, m, v in data["enums"]},
                  keys={(s, p): w for s, p, w in data["keys"]},
                  gvks={c: (a, k) for c, a, k in data["gvks"]})


@functools.lru_cache(maxsize=None)
def module_tables(module_dir: str) -> Tables:
    """The tables of the generated module in ``module_dir`` (a folder with ``_jsii/``)."""
    bundles = sorted((Path(module_dir) / "_jsii").glob("*.jsii.tgz"))
    stamp = []
    for b in bundles:
        st = b.stat()
        stamp.append([b.name, st.st_size, st.st_mtime_ns])
    cache = Path(module_dir) / "__pycache__" / CACHE_NAME
    data = None
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("format") == _FORMAT and [s[:3] for s in data.get("stamp")] == stamp:
            return _from_json(data)
    except (OSError, ValueError, KeyError, TypeError):
        data = None
    stamp = [[*s, zlib.crc32(b.read_bytes())] for s, b in zip(stamp, bundles)]
    try:  # other times (installed from a wheel): the same bundles?
        if data is not None and data.get("format") == _FORMAT and [
                [s[0], s[1], s[3]] for s in data["stamp"]] == [[s[0], s[1], s[3]] for s in stamp]:
            tables = _from_json(data)
            _write(cache, _to_json(tables, stamp))  # next time by time
            return tables
    except (ValueError, KeyError, TypeError, IndexError):
        pass
    tables = _parse(bundles)
    _write(cache, _to_json(tables, stamp))
    return tables


def _write(cache: Path, text: str) -> None:
    try:
        cache.parent.mkdir(exist_ok=True)
        tmp = cache.with_name(f"{CACHE_NAME}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only tree: check or parse each time


def class_tables(cls: type) -> Tables:
    """The tables of the generated module that defines ``cls``."""
    import sys
    module = sys.modules[cls.__module__]
    return module_tables(str(Path(module.__file__).parent))
