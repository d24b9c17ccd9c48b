"""What a publish changes (publish/changes.py), in-process: kind and name read from a file's
first lines, the comparison of a folder with the tip, and the commit message, exactly."""
from __future__ import annotations

import pytest

from otlp_istio.publish.changes import (Action, ChangeSet, EnvChanges, ResourceChange, bookkeeping, commit_message,
                                        compare, describe)


@pytest.mark.parametrize("data, file, expected", [
    (b"apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: 'otlp-system'\nspec:\n  name: not-this\n",
     "x/service-api.yaml", ("Service", "api", "otlp-system")),
    (b"apiVersion: v1\nkind: \"ConfigMap\"  # c\nmetadata:\n  labels:\n    name: nested\n  name: \"c\" \nspec: {}\n",
     "x/configmap-other.yaml", ("ConfigMap", "c", None)),
    (b"kind: Service\nmetadata:\n  name: a\nother:\n  name: b\n  namespace: c\n", "s.yaml", ("Service", "a", None)),
    (b"kind: Namespace\nmetadata:\nname: top\n", "namespace-foo.yaml", ("Namespace", "foo", None)),
    # without kind or name in the text: from the file name
    (b"apiVersion: v1\nmetadata:\n  name: n\n", "deployment-n.yml", ("deployment", "n", None)),
    (b"not yaml at all", "a/b/virtualservice-otlp-collector.yaml", ("virtualservice", "otlp-collector", None)),
    (b"kind: Service\n", "a/other-x.yaml", ("Service", "other-x", None)),
    (b"", "weird", ("weird", "weird", None)),
    (b"", "-x.yaml", ("Unknown", "-x", None)),
    (b"kind: K\nmetadata:\n  namespace: n\n", "k-Name.YAML.yaml", ("K", "Name.YAML", "n")),
    (b"", "x/deployment-n.yml", ("deployment", "n", None)),
    (b"kind: K\xff\nmetadata:\n  name: n\xfe\n  namespace: \xfd\n", "f.yaml", ("K\ufffd", "n\ufffd", "\ufffd")),
])
def test_describe(data, file, expected):
    assert describe(data, file) == expected


def test_bookkeeping_files_are_publishs_own():
    assert [bookkeeping(p) for p in ("a/kustomization.yaml", "kustomization.yaml", ".otlp-istio/dev/inventory.yaml",
                                     "a/.otlp-istio/dev/inventory.yaml", ".otlp-istio/inventory.yaml",
                                     "x/dev/inventory.yaml", "a/kustomization.yml", "a/service-kustomization.yaml")] == [
        True, True, True, False, False, False, False, False]


OLD = {"otlp-istio/dev/base/configmap-a.yaml": b"sha-a", "otlp-istio/dev/base/configmap-gone.yaml": b"sha-g",
       "otlp-istio/dev/base/kustomization.yaml": b"sha-k", "otlp-istio/dev/mesh/service-same.yaml": b"sha-s",
       ".otlp-istio/dev/inventory.yaml": b"sha-i", "clusters/dev/otlp-istio/kustomization-x.yaml": b"sha-x"}
BLOBS = {b"sha-a": b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: ns\ndata: {k: '1'}\n",
         b"sha-g": b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gone\n",
         b"sha-x": b"kind: Kustomization\nmetadata:\n  name: x\n"}
NEW = {"otlp-istio/dev/base/configmap-a.yaml": BLOBS[b"sha-a"].replace(b"'1'", b"'2'"),
       "otlp-istio/dev/base/kustomization.yaml": b"changed", "otlp-istio/dev/mesh/service-same.yaml": b"same",
       "otlp-istio/dev/mesh/service-new.yaml": b"apiVersion: v1\nkind: Service\nmetadata:\n  name: new\n",
       ".otlp-istio/dev/inventory.yaml": b"inv2",
       "clusters/dev/otlp-istio/kustomization-x.yaml": b"kind: Kustomization\nmetadata:\n  name: x\nspec: 1\n"}
SHAS = {"otlp-istio/dev/base/configmap-a.yaml": b"sha-a2", "otlp-istio/dev/base/kustomization.yaml": b"sha-k2",
        "otlp-istio/dev/mesh/service-same.yaml": b"sha-s", "otlp-istio/dev/mesh/service-new.yaml": b"sha-n",
        ".otlp-istio/dev/inventory.yaml": b"sha-i2", "clusters/dev/otlp-istio/kustomization-x.yaml": b"sha-x2"}


def test_compare_a_folder_with_the_tip():
    read = []
    env = compare("dev", "otlp-istio/dev", OLD, NEW, SHAS, lambda sha: read.append(sha) or BLOBS[sha])
    assert [(c.env, c.file, c.path, c.action, c.kind, c.name, c.namespace) for c in env.changes] == [
        ("dev", "clusters/dev/otlp-istio/kustomization-x.yaml", "clusters/dev/otlp-istio/kustomization-x.yaml",
         Action.CHANGED, "Kustomization", "x", None),
        ("dev", "base/configmap-a.yaml", "otlp-istio/dev/base/configmap-a.yaml", Action.CHANGED, "ConfigMap", "a", "ns"),
        ("dev", "base/configmap-gone.yaml", "otlp-istio/dev/base/configmap-gone.yaml", Action.REMOVED, "ConfigMap",
         "gone", None),
        ("dev", "mesh/service-new.yaml", "otlp-istio/dev/mesh/service-new.yaml", Action.ADDED, "Service", "new", None)]
    a = env.changes[1]
    assert (a.old, a.new) == (BLOBS[b"sha-a"], NEW["otlp-istio/dev/base/configmap-a.yaml"])
    assert (env.changes[2].old, env.changes[2].new, env.changes[3].old) == (BLOBS[b"sha-g"], None, None)
    assert sorted(read) == [b"sha-a", b"sha-g", b"sha-x"]  # only what changed or went is read
    assert (env.env, env.folder, env.files) == ("dev", "otlp-istio/dev", 4)  # bookkeeping files not counted
    assert env.summary() == "1 added, 2 changed, 1 removed"
    assert compare("dev", "otlp-istio/dev", {}, {}, {}, BLOBS.__getitem__).summary() == "unchanged"
    # a folder named like the start of another is not its parent
    other = compare("dev", "otlp-istio/de", {}, {"otlp-istio/dev/a.yaml": b"kind: A\n"}, {"otlp-istio/dev/a.yaml": b"1"},
                    BLOBS.__getitem__)
    assert other.changes[0].file == "otlp-istio/dev/a.yaml"


def test_resource_names():
    change = ResourceChange(env="d", file="f", path="p", action=Action.ADDED, kind="Service", name="a", namespace="ns")
    assert change.resource == "Service ns/a"
    change.namespace = None
    assert change.resource == "Service a"
    assert [a.sign for a in Action] == ["+", "~", "-"]


def _cs() -> ChangeSet:
    env = compare("dev", "otlp-istio/dev", OLD, NEW, SHAS, BLOBS.__getitem__)
    return ChangeSet([env, EnvChanges("prod", "otlp-istio/prod", [], 5)])


def test_commit_message():
    cs = _cs()
    assert (cs.totals(), cs.changed_envs(), cs.empty, cs.count(Action.CHANGED)) == (
        "1 added, 2 changed, 1 removed", ["dev"], False, 2)
    assert commit_message(cs, source="abc123 (clean)") == (
        "deploy dev: 1 added, 2 changed, 1 removed\n\n"
        "dev (otlp-istio/dev): 1 added, 2 changed, 1 removed\n"
        "  changed  Kustomization x\n  changed  ConfigMap ns/a\n  removed  ConfigMap gone\n  added    Service new\n"
        "prod (otlp-istio/prod): unchanged\n\n"
        "By kind: ConfigMap ~1 -1; Kustomization ~1; Service +1\n\n"
        "Otlp-Istio-Source: abc123 (clean)\nOtlp-Istio-Environments: dev\n")
    assert commit_message(cs, source="s", subject="  Roll out v2\nbecause  \n").startswith(
        "Roll out v2\n\nbecause\n\ndev (otlp-istio/dev): 1 added")
    assert commit_message(cs, source="s", subject="  \n").startswith("deploy dev: 1 added, 2 changed, 1 removed\n\n")
    assert commit_message(cs, source="s", subject="One line").startswith("One line\n\ndev (otlp-istio/dev)")
    first_unchanged = ChangeSet([EnvChanges("prod", "otlp-istio/prod", [], 5), *cs.envs[:1]])
    assert "prod (otlp-istio/prod): unchanged\ndev (otlp-istio/dev): 1 added" in commit_message(first_unchanged, source="s")
    unchanged = ChangeSet([EnvChanges("prod", "otlp-istio/prod", [], 5)])
    assert (unchanged.totals(), unchanged.empty) == ("no changes", True)
    assert commit_message(unchanged, source="s", verb="retire") == (
        "retire prod: inventory and kustomization.yaml only\n\nprod (otlp-istio/prod): unchanged\n\nBy kind: \n\n"
        "Otlp-Istio-Source: s\nOtlp-Istio-Environments: \n")


def _added(env: str, n: int, kind: str = "ConfigMap") -> EnvChanges:
    return EnvChanges(env, f"f/{env}", [ResourceChange(env=env, file=f"{i}", path=f"p{i}", action=Action.ADDED,
                                                       kind=kind, name=f"n{i}", namespace=None) for i in range(n)], n)


def test_many_resources_are_counted_and_many_environments_too():
    big = ChangeSet([_added("a", 25), _added("b", 26, "Service")])
    text = commit_message(big, source="s")
    assert text.startswith("deploy a, b: 51 added\n\na (f/a): 25 added\n  added    ConfigMap n0\n")
    assert "  added    ConfigMap n24\nb (f/b): 26 added\n  Service +26\n\nBy kind: ConfigMap +25; Service +26\n" in text
    five = ChangeSet([_added(e, 1) for e in "abcde"])
    assert commit_message(five, source="s").startswith("deploy 5 environments: 5 added\n")
    four = ChangeSet([_added(e, 1) for e in "abcd"])
    assert commit_message(four, source="s").startswith("deploy a, b, c, d: 4 added\n")
    assert commit_message(five, source="s").endswith("Otlp-Istio-Environments: a b c d e\n")
