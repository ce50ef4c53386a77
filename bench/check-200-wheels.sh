#!/usr/bin/env bash
# `otai-release check-dist` against `twine check` on the same 200 small wheels, as whole processes
# (start-up included). Accepted figure (issue 9): 2× against this machine's twine 4.0.2.
# Then the yardstick: bench/floor-wheels.mjs (read, inflate, CRC and hash every member, checking
# nothing) against the same twine run, i.e. the best ratio any Node process doing the unavoidable
# work could reach here.
# PYTHON: the interpreter ours renders reStructuredText with (default /usr/bin/python3).
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
  -- node bench/floor-wheels.mjs "$work" \
  -- twine check "$work"/*.whl
