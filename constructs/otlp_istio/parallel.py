"""Work on every core: environments shared out between this process and forked workers.

Loading and rendering an environment is pure (a file in, warnings and file bytes out), so is
the gate's check of one rendered environment (its folder in, findings out), and environments
are independent, so :func:`map_shared` gives every process an equal share of them (round
robin, in order) and computes the first share itself. A worker is a ``fork`` of
this process after the imports: it starts with every module loaded, computes its share,
sends the answers back through a pipe (pickled) and leaves with ``os._exit`` (no
``atexit``, no second flush of inherited output buffers). The answers come back in the
items' order, exactly as from one process; the caller writes nothing until all are in.

A worker that fails for any reason (an exception, a signal, a short answer) changes
nothing but speed: its share is computed here, so an error is raised, and reported, as
without workers. SIGINT is held while forking: a worker dies of it outright, and this
process, interrupted or failing, kills and reaps every worker before the exception goes
on. A worker whose parent died gets a broken pipe and exits.

``OTLP_ISTIO_JOBS`` sets the number of processes (1: no workers); by default, one per
core this process may run on (on Linux; elsewhere one process); never so many that a process would get fewer than two
items (``MIN_SHARE``). Nothing is forked once jsii's kernel has started (its Node.js
processes are talked to through pipes this process owns), from a thread other than the
main one, nor where ``fork`` does not exist.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from typing import Any, Callable, Sequence, TypeVar

from .errors import UserError
from .testhooks import checkpoint

JOBS_VARIABLE = "OTLP_ISTIO_JOBS"
# Items per process at least: a process's first environment costs three times the next
# ones (first uses: the CEL engine, generated classes, caches), so with fewer a worker
# costs more than it saves (3 environments: 26 ms with a worker, 22 ms without).
MIN_SHARE = 2

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def jobs_wanted() -> int:
    """``OTLP_ISTIO_JOBS`` (a whole number from 1), or the cores available on Linux (elsewhere 1:
    macOS does not promise that a process forked without ``exec`` works once system frameworks
    are loaded, and Windows has no ``fork``)."""
    text = os.environ.get(JOBS_VARIABLE, "").strip()
    if not text:
        return available_cores() if sys.platform.startswith("linux") else 1
    if not text.isdigit() or int(text) < 1:
        raise UserError(f"{JOBS_VARIABLE}={text!r}: give the number of processes that render, a whole number "
                        f"from 1 (1: render in this process only)")
    return int(text)


def can_fork() -> bool:
    if not hasattr(os, "fork") or threading.current_thread() is not threading.main_thread():
        return False
    if "jsii._runtime" in sys.modules:
        from .generated.kernel import started
        if started():
            return False
    return True


def shares(items: Sequence[T], jobs: int) -> list[list[T]]:
    """``jobs`` round-robin shares of ``items``, each in the items' order (empty shares dropped)."""
    return [share for share in (list(items[i::jobs]) for i in range(jobs)) if share]


class _Worker:
    """A forked worker: its pid, the read end of its pipe (None once closed) and its share
    (positions in the items)."""

    def __init__(self, pid: int, fd: int, share: list):
        self.pid, self.fd, self.share = pid, fd, share
        self.reaped = False

    def collect(self) -> list | None:
        """The answers (one per item of the share) once the worker has exited cleanly; None when it failed."""
        with os.fdopen(self.fd, "rb", closefd=False) as pipe:
            payload = pipe.read()
        self._close()
        _, status = os.waitpid(self.pid, 0)
        self.reaped = True
        if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
            return None
        try:
            answer = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - a short or garbled answer counts as a failed worker
            return None
        return answer if isinstance(answer, list) and len(answer) == len(self.share) else None

    def stop(self) -> None:
        """Kill and reap the worker, if not done yet; close the pipe."""
        if not self.reaped:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.reaped = True
        self._close()

    def _close(self) -> None:
        if self.fd is not None:
            fd, self.fd = self.fd, None
            os.close(fd)


def map_shared(items: Sequence[T], fn: Callable[[T], R], jobs: int | None = None) -> list[R]:
    """``[fn(item) for item in items]``, computed by up to ``jobs`` processes (the answers must
    pickle). ``fn`` runs here for the first share and for the share of any worker that failed."""
    jobs = min(jobs_wanted() if jobs is None else jobs, len(items) // MIN_SHARE)
    if jobs < 2 or not can_fork():
        return [fn(item) for item in items]
    own, *theirs = shares(range(len(items)), jobs)  # positions in items
    answers: dict[int, R] = {}
    pending: list[_Worker] = []  # workers not yet answered
    try:
        # SIGINT is held back while forking: a worker lets it kill it outright (never running
        # this process's exception handling), and this process raises KeyboardInterrupt only
        # once every worker is in ``pending``, so all are stopped.
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        gc.freeze()  # the workers share the heap as it is: no collection of theirs touches (copies) it
        try:
            for share in theirs:
                try:
                    pending.append(_start(share, [items[i] for i in share], fn, mask))
                except OSError:  # no process to spare: this share is computed here
                    own += share
        finally:
            gc.unfreeze()
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a held-back SIGINT is raised here
        for i in own:
            answers[i] = fn(items[i])
        while pending:
            worker = pending[0]
            got = worker.collect()
            pending.pop(0)
            if got is None:  # the worker failed: its share is computed here (and fails here if it must)
                got = [fn(items[i]) for i in worker.share]
            answers.update(zip(worker.share, got))
    except BaseException:
        for worker in pending:
            worker.stop()
        raise
    return [answers[i] for i in range(len(items))]


def _start(share: list[int], work: list[T], fn: Callable[[T], Any], mask: set) -> _Worker:
    """Fork a worker computing ``fn`` over ``work`` (the items at positions ``share``); SIGINT
    is blocked by the caller, ``mask`` is the mask to restore."""
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        raise
    if pid == 0:  # the worker
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            os.close(read_end)
            checkpoint("render-worker")
            payload = pickle.dumps([fn(item) for item in work], pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            code = 0
        except BaseException:  # noqa: BLE001 - the parent renders this share again and reports
            pass
        finally:
            os._exit(code)
    os.close(write_end)
    return _Worker(pid, read_end, share)
