#!/usr/bin/env bash
# check-dist over several hundred real published distributions (every wheel of this machine's PyPI
# mirror up to 100 MiB, fetched with pip into a cache kept between runs): PyPI accepted every one,
# so any error but those of rules PyPI added after the upload is a false alarm. See real-dists.mjs.
# CLI: the check-dist bundle to run (default dist/cli/index.js); MAX_MB, MIRROR, PYTHON, PIP: see there.
set -euo pipefail
cd "$(dirname "$0")/.."
node bench/real-dists.mjs
