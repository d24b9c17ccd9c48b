"""Where publish puts each environment's files (publish/layout.py), in-process: the folder
templates and their messages, the two layouts, and the kustomization.yaml of every folder."""
from __future__ import annotations

import pytest

from otlp_istio.errors import UserError
from otlp_istio.publish.layout import (EnvLayout, Layout, check_disjoint, check_template, env_layout, env_path,
                                       kustomization_file, place)


def env_paths(template: str, envs: list[str]) -> dict[str, str]:
    """env → folder; refuses folders that overlap (one inside another)."""
    paths = {env: env_path(template, env) for env in envs}
    check_disjoint(paths)
    return paths


def messages(fn, *args) -> list[str]:
    with pytest.raises(UserError) as err:
        fn(*args)
    return [line for p in err.value.problems for line in p.message.split("\n")]


def test_templates_are_relative_paths_with_env():
    assert check_template("./clusters/{env}/") == "clusters/{env}"
    assert check_template(" a/{env} ") == "a/{env}"
    assert check_template("{env}") == "{env}"
    assert check_template("X/{env}X") == "X/{env}X"
    assert messages(check_template, "clusters") == ["--path 'clusters' must contain {env}, e.g. clusters/{env}"]
    assert messages(check_template, "/abs/{env}", "flux.path") == [
        "flux.path '/abs/{env}' must be relative to the repository root"]
    assert messages(check_template, "{env}/{x}") == ["--path '{env}/{x}': only the placeholder {env} is allowed"]
    assert messages(check_template, "{0}/{env}") == ["--path '{0}/{env}': only the placeholder {env} is allowed"]
    assert messages(check_template, "a/{env}}") == ["--path 'a/{env}}': only the placeholder {env} is allowed"]
    for bad in ("a//{env}", "{env}/../x", "./{env}/./x", "{env}/.git"):
        assert messages(check_template, bad) == [f"--path {bad!r} must not contain empty, '.', '..' or '.git' parts"]
    assert messages(check_template, ".otlp-istio/{env}") == [
        "--path '.otlp-istio/{env}': .otlp-istio/ holds otlp-istio's state, not manifests"]
    assert messages(check_template, "/") == ["--path '/' must contain {env}, e.g. clusters/{env}",
                                             "--path '/' must be relative to the repository root"]
    assert check_template("x/.otlp-istio/{env}") == "x/.otlp-istio/{env}"  # only the top folder is the state's


def test_env_names_must_make_folder_names():
    assert env_path("clusters/{env}", "Prod_1.eu-west") == "clusters/Prod_1.eu-west"
    for bad in ("-x", ".x", "a/b", "a b", ""):
        assert messages(env_path, "clusters/{env}", bad) == [
            f"environment name {bad!r} cannot name a folder (letters, digits, '.', '_' and '-' only)"]


def test_env_folders_must_not_overlap():
    assert env_paths("c/{env}", ["b", "a"]) == {"b": "c/b", "a": "c/a"}
    assert env_paths("{env}", ["a", "a-b", "ab"]) == {"a": "a", "a-b": "a-b", "ab": "ab"}


def test_check_disjoint_refuses_a_folder_inside_another_or_shared():
    from otlp_istio.publish.layout import check_disjoint
    check_disjoint({"a": "x/a", "ab": "x/ab", "a-b": "x/a-b", "b": "x/b"})
    assert messages(check_disjoint, {"dev": "x/dev", "eu": "x/dev/eu", "z": "z"}) == [
        "environments 'dev' and 'eu' would share folder 'x/dev'"]
    assert messages(check_disjoint, {"p": "m", "q": "n", "r": "n"}) == ["environments 'q' and 'r' would share folder 'n'"]
    # compared in the order of their folders, not of their names
    assert messages(check_disjoint, {"a": "x/dev", "b": "z", "c": "x/dev/eu"}) == [
        "environments 'a' and 'c' would share folder 'x/dev'"]


NS = b"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"
SVC_A = b"apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: a\n"
SVC_B = b"apiVersion: v1\nkind: Service\nmetadata:\n  name: t\n  namespace: b\n"
VS = b"apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: v\n  namespace: a\n"
REPO = b"apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: x\n"
KS = b"apiVersion: 'kustomize.toolkit.fluxcd.io/v1'\nkind: Kustomization\nmetadata:\n  name: x\n"
FILES = {"namespace-a.yaml": NS, "service-s.yaml": SVC_A, "service-t.yaml": SVC_B, "virtualservice-v.yaml": VS,
         "gitrepository-x.yaml": REPO, "kustomization-x.yaml": KS}


def test_the_two_layouts():
    flux = env_layout("dev")
    assert flux == EnvLayout(env="dev", layout=Layout.FLUX, workload="otlp-istio/dev", cluster="clusters/dev")
    assert (flux.flux_folder, flux.state, flux.inventory, flux.folders()) == (
        "clusters/dev/otlp-istio", ".otlp-istio/dev", ".otlp-istio/dev/inventory.yaml",
        ["clusters/dev/otlp-istio", "otlp-istio/dev"])
    folder = env_layout("dev", Layout.FOLDER)
    assert folder == EnvLayout(env="dev", layout=Layout.FOLDER, workload="clusters/dev", cluster=None)
    assert (folder.flux_folder, folder.folders()) == ("clusters/dev", ["clusters/dev"])
    assert env_layout("dev", Layout.FLUX, "apps/{env}", "fleet/{env}").folders() == ["apps/dev", "fleet/dev/otlp-istio"]
    assert env_layout("dev", Layout.FOLDER, "apps/{env}", "fleet/{env}").cluster is None


@pytest.mark.parametrize("path, cluster", [("clusters/{env}", "clusters/{env}"), ("clusters/{env}/app", "clusters/{env}"),
                                           ("c", "c/{env}")])
def test_the_workload_folder_lies_outside_the_cluster_folder_in_the_flux_layout(path, cluster):
    workload, cl = path.replace("{env}", "dev"), cluster.replace("{env}", "dev")
    if "{env}" not in path:
        assert messages(env_layout, "dev", Layout.FLUX, path, cluster) == [
            "--path 'c' must contain {env}, e.g. clusters/{env}"]
        return
    assert messages(env_layout, "dev", Layout.FLUX, path, cluster) == [
        f"environment 'dev': the workload folder {workload!r} must lie outside the cluster folder {cl!r} in the flux "
        f"layout (bootstrap's Kustomization applies all of {cl!r}); use --path otlp-istio/{{env}}, or the folder layout"]


def test_a_cluster_folder_inside_the_workload_folder_is_refused_and_its_option_named():
    assert messages(env_layout, "dev", Layout.FLUX, "w/{env}", "w/{env}/cluster")[0].startswith(
        "environment 'dev': the workload folder 'w/dev' must lie outside the cluster folder 'w/dev/cluster'")
    assert messages(env_layout, "dev", Layout.FLUX, "w/{env}", "cluster") == [
        "flux.cluster_path 'cluster' must contain {env}, e.g. clusters/{env}"]
    assert env_layout("dev", Layout.FLUX, "clusters-x/{env}").workload == "clusters-x/dev"  # a prefix is not a parent


def test_kustomization_file_lists_its_resources_sorted():
    assert kustomization_file(["b.yaml", "a.yaml"]) == (
        b"# Written by otlp-istio publish: `kustomize build` or `kubectl apply -k` this folder.\n"
        b"apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- a.yaml\n- b.yaml\n")


def test_place_in_the_flux_layout_splits_base_mesh_and_the_flux_objects():
    out = place(env_layout("dev"), FILES)
    assert list(out) == [
        "clusters/dev/otlp-istio/kustomization.yaml", "clusters/dev/otlp-istio/gitrepository-x.yaml",
        "clusters/dev/otlp-istio/kustomization-x.yaml",
        "otlp-istio/dev/base/kustomization.yaml", "otlp-istio/dev/base/namespace-a.yaml",
        "otlp-istio/dev/base/service-s.yaml",
        "otlp-istio/dev/mesh/kustomization.yaml", "otlp-istio/dev/mesh/service-t.yaml",
        "otlp-istio/dev/mesh/virtualservice-v.yaml",
        "otlp-istio/dev/kustomization.yaml"]
    assert out["otlp-istio/dev/base/service-s.yaml"] == SVC_A
    assert out["otlp-istio/dev/kustomization.yaml"] == kustomization_file(["base", "mesh"])
    assert out["otlp-istio/dev/mesh/kustomization.yaml"] == kustomization_file(["service-t.yaml", "virtualservice-v.yaml"])
    assert out["clusters/dev/otlp-istio/kustomization.yaml"] == kustomization_file(
        ["gitrepository-x.yaml", "kustomization-x.yaml"])


def test_place_in_the_folder_layout_puts_everything_in_one_folder():
    out = place(env_layout("dev", Layout.FOLDER), {"service-s.yaml": SVC_A, "gitrepository-x.yaml": REPO})
    assert out == {"clusters/dev/kustomization.yaml": kustomization_file(["gitrepository-x.yaml", "service-s.yaml"]),
                   "clusters/dev/service-s.yaml": SVC_A, "clusters/dev/gitrepository-x.yaml": REPO}


def test_a_rendered_file_named_kustomization_yaml_is_refused():
    for layout in (Layout.FLUX, Layout.FOLDER):
        assert messages(place, env_layout("dev", layout), {"kustomization.yaml": SVC_A}) == [
            "environment 'dev': a rendered file is named kustomization.yaml, which publish writes itself"]
