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
    assert text.endswith("\n\nOnce Flux applies this, the cluster:\n  loses ConfigMap otlp-system/extra-2\n"
                         "1 added, 2 changed, 1 removed in 1 of 1 environment(s)\n")
    # AND without diffs, only the list
    short = text_diff(diff({"dev": new}, opts), with_diff=False)
    assert "@@" not in short and "    ~ VirtualService otlp-system/otlp-collector" in short


def test_unified_diff_of_text_that_is_not_utf8_or_ends_without_a_newline():
    from otlp_istio.publish.changes import Action, ResourceChange
    change = ResourceChange(env="dev", file="x.yaml", path="clusters/dev/x.yaml", action=Action.CHANGED,
                            kind="ConfigMap", name="x", namespace=None,
                            old=b"a: 1\nb: \xff\nc: 3\nd: 4\ne: 5", new=b"a: 1\nb: \xfe2\nc: 3\nd: 4\ne: 6")
    assert change.unified_diff() == (
        "--- a/clusters/dev/x.yaml\n+++ b/clusters/dev/x.yaml\n@@ -1,5 +1,5 @@\n a: 1\n-b: \ufffd\n+b: \ufffd2\n"
        " c: 3\n d: 4\n-e: 5\n\\ No newline at end of file\n+e: 6\n\\ No newline at end of file\n")
    assert change.unified_diff(context=0) == (
        "--- a/clusters/dev/x.yaml\n+++ b/clusters/dev/x.yaml\n@@ -2 +2 @@\n-b: \ufffd\n+b: \ufffd2\n@@ -5 +5 @@\n"
        "-e: 5\n\\ No newline at end of file\n+e: 6\n\\ No newline at end of file\n")


def test_text_diff_whole_for_one_change(bare_repo, state):
    opts = PublishOptions(remote=parse_remote(str(bare_repo)), state_dir=state)
    first = publish({"dev": {"a.yaml": b"kind: A\nmetadata:\n  name: a\nx: 1\n",
                             "b.yaml": b"kind: B\nmetadata:\n  name: b\n"}}, opts)
    result = diff({"dev": {"a.yaml": b"kind: A\nmetadata:\n  name: a\nx: 2X\n"}}, opts)
    assert text_diff(result) == (
        f"Against {bare_repo} (branch main at {first.commit[:12]}):\n"
        "  dev (otlp-istio/dev): 1 changed, 1 removed\n"
        "    ~ A a  [mesh/a.yaml]\n"
        "    - B b  [mesh/b.yaml]\n"
        "\n"
        "--- a/otlp-istio/dev/mesh/a.yaml\n+++ b/otlp-istio/dev/mesh/a.yaml\n@@ -1,4 +1,4 @@\n kind: A\n metadata:\n"
        "   name: a\n-x: 1\n+x: 2X\n"
        "\n"
        "--- a/otlp-istio/dev/mesh/b.yaml\n+++ /dev/null\n@@ -1,3 +0,0 @@\n-kind: B\n-metadata:\n-  name: b\n"
        "\n"
        "Once Flux applies this, the cluster:\n"
        "  loses B b\n"
        "1 changed, 1 removed in 1 of 1 environment(s)\n")
