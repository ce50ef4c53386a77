#!/usr/bin/env bash
# The test command: set up (idempotent), lint and type-check, then run every test under Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.ci/node24/node_modules/.bin:$PATH"
echo "node $(node --version)"
npm run --silent lint
npm test --silent -- "$@"
