#!/usr/bin/env bash
# `otai-release build` of the example monorepo (3 packages, sdist + wheel each, Debian's hatchling,
# no isolation): sequential (--jobs 1) against parallel (default: one per core). B/A > 1 means the
# parallel build is faster. The root package builds before its sub-packages in both.
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work/build
rm -rf "$work"
mkdir -p "$work"
cp -r examples/otai-monorepo "$work/repo"
py=${PYTHON:-/usr/bin/python3}
node bench/compare.mjs --runs "${RUNS:-5}" \
  -- node dist/cli/index.js build "$work/repo" --no-isolation --python "$py" --out-dir "$work/par" --quiet \
  -- node dist/cli/index.js build "$work/repo" --no-isolation --python "$py" --out-dir "$work/seq" --quiet --jobs 1
