"""Start and stop real processes in tests: loopback ports, readiness waits, logs to a file."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Callable, Sequence


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the kernel picks it)."""
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """``n`` different TCP ports free on 127.0.0.1 right now: held open together while the
    kernel picks them, so no two are the same (calls of free_port one by one may repeat one)."""
    socks: list[socket.socket] = []
    try:
        for _ in range(n):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            socks.append(sock)
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def wait_until(check: Callable[[], object], timeout: float = 30.0, what: str = "condition",
               interval: float = 0.1, log: Path | None = None):
    """Call ``check`` until it returns something truthy; its value is returned.

    Exceptions from ``check`` count as "not yet". On timeout the test fails with ``what``
    and the tail of ``log`` (a server's log file), so a server that did not come up says why.
    """
    deadline = time.monotonic() + timeout
    last_error: BaseException | None = None
    while True:
        try:
            value = check()
            if value:
                return value
        except Exception as exc:  # noqa: BLE001 - "not ready yet"
            last_error = exc
        if time.monotonic() > deadline:
            tail = ""
            if log is not None and log.exists():
                tail = "\n--- " + str(log) + " (last lines) ---\n" + "\n".join(
                    log.read_text(errors="replace").splitlines()[-30:])
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}"
                                 + (f" (last error: {last_error!r})" if last_error else "") + tail)
        time.sleep(interval)


class Process:
    """A command started in its own process group, output to ``log``; ``stop()`` ends only it.

    Usable as a context manager. ``stop()`` sends SIGTERM to the group, waits, then SIGKILL.
    """

    def __init__(self, args: Sequence[str | os.PathLike], log: Path, env: dict | None = None,
                 cwd: Path | None = None):
        self.args = [str(a) for a in args]
        self.log = Path(log)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.log.open("ab")
        self.proc = subprocess.Popen(self.args, stdout=self._fh, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=env, cwd=cwd,
                                     start_new_session=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def assert_alive(self, what: str = "process") -> None:
        if not self.alive():
            tail = "\n".join(self.log.read_text(errors="replace").splitlines()[-30:])
            raise AssertionError(f"{what} exited with {self.proc.returncode}: {' '.join(self.args[:3])} ...\n{tail}")

    def stop(self, timeout: float = 10.0) -> None:
        if self.alive():
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout)
        self._fh.close()

    def __enter__(self) -> "Process":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
