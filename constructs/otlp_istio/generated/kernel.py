"""jsii's kernel, started only when something really calls into JavaScript.

Importing a generated module (or cdk8s, or constructs) makes jsii load its assembly
into the kernel, and the first load starts Node.js (two processes) — about a third of
a second, and memory, for a fast path that never calls into JavaScript.
:func:`install` puts a proxy in front of the kernel's provider: ``load`` requests are
queued, and the first request of any other kind sends the queued loads, in order,
before it. Behaviour is unchanged for code that does call into JavaScript (the cdk8s
path and ``cdk8s synth`` go through it too).

Relies on jsii's ``Kernel`` singleton keeping its provider in ``provider`` (jsii is
pinned in requirements.txt; tests/core/test_startup.py checks it).
"""
from __future__ import annotations

import threading
from typing import Any


class LazyProvider:
    """Queues ``load`` requests until the provider is needed for anything else."""

    def __init__(self, provider: Any):
        self._provider = provider
        self._pending: list[Any] = []
        self._lock = threading.Lock()
        self.used = False

    @property
    def pending(self) -> int:
        """How many assembly loads are waiting (0 once the kernel has been used)."""
        return len(self._pending)

    def load(self, request: Any) -> None:
        with self._lock:
            self._pending.append(request)

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
            for request in pending:
                self._provider.load(request)

    def __getattr__(self, name: str) -> Any:
        self.used = True
        self.flush()
        return getattr(self._provider, name)


def install() -> LazyProvider:
    """Make jsii's kernel lazy (idempotent); returns the proxy."""
    from jsii._runtime import kernel

    if not isinstance(kernel.provider, LazyProvider):
        kernel.provider = LazyProvider(kernel.provider)
    return kernel.provider


def started() -> bool:
    """Whether anything has asked the kernel for more than loading an assembly
    (always True when :func:`install` came too late to defer the first load)."""
    from jsii._runtime import kernel

    provider = kernel.provider
    return not isinstance(provider, LazyProvider) or provider.used
