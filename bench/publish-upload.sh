#!/usr/bin/env bash
# Issue 10's upload figures, all on loopback:
#  1. 20 wheels of 50 MiB (random bytes, stored: nothing compresses) — `otai-release publish` against
#     `twine upload` in the same run (A B A B …), then the floor (bench/publish-floor.mjs: one read, sha256
#     and BLAKE2b-256 of every byte, nothing sent) against the same twine run.
#  2. Peak RSS of `otai-release publish` uploading one 1 GiB wheel (GNU time).
#  3. Action start to first log line: dist/pypi-publish-oidc/index.js started as a runner starts it
#     (bench/publish-start.mjs).
# The upload target is bench/publish-discard-server.py on loopback: it reads every byte of each body
# before answering 200 and logs the byte count, which the script checks for both clients. nginx (the
# first choice) answers `return 200` before reading the body, and when made to buffer whole bodies it
# spent about 0.3 s of its own CPU per 50 MiB here, more than either client. The server shares the
# two cores with the client being timed (a real index runs elsewhere), so it is made cheap: Python's
# recv_into into one buffer costs about a third of the CPU node:http's server did.
# Env: RUNS (default 5), CLI (default dist/cli/index.js), PORT (default 18931).
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work/publish
cli=${CLI:-dist/cli/index.js}
port=${PORT:-18931}
mkdir -p "$work"
python3 bench/publish-wheels.py "$work/w20" 20 50
python3 bench/publish-wheels.py "$work/big" 1 1024
log="$work/uploads.log"
: > "$log"
python3 bench/publish-discard-server.py "$port" "$log" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
sleep 1
url="http://127.0.0.1:$port/"
ours=(env OTAI_RELEASE_TOKEN=pypi-bench node "$cli" publish "$work/w20" --repository-url "$url" --no-verify-metadata --quiet)
twine=(twine upload --repository-url "$url" -u __token__ -p pypi-bench --disable-progress-bar --non-interactive "$work"/w20/*.whl)

# 20 uploads each, every byte received (a wheel is 50 MiB plus its form).
"${ours[@]}" > /dev/null
"${twine[@]}" > /dev/null
awk '{ n++; if ($2 < 52428800) short++ } END { printf "the server received %d uploads, %d short\n", n, short; exit (n == 40 && short == 0) ? 0 : 1 }' "$log"

echo "20 x 50 MiB: otai-release publish (A) vs twine upload (B)"
node bench/compare.mjs --runs "${RUNS:-5}" -- "${ours[@]}" -- "${twine[@]}"
echo
echo "yardstick: the floor (one read, sha256 + BLAKE2b-256, nothing sent) vs twine upload"
node bench/compare.mjs --runs "${RUNS:-5}" -- node bench/publish-floor.mjs "$work"/w20/*.whl -- "${twine[@]}"
echo
echo "peak RSS uploading one 1 GiB wheel:"
/usr/bin/time -f '%M KiB peak RSS, %e s' env OTAI_RELEASE_TOKEN=pypi-bench node "$cli" publish "$work/big" --repository-url "$url" --no-verify-metadata --quiet > /dev/null
echo
echo "action start to first log line:"
node bench/publish-start.mjs "${RUNS:-5}"
