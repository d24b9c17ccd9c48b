"""`otlp-istio diff` says what an environment file changes in its base's named things, in each
of its formats, beside the resources the cluster gains and loses."""
from __future__ import annotations

import json

from .conftest import git


def test_diff_names_a_base_entry_an_environment_removes(cli, config, state, tmp_path):
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo, "-e", "staging").code == 0
    # WHEN staging removes the base's AuthorizationPolicy by name
    staging = config / "staging.yaml"
    staging.write_text(staging.read_text() + "authorization_policies:\n"
                                              "  - {name: otlp-collector-authz, $patch: delete}\n")

    text = cli("diff", "-c", config, "--repo", repo, "-e", "staging")
    assert text.code == 1, text
    line = ("    over _base.yaml: changed tracing.custom_tags cluster_name; replaced destination_rules "
            "otlp-collector; removed authorization_policies otlp-collector-authz\n")
    assert line in text.out
    assert "- AuthorizationPolicy otlp-system/otlp-collector-authz" in text.out

    md = cli("diff", "-c", config, "--repo", repo, "-e", "staging", "-o", "markdown")
    assert f"- **staging** {line.strip()}\n" in md.out

    js = json.loads(cli("diff", "-c", config, "--repo", repo, "-e", "staging", "-o", "json").out)
    assert {"file": str(staging), "base": "_base.yaml", "action": "removed", "field": "authorization_policies",
            "entry": "otlp-collector-authz"} in js["base_changes"]["staging"]
