# otlp-istio: two commands for a new user.
#   make run   - set up, synthesize every environment, validate, publish to the local env repo
#   make test  - set up and run the test suite (what .ci/run calls)
# and `make docs` for the documentation site (site/).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PY        := .venv/bin/python
CLI       := .venv/bin/otlp-istio
KUBECONFORM_VERSION := v0.7.0
export JSII_NODE := $(CURDIR)/node_modules/.bin/node
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1
export PATH := $(CURDIR)/bin:$(CURDIR)/node_modules/.bin:$(PATH)

CONFIG_DIR ?= environments
OUT_DIR    ?= dist

.PHONY: help setup setup-run bytecode run synth validate publish diff test test-cluster conformance docs tools bench bench-peers mutation imports schemas cdk8s-synth clean

help: ## list the targets
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

setup: setup-run .venv/.dev-installed node_modules/.installed ## everything: setup-run, test tools, Node.js and the cdk8s CLI

# What the main job (synth, validate, publish) uses, and no more: the venv with the runtime
# dependencies, kubeconform, the byte-compiled project. The command needs no Node.js (it loads the
# generated classes as plain structs); Node.js and the cdk8s CLI come with the targets that run
# them (cdk8s-synth, imports, and the tests through `setup`).
setup-run: .venv/.installed bin/kubeconform bytecode ## what `make run` uses: venv (runtime dependencies), kubeconform

# Byte-compile the project, as pip does for installed packages (up-to-date files are skipped),
# and imports/ as the command loads it: structs only, optimized (otlp_istio/generated/loader.py).
# Python reads these caches even under PYTHONDONTWRITEBYTECODE.
bytecode: .venv/.installed
	@$(PY) -m compileall -q -j 0 -o 0 -o 1 constructs/otlp_istio imports main.py >/dev/null
	@$(PY) -m otlp_istio.generated.loader imports

.venv/.installed: requirements.txt pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Test and tooling dependencies (pytest, kubernetes-validate for `make schemas`, ...), on top.
.venv/.dev-installed: requirements-dev.txt .venv/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

bin/kubeconform:
	mkdir -p bin
	GOBIN=$(CURDIR)/bin GOFLAGS=-mod=mod go install github.com/yannh/kubeconform/cmd/kubeconform@$(KUBECONFORM_VERSION)

run: setup-run ## synthesize every environment, validate, publish to the local environment repo
	$(CLI) synth --config-dir $(CONFIG_DIR) --out $(OUT_DIR)
	$(CLI) validate --out $(OUT_DIR)
	$(CLI) publish --config-dir $(CONFIG_DIR) --out $(OUT_DIR) $(if $(REPO),--repo $(REPO))

synth: setup-run ## synthesize every environment into dist/
	$(CLI) synth --config-dir $(CONFIG_DIR) --out $(OUT_DIR)

validate: setup-run ## validate dist/ (kubeconform, CEL rules, analyzer)
	$(CLI) validate --out $(OUT_DIR)

publish: setup-run ## synthesize, validate and publish (REPO=url, default the local .otlp-istio/env-repo.git)
	$(CLI) publish --config-dir $(CONFIG_DIR) --out $(OUT_DIR) $(if $(REPO),--repo $(REPO))

diff: setup-run ## what a publish would change (REPO=url)
	$(CLI) diff --config-dir $(CONFIG_DIR) $(if $(REPO),--repo $(REPO)) || [ $$? -eq 1 ]

cdk8s-synth: setup-run node_modules/.installed ## the same through the real cdk8s CLI (cdk8s.yaml -> main.py)
	node_modules/.bin/cdk8s --no-check-upgrade synth

test: setup ## run the test suite (fast: no servers beyond git and kubeconform)
	$(PY) -m pytest -n 2 -q -m "not live and not conformance and not docs"

# Real parts the slower suites use (scripts/tools.sh: Debian packages via apt-get, Go tools
# built from the Go module proxy into ~/.cache/otlp-istio/tools and linked here).
# The check collector of each supported collector release (scripts/otelcol-builder-<release>.yaml).
OTELCOL_TOOLS := $(patsubst scripts/otelcol-builder-%.yaml,bin/otelcol-%,$(wildcard scripts/otelcol-builder-*.yaml))
CLUSTER_TOOLS := bin/prometheus bin/etcd bin/kube-apiserver bin/kubectl $(OTELCOL_TOOLS) bin/source-controller bin/kustomize-controller
CONFORMANCE_TOOLS := bin/kustomize bin/flux

bin/prometheus bin/etcd bin/kube-apiserver bin/kubectl bin/kustomize bin/flux bin/helm bin/source-controller bin/kustomize-controller:
	scripts/tools.sh $(notdir $@)

bin/otelcol-%: scripts/otelcol-builder-%.yaml
	scripts/tools.sh otelcol-$*

tools: $(CLUSTER_TOOLS) $(CONFORMANCE_TOOLS) ## build or install every real part the slower suites use

test-cluster: setup $(CLUSTER_TOOLS) ## tests against real servers: Prometheus, kube-apiserver + etcd, the OpenTelemetry Collector, Flux's controllers
	$(PY) -m pytest -n 2 -q -m live

conformance: setup $(CONFORMANCE_TOOLS) ## the published repository through the real kustomize and flux CLI
	$(PY) -m pytest -n 2 -q -m conformance

# The documentation site: MkDocs and Material (requirements-docs.txt) in .venv, the generated
# pages (scripts/gen_docs.py), a strict build (a broken link or anchor fails), then the
# screenshot test in Debian's chromium (tests marked `docs`).
.venv/.docs-installed: requirements-docs.txt .venv/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-docs.txt
	touch $@

bin/chromium:
	scripts/tools.sh chromium

docs: setup .venv/.docs-installed bin/chromium ## the documentation site: generated pages, mkdocs build --strict into site/, screenshots in Chromium
	$(PY) scripts/gen_docs.py
	NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict --quiet
	$(PY) -m pytest -q -m docs -p no:randomly

bench: setup ## benchmarks: synth, validate, publish (results in bench/RESULTS*.md)
	$(PY) bench/bench_synth.py
	$(PY) bench/bench_validate.py
	$(PY) -O bench/bench_publish.py
	$(PY) -O bench/bench_canary.py

bench-peers: setup bin/helm ## synthesis against cdk8s in JavaScript and helm template, same documents; a fresh process's floor (bench/RESULTS-peers.md, RESULTS-floor.md)
	$(PY) bench/bench_peers.py
	$(PY) bench/bench_floor.py

mutation: setup ## mutation testing with mutmut (slow, not in CI; MUTATE="hosts.py ..." narrows it, MUTATION_RESUME=1 goes on)
	nice -n 10 scripts/mutation.sh

imports: node_modules/.installed .venv/.installed ## regenerate imports/ from ../shared/crds
	$(PY) scripts/gen_imports.py

schemas: .venv/.dev-installed ## regenerate schemas/ (JSON schemas, CEL rules) from ../shared/crds
	$(PY) scripts/gen_schemas.py

clean: ## remove build output and local tooling
	rm -rf .venv node_modules bin dist/*/ .otlp-istio site
