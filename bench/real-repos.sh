#!/usr/bin/env bash
# check and version --dry-run on snapshots of real Python repositories, with no configuration; one
# row per repository (see real-repos.mjs). The snapshots come from local mirrors (MIRROR, default
# /work/.mirror) and are extracted under bench/.work/repos, outside git and CI.
# CLI: the bundle to run (default dist/cli/index.js); DETAIL=1: every finding and skip.
set -euo pipefail
cd "$(dirname "$0")/.."
node bench/real-repos.mjs "$@"
