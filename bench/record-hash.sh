#!/usr/bin/env bash
# RECORD hash verification of a 1 GiB wheel against Node's sha256 over the same bytes. The data file
# is stored (not deflated), so the wheel's bytes are the bytes RECORD hashes: `check-dist` reads the
# archive once, hashing while streaming, and should reach ≥ 70% of the bare sha256 rate (the B/A
# ratio ≥ 0.7) with a peak RSS under 200 MB. Then the same for a deflated wheel (inflate included).
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work/big
rm -rf "$work"
mib=${MIB:-1024}
for kind in big-stored big; do
  wheel=$(python3 bench/generate-wheels.py "$kind" "$work/$kind" "$mib")
  echo "== $kind: $wheel ($mib MiB)"
  node bench/compare.mjs --runs "${RUNS:-5}" \
    -- node dist/cli/index.js check-dist "$wheel" --max-file-size 2GiB --ignore P,D \
    -- node bench/sha256-file.mjs "$wheel"
done
rm -rf "$work"
