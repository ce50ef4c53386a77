#!/usr/bin/env bash
# The quick-start demo: a dry run of releasing the bundled example monorepo (examples/otai-monorepo,
# a core and two plugins in lockstep): validate, build every sdist and wheel (into a temporary
# directory, with Debian's build tools, no isolation), check them as PyPI would, then show the bump to
# the next release candidate. Nothing in the repository is written and nothing is uploaded: the index
# check is off because this machine may have no internet; run `otai-release check
# examples/otai-monorepo` to ask PyPI too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.ci/node24/node_modules/.bin:$PATH"
echo "\$ otai-release check examples/otai-monorepo --tag v1.4.0 --index none"
node dist/cli/index.js check examples/otai-monorepo --tag v1.4.0 --index none
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python=/usr/bin/python3
echo
echo "\$ otai-release build examples/otai-monorepo --no-isolation --python $python --out-dir $out"
node dist/cli/index.js build examples/otai-monorepo --no-isolation --python "$python" --out-dir "$out"
echo
echo "\$ otai-release check-dist $out --strict --python $python"
node dist/cli/index.js check-dist "$out" --strict --python "$python"
echo
echo "\$ otai-release version rc examples/otai-monorepo --dry-run"
node dist/cli/index.js version rc examples/otai-monorepo --dry-run
