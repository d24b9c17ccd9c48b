#!/usr/bin/env python3
"""Measure ``otlp-istio analyze`` against Istio's own analyzer test grid.

Usage: ``python scripts/istio_parity.py ISTIO_CHECKOUT [WORD...]``

ISTIO_CHECKOUT is a checkout of istio/istio (nothing of it is copied here). Its
``pkg/config/analysis/analyzers/analyzers_test.go`` lists cases: input files under
``testdata/``, an optional mesh config, the analyzer under test and the ``(message, origin)``
list it must give. Istio runs one analyzer per case; so, for each case, this script runs our
whole analyzer on the same files (``--pods-only``, as istioctl reads files) and keeps the IST-coded findings of the codes that analyzer
gives (IST0101, which many analyzers share, only from our codes that mirror that analyzer),
deduplicated as istioctl deduplicates messages, and compares ``(code, origin)`` lists; a
namespace ``default`` is left out of origins, as Istio's cases leave it out. WORDs keep only the
cases whose name or analyzer contains one of them.

It prints each case that differs (missing, extra) and ``agreed/total``; exit code 0.
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "constructs"))

from otlp_istio.analyzers import analyze_documents  # noqa: E402
from otlp_istio.validate.output.istioctl import origin  # noqa: E402
from otlp_istio.analyzers.meshconfig import load_file  # noqa: E402
from otlp_istio.yamlio import load_documents  # noqa: E402

# istioctl analyzers that report IST0101, and our codes that mirror each
IST0101_BY_ANALYZER = {
    "virtualservice.DestinationHostAnalyzer": {"OI1101", "OI1103"},
    "virtualservice.DestinationRuleAnalyzer": {"OI1102"},
    "virtualservice.GatewayAnalyzer": {"OI1108"},
    "gateway.IngressGatewayPortAnalyzer": {"OI1901"},
    "gateway.SecretAnalyzer": {"OI1901", "OI1903"},
    "gateway.ConflictingGatewayAnalyzer": set(),
    "authz.AuthorizationPoliciesAnalyzer": {"OI1505"},
    "sidecar.SelectorAnalyzer": {"OI1801"},
    "telemetry.SelectorAnalyzer": {"OI1506"},
}


def cases(analyzers: Path, codes: dict[str, str]) -> list[tuple]:
    src = (analyzers / "analyzers_test.go").read_text()
    out = []
    for block in re.split(r"\n\t\{\n", src[src.index("var testGrid"):])[1:]:
        name = re.search(r'name:\s+"([^"]+)"', block)
        files = re.search(r"inputFiles:\s+\[\]string\{(.*?)\}", block, re.S)
        analyzer = re.search(r"analyzer:\s+&([\w.]+)\{\}", block)
        mesh = re.search(r'meshConfigFile:\s+"([^"]+)"', block)
        if name and files and analyzer:
            expected = [(codes[m], o) for m, o in re.findall(r'\{msg\.(\w+),\s*"([^"]+)"\}', block)]
            out.append((name.group(1), re.findall(r'"([^"]+)"', files.group(1)), analyzer.group(1),
                        mesh.group(1) if mesh else None, expected))
    return out


def short(o: str) -> str:
    kind, _, rest = o.partition(" ")
    return f"{kind} {rest[len('default/'):] if rest.startswith('default/') else rest}"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.split("\n\n")[1])
        return 2
    analyzers = Path(argv[0]) / "pkg" / "config" / "analysis" / "analyzers"
    messages = yaml.safe_load((Path(argv[0]) / "pkg" / "config" / "analysis" / "msg" / "messages.yaml").read_text())
    codes = {m["name"]: m["code"] for m in messages["messages"]}
    grid = cases(analyzers, codes)
    by_analyzer: dict[str, set[str]] = collections.defaultdict(set)
    for _, _, analyzer, _, expected in grid:
        by_analyzer[analyzer] |= {c for c, _ in expected}
    agreed = total = 0
    for name, files, analyzer, mesh, expected in grid:
        if argv[1:] and not any(w in name or w in analyzer for w in argv[1:]):
            continue
        docs = [d for f in files for d in load_documents(analyzers / f)]
        mesh_config = load_file(analyzers / mesh) if mesh else None
        found = analyze_documents(docs, mesh_config=mesh_config, pods_only=True)
        ours, seen, got = IST0101_BY_ANALYZER.get(analyzer), set(), []
        for f in found:
            if f.istio_code not in by_analyzer[analyzer]:
                continue
            if f.istio_code == "IST0101" and ours is not None and f.code not in ours:
                continue
            key = (f.istio_code, origin(f.resource), f.message)
            if key not in seen:
                seen.add(key)
                got.append((f.istio_code, short(origin(f.resource))))
        want = [(c, short(o)) for c, o in expected]
        total += 1
        if sorted(got) == sorted(want):
            agreed += 1
            continue
        print(f"{name} [{analyzer}]")
        print("  missing:", sorted((collections.Counter(want) - collections.Counter(got)).elements()))
        print("  extra:  ", sorted((collections.Counter(got) - collections.Counter(want)).elements()))
    print(f"{agreed}/{total} of Istio's analyzer test cases agree")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
