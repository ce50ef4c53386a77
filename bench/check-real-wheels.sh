#!/usr/bin/env bash
# check-dist on 97 real wheels (665 MB, 2 GB inflated, 60,000 members) against two yardsticks, in one
# run: bench/floor-wheels.mjs (one thread that only reads, inflates, CRCs and hashes every member;
# the least a single-threaded checker must do) and `twine check` (which verifies no hash).
# Target: check-dist's wall time at most 0.6x the one-thread floor, peak RSS at most 200 MiB.
# compare.mjs prints B/A: with the floor as B, 1.67 or more is the target met.
# The wheels come from pip (`pip download --no-deps`, the pins in bench/real-wheels-100.txt) and are
# kept in bench/.work/real100 between runs. Debian's twine 4.0.2 stops at the first wheel with
# Metadata 2.3 or later, so the twine pair runs on the wheels it can read (Metadata up to 2.2),
# linked into bench/.work/real100-twine.
#   RUNS=5 bash bench/check-real-wheels.sh
#   CLI=/tmp/my-bundle/index.js bash bench/check-real-wheels.sh   (another bundle of the CLI)
#   RT=1 bash bench/check-real-wheels.sh   (every process under `chrt -r 10`, as root: on a machine
#   others load, a two-thread run loses more to them than the one-thread floor does)
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work/real100
mkdir -p "$work"
if [ "$(find "$work" -name '*.whl' | wc -l)" -lt "$(wc -l < bench/real-wheels-100.txt)" ]; then
  pip download --no-deps --only-binary :all: --retries 0 -q -d "$work" -r bench/real-wheels-100.txt
fi
py=${PYTHON:-/usr/bin/python3}
cli=${CLI:-dist/cli/index.js}
runs=${RUNS:-5}
rt=()
if [ -n "${RT:-}" ]; then rt=(chrt -r 10); fi
echo "check-dist vs the one-thread floor:"
node bench/compare.mjs --runs "$runs" \
  -- "${rt[@]}" node "$cli" check-dist "$work" --python "$py" \
  -- "${rt[@]}" node bench/floor-wheels.mjs "$work"
echo
echo "check-dist vs the one-thread floor inflating the way the digest threads do (--reuse):"
node bench/compare.mjs --runs "$runs" \
  -- "${rt[@]}" node "$cli" check-dist "$work" --python "$py" \
  -- "${rt[@]}" node bench/floor-wheels.mjs "$work" --reuse

readable=bench/.work/real100-twine
rm -rf "$readable"
mkdir -p "$readable"
python3 - "$work" "$readable" <<'EOF'
import os, re, sys, zipfile
source, target = sys.argv[1:]
for name in sorted(os.listdir(source)):
    if not name.endswith('.whl'):
        continue
    path = os.path.realpath(os.path.join(source, name))
    with zipfile.ZipFile(path) as z:
        metadata = next(n for n in z.namelist() if n.count('/') == 1 and n.endswith('.dist-info/METADATA'))
        version = re.search(rb'^Metadata-Version: *([0-9.]+)', z.read(metadata), re.M).group(1).decode()
    if tuple(int(p) for p in version.split('.')) <= (2, 2):
        os.symlink(path, os.path.join(target, name))
EOF
echo
echo "check-dist vs twine check, on the $(find "$readable" -name '*.whl' | wc -l) wheels twine can read:"
node bench/compare.mjs --runs "$runs" \
  -- "${rt[@]}" node "$cli" check-dist "$readable" --python "$py" \
  -- "${rt[@]}" sh -c "twine check $readable/*.whl >/dev/null"
