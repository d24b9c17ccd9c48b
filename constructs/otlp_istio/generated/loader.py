"""The command's import hook: the generated modules compiled with optimisation.

Every generated struct and construct checks its arguments at run time inside
``if __debug__:`` blocks (jsii's documented switch is ``python -O``). Instead of
re-executing the interpreter under ``-O``, the command compiles just the modules of
``imports/`` with ``optimize=1``: the compiler drops those blocks, so the checks are
not skipped but absent, and nothing else changes (pydantic, our own code and its
asserts run as usual). The bytecode is cached where ``python -O`` caches it
(``__pycache__/<module>.cpython-XY.opt-1.pyc``), validated by the source's mtime and
size as Python validates its own caches.

Only :func:`otlp_istio.cli.run` installs the hook (unless ``OTLP_ISTIO_TYPECHECK=1``);
the tests, ``main.py`` and library users import the generated modules normally, with
their checks.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import marshal
import os
import sys

PREFIX = "imports."


def _pyc_header(mtime: float, size: int) -> bytes:
    # PEP 552: magic, flags 0 (timestamp-validated), source mtime, source size
    return (importlib.util.MAGIC_NUMBER + (0).to_bytes(4, "little")
            + (int(mtime) & 0xFFFFFFFF).to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))


class OptimizedLoader(importlib.machinery.SourceFileLoader):
    """A source loader whose code is compiled with ``optimize=1`` (cached as opt-1)."""

    def get_code(self, fullname: str):
        source_path = self.get_filename(fullname)
        cache = importlib.util.cache_from_source(source_path, optimization=1)
        st = os.stat(source_path)
        header = _pyc_header(st.st_mtime, st.st_size)
        try:
            with open(cache, "rb") as fh:
                data = fh.read()
            if data[:16] == header:
                return marshal.loads(data[16:])
        except (OSError, ValueError, EOFError):
            pass
        code = compile(self.get_data(source_path), source_path, "exec", dont_inherit=True, optimize=1)
        if not sys.dont_write_bytecode:
            try:
                os.makedirs(os.path.dirname(cache), exist_ok=True)
                tmp = f"{cache}.{os.getpid()}.tmp"
                with open(tmp, "wb") as fh:
                    fh.write(header + marshal.dumps(code))
                os.replace(tmp, cache)
            except OSError:
                pass  # a read-only tree: compile each time
        return code


class OptimizedFinder(importlib.abc.MetaPathFinder):
    """Finds ``imports.*`` modules as usual and gives them the optimizing loader."""

    def find_spec(self, fullname, path, target=None):
        if not fullname.startswith(PREFIX):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            spec.loader = OptimizedLoader(fullname, spec.origin)
        return spec


def install() -> None:
    """Compile the generated modules imported from now on without their type checks."""
    if not any(isinstance(f, OptimizedFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, OptimizedFinder())
