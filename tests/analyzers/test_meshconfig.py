"""The mesh config (analyzers/meshconfig.py): --meshConfigFile, else the rendered istio
ConfigMap, else Istio's defaults; a bad file is a clear usage error."""
from __future__ import annotations

from otlp_istio.analyzers.index import Index
from otlp_istio.analyzers.meshconfig import MeshConfig, load_file
from otlp_istio.yamlio import Document

from .objects import index

CM = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "istio", "namespace": "istio-system"},
      "data": {"mesh": "rootNamespace: from-configmap\nextensionProviders:\n- name: z\n  zipkin: {service: z}\n"}}


def test_the_file_wins_over_the_configmap_and_the_configmap_over_the_defaults(tmp_path):
    f = tmp_path / "mesh.yaml"
    f.write_text("rootNamespace: from-file\ndefaultProviders: {accessLogging: [envoy]}\n")
    assert index(CM).root_namespace == "from-configmap"
    assert index(CM).mesh.extension_providers == {"z": "zipkin"}
    ix = Index([Document(data=CM, file="a.yaml", line=1)], load_file(f))
    assert (ix.root_namespace, ix.mesh.default_access_logging, ix.mesh.source) == ("from-file", ("envoy",), str(f))
    assert index().mesh == MeshConfig()


def test_a_configmap_form_file_is_read_too(tmp_path):
    f = tmp_path / "cm.yaml"
    f.write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio}\ndata:\n  mesh: 'rootNamespace: r'\n")
    assert load_file(f).root_namespace == "r"


def test_bad_files_are_usage_errors(cli, tmp_path):
    target = tmp_path / "in.yaml"
    target.write_text("apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {istio-injection: enabled}}\n")
    for text, says in (("- a\n", "a YAML mapping"), ("a: [\n", "not valid YAML")):
        f = tmp_path / "mesh.yaml"
        f.write_text(text)
        r = cli("analyze", target, "--meshConfigFile", f)
        assert r.code == 2 and says in r.err and "Traceback" not in r.err
    r = cli("analyze", target, "--meshConfigFile", tmp_path / "missing.yaml")
    assert r.code == 2 and "cannot read it" in r.err


VALUES = {"apiVersion": "v1", "kind": "ConfigMap",
          "metadata": {"name": "otlp-istio-mesh-values", "namespace": "flux-system"},
          "data": {"values.yaml": "meshConfig:\n  extensionProviders:\n  - name: otel\n    zipkin: {service: c}\n"}}


def test_the_helm_values_form_is_the_mesh_config_for_the_analyzer_and_doctor_alike():
    """GIVEN the default form (tracing.mesh_config: helm-values) THEN the analyzer reads the providers
    doctor's tracing check reads: one reader of the mesh config, so the two cannot disagree."""
    from otlp_istio.doctor.tracing import mesh_config

    ix = index(VALUES)
    assert ix.mesh.extension_providers == {"otel": "zipkin"} and ix.mesh.declared
    assert ix.mesh.source == "ConfigMap flux-system/otlp-istio-mesh-values (key values.yaml, meshConfig)"
    assert set(mesh_config(ix).providers) == {"otel"} and mesh_config(ix).resource.name == "otlp-istio-mesh-values"


def test_the_istio_configmap_wins_over_the_values_form_for_both():
    from otlp_istio.doctor.tracing import mesh_config

    ix = index(VALUES, CM)
    assert ix.mesh.extension_providers == {"z": "zipkin"} and mesh_config(ix).resource.name == "istio"
