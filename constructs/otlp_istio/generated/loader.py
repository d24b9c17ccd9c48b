"""The command's import hook: the generated modules, structs only and optimized.

The command (:func:`otlp_istio.cli.run`, unless ``OTLP_ISTIO_TYPECHECK=1``) loads the
modules of ``imports/`` through :class:`OptimizedFinder`:

* as :mod:`.structs` rewrites them: structs, enums and stand-ins for the construct
  classes, without jsii, cdk8s or the assembly (no kernel to start, a third of the
  start-up saved); a module the rewrite does not understand is loaded whole;
* compiled with ``optimize=1``: every generated struct checks its arguments at run time
  inside ``if __debug__:`` blocks (jsii's documented switch is ``python -O``); compiled
  this way the checks are not skipped but absent, with no second interpreter, and
  nothing else changes (pydantic, our own code and its asserts run as usual).

The code is cached next to Python's own (``__pycache__/<module>.cpython-XY.opt-structs<checksum>.pyc``),
validated by the source's mtime and size as Python validates its caches, or, where the
mtime differs (a wheel installed by pip: the files get the time of the install), by the
size and a hash of the source. ``make setup`` writes these caches (``python -m
otlp_istio.generated.loader imports``), so does the wheel's build (``setup.py``), and at
run time they are written (or their mtime refreshed) unless ``PYTHONDONTWRITEBYTECODE``
is set or the folder is read-only. The tests, ``main.py`` (``cdk8s synth``) and library
users import the generated modules whole, checks on.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import marshal
import os
import sys
from pathlib import Path

import zlib

PREFIX = "imports."
# The cache's name carries a checksum of the code that made it (this module and the
# rewrite), so a changed rewrite never meets an old cache. The rewrite itself (``ast``) is
# imported only when a cache is missing.
VERSION = "structs" + format(zlib.crc32(Path(__file__).with_name("structs.py").read_bytes()
                                        + Path(__file__).read_bytes()), "08x")


def _pyc_header(mtime: float, size: int) -> bytes:
    # PEP 552's timestamp form: magic, flags 0, source mtime, source size (16 bytes);
    # then, our own, the source's hash (8 bytes) for when the mtime no longer matches
    return (importlib.util.MAGIC_NUMBER + (0).to_bytes(4, "little")
            + (int(mtime) & 0xFFFFFFFF).to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))


_HEADER = 24


def _compile(data: bytes, path: str):
    """Structs only where the rewrite applies, the whole module otherwise; optimized."""
    from .structs import Untransformable, lazy_classes, transform

    if b"\nimport jsii\n" not in data:  # a package's plain __init__: nothing to rewrite
        return compile(data, path, "exec", dont_inherit=True, optimize=1)
    try:
        tree = transform(data, path)
    except (Untransformable, SyntaxError):
        from . import kernel
        kernel.install()  # the whole module loads its assembly: keep the kernel lazy
        return compile(data, path, "exec", dont_inherit=True, optimize=1)
    return compile(lazy_classes(tree, path), path, "exec", dont_inherit=True, optimize=1)


class OptimizedLoader(importlib.machinery.SourceFileLoader):
    """A source loader whose code is :func:`_compile`'s, cached as ``opt-<VERSION>``."""

    write_cache = not sys.dont_write_bytecode

    def get_code(self, fullname: str):
        source_path = self.get_filename(fullname)
        cache = importlib.util.cache_from_source(source_path, optimization=VERSION)
        st = os.stat(source_path)
        header = _pyc_header(st.st_mtime, st.st_size)
        source = None
        try:
            with open(cache, "rb") as fh:
                data = fh.read()
            if data[:16] == header:
                return marshal.loads(data[_HEADER:])
            if data[:4] == header[:4] and data[12:16] == header[12:16]:  # same size, other mtime
                source = self.get_data(source_path)
                if data[16:_HEADER] == importlib.util.source_hash(source):
                    code = marshal.loads(data[_HEADER:])
                    self._write(cache, header + data[16:_HEADER], data[_HEADER:])  # next time by mtime
                    return code
        except (OSError, ValueError, EOFError):
            pass
        if source is None:
            source = self.get_data(source_path)
        code = _compile(source, source_path)
        self._write(cache, header + importlib.util.source_hash(source), marshal.dumps(code))
        return code

    def _write(self, cache: str, header: bytes, code: bytes) -> None:
        if not self.write_cache:
            return
        try:
            os.makedirs(os.path.dirname(cache), exist_ok=True)
            tmp = f"{cache}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                fh.write(header + code)
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only tree: validate by hash (or compile) each time


class OptimizedFinder:
    """Finds ``imports.*`` modules as usual and gives them the optimizing loader (a meta
    path finder: ``find_spec`` is all it needs to be)."""

    def find_spec(self, fullname, path, target=None):
        if not fullname.startswith(PREFIX):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            spec.loader = OptimizedLoader(fullname, spec.origin)
        return spec


def install() -> None:
    """Load the generated modules imported from now on structs only, without checks."""
    if not installed():
        sys.meta_path.insert(0, OptimizedFinder())


def installed() -> bool:
    return any(isinstance(f, OptimizedFinder) for f in sys.meta_path)


def precompile(root: Path) -> int:
    """Write the caches of every module under ``root`` (``make setup``): its code as this
    loader compiles it, and the tables read from its jsii bundle. Returns how many modules."""
    from .tables import module_tables

    count = 0
    for source in sorted(Path(root).rglob("*.py")):
        if source.parent.name == "_jsii":
            continue  # the assembly loaders: never imported through this loader
        loader = OptimizedLoader("imports._precompile", str(source))
        loader.write_cache = True
        loader.get_code("imports._precompile")
        if (source.parent / "_jsii").is_dir():
            module_tables(str(source.parent))
        count += 1
    return count


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["imports"]:
        precompile(Path(arg))
