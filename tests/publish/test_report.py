"""The text diff of ``otlp-istio diff``: a real unified diff per resource, with git's headers."""
from __future__ import annotations

from otlp_istio.publish import PublishOptions, diff, parse_remote, publish
from otlp_istio.publish.report import text_diff

from .conftest import env_files


def test_text_diff_shows_unified_diffs_with_headers_for_each_action(bare_repo, state):
    # GIVEN a repository holding dev v1 with three extra ConfigMaps
    opts = PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=state)
    publish({"dev": env_files("dev", extra=3)}, opts)
    new = env_files("dev", version="v2", extra=2)  # VS + DR changed, extra-2 removed
    new["configmap-added.yaml"] = b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: added\n"
    # WHEN the change is shown as text
    text = text_diff(diff({"dev": new}, opts))
    # THEN each resource has its header lines and hunks, as git would print them
    assert ("--- a/otlp-istio/dev/mesh/virtualservice-otlp-collector.yaml\n"
            "+++ b/otlp-istio/dev/mesh/virtualservice-otlp-collector.yaml\n"
            "@@ -4,4 +4,4 @@\n"
            "   name: otlp-collector\n"
            "   namespace: otlp-system\n"
            " spec:\n"
            "-  subset: v1\n"
            "+  subset: v2\n") in text
    assert ("--- a/otlp-istio/dev/base/configmap-extra-2.yaml\n"
            "+++ /dev/null\n"
            "@@ -1,7 +0,0 @@\n"
            "-apiVersion: v1\n") in text
    assert ("--- /dev/null\n"
            "+++ b/otlp-istio/dev/mesh/configmap-added.yaml\n"
            "@@ -0,0 +1,4 @@\n"
            "+apiVersion: v1\n") in text
    assert "    - ConfigMap otlp-system/extra-2  [base/configmap-extra-2.yaml]\n" in text
    assert "    + ConfigMap added  [mesh/configmap-added.yaml]\n" in text
    assert text.startswith(f"Against {bare_repo} (branch main at ")
    assert text.endswith("\n\n1 added, 2 changed, 1 removed in 1 of 1 environment(s)\n")
    # AND without diffs, only the list
    short = text_diff(diff({"dev": new}, opts), with_diff=False)
    assert "@@" not in short and "    ~ VirtualService otlp-system/otlp-collector" in short
