"""--shard I/N: a stable share of the environments, by name."""
from __future__ import annotations

import pytest

from otlp_istio.config.shards import in_shard, parse_shard, shard_of
from otlp_istio.errors import UserError

NAMES = [f"env-{i:03d}" for i in range(1000)]


def test_every_environment_is_in_exactly_one_share():
    shares = [in_shard(NAMES, (i, 8)) for i in range(1, 9)]
    assert sorted(n for share in shares for n in share) == NAMES
    # a hash spreads names as chance does: 1,000 over 8 shares, 125 each give or take a few dozen
    assert all(90 <= len(share) <= 160 for share in shares), [len(s) for s in shares]


def test_a_new_environment_moves_no_other():
    before = {n: shard_of(n, 8) for n in NAMES}
    after = {n: shard_of(n, 8) for n in [*NAMES, "env-new", "zzz"]}
    assert all(after[n] == before[n] for n in NAMES)


def test_the_share_depends_on_the_name_only():
    assert in_shard(["b", "a"], (1, 1)) == ["b", "a"]  # order kept, one share holds all
    assert shard_of("prod", 4) == shard_of("prod", 4)
    assert in_shard(NAMES, None) == NAMES


@pytest.mark.parametrize("text", ["0/4", "5/4", "1", "a/b", "1/0", "-1/2", ""])
def test_a_bad_shard_is_a_usage_error(text):
    with pytest.raises(UserError, match="give I/N"):
        parse_shard(text)


def test_a_shard_parses():
    assert parse_shard(" 2/8 ") == (2, 8)
    assert parse_shard(None) is None
