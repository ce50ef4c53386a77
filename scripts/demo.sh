#!/usr/bin/env bash
# The quick-start demo: a dry run of releasing the bundled example monorepo (examples/otai-monorepo:
# a core and two plugins in lockstep, four Docker variants). Every reading and checking step runs for
# real — validate versions, pins and tag; build every sdist and wheel (with Debian's build tools, no
# isolation, into a scratch directory); check them as PyPI would — then it shows what would be
# uploaded (asking PyPI which files it has, when this machine can reach it), which images would be
# built and pushed under which tags, and the GitHub Release. Nothing is written anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.ci/node24/node_modules/.bin:$PATH"
[ -f dist/cli/index.js ] || npm run --silent bundle
python=/usr/bin/python3
echo "\$ otai-release release --dry-run examples/otai-monorepo --no-isolation --python $python"
node dist/cli/index.js release --dry-run examples/otai-monorepo --no-isolation --python "$python"
