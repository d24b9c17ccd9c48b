"""The Markdown of ``otlp-istio diff -o markdown`` (publish/report.py), exactly, from a change set
built in-process: the tables, one collapsible diff per resource, fences longer than any run of
backticks in a diff, and the comment-size budget."""
from __future__ import annotations

from otlp_istio.publish.changes import Action, ChangeSet, EnvChanges, ResourceChange
from otlp_istio.publish.publisher import PublishResult
from otlp_istio.publish.report import _details, _fence, markdown_diff


def change(env, action, kind, name, ns, old, new, path) -> ResourceChange:
    return ResourceChange(env=env, file=path.rsplit("/", 1)[1], path=path, action=action, kind=kind, name=name,
                          namespace=ns, old=old, new=new)


C1 = change("dev", Action.CHANGED, "ConfigMap", "c", "ns", b"a: 1\n", b"a: 2\n", "otlp-istio/dev/base/configmap-c.yaml")
C2 = change("dev", Action.ADDED, "Service", "s<x>", None, None, b"x: ```\ny: 2\n",
            "otlp-istio/dev/base/service-s.yaml")
C3 = change("prod", Action.REMOVED, "ConfigMap", "d", "ns", b"b: 1\n", None, "otlp-istio/prod/base/configmap-d.yaml")


def result(*envs: EnvChanges, base: str | None = "0123456789abcdef0123") -> PublishResult:
    return PublishResult(repo="/r/env.git", branch="main", base=base, commit=None, pushed=False, attempts=1,
                         dry_run=False, changes=ChangeSet(list(envs)))


THREE = (EnvChanges("dev", "otlp-istio/dev", [C1, C2], 4), EnvChanges("qa", "otlp-istio/qa", [], 3),
         EnvChanges("prod", "otlp-istio/prod", [C3], 2))
HEAD = (
    "### otlp-istio: rendered manifest changes\n\n"
    "**1 added, 1 changed, 1 removed** against /r/env.git (branch main at 0123456789ab).\n\n"
    "| Environment | Folder | Added | Changed | Removed |\n|---|---|---:|---:|---:|\n"
    "| dev | `otlp-istio/dev` | 1 | 1 | 0 |\n| qa | `otlp-istio/qa` | 0 | 0 | 0 |\n"
    "| prod | `otlp-istio/prod` | 0 | 0 | 1 |\n\n"
    "**Once Flux applies this, the cluster:**\n\n- loses `ConfigMap ns/d`\n\n"
    "<details><summary>By kind</summary>\n\n| Kind | Added | Changed | Removed |\n|---|---:|---:|---:|\n"
    "| ConfigMap | 0 | 1 | 1 |\n| Service | 1 | 0 | 0 |\n\n</details>\n\n")
D1 = ("<details><summary>~ changed: <code>ConfigMap ns/c</code> (otlp-istio/dev/base/configmap-c.yaml)</summary>\n\n"
      "```diff\n--- a/otlp-istio/dev/base/configmap-c.yaml\n+++ b/otlp-istio/dev/base/configmap-c.yaml\n"
      "@@ -1 +1 @@\n-a: 1\n+a: 2\n```\n\n</details>\n")
D2 = ("<details><summary>+ added: <code>Service s&lt;x&gt;</code> (otlp-istio/dev/base/service-s.yaml)</summary>\n\n"
      "````diff\n--- /dev/null\n+++ b/otlp-istio/dev/base/service-s.yaml\n@@ -0,0 +1,2 @@\n+x: ```\n+y: 2\n````\n\n"
      "</details>\n")
D3 = ("<details><summary>- removed: <code>ConfigMap ns/d</code> (otlp-istio/prod/base/configmap-d.yaml)</summary>\n\n"
      "```diff\n--- a/otlp-istio/prod/base/configmap-d.yaml\n+++ /dev/null\n@@ -1 +0,0 @@\n-b: 1\n```\n\n</details>\n")
MORE = ("<details><summary>{n} more resource(s), diff not shown (comment size limit; run <code>otlp-istio diff</code> "
        "locally)</summary>\n\n{items}\n\n</details>\n")
ITEM = {id(C1): "- ~ changed `ConfigMap ns/c` (otlp-istio/dev/base/configmap-c.yaml)",
        id(C2): "- + added `Service s<x>` (otlp-istio/dev/base/service-s.yaml)",
        id(C3): "- - removed `ConfigMap ns/d` (otlp-istio/prod/base/configmap-d.yaml)"}


def test_the_whole_markdown_of_a_change_set():
    assert [_details(c) for c in (C1, C2, C3)] == [D1, D2, D3]
    assert markdown_diff(result(*THREE)) == HEAD + "#### dev\n\n" + D1 + "\n" + D2 + "\n#### prod\n\n" + D3


def test_no_changes_and_a_title():
    assert markdown_diff(result(EnvChanges("qa", "otlp-istio/qa", [], 3), base=None), title="T") == (
        "### T\n\n**No changes.** against /r/env.git (branch main does not exist yet).\n\n"
        "| Environment | Folder | Added | Changed | Removed |\n|---|---|---:|---:|---:|\n"
        "| qa | `otlp-istio/qa` | 0 | 0 | 0 |\n\n")


def test_the_budget_counts_what_is_written_and_keeps_the_order():
    exact = len(HEAD) + len(D1)  # the head and the first diff, to the character
    assert markdown_diff(result(*THREE), budget=exact) == (
        HEAD + "#### dev\n\n" + D1 + "\n" + MORE.format(n=2, items=ITEM[id(C2)] + "\n" + ITEM[id(C3)]))
    assert markdown_diff(result(*THREE), budget=exact - 1) == (
        HEAD + MORE.format(n=3, items="\n".join(ITEM[id(c)] for c in (C1, C2, C3))))
    # the third diff would fit after the skipped second: it is skipped too, so the list stays in order
    assert len(D3) < len(D2)
    assert markdown_diff(result(*THREE), budget=exact + len(D3)) == (
        HEAD + "#### dev\n\n" + D1 + "\n" + MORE.format(n=2, items=ITEM[id(C2)] + "\n" + ITEM[id(C3)]))
    assert markdown_diff(result(*THREE), budget=exact + len(D2) + len(D3)) == markdown_diff(result(*THREE))


def test_fences_are_longer_than_any_run_of_backticks():
    assert [_fence(body) for body in ("plain", "a `b` c", "``", "x ``` y", "`````")] == [
        "```", "```", "```", "````", "``````"]


def test_a_diff_ending_in_a_blank_context_line_keeps_it():
    c = change("dev", Action.CHANGED, "ConfigMap", "c", None, b"a: 1\n\n", b"a: 2\n\n", "p/configmap-c.yaml")
    assert _details(c).endswith("@@ -1,2 +1,2 @@\n-a: 1\n+a: 2\n \n```\n\n</details>\n")


def test_the_json_of_a_change_set():
    from otlp_istio.publish.report import json_report
    data = json_report(result(*THREE), with_diff=True)
    assert {k: data[k] for k in ("repo", "branch", "base", "commit", "pushed", "attempts", "dry_run", "message",
                                 "warnings")} == {
        "repo": "/r/env.git", "branch": "main", "base": "0123456789abcdef0123", "commit": None, "pushed": False,
        "attempts": 1, "dry_run": False, "message": None, "warnings": []}
    assert (data["changed"], data["summary"]) == (True, {"added": 1, "changed": 1, "removed": 1})
    assert list(data["by_kind"].items()) == [("ConfigMap", {"changed": 1, "removed": 1}), ("Service", {"added": 1})]
    assert list(data["by_kind"]["ConfigMap"]) == ["changed", "removed"]  # actions in name order
    assert data["environments"][1] == {"name": "qa", "folder": "otlp-istio/qa", "files": 3,
                                       "summary": {"added": 0, "changed": 0, "removed": 0}, "resources": []}
    assert data["environments"][0]["summary"] == {"added": 1, "changed": 1, "removed": 0}
    assert data["environments"][0]["resources"][0] == {
        "environment": "dev", "file": "configmap-c.yaml", "path": "otlp-istio/dev/base/configmap-c.yaml",
        "action": "changed", "kind": "ConfigMap", "name": "c", "namespace": "ns", "diff": C1.unified_diff()}
    assert "diff" not in json_report(result(*THREE), with_diff=False)["environments"][0]["resources"][0]
    assert C1.to_dict()["diff"].startswith("--- a/otlp-istio/dev/base/configmap-c.yaml\n")  # with the diff by default
    assert ChangeSet(list(THREE)).to_dict()["environments"][0]["resources"][1]["diff"] == C2.unified_diff()
    assert json_report(result(EnvChanges("qa", "q", [], 0)), with_diff=True)["changed"] is False


def _many(n: int) -> EnvChanges:
    return EnvChanges("dev", "otlp-istio/dev", [
        change("dev", Action.ADDED, "ConfigMap", f"c{i:02}", None, None, b"a: 1\n", f"p/configmap-c{i:02}.yaml")
        for i in range(n)], n)


def test_text_publish_lists_25_resources_per_environment_then_counts():
    from otlp_istio.publish.report import text_publish
    done = PublishResult(repo="/r/env.git", branch="main", base="0123456789abcdef", commit="fedcba9876543210aa",
                         pushed=True, attempts=1, dry_run=False, changes=ChangeSet([_many(25)]), message="m")
    text = text_publish(done)
    assert text.startswith("dev (otlp-istio/dev): 25 added\n  + ConfigMap c00\n")
    nothing = "Once Flux applies this, the cluster loses nothing: no object leaves the repository.\n"
    assert text.endswith("  + ConfigMap c24\n" + nothing + "published fedcba987654 to /r/env.git (main): 25 added\n")
    done.changes, done.attempts = ChangeSet([_many(27)]), 3
    text = text_publish(done)
    assert text.endswith("  + ConfigMap c24\n  … and 2 more (otlp-istio diff lists them all)\n" + nothing +
                         "published fedcba987654 to /r/env.git (main) after 3 attempts: 27 added\n")
    same = PublishResult(repo="/r/env.git", branch="main", base="0123456789abcdef", commit=None, pushed=False,
                         attempts=1, dry_run=False, changes=ChangeSet([EnvChanges("dev", "otlp-istio/dev", [], 2)]))
    assert text_publish(same) == (
        "dev (otlp-istio/dev): unchanged\nnothing to publish: /r/env.git (branch main at 0123456789ab) already holds "
        "the rendered files (no commit made)\n")
    dry = PublishResult(repo="/r/env.git", branch="main", base=None, commit=None, pushed=False, attempts=1,
                        dry_run=True, changes=ChangeSet([_many(1)]), message="deploy dev\n\nbody\n")
    assert text_publish(dry) == (
        "dev (otlp-istio/dev): 1 added\n  + ConfigMap c00\n" + nothing + "dry run: would commit 1 added onto /r/env.git (branch main "
        "does not exist yet); nothing pushed\ncommit message would be:\n  | deploy dev\n  | \n  | body\n")


def test_text_publish_quotes_the_dry_run_message_as_written():
    from otlp_istio.publish.report import text_publish
    dry = PublishResult(repo="/r/env.git", branch="main", base=None, commit=None, pushed=False, attempts=1,
                        dry_run=True, changes=ChangeSet([_many(1)]), message="retire dev\n\nEnvironments: \n\n")
    assert text_publish(dry).endswith("commit message would be:\n  | retire dev\n  | \n  | Environments: \n")
    dry.message = "subject X\n"
    assert text_publish(dry).endswith("commit message would be:\n  | subject X\n")
    done = PublishResult(repo="/r/env.git", branch="main", base="0123456789abcdef", commit="fedcba9876543210aa",
                         pushed=True, attempts=2, dry_run=False, changes=ChangeSet([_many(1)]), message="m")
    assert text_publish(done).endswith("published fedcba987654 to /r/env.git (main) after 2 attempts: 1 added\n")


def test_the_text_diff_keeps_a_blank_context_line_at_the_end_of_a_diff():
    from otlp_istio.publish.report import text_diff
    c = change("dev", Action.CHANGED, "ConfigMap", "c", None, b"a: 1\n\n", b"a: 2\n\n", "p/configmap-c.yaml")
    text = text_diff(result(EnvChanges("dev", "p", [c], 1)))
    assert ("@@ -1,2 +1,2 @@\n-a: 1\n+a: 2\n \n\nOnce Flux applies this, the cluster loses nothing: no object leaves "
            "the repository.\n1 changed in 1 of 1 environment(s)\n") in text
