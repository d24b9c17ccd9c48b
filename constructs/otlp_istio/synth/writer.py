"""Atomic output: each ``OUT/<env>/`` is written to a temporary folder, then swapped in.

A failed or killed run leaves every ``OUT/<env>/`` either as it was or fully new.
On Linux the swap is one ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames.

Runs into one ``OUT`` are serialised by an exclusive ``flock`` on ``.OUT.otlp-istio.lock``
beside it (outside, so ``OUT`` holds only rendered files; the kernel releases the lock
when its holder dies). Every writer holds it from cleaning to
the last swap, so a staging folder found while holding it belongs to a run that died:
only then is it removed.
"""
from __future__ import annotations

import ctypes
import fcntl
import os
import secrets
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..testhooks import checkpoint



def lock_path(out_dir: Path) -> Path:
    """``dist`` → ``.dist.otlp-istio.lock`` in the same folder."""
    out = out_dir.resolve()
    return out.parent / f".{out.name}.otlp-istio.lock"

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _libc_function(name: str):
    """A C library function by name, or None. ``CDLL(None)`` is the symbols already
    loaded into this process (libc among them): no library search, no ``ldconfig -p``
    subprocess as ``ctypes.util.find_library`` runs."""
    try:
        return getattr(ctypes.CDLL(None, use_errno=True), name)
    except (OSError, AttributeError):
        return None


def _libc():
    fn = _libc_function("renameat2")
    if fn is None:
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_renameat2 = _libc()


def _syncfs(path: Path) -> None:
    """Flush the file system holding ``path`` once (Linux ``syncfs``), instead of one
    fsync per file: the same durability before the swap, at a fraction of the cost."""
    syncfs = _libc_function("syncfs")
    if syncfs is not None:
        try:
            fd = os.open(path, os.O_RDONLY)
            try:
                if syncfs(fd) == 0:
                    return
            finally:
                os.close(fd)
        except OSError:
            pass
    os.sync()


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False where the system cannot."""
    if _renameat2 is None:
        return False
    rc = _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    """A new folder holding ``files``: each created (never an existing one) relative to
    the folder's descriptor, with no Path object or Python file buffer per file."""
    folder.mkdir(parents=True)
    dir_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for name, data in files.items():
            fd = os.open(name, _NEW_FILE, 0o666, dir_fd=dir_fd)  # as open(): the umask applies
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
    finally:
        os.close(dir_fd)


def clean_stale(out_dir: Path) -> None:
    """Remove temporary folders a killed run left. Call it only while holding :func:`out_lock`."""
    if out_dir.is_dir():
        for p in out_dir.iterdir():
            if p.name.startswith(".") and (".tmp-" in p.name or ".old-" in p.name) and p.is_dir():
                shutil.rmtree(p, ignore_errors=True)


@contextmanager
def out_lock(out_dir: Path) -> Iterator[None]:
    """Hold :func:`lock_path` exclusively; another run into ``OUT`` waits (and says so)."""
    fd = os.open(lock_path(out_dir), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            print(f"synth: waiting for another run (pid {holder}) writing into {out_dir}", file=sys.stderr)
            checkpoint("waiting")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def _swap_in(tmp: Path, target: Path) -> None:
    if target.exists():
        if exchange(tmp, target):
            shutil.rmtree(tmp)
        else:
            old = target.parent / f".{target.name}.old-{secrets.token_hex(4)}"
            target.rename(old)
            tmp.rename(target)
            shutil.rmtree(old)
    else:
        tmp.rename(target)


def _staging_dir(target: Path) -> Path:
    return target.parent / f".{target.name}.tmp-{secrets.token_hex(4)}"


def write_outputs_to(targets: dict[Path, dict[str, bytes]]) -> None:
    """Write every folder's files to a staging folder, flush once, then swap each in."""
    staged: dict[Path, Path] = {}
    try:
        for target, files in targets.items():
            tmp = _staging_dir(target)
            staged[target] = tmp
            write_tree(tmp, files)
        checkpoint("staged")
        if staged:
            _syncfs(next(iter(staged.values())))
        for target, tmp in staged.items():
            _swap_in(tmp, target)
        for parent in sorted({t.parent for t in staged}):
            _fsync_dir(parent)
    finally:
        for tmp in staged.values():
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)


def holds_exactly(folder: Path, files: dict[str, bytes]) -> bool:
    """Whether ``folder`` already holds exactly ``files``: the same names, the same bytes."""
    try:
        if sorted(os.listdir(folder)) != sorted(files):
            return False
        for name, data in files.items():
            with open(folder / name, "rb") as fh:
                if fh.read(len(data) + 1) != data:
                    return False
    except OSError:
        return False
    return True


def write_outputs(out_dir: Path, rendered: dict[str, dict[str, bytes]],
                  sources: dict[str, tuple[str, dict[str, str]]] | None = None) -> list[Path]:
    """Write every environment's files to ``out_dir/<env>/``; returns the folders written.
    ``sources`` (env → its environment file and the texts of it and its bases) is recorded
    beside the files (:mod:`..config.snapshot`), for the commands that judge them later.

    A folder that already holds exactly its files is left alone: nothing to swap, and no
    old tree to delete (unlinking thousands of files that are on disk is the slowest part
    of replacing a folder).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with out_lock(out_dir):
        clean_stale(out_dir)
        return write_locked(out_dir, rendered, sources)


def write_locked(out_dir: Path, rendered: dict[str, dict[str, bytes]],
                 sources: dict[str, tuple[str, dict[str, str]]] | None = None) -> list[Path]:
    """:func:`write_outputs` for a caller that holds :func:`out_lock` and has cleaned up."""
    targets = {out_dir / env: rendered[env] for env in sorted(rendered)}
    if sources:
        from ..config.snapshot import SNAPSHOT_FILE, snapshot_bytes
        targets = {target: ({**files, SNAPSHOT_FILE: snapshot_bytes(target.name, *sources[target.name], target)}
                            if target.name in sources else files)
                   for target, files in targets.items()}
    write_outputs_to({t: files for t, files in targets.items() if not holds_exactly(t, files)})
    return list(targets)
