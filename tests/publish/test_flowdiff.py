"""``diff -o markdown`` says which flows a change breaks and which it repairs: GIVEN an environment
published to a real git repository, WHEN its file changes, THEN the flows are followed through
what the repository holds and through the change, and the comment names the flows whose verdict
moves."""
from __future__ import annotations

from otlp_istio.flows.examples import EXAMPLES

from .conftest import git

OPEN = (EXAMPLES / "OI2005" / "pass.yaml").read_text(encoding="utf-8")  # admits every flow
TRACES_ONLY = (EXAMPLES / "OI2005" / "fail.yaml").read_text(encoding="utf-8")  # ALLOW POST /v1/traces only


def published(cli, tmp_path):
    """An environment admitting every flow, published to a fresh repository: (its file, config dir, repository)."""
    config = tmp_path / "environments"
    config.mkdir()
    env = config / "demo.yaml"
    env.write_text(OPEN)
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo).code == 0
    return env, config, repo


def test_diff_names_the_flows_a_change_breaks_and_then_repairs(cli, state, tmp_path):
    env, config, repo = published(cli, tmp_path)
    env.write_text(TRACES_ONLY)
    md = cli("diff", "-c", config, "--repo", repo, "-o", "markdown")
    assert md.code == 1, md
    section = md.out.split("#### Flows\n", 1)[1].split("\n####", 1)[0]
    assert "**demo**: 7 broken by this change, 0 repaired" in section
    assert "✗ breaks: applications anywhere in the mesh → collector: OTLP/gRPC traces (works → broken)" in section
    assert "✗ breaks: Prometheus (outside the mesh) → collector: scrape GET /metrics (works → broken)" in section
    assert "OTLP/HTTP traces" not in section  # still admitted
    assert md.out.index("#### Flows") < md.out.index("<details><summary>~ changed")

    # published as it is, the repository holds the narrow policy; going back repairs the flows
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo).code == 0
    env.write_text(OPEN)
    md = cli("diff", "-c", config, "--repo", repo, "-o", "markdown")
    assert "**demo**: 0 broken by this change, 7 repaired" in md.out
    assert "✓ repairs: applications anywhere in the mesh → collector: OTLP/gRPC logs (broken → works)" in md.out


def test_a_change_that_moves_no_flow_says_so(cli, state, tmp_path):
    env, config, repo = published(cli, tmp_path)
    env.write_text(OPEN.replace("istio_version", "prometheus: {interval: 15s}\nistio_version"))
    md = cli("diff", "-c", config, "--repo", repo, "-o", "markdown")
    assert md.code == 1, md
    assert "- **demo**: no flow changes its verdict (8 flows: 8 work" in md.out
    assert "No flow changes its verdict." in md.out
    # without changes there is no flows section at all
    env.write_text(OPEN)
    md = cli("diff", "-c", config, "--repo", repo, "-o", "markdown")
    assert md.code == 0 and "#### Flows" not in md.out
