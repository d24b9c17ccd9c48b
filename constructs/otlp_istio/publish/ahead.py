"""A publish prepared while the validation gate runs, and committed only once the gate has passed.

Publishing an environment repository is mostly work that commits nothing: reading the branch's
tip (``ls-remote``, a fetch), placing the files, building the trees, writing the new objects into
the publish cache (a private bare repository: objects no ref points to change nothing). The gate
meanwhile mostly waits for kubeconform and the collector, and writes ``--out``. :class:`Ahead`
runs :func:`~.publisher.publish` in a thread from the end of the render: it stops where the first
commit would be made (``PublishOptions.ready``) and waits for the gate's verdict there. Passed
(:meth:`Ahead.result`): the commit is made and pushed, and the publish goes on as usual (a push
refused because the branch moved is redone from the new tip). Failed, or anything else ending
the command first (:meth:`Ahead.cancel`): the thread leaves the cache as it is, having made no
commit and pushed nothing, and the command reports what stopped it, as without the thread; an
error of the repository is reported only once the gate has passed, as it would be without it.
"""
from __future__ import annotations

import threading
from typing import Callable, Optional

from .publisher import PublishOptions, PublishResult, publish


class _Cancelled(Exception):
    """Raised in the publishing thread at its first commit when the gate did not pass."""


class Ahead:
    """``publish(rendered, options)`` in a thread, held before its first commit until :meth:`result`
    (go on) or :meth:`cancel` (stop). ``setup``, run first in the thread, finishes the options
    (what the commit records); whatever it or the publish raises is raised by :meth:`result`."""

    def __init__(self, rendered: dict[str, dict[str, bytes]], options: PublishOptions,
                 setup: Optional[Callable[[], None]] = None):
        self._rendered, self._options, self._setup = rendered, options, setup
        self._verdict = threading.Event()
        self._passed = False
        self._outcome: Optional[PublishResult] = None
        self._error: Optional[BaseException] = None
        options.ready = self._wait
        self._thread = threading.Thread(target=self._run, name="otlp-istio-publish", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self._setup is not None:
                self._setup()
            self._outcome = publish(self._rendered, self._options)
        except BaseException as exc:  # noqa: BLE001 - handed to the command by result()
            self._error = exc

    def _wait(self) -> None:
        self._verdict.wait()
        if not self._passed:
            raise _Cancelled()

    def result(self) -> PublishResult:
        """The gate passed: commit and push what was prepared; the publish's result, or its error."""
        self._passed = True
        self._verdict.set()
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        assert self._outcome is not None
        return self._outcome

    def cancel(self) -> None:
        """The gate did not pass (or the command stops): nothing is committed or pushed; returns once
        the thread has left the cache."""
        self._verdict.set()
        self._thread.join()
