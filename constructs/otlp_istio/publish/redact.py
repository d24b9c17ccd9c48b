"""Keeping credentials out of output: URLs that carry them, and the token variable's value.

Every message the publish package prints or raises goes through :func:`redact`.

    >>> redact("fatal: unable to access 'https://bot:s3cret@git.example.com/envs.git/'")
    "fatal: unable to access 'https://bot:***@git.example.com/envs.git/'"
    >>> redact("https://ghp_abc123@git.example.com/platform/envs.git")
    'https://***@git.example.com/platform/envs.git'
    >>> redact("ssh://git@git.example.com/platform/envs.git")   # a user name alone is no secret
    'ssh://git@git.example.com/platform/envs.git'
"""
from __future__ import annotations

import os
import re

TOKEN_VARIABLES = ("OTLP_ISTIO_GIT_TOKEN", "OTLP_ISTIO_GIT_PASSWORD")

# scheme://userinfo@ - userinfo never contains '/', '@' or whitespace.
_USERINFO = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<userinfo>[^/@\s'\"]+)@")
_SECRET_SCHEMES = ("http://", "https://", "ftp://", "ftps://")


def _mask(match: re.Match) -> str:
    scheme, userinfo = match.group("scheme"), match.group("userinfo")
    if ":" in userinfo:
        user = userinfo.split(":", 1)[0]
        return f"{scheme}{user}:***@"
    if scheme.lower() in _SECRET_SCHEMES:
        # https://<token>@host: the token is the user name; hide it.
        return f"{scheme}***@"
    return match.group(0)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with URL passwords and tokens replaced by ``***``.

    Also replaces the literal values of the token variables (and of ``secrets``)
    wherever they appear, for tools that print a credential without a URL around it.
    """
    if not text:
        return text
    out = _USERINFO.sub(_mask, text)
    values = [os.environ.get(v, "") for v in TOKEN_VARIABLES] + list(secrets)
    for value in values:
        if value and len(value) >= 4:
            out = out.replace(value, "***")
    return out
