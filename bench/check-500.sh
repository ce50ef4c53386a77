#!/usr/bin/env bash
# Benchmark: `otai-release check` on a generated 500-package lockstep monorepo, as a cold process
# (node start-up included), index check off so only our code is measured. Target: under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
node bench/generate-monorepo.mjs "${1:-500}" >/dev/null
cmd=(node dist/cli/index.js check "bench/.work/mono${1:-500}" --index none --quiet)
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 10 "${cmd[*]}"
else
  for _ in 1 2 3 4 5; do /usr/bin/time -f '%e s wall, %M KiB peak' "${cmd[@]}"; done
fi
