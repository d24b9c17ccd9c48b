"""The `flux` section's bad input: exit 2 with file, line, field path and what is allowed."""
from __future__ import annotations

import pytest

from tests.conftest import MINIMAL

from tests.test_errors import check


@pytest.mark.parametrize("flux, expected", [
    ("{depends_on: istiod}", ["env.yaml:5: flux.depends_on", "expected a list (got 'istiod')"]),
    ("{depends_on: [Istio/x]}", ["env.yaml:5: flux.depends_on[0]", "'Istio/x' is not a Kustomization reference",
                                 "name or namespace/name"]),
    ("{depends_on: [{kind: HelmRelease, name: istiod}]}",
     ["flux.depends_on[0]", "Flux's dependsOn names Kustomizations only (got kind 'HelmRelease')"]),
    ("{depends_on: [[a]]}", ["flux.depends_on[0]", "a dependency is a Kustomization reference"]),
    ("{depends_on: [{name: a, ns: b}]}", ["flux.depends_on[0].ns", "unknown key"]),
    ("{layout: flat}", ["flux.layout", "'flux' or 'folder'"]),
    ("{path: './clusters/prod'}", ["flux.path", "must contain {env}"]),
    ("{url: 'https://git.example.com/a.git', source_ref: fleet}", ["flux", "url", "source_ref", "not both"]),
    ("{path: './clusters/{env}'}", ["env.yaml:5: flux", "lies in or around cluster_path", "layout: folder"]),
    ("{secret_ref: deploy-key}", ["flux", "secret_ref belongs to our own GitRepository"]),
    ("{url: 'git@git.example.com:a/b.git'}", ["flux.url", "ssh://git@host/org/repo.git"]),
])
def test_bad_flux_section(cli, write_env, tmp_path, flux, expected):
    check(cli, write_env, tmp_path, MINIMAL + "\nflux: " + flux + "\n", *expected)


def test_mesh_config_forms_are_named_in_the_error(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + "tracing: {mesh_config: operator}\n",
          "tracing.mesh_config", "'helm-values', 'configmap' or 'external'")
