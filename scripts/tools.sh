#!/usr/bin/env bash
# Installs the real parts that the slower test suites and benchmarks use, on a fresh machine.
#
#   scripts/tools.sh prometheus etcd kube-apiserver kubectl otelcol kustomize flux helm \
#                    source-controller kustomize-controller chromium
#
# `otelcol` builds the check collector of every supported collector release (one builder run
# each: bin/otelcol-<release>, and bin/otelcol for the default release); `otelcol-<release>` one.
#
# Go-built tools are compiled from the Go module proxy into a cache outside the work tree
# ($OTLP_ISTIO_TOOLS_CACHE, default ~/.cache/otlp-istio/tools/<name>-<version>/) and linked
# into bin/, so a second clone of the project reuses them. Debian packages (prometheus,
# etcd-server, chromium) are installed with apt-get (root; `apt-get update` once first) and
# linked into bin/ too. Nothing is downloaded at run time: every download happens here.
#
# Versions are pinned below; bin/<tool> is a symlink whose target names the version, so a pin
# change rebuilds.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/bin"
CACHE=${OTLP_ISTIO_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/otlp-istio/tools}
export GOFLAGS=-mod=mod GOTOOLCHAIN=local

KUBERNETES_VERSION=v1.31.14          # kube-apiserver + kubectl (see ../shared/kube-apiserver.md)
KUSTOMIZE_VERSION=v5.8.2             # later versions need Go 1.27
FLUX_VERSION=v2.9.5                  # flux CLI (kustomize-controller v1.9.x, source-controller v1.9.x)
HELM_VERSION=v3.22.0
SOURCE_CONTROLLER_VERSION=v1.9.1     # Flux's controllers, run out of cluster by the live Flux test
KUSTOMIZE_CONTROLLER_VERSION=v1.9.4  # (the versions of ../shared/crds)
# The collector: for each supported release, the builder version and the components rendered
# configs use live in one file, scripts/otelcol-builder-<release>.yaml.
OTELCOL_DEFAULT=$(sed -n 's/^DEFAULT_RELEASE = "\(.*\)".*/\1/p' "$ROOT/constructs/otlp_istio/config/collector_version.py")

mkdir -p "$BIN" "$CACHE"
say() { printf 'tools: %s\n' "$*" >&2; }

link() {  # link NAME TARGET
  ln -sfn "$2" "$BIN/$1"
}

apt_install() {  # apt_install PACKAGE BINARY
  local pkg=$1 binary=$2
  if ! command -v "$binary" >/dev/null 2>&1 && [ ! -x "/usr/bin/$binary" ]; then
    if [ "$(id -u)" != 0 ]; then
      say "$binary is missing: install the Debian package '$pkg' (sudo apt-get install $pkg)"; exit 1
    fi
    say "apt-get install $pkg"
    if [ ! -f /var/lib/apt/periodic/otlp-istio-updated ]; then
      apt-get update -qq && mkdir -p /var/lib/apt/periodic && touch /var/lib/apt/periodic/otlp-istio-updated
    fi
    # policy-rc.d: a package's postinst must not start its service on this machine
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null
    rm -f /usr/sbin/policy-rc.d
  fi
  link "$binary" "$(command -v "$binary" || echo "/usr/bin/$binary")"
}

go_install() {  # go_install NAME MODULE@VERSION  (a plain `go install`)
  local name=$1 mod=$2 dir="$CACHE/$1-${2##*@}"
  if [ ! -x "$dir/$name" ]; then
    say "go install $mod"
    mkdir -p "$dir"
    GOBIN="$dir" go install "$mod"
  fi
  link "$name" "$dir/$name"
}

build_kubernetes() {  # kube-apiserver and kubectl from k8s.io/kubernetes (staging replaces rewritten)
  local dir="$CACHE/kubernetes-$KUBERNETES_VERSION"
  if [ -x "$dir/kube-apiserver" ] && [ -x "$dir/kubectl" ]; then
    link kube-apiserver "$dir/kube-apiserver"; link kubectl "$dir/kubectl"; return
  fi
  say "building kube-apiserver and kubectl $KUBERNETES_VERSION (about 5 minutes cold)"
  local src; src=$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
  local work="$dir.src"
  rm -rf "$work"; mkdir -p "$dir"; cp -r "$src" "$work"; chmod -R u+w "$work"
  rm -f "$work/go.work" "$work/go.work.sum"
  local minor=${KUBERNETES_VERSION#v1.}; minor=${minor%%.*}
  local staging=v0.${KUBERNETES_VERSION#v1.}
  (
    cd "$work"
    export GOWORK=off
    local args=()
    while read -r mod; do
      case "$mod" in
        k8s.io/sample-apiserver|k8s.io/sample-cli-plugin|k8s.io/sample-controller)
          args+=("-dropreplace=$mod" "-droprequire=$mod") ;;
        k8s.io/endpointslice|k8s.io/kube-controller-manager|k8s.io/kube-scheduler)
          args+=("-replace=$mod=$mod@v0.$minor.13") ;;   # v0.31.14 is not on the proxy
        k8s.io/kube-proxy)
          args+=("-replace=$mod=$mod@v0.$minor.11") ;;
        *) args+=("-replace=$mod=$mod@$staging") ;;
      esac
    done < <(go mod edit -json | python3 -c '
import json, sys
for r in json.load(sys.stdin).get("Replace") or []:
    if r["New"]["Path"].startswith("./staging/"):
        print(r["Old"]["Path"])')
    go mod edit "${args[@]}"
    local ver="-X k8s.io/component-base/version.gitVersion=$KUBERNETES_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor"
    ver="$ver -X k8s.io/client-go/pkg/version.gitVersion=$KUBERNETES_VERSION -X k8s.io/client-go/pkg/version.gitMajor=1 -X k8s.io/client-go/pkg/version.gitMinor=$minor"
    go build -mod=mod -ldflags "-s -w $ver" -o "$dir/kube-apiserver" ./cmd/kube-apiserver
    go build -mod=mod -ldflags "-s -w $ver" -o "$dir/kubectl" ./cmd/kubectl
  )
  rm -rf "$work"
  link kube-apiserver "$dir/kube-apiserver"; link kubectl "$dir/kubectl"
}

build_flux() {  # the flux CLI; its embedded manifests/ folder gets a placeholder (no install manifests)
  local dir="$CACHE/flux-$FLUX_VERSION"
  if [ ! -x "$dir/flux" ]; then
    say "building the flux CLI $FLUX_VERSION"
    local src; src=$(go mod download -json "github.com/fluxcd/flux2/v2@$FLUX_VERSION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
    local work="$dir.src"
    rm -rf "$work"; mkdir -p "$dir"; cp -r "$src" "$work"; chmod -R u+w "$work"
    mkdir -p "$work/cmd/flux/manifests"
    printf '# placeholder: this build of the flux CLI carries no install manifests\n' > "$work/cmd/flux/manifests/placeholder.yaml"
    (cd "$work" && GOWORK=off go build -mod=mod -ldflags "-s -w -X main.VERSION=${FLUX_VERSION#v}" -o "$dir/flux" ./cmd/flux)
    rm -rf "$work"
  fi
  link flux "$dir/flux"
}

build_flux_controller() {  # build_flux_controller NAME VERSION: a Flux controller and its CRDs
  local name=$1 version=$2 dir="$CACHE/$1-$2"
  if [ ! -x "$dir/$name" ]; then
    say "building Flux's $name $version (a few minutes cold)"
    local src; src=$(go mod download -json "github.com/fluxcd/$name@$version" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
    local work="$dir.src"
    rm -rf "$work"; mkdir -p "$dir"; cp -r "$src" "$work"; chmod -R u+w "$work"
    # the api/ folder is a module of its own, not in this module's download: use the published one
    (cd "$work" && go mod edit -dropreplace "github.com/fluxcd/$name/api" \
       && GOWORK=off go build -mod=mod -ldflags "-s -w" -o "$dir/$name" .)
    rm -rf "$dir/crds"; cp -r "$work/config/crd/bases" "$dir/crds"
    rm -rf "$work"
  fi
  link "$name" "$dir/$name"; link "$name-crds" "$dir/crds"
}

build_otelcol() {  # build_otelcol RELEASE: a real OpenTelemetry Collector with the components of its manifest
  local release=$1 manifest="$ROOT/scripts/otelcol-builder-$1.yaml"
  [ -f "$manifest" ] || { say "no collector release '$release' (no $manifest)"; exit 2; }
  local sum; sum=$(sha256sum "$manifest" | cut -c1-12)
  local builder_version; builder_version=$(sed -n 's/^# builder: *//p' "$manifest")
  local dir="$CACHE/otelcol-$sum"
  if [ ! -x "$dir/otelcol" ]; then
    go_install builder "go.opentelemetry.io/collector/cmd/builder@$builder_version" >/dev/null
    say "building the collector $release (builder $builder_version; about 2 minutes cold)"
    rm -rf "$dir.src"; mkdir -p "$dir.src"
    sed "s|@OUTPUT@|$dir.src|" "$manifest" > "$dir.src/manifest.yaml"
    # the checksum database behind the module proxy lacks some contrib modules: the proxy's copies are used as served
    GOSUMDB=off "$BIN/builder" --config "$dir.src/manifest.yaml" >"$dir.src/build.log" 2>&1 || { tail -30 "$dir.src/build.log" >&2; exit 1; }
    mkdir -p "$dir"; mv "$dir.src/otelcol" "$dir/otelcol"; rm -rf "$dir.src"
  fi
  link "otelcol-$release" "$dir/otelcol"
  if [ "$release" = "$OTELCOL_DEFAULT" ]; then link otelcol "$dir/otelcol"; fi
}

build_otelcols() {  # every release that has a manifest
  local manifest release
  for manifest in "$ROOT"/scripts/otelcol-builder-*.yaml; do
    release=${manifest##*/otelcol-builder-}; build_otelcol "${release%.yaml}"
  done
}

[ $# -gt 0 ] || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
for tool in "$@"; do
  case "$tool" in
    prometheus) apt_install prometheus prometheus ;;
    etcd) apt_install etcd-server etcd ;;
    chromium) apt_install chromium chromium ;;
    kube-apiserver|kubectl) build_kubernetes ;;
    otelcol) build_otelcols ;;
    otelcol-*) build_otelcol "${tool#otelcol-}" ;;
    kustomize) go_install kustomize "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" ;;
    flux) build_flux ;;
    helm) go_install helm "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" ;;
    source-controller) build_flux_controller source-controller "$SOURCE_CONTROLLER_VERSION" ;;
    kustomize-controller) build_flux_controller kustomize-controller "$KUSTOMIZE_CONTROLLER_VERSION" ;;
    *) say "unknown tool '$tool' (known: prometheus etcd kube-apiserver kubectl otelcol otelcol-<release> kustomize flux helm source-controller kustomize-controller chromium)"; exit 2 ;;
  esac
done
