"""Line numbers for findings (validate/locate.py), in-process: the field a finding names, in
the right document of a multi-document file, and findings that must keep the line they have."""
from __future__ import annotations

from pathlib import Path

from otlp_istio.findings import Finding, Severity
from otlp_istio.validate.locate import add_lines, path_segments

TWO_DOCS = """\
kind: Service
metadata:
  name: a
spec:
  ports: []
---
kind: Service
metadata:
  name: b
  namespace: ns
spec:
  type: ClusterIP
  ports:
  - port: 80
  - port: 81
    name: second
"""


def finding(file, path="", *, resource="Service b.ns", line=None) -> Finding:
    return Finding(code="OI0101", severity=Severity.ERROR, resource=resource, path=path,
                   message="m", file=None if file is None else str(file), line=line)


def lines(*findings: Finding) -> list[int | None]:
    return [f.line for f in add_lines(list(findings))]


def test_path_segments_split_fields_indices_and_bracketed_keys():
    assert path_segments("spec.http[0].route[12].destination.subset") == [
        "spec", "http", "0", "route", "12", "destination", "subset"]
    assert path_segments("metadata.annotations[sidecar.istio.io/inject]") == [
        "metadata", "annotations", "sidecar.istio.io/inject"]
    assert path_segments("") == []
    assert path_segments(None) == []


def test_the_line_of_the_key_a_path_names(tmp_path: Path):
    f = tmp_path / "svc.yaml"
    f.write_text(TWO_DOCS.split("---\n")[1], encoding="utf-8")
    assert lines(finding(f, "spec.type"), finding(f, "metadata.namespace"), finding(f, "spec.ports[1].name"),
                 finding(f, "spec.ports[0]"), finding(f, "spec.ports[1]"), finding(f, "")) == [6, 4, 10, 8, 9, 1]


def test_a_path_that_goes_missing_keeps_the_line_of_its_deepest_existing_field(tmp_path: Path):
    f = tmp_path / "svc.yaml"
    f.write_text(TWO_DOCS.split("---\n")[1], encoding="utf-8")
    assert lines(finding(f, "spec.selector.app"),  # no selector: the line of spec
                 finding(f, "spec.ports[5].port"),  # no sixth port: the line of ports
                 finding(f, "spec.ports[2]"),  # no third port either
                 finding(f, "spec.ports[x]"),  # not an index
                 finding(f, "spec.type.deeper"),  # below a scalar
                 finding(f, "spec.ports[1].name.more")) == [5, 7, 7, 7, 6, 10]


def test_the_document_that_starts_at_or_before_the_findings_line(tmp_path: Path):
    f = tmp_path / "two.yaml"
    f.write_text(TWO_DOCS, encoding="utf-8")
    # the second document starts on line 7 ('kind: Service' after '---')
    assert lines(finding(f, "spec", line=7), finding(f, "spec", line=9), finding(f, "spec", line=3),
                 finding(f, "spec", line=6)) == [11, 11, 4, 4]


def test_the_document_of_the_findings_resource_when_it_has_no_line(tmp_path: Path):
    f = tmp_path / "two.yaml"
    f.write_text(TWO_DOCS, encoding="utf-8")
    assert lines(finding(f, "spec.type", resource="Service b.ns"),
                 finding(f, "spec.ports", resource="Service a"),
                 finding(f, "spec.type", resource="Service b"),  # b lives in ns: no match, the first document
                 finding(f, "spec.type", resource="Deployment b.ns"),  # another kind: the first document
                 finding(f, "spec", resource="Service nothing.ns")) == [12, 5, 4, 4, 4]


def test_the_resource_match_needs_the_kind_and_reads_name_and_namespace_from_metadata(tmp_path: Path):
    f = tmp_path / "odd.yaml"
    f.write_text("kind: Service\nname: b\nnamespace: ns\nspec: {}\n---\n"  # name outside metadata
                 "metadata:\n  name: b\n  namespace: ns\nspec: {}\n---\n"  # no kind
                 "kind: [Service]\nmetadata:\n  name: b\n  namespace: ns\nspec: {}\n---\n"  # a kind that is not a scalar
                 "kind: Service\nmetadata:\n  name: b\n  namespace: ''\nspec: {}\n---\n"  # an empty namespace
                 "kind: Service\nmetadata:\n  name: b\n  namespace: ns\nspec: {}\n", encoding="utf-8")
    assert lines(finding(f, "spec", resource="Service b.ns")) == [27]
    assert lines(finding(f, "spec", resource="Service b")) == [21]


def test_findings_that_keep_the_line_they_have(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [unclosed\n", encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing\n", encoding="utf-8")
    placed = tmp_path / "svc.yaml"
    placed.write_text(TWO_DOCS, encoding="utf-8")
    assert lines(finding(None, "spec.type", line=3),  # no file
                 finding(placed, "", line=8),  # a whole-file finding already placed
                 finding(tmp_path / "gone.yaml", "spec", line=2),  # unreadable
                 finding(bad, "a", line=1),  # not YAML
                 finding(bad, "a"),  # again, from the cache
                 finding(empty, "spec", line=5)) == [3, 8, 2, 1, None, 5]
    # a placed finding that names a field gets the field's line
    assert lines(finding(placed, "spec.type", line=8)) == [12]


def test_empty_documents_are_skipped(tmp_path: Path):
    f = tmp_path / "lead.yaml"
    f.write_text("---\n---\nkind: Service\nmetadata:\n  name: a\nspec:\n  type: ClusterIP\n", encoding="utf-8")
    assert lines(finding(f, "spec.type", resource="Service a")) == [7]


def test_a_finding_placed_before_the_first_document_belongs_to_the_first(tmp_path: Path):
    f = tmp_path / "lead.yaml"
    f.write_text("# rendered\n# by otlp-istio\n---\n" + TWO_DOCS, encoding="utf-8")
    assert lines(finding(f, "spec", line=1), finding(f, "spec", line=12)) == [7, 14]


def test_files_are_read_as_utf8_whatever_the_locale(tmp_path: Path):
    import locale
    f = tmp_path / "svc.yaml"
    f.write_text("# café\n" + TWO_DOCS.split("---\n")[1], encoding="utf-8")
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        assert lines(finding(f, "spec.type", line=1)) == [7]
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
