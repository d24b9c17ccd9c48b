"""One field-path format for environment-file errors, kubeconform and CEL findings."""
from __future__ import annotations

from otlp_istio.fieldpath import MapKey, format_path
from tests.conftest import MINIMAL

from tests.test_errors import check


def test_fields_indices_map_keys_and_odd_names():
    assert format_path(["spec", "http", 0, "route"]) == "spec.http[0].route"
    assert format_path(["spec", "http", "0", "route"]) == "spec.http[0].route"  # a JSON pointer's index
    assert format_path(["metadata", "labels", MapKey("app")]) == "metadata.labels[app]"
    assert format_path(["metadata", "annotations", "sidecar.istio.io/inject"]) == \
        "metadata.annotations[sidecar.istio.io/inject]"
    assert format_path([]) == "" and format_path([0]) == "[0]"


def test_an_environment_file_key_with_dots_is_bracketed(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + "tracing: {custom_tags: {'team.name': {}}}\n",
          "env.yaml:4: tracing.custom_tags[team.name]: ", "(got none)")
