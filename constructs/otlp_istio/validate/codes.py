"""Finding codes of the schema check and the CEL rules (stable: never renumbered or reused).

The analyzer's codes live in ``otlp_istio.analyzers``; these are the ``OI01xx`` (schema),
``OI02xx`` (CEL), ``OI03xx`` (the environment file) and ``OI04xx`` (collector config) ranges.
"""
from __future__ import annotations

SCHEMA_VIOLATION = "OI0101"  # a field is unknown, of the wrong type, out of range, not an allowed value
SCHEMA_MISSING = "OI0102"  # no schema for the kind/apiVersion (misspelt kind, or a kind we have no schema for)
UNREADABLE = "OI0103"  # not valid YAML, no kind/apiVersion, duplicate keys
NO_MANIFESTS = "OI0104"  # an environment folder holds no manifests (warning)
CEL_RULE_FAILED = "OI0201"  # an x-kubernetes-validations rule of the CRD is false for the object
CEL_RULE_ERROR = "OI0202"  # a rule could not be evaluated on this value (the API server rejects it too)
CEL_RULE_UNSUPPORTED = "OI0203"  # a rule the evaluator cannot compile (not checked; a warning)
# "OI0301", the environment renders, but on an assumption or without a field its istio_version
# does not know (warning; the file's warnings, printed in this format by every command too)
from ..findings import ENVIRONMENT_WARNING  # noqa: E402
IGNORE_UNUSED = "OI0302"  # a validation.ignore rule matched no finding (info)
COLLECTOR_CONFIG_INVALID = "OI0401"  # the real OpenTelemetry Collector's `validate` rejects a collector config
COLLECTOR_COMPONENT_UNKNOWN = "OI0402"  # a collector config uses components the check collector lacks (warning)

DESCRIPTIONS = {
    SCHEMA_VIOLATION: "SchemaViolation: the manifest does not match the Kubernetes/CRD schema (kubeconform -strict)",
    SCHEMA_MISSING: "SchemaMissing: no schema for this apiVersion/kind",
    UNREADABLE: "ManifestUnreadable: not valid YAML, or no apiVersion/kind, or duplicate keys",
    NO_MANIFESTS: "NoManifests: an environment folder holds no YAML manifests",
    CEL_RULE_FAILED: "CelRuleFailed: a CEL validation rule (x-kubernetes-validations) of the CRD is violated",
    CEL_RULE_ERROR: "CelRuleError: a CEL validation rule cannot be evaluated on this value",
    CEL_RULE_UNSUPPORTED: "CelRuleUnsupported: a CEL rule of the CRD could not be compiled, so it was not checked",
    ENVIRONMENT_WARNING: ("EnvironmentWarning: the environment renders, but on an assumption (a short tracing host's "
                          "namespace) or without a setting the declared istio_version does not know"),
    IGNORE_UNUSED: "IgnoreRuleUnused: a validation.ignore rule of the environment matched no finding",
    COLLECTOR_CONFIG_INVALID: "CollectorConfigInvalid: the OpenTelemetry Collector (`otelcol validate --config`) "
                              "rejects a collector config: an unknown key, a pipeline naming an undefined "
                              "component, a bad value",
    COLLECTOR_COMPONENT_UNKNOWN: "CollectorComponentUnknown: a collector config (your collector.config) uses a "
                                 "component the check collector does not hold, so it was not checked",
}

# What to do about a finding, where the description alone does not say (`otlp-istio explain`).
FIXES = {
    COLLECTOR_CONFIG_INVALID: "correct the field the collector names in collector.exporters (or in your own "
                              "collector.config); the README's collector section lists each exporter's settings",
    COLLECTOR_COMPONENT_UNKNOWN: "correct the component's name if it is a typo; if it is a component your image has, "
                                 "the config is checked when the cluster's collector starts (or add the component "
                                 "to scripts/otelcol-builder.yaml in a checkout)",
}

# Where a code is explained, when not in the README's `validate` section.
DOCS = {
    COLLECTOR_CONFIG_INVALID: "README.md#the-collectors-pipeline",
    COLLECTOR_COMPONENT_UNKNOWN: "README.md#the-collectors-pipeline",
}

# ``validate --server``: the cluster's own API server, in a dry-run (the OI05xx range)
SERVER_REJECTED = "OI0501"  # the cluster's API server refused the object in a dry-run
SERVER_NOT_CHECKED = "OI0502"  # not dry-run: its namespace does not exist in the cluster yet (info)
DESCRIPTIONS[SERVER_REJECTED] = "ServerRejected: validate --server: the cluster's API server refused the object (dry-run)"
DESCRIPTIONS[SERVER_NOT_CHECKED] = "ServerNotChecked: validate --server: its namespace does not exist in the cluster yet"
