"""config/extends.py: a file merged over its base, and the mistakes of ``extends`` at its line."""
from __future__ import annotations

from otlp_istio.config.extends import extends_any
from otlp_istio.config.loader import load_environment
from tests.conftest import MINIMAL
from tests.config.loading import env_problems


def test_a_file_over_its_base_and_problems_placed_in_the_file_that_has_them(tmp_path):
    (tmp_path / "_base.yaml").write_text(MINIMAL + "tracing:\n  sampling_rate: 5\n  enabled: false\n")
    env = tmp_path / "env.yaml"
    env.write_text("extends: _base.yaml\nmtls: {mode: STRICT}\n")
    assert env_problems(env) == [
        ("_base.yaml", 5, "tracing.sampling_rate",
         "Input should be less than or equal to 1 (got 5); sampling_rate is a fraction: 0.1 means 10 %, so 5 % is 0.05")]
    env.write_text("# over the base\nextends: _base.yaml\ntracing:\n  sampling_rate: 2\n")
    assert env_problems(env)[0][:3] == ("env.yaml", 4, "tracing.sampling_rate")
    env.write_text("extends: _base.yaml\ntracing: {sampling_rate: 0.5}\n")
    loaded = load_environment("env", env)
    assert (loaded.name, loaded.file, loaded.config.tracing.sampling_rate, loaded.config.tracing.enabled,
            loaded.config.namespace) == ("env", env, 0.5, False, "otlp-system")
    assert loaded.config.extends is None  # resolved: the merged file extends nothing


def test_extends_mistakes(tmp_path):
    (tmp_path / "cyc.yaml").write_text("extends: _c2.yaml\n")
    (tmp_path / "_c2.yaml").write_text("# c2\nextends: cyc.yaml\n")
    assert env_problems(tmp_path / "cyc.yaml") == [
        ("_c2.yaml", 2, "extends", "extends forms a cycle: cyc.yaml -> _c2.yaml -> cyc.yaml")]
    (tmp_path / "self.yaml").write_text("\nextends: self.yaml\n")
    assert env_problems(tmp_path / "self.yaml") == [
        ("self.yaml", 2, "extends", "extends forms a cycle: self.yaml -> self.yaml")]
    for value, message in (("_nope.yaml", "base file '_nope.yaml' not found next to env.yaml"),
                           ("5", "extends names a base file, for example '_base.yaml'"),
                           ("''", "extends names a base file, for example '_base.yaml'"),
                           (".", "base file '.' not found next to env.yaml")):  # a folder is no base
        (tmp_path / "env.yaml").write_text(MINIMAL + f"extends: {value}\n")
        assert env_problems(tmp_path / "env.yaml") == [("env.yaml", 4, "extends", message)], value


def test_extends_any_follows_the_chain_and_counts_a_refused_one(tmp_path):
    (tmp_path / "_a.yaml").write_text(MINIMAL)
    (tmp_path / "_b.yaml").write_text("extends: _a.yaml\n")
    (tmp_path / "env.yaml").write_text("extends: _b.yaml\n")
    (tmp_path / "other.yaml").write_text(MINIMAL)
    (tmp_path / "bad.yaml").write_text("extends: _missing.yaml\n")
    a = {(tmp_path / "_a.yaml").resolve()}
    assert extends_any(tmp_path / "env.yaml", a) and not extends_any(tmp_path / "other.yaml", a)
    assert extends_any(tmp_path / "bad.yaml", a)  # loading it says why, with its line
