"""Where the environment repository is, and how git authenticates to it.

A repository is anything git accepts: a local path (bare or not), ``file://``,
``git://``, ``ssh://`` or scp-like ``user@host:path``, ``http(s)://``.

Credentials never travel in a command line or a config file written by us:

* ssh uses the caller's agent / keys (``GIT_SSH_COMMAND`` is honoured as usual);
* https takes a token from ``OTLP_ISTIO_GIT_TOKEN`` (user name from
  ``OTLP_ISTIO_GIT_USERNAME``, default ``x-access-token``), or a password written
  into the URL (``https://user:pass@host/...``), which is taken out of the URL
  before git runs. Either is handed to git by a small ``GIT_ASKPASS`` helper that
  reads it from git's environment; a ``GIT_ASKPASS`` or credential helper the user
  set up already keeps working when neither is given.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .redact import redact

_SCP_LIKE = re.compile(r"^(?:[^@/]+@)?[^/:]+:(?!//)")
_ASKPASS_SCRIPT = """#!/bin/sh
# Written by otlp-istio. Holds no secret: answers git's prompts from the environment.
case "$1" in
  Username*|username*) printf '%s\\n' "${OTLP_ISTIO_GIT_USERNAME:-x-access-token}" ;;
  *) printf '%s\\n' "${OTLP_ISTIO_GIT_TOKEN:-$OTLP_ISTIO_GIT_PASSWORD}" ;;
esac
"""


@dataclass(frozen=True)
class Remote:
    """One environment repository: the URL git is given (no secret in it) and its credentials."""

    url: str  # what git runs with: credentials removed, local paths absolute
    display: str  # what we print: always redacted
    local: bool
    username: str | None = None
    password: str | None = field(default=None, repr=False)

    @property
    def cache_key(self) -> str:
        """Stable per repository (not per credential): names the cache folder."""
        return hashlib.sha256(self.url.encode("utf-8")).hexdigest()[:16]

    def git_env(self, askpass: Path | None) -> dict[str, str]:
        """Environment for git commands against this remote."""
        env = {"GIT_TERMINAL_PROMPT": "0"}
        # ssh must never wait for a passphrase or a host-key answer on a terminal.
        if "GIT_SSH_COMMAND" not in os.environ and "GIT_SSH" not in os.environ:
            env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes"
        token = self.password or os.environ.get("OTLP_ISTIO_GIT_TOKEN") or os.environ.get("OTLP_ISTIO_GIT_PASSWORD")
        if token and askpass is not None and self.url.lower().startswith(("http://", "https://")):
            env["GIT_ASKPASS"] = str(askpass)
            env["OTLP_ISTIO_GIT_TOKEN"] = token
            user = self.username or os.environ.get("OTLP_ISTIO_GIT_USERNAME")
            if user:
                env["OTLP_ISTIO_GIT_USERNAME"] = user
        return env

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.password,) if s)


def parse_remote(spec: str, *, base: Path | None = None) -> Remote:
    """A ``--repo`` value → :class:`Remote`; relative local paths resolve against ``base`` (cwd)."""
    spec = spec.strip()
    if not spec:
        raise ValueError("the repository URL is empty")
    if "://" in spec:
        parts = urlsplit(spec)
        scheme = parts.scheme.lower()
        username = password = None
        netloc = parts.netloc
        if "@" in netloc and scheme in ("http", "https"):
            userinfo, host = netloc.rsplit("@", 1)
            if ":" in userinfo:
                username, password = userinfo.split(":", 1)
            else:  # https://<token>@host
                username, password = None, userinfo
            netloc = host
        url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        if scheme == "file":
            return Remote(url=url, display=url, local=True)
        return Remote(url=url, display=redact(spec, (password,) if password else ()),
                      local=False, username=username, password=password)
    if _SCP_LIKE.match(spec) and not Path(spec).exists():
        return Remote(url=spec, display=spec, local=False)
    path = Path(spec).expanduser()
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    path = Path(os.path.normpath(path))
    return Remote(url=str(path), display=str(path), local=True)


def write_askpass(state_dir: Path) -> Path:
    """The askpass helper (no secret inside), written once, atomically."""
    target = state_dir / "askpass.sh"
    if target.is_file() and target.read_text() == _ASKPASS_SCRIPT:
        return target
    state_dir.mkdir(parents=True, exist_ok=True)
    tmp = state_dir / f".askpass.{os.getpid()}.tmp"
    tmp.write_text(_ASKPASS_SCRIPT)
    tmp.chmod(0o700)
    os.replace(tmp, target)
    return target
