"""A failed run leaves the previous OUT/<env>/ intact; a successful one replaces it whole."""
from __future__ import annotations

import ctypes
import os

import pytest

from otlp_istio.synth.writer import clean_stale, write_outputs, write_outputs_to
from tests.conftest import MINIMAL


def replace_dir(target, files: dict[str, bytes]) -> None:
    """Make ``target`` hold exactly ``files``, atomically (one folder of write_outputs_to)."""
    write_outputs_to({target: files})


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_bad_config_leaves_previous_output(cli, write_env, tmp_path):
    config = write_env("prod.yaml", MINIMAL)
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    before = snapshot(out / "prod")
    (config / "prod.yaml").write_text(MINIMAL + "tracing: {sampling_rate: 7}\n")
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 2
    assert snapshot(out / "prod") == before


def test_one_bad_environment_writes_no_environment(cli, write_env, tmp_path):
    write_env("a.yaml", MINIMAL)
    config = write_env("b.yaml", MINIMAL + "nope: 1\n")
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 2
    assert not out.exists()


def test_removed_resources_disappear(cli, write_env, tmp_path):
    config = write_env("prod.yaml", MINIMAL + "prometheus: {enabled: true}\n")
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    assert (out / "prod" / "servicemonitor-otlp-collector.yaml").exists()
    (config / "prod.yaml").write_text(MINIMAL + "prometheus: {enabled: false}\n")
    assert cli("synth", "-c", config, "--out", out).code == 0
    assert not (out / "prod" / "servicemonitor-otlp-collector.yaml").exists()


def test_failure_mid_write_keeps_the_old_folder(tmp_path):
    target = tmp_path / "prod"
    replace_dir(target, {"a.yaml": b"a: 1\n", "b.yaml": b"b: 1\n"})
    # the second file cannot be created (its folder does not exist): the write fails half-way
    with pytest.raises(FileNotFoundError):
        replace_dir(target, {"a.yaml": b"a: 2\n", "missing/b.yaml": b"b: 2\n"})
    assert snapshot(target) == {"a.yaml": b"a: 1\n", "b.yaml": b"b: 1\n"}
    assert [p.name for p in tmp_path.iterdir()] == ["prod"], "no temporary folder left behind"


def test_stale_temporary_folders_are_cleaned(tmp_path):
    (tmp_path / ".prod.tmp-deadbeef").mkdir()
    (tmp_path / ".prod.old-deadbeef").mkdir()
    (tmp_path / "keep").mkdir()
    write_outputs(tmp_path, {"prod": {"x.yaml": b"x: 1\n"}})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep", "prod"]
    clean_stale(tmp_path / "absent")  # no error on a missing folder


def test_unchanged_folder_is_left_alone_and_a_changed_one_replaced(tmp_path):
    out = tmp_path / "out"
    write_outputs(out, {"prod": {"a.yaml": b"a: 1\n"}, "dev": {"a.yaml": b"a: 1\n"}})
    prod_inode = (out / "prod").stat().st_ino
    dev_inode = (out / "dev").stat().st_ino
    folders = write_outputs(out, {"prod": {"a.yaml": b"a: 1\n"}, "dev": {"a.yaml": b"a: 2\n"}})
    assert folders == [out / "dev", out / "prod"]
    assert (out / "prod").stat().st_ino == prod_inode, "the same files: not rewritten"
    assert (out / "dev").stat().st_ino != dev_inode
    assert snapshot(out / "dev") == {"a.yaml": b"a: 2\n"}
    # an extra file, or a longer one, is a change too
    (out / "prod" / "stray.yaml").write_text("x: 1\n")
    write_outputs(out, {"prod": {"a.yaml": b"a: 1\n"}})
    assert snapshot(out / "prod") == {"a.yaml": b"a: 1\n"}
    (out / "prod" / "a.yaml").write_bytes(b"a: 1\nb: 2\n")
    write_outputs(out, {"prod": {"a.yaml": b"a: 1\n"}})
    assert snapshot(out / "prod") == {"a.yaml": b"a: 1\n"}


def test_environments_are_all_staged_before_any_is_swapped_in(tmp_path):
    # GIVEN two environments written once
    write_outputs(tmp_path, {"a": {"x.yaml": b"a: 1\n"}, "b": {"x.yaml": b"b: 1\n"}})
    # WHEN a second write fails while staging the later environment
    with pytest.raises(FileNotFoundError):
        write_outputs(tmp_path, {"a": {"x.yaml": b"a: 2\n"}, "b": {"missing/x.yaml": b"b: 2\n"}})
    # THEN the earlier one was not swapped in either: OUT is as before, whole
    assert snapshot(tmp_path / "a") == {"x.yaml": b"a: 1\n"}
    assert snapshot(tmp_path / "b") == {"x.yaml": b"b: 1\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_the_libc_renameat2_binding_exchanges_two_folders(tmp_path):
    from otlp_istio.synth import writer
    fn = writer._libc()  # what the module binds at import, built again here
    assert fn is not None and fn.restype is ctypes.c_int
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "f").write_text("a")
    (b / "f").write_text("b")
    assert fn(-100, os.fsencode(a), -100, os.fsencode(b), 2) == 0  # AT_FDCWD, RENAME_EXCHANGE
    assert ((a / "f").read_text(), (b / "f").read_text()) == ("b", "a")
    assert writer.exchange(a, b) is True
    assert ((a / "f").read_text(), (b / "f").read_text()) == ("a", "b")
    assert writer.exchange(a, tmp_path / "missing") is False


def test_where_renameat2_is_missing_two_renames_swap_the_folder_in(tmp_path, monkeypatch):
    from otlp_istio.synth import writer
    monkeypatch.setattr(writer, "_renameat2", None)  # as on a system without renameat2 (not Linux)
    target = tmp_path / "prod"
    replace_dir(target, {"a.yaml": b"a: 1\n"})
    assert writer.exchange(target, tmp_path) is False
    replace_dir(target, {"a.yaml": b"a: 2\n", "b.yaml": b"b: 2\n"})
    assert snapshot(target) == {"a.yaml": b"a: 2\n", "b.yaml": b"b: 2\n"}
    assert [p.name for p in tmp_path.iterdir()] == ["prod"]  # the old folder is gone too


def test_out_may_be_a_new_nested_folder_and_other_hidden_entries_stay(tmp_path):
    out = tmp_path / "a" / "b" / "dist"
    write_outputs(out, {"prod": {"x.yaml": b"x: 1\n"}})
    (out / ".cache").mkdir()  # someone else's hidden folder in OUT
    (out / ".cache" / "f").write_text("keep")
    (out / ".notes").write_text("keep")
    (out / ".prod.tmp-0badf00d").mkdir()  # a killed run's staging folder
    write_outputs(out, {"prod": {"x.yaml": b"x: 2\n"}})
    assert sorted(p.name for p in out.iterdir()) == [".cache", ".notes", "prod"]
    assert (out / ".cache" / "f").read_text() == "keep"
    assert (tmp_path / "a" / "b" / ".dist.otlp-istio.lock").is_file()


def test_written_files_hold_the_bytes_and_get_the_umask_mode_as_open_gives(tmp_path):
    old = os.umask(0o027)
    try:
        replace_dir(tmp_path / "env", {"a.yaml": b"a: 1\n", "big.yaml": b"x" * (1 << 20), "empty.yaml": b""})
        with open(tmp_path / "reference", "wb"):
            pass
    finally:
        os.umask(old)
    assert snapshot(tmp_path / "env") == {"a.yaml": b"a: 1\n", "big.yaml": b"x" * (1 << 20), "empty.yaml": b""}
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "env").iterdir()}
    assert set(modes.values()) == {(tmp_path / "reference").stat().st_mode & 0o777} == {0o640}


def test_written_files_get_the_mode_open_would_give_them(tmp_path):
    from otlp_istio.synth.writer import write_tree
    old = os.umask(0o022)
    try:
        write_tree(tmp_path / "a", {"x.yaml": b"a: 1\n"})
        os.umask(0o002)
        write_tree(tmp_path / "b", {"x.yaml": b"a: 1\n"})
    finally:
        os.umask(old)
    assert (tmp_path / "a" / "x.yaml").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b" / "x.yaml").stat().st_mode & 0o777 == 0o664
    assert (tmp_path / "a" / "x.yaml").read_bytes() == b"a: 1\n"
