#!/usr/bin/env bash
# The quick-start demo: a dry run of releasing the bundled example monorepo (examples/otai-monorepo,
# a core and two plugins in lockstep): validate, then show the bump to the next release candidate.
# Nothing is written or uploaded: the index check is off because this
# machine may have no internet; run `otai-release check examples/otai-monorepo` to ask PyPI too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.ci/node24/node_modules/.bin:$PATH"
echo "\$ otai-release check examples/otai-monorepo --tag v1.4.0 --index none"
node dist/cli/index.js check examples/otai-monorepo --tag v1.4.0 --index none
echo
echo "\$ otai-release version rc examples/otai-monorepo --dry-run"
node dist/cli/index.js version rc examples/otai-monorepo --dry-run
