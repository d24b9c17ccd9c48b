"""Shares of the environments for CI matrix jobs: ``--shard I/N``.

An environment belongs to share ``sha256(name) mod N + 1``: the share depends on its name and N
only, so N jobs (a GitHub Actions matrix, GitLab's ``parallel: N``) handle each environment
exactly once, the same one every run, and adding or removing an environment moves no other.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable, Optional

from ..errors import UserError

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def parse_shard(text: Optional[str]) -> Optional[tuple[int, int]]:
    """``"2/8"`` → ``(2, 8)``; None for None. Bad text is a usage error (exit 2)."""
    if text is None:
        return None
    m = _SHARD.match(text)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        raise UserError(f"--shard {text!r}: give I/N, share I of N with 1 <= I <= N (e.g. --shard 2/8; in GitLab "
                        "CI: --shard $CI_NODE_INDEX/$CI_NODE_TOTAL)")
    return int(m.group(1)), int(m.group(2))


def shard_of(name: str, total: int) -> int:
    """The share (1 … ``total``) environment ``name`` belongs to."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % total + 1


def in_shard(names: Iterable[str], shard: Optional[tuple[int, int]]) -> list[str]:
    """The names of ``names`` in ``shard`` (all of them without one), in their order."""
    if shard is None:
        return list(names)
    index, total = shard
    return [n for n in names if shard_of(n, total) == index]
