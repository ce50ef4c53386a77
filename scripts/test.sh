#!/usr/bin/env bash
# The test command: set up (idempotent), lint and type-check, rebuild the bundles, then run every test
# under Node 24. The end-to-end tests run dist/<action>/index.js, so dist/ is rebuilt first: otherwise
# they would test the bundles of the last commit, not the sources in the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.ci/node24/node_modules/.bin:$PATH"
echo "node $(node --version)"
npm run --silent lint
start=$SECONDS
npm run --silent bundle >/dev/null
echo "dist/ rebuilt from the sources in $((SECONDS - start)) s"
npm test --silent -- "$@"
