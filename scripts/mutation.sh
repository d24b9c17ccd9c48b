#!/usr/bin/env bash
# Mutation testing with mutmut (pinned in requirements-dev.txt): plant small bugs one at a
# time in the modules where a silent bug costs most, run the tests that reach each, and
# list the bugs no test noticed. Slow (not part of `make test` or CI): `make mutation`.
#
#   scripts/mutation.sh                       # the default scope (MUTATE below)
#   MUTATE="hosts.py config/crossref.py" scripts/mutation.sh
#   MUTATION_CHILDREN=2 scripts/mutation.sh   # parallel workers (default 1)
#   MUTATION_STAGE=$PWD/.mutation-b scripts/mutation.sh   # another staging folder (default .mutation)
#   MUTATION_RESUME=1 MUTATE=... scripts/mutation.sh  # go on with an interrupted run (same MUTATE), with
#                                             # today's tests; MUTANTS='name ...' re-checks those by name
#   MUTANTS='otlp_istio.publish.changes.*unified_diff*' MUTATE=publish/changes.py scripts/mutation.sh
#                                             # only the mutants whose names match (mutmut's globs)
#
# mutmut wants the package under src/, so it runs in a staging folder, .mutation/, with
# src/otlp_istio copied from constructs/otlp_istio, a copy of tests/, and links to
# what the tests read (imports/, schemas/, environments/, scripts/, bin/, .venv/, node_modules/, README.md, docs/, mkdocs.yml).
# Results: .mutation/mutants/ (mutmut's own state; `cd .mutation && ../.venv/bin/mutmut
# results` lists survivors, `mutmut show <name>` shows one).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STAGE=${MUTATION_STAGE:-$ROOT/.mutation}
MUTATE=${MUTATE:-"hosts.py config/derived.py config/types.py config/crossref.py config/loader.py \
config/sources.py config/extends.py config/problems.py \
synth/writer.py synth/files.py publish/changes.py publish/report.py publish/layout.py publish/reflocks.py \
validate/report.py validate/registry.py validate/locate.py selectors.py"}
CHILDREN=${MUTATION_CHILDREN:-1}

# Tests that reach the scoped modules and take seconds, not minutes: no real cdk8s CLI,
# no crash/race tests with sleeps, nothing that reads ../shared; and not the start-up tests,
# which check what an import pulls in (mutmut's trampolines import more).
TESTS=(tests/core tests/config tests/cli tests/publish tests/validate)
DESELECT=(tests/synth/test_cdk8s_app.py tests/core/test_concurrent_synth.py
          tests/core/test_determinism.py::test_byte_identical_across_hash_seeds
          tests/publish/test_concurrency.py tests/validate/test_gen_schemas.py tests/core/test_readme.py
          tests/core/test_startup.py)

if [[ -n ${MUTATION_RESUME:-} && -d $STAGE/mutants ]]; then
  # Keep mutmut's results (mutants/): it checks only the mutants not checked yet (or whose
  # function changed), after collecting coverage for the tests that are new. mutmut copies a
  # source file into mutants/ only when it is not there yet: drop the ones it does not mutate,
  # so that today's versions of them are copied in.
  rm -rf "$STAGE/src" "$STAGE/tests"
  keep=" "
  for m in $MUTATE; do keep+="src/otlp_istio/$m "; done
  (cd "$STAGE/mutants" && find src -type f | while read -r f; do
     case $keep in *" ${f%%.py*}.py "*) ;; *) rm -f "$f" ;; esac
   done)
else
  rm -rf "$STAGE"
fi
# mutants/src must exist before mutmut starts: PYTHONPATH names it, and Python caches a missing path entry
mkdir -p "$STAGE/src" "$STAGE/mutants/src"
cp -r constructs/otlp_istio "$STAGE/src/otlp_istio"
find "$STAGE/src" -name __pycache__ -prune -exec rm -rf {} +
cp -r tests "$STAGE/tests"
find "$STAGE/tests" -name __pycache__ -prune -exec rm -rf {} +
for link in imports schemas environments scripts bin .venv node_modules cdk8s.yaml main.py README.md docs mkdocs.yml; do
  ln -sfn "$ROOT/$link" "$STAGE/mutants/$link"
done

only=""
for m in $MUTATE; do only+="\"src/otlp_istio/$m\", "; done
ignore=""
for d in "${DESELECT[@]}"; do
  case $d in *::*) ignore+="\"--deselect\", \"$d\", " ;; *) ignore+="\"--ignore\", \"$d\", " ;; esac
done
tests=""
for t in "${TESTS[@]}"; do tests+="\"$t\", "; done
cat > "$STAGE/pyproject.toml" <<EOF
[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra --strict-markers -p no:xdist -p no:cacheprovider -m 'not live and not conformance'"
timeout = 300
markers = ["slow: takes more than a few seconds", "live: needs a live service", "conformance: slow conformance runs"]

[tool.mutmut]
source_paths = ["src/otlp_istio"]
only_mutate = [${only%, }]
pytest_add_cli_args_test_selection = [${tests%, }]
pytest_add_cli_args = [${ignore%, }]
EOF

cd "$STAGE"
# The CLI tests start .venv/bin/otlp-istio as a process: let it import the mutated copy too.
export PYTHONPATH=$STAGE/mutants/src
export JSII_NODE=$ROOT/node_modules/.bin/node JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export PATH=$ROOT/bin:$ROOT/node_modules/.bin:$PATH
# shellcheck disable=SC2086 # MUTANTS is a list of globs on purpose
"$ROOT/.venv/bin/mutmut" run --max-children "$CHILDREN" ${MUTANTS:-}
"$ROOT/.venv/bin/mutmut" results
