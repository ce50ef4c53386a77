#!/usr/bin/env bash
# check-dist on 97 real wheels (665 MB, 2 GB inflated, 60,000 members) against two yardsticks, in one
# run: bench/floor-wheels.mjs (one thread that only reads, inflates, CRCs and hashes every member;
# the least a single-threaded checker must do) and `twine check` (which verifies no hash).
# Target: check-dist's wall time at most 0.6x the one-thread floor, peak RSS at most 200 MiB.
# The wheels come from pip (`pip download --no-deps`, the pins in bench/real-wheels-100.txt) and are
# kept in bench/.work/real100 between runs.
#   RUNS=5 bash bench/check-real-wheels.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work/real100
mkdir -p "$work"
if [ "$(find "$work" -name '*.whl' | wc -l)" -lt "$(wc -l < bench/real-wheels-100.txt)" ]; then
  pip download --no-deps --only-binary :all: --retries 0 -q -d "$work" -r bench/real-wheels-100.txt
fi
py=${PYTHON:-/usr/bin/python3}
runs=${RUNS:-5}
echo "check-dist vs the one-thread floor:"
node bench/compare.mjs --runs "$runs" \
  -- node dist/cli/index.js check-dist "$work" --python "$py" \
  -- node bench/floor-wheels.mjs "$work"
echo
echo "check-dist vs twine check:"
node bench/compare.mjs --runs "$runs" \
  -- node dist/cli/index.js check-dist "$work" --python "$py" \
  -- sh -c "twine check $work/*.whl >/dev/null"
