#!/usr/bin/env bash
# `otai-release check-dist` against `twine check` on the same 200 small wheels, as whole processes
# (start-up included). Target: ours at least 3× faster (the B/A ratio ≥ 3).
# Then the yardstick: bench/floor-wheels.mjs (read, inflate, CRC and hash every member and fetch the
# classifier list, checking nothing) against the same twine run, i.e. the best ratio any Node
# process doing the unavoidable work could reach here.
# PYTHON: the interpreter with readme_renderer/trove-classifiers ours asks (default /usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work/wheels200
rm -rf "$work"
python3 bench/generate-wheels.py small "$work" 200
py=${PYTHON:-/usr/bin/python3}
node bench/compare.mjs --runs "${RUNS:-10}" \
  -- node dist/cli/index.js check-dist "$work" --python "$py" \
  -- twine check "$work"/*.whl
echo
echo "yardstick (no checks at all):"
node bench/compare.mjs --runs "${RUNS:-10}" \
  -- node bench/floor-wheels.mjs "$work" "$py" \
  -- twine check "$work"/*.whl
