#!/usr/bin/env bash
# Installs what the tests and the demo need on a fresh Debian/Ubuntu machine, idempotently:
# Debian's Python build tools (PyPI is not reachable from CI), Node 24 (the actions' runtime) from the
# npm registry, and the project's npm dependencies. Prints the PATH line to use Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(python3-build twine python3-hatchling python3-setuptools python3-trove-classifiers python3-pip nginx-light buildah podman skopeo docker-registry openssl)
missing=()
for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]} (apt-get)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Node 24 from the npm registry (the `node` package fetches its platform binary from the registry).
node24=.ci/node24/node_modules/.bin/node
if ! [ -x "$node24" ] || [[ "$("$node24" --version)" != v24.* ]]; then
  echo "setup: installing Node 24 into .ci/node24" >&2
  mkdir -p .ci/node24
  npm install --no-save --no-audit --no-fund --prefix .ci/node24 node@24 >/dev/null
fi

if ! [ -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >/dev/null
fi
