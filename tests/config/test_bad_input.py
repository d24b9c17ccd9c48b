"""Bad input of more kinds: each is exit 2 with the file, line and field, in the file's own terms,
nothing written (YAML built to explode: tests/core/test_yaml_bounds.py)."""
from __future__ import annotations

import pytest

from tests.conftest import MINIMAL
from tests.core.test_errors import check


@pytest.mark.parametrize("text, expected", [
    # YAML syntax: line, column, and for indentation what differs from the line above
    (MINIMAL + "tracing:\n  enabled: true\n sampling_rate: 0.1\n",
     ["env.yaml:6: invalid YAML (column 2): did not find expected key (while parsing a block mapping that starts "
      "at line 1); check the indentation: this line starts in column 2, line 5 above it in column 3"]),
    (MINIMAL + "tracing:\n  enabled: true\n   sampling_rate: 0.1\n",
     ["env.yaml:6: invalid YAML (column 17): mapping values are not allowed in this context; check the "
      "indentation: this line starts in column 4, line 5 above it in column 3"]),
    (MINIMAL + "existing_namespaces: [a, b\nmtls: {}\n",
     ["env.yaml:5: invalid YAML (column 5): did not find expected ',' or ']' (while parsing a flow sequence "
      "that starts at line 4)"]),
    # a timestamp where text or a duration is meant: said as written, with how to quote it
    (MINIMAL + "collector: {restarted_at: 2026-01-01T10:00:00Z}\n",
     ["env.yaml:4: collector.restarted_at: Input should be a valid string (got 2026-01-01T10:00:00Z); YAML reads "
      "2026-01-01T10:00:00Z as a timestamp: quote it ('2026-01-01T10:00:00Z') where text is meant"]),
    (MINIMAL + "prometheus: {interval: 2026-01-01}\n",
     ["prometheus.interval: a duration must be a string such as '30s', '5m' or '100ms' (got 2026-01-01); quote "
      "it in YAML; YAML reads 2026-01-01 as a timestamp"]),
    # no class names: a mapping or a list by what it holds
    (MINIMAL + "tracing: 5\n", ["env.yaml:4: tracing: expected a mapping with the keys enabled, sampling_rate,"]),
    (MINIMAL + "mtls: [STRICT]\n", ["env.yaml:4: mtls: expected a mapping with the keys mode (got a list)"]),
    (MINIMAL + "virtual_services: {hosts: [a]}\n", ["env.yaml:4: virtual_services: expected a list (got a mapping)"]),
])
def test_bad_input(cli, write_env, tmp_path, text, expected):
    err = check(cli, write_env, tmp_path, text, *expected)
    assert "Config" not in err and "instance of" not in err and "datetime." not in err


def test_yaml_files_in_a_subfolder_are_listed_as_not_read(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL)
    (config / "teams").mkdir()
    (config / "teams" / "payments.yaml").write_text(MINIMAL)
    (config / "teams" / "checkout.yml").write_text(MINIMAL)
    (config / "notes").mkdir()
    (config / "notes" / "README.md").write_text("no YAML here\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    assert r.err.splitlines()[0] == (f"note: {config / 'teams'}/ holds 2 YAML files, not read: environments are "
                                     f"the files directly in {config}/ (-c {config / 'teams'} reads those)")
    assert "notes" not in r.err
