#!/usr/bin/env bash
# Issue 10's upload figures, all on loopback against nginx (Debian's, installed by scripts/setup.sh):
#  1. 20 wheels of 50 MiB (random bytes, stored: nothing compresses) — `otai-release publish` against
#     `twine upload` in the same run (A B A B …), then the floor (bench/publish-floor.mjs: one read, sha256
#     and BLAKE2b-256 of every byte, nothing sent) against the same twine run.
#  2. Peak RSS of `otai-release publish` uploading one 1 GiB wheel (GNU time).
#  3. Action start to first log line: dist/pypi-publish-oidc/index.js started as a runner starts it
#     (bench/publish-start.mjs).
# nginx reads every body before answering: a `return 200` location answers at once and discards the
# body afterwards (an uploader could stop early), so the front server buffers the whole request
# (proxy_request_buffering on) and asks a second, body-less location for the 200. The access log's
# $request_length shows each upload arrived whole; the script checks it.
# Env: RUNS (default 5), CLI (default dist/cli/index.js), PORT (default 18931).
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work/publish
cli=${CLI:-dist/cli/index.js}
port=${PORT:-18931}
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
python3 bench/publish-wheels.py "$work/w20" 20 50
python3 bench/publish-wheels.py "$work/big" 1 1024
ngx="$PWD/$work/nginx"
cat > "$ngx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $ngx/nginx.pid;
error_log $ngx/logs/error.log warn;
events { worker_connections 256; }
http {
  log_format len '\$request_method \$uri \$status \$request_length';
  access_log off;
  client_body_temp_path $ngx/tmp;
  proxy_temp_path $ngx/tmp;
  fastcgi_temp_path $ngx/tmp;
  uwsgi_temp_path $ngx/tmp;
  scgi_temp_path $ngx/tmp;
  server {
    listen 127.0.0.1:$port;
    access_log $ngx/logs/access.log len;
    client_max_body_size 0;
    client_body_buffer_size 64m;
    location / {
      proxy_request_buffering on;
      proxy_pass_request_body off;
      proxy_set_header Content-Length "";
      proxy_pass http://127.0.0.1:$((port + 1));
    }
  }
  server {
    listen 127.0.0.1:$((port + 1));
    location / { return 200; }
  }
}
CONF
/usr/sbin/nginx -c "$ngx/nginx.conf" -p "$ngx/" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true' EXIT
sleep 1
url="http://127.0.0.1:$port/"
ours=(env OTAI_RELEASE_TOKEN=pypi-bench node "$cli" publish "$work/w20" --repository-url "$url" --no-verify-metadata --quiet)
twine=(twine upload --repository-url "$url" -u __token__ -p pypi-bench --disable-progress-bar --non-interactive "$work"/w20/*.whl)

: > "$ngx/logs/access.log"
"${ours[@]}" > /dev/null
"${twine[@]}" > /dev/null
# 20 uploads each, every byte received (a wheel is 50 MiB plus its form).
awk '$1 == "POST" { n++; if ($4 < 52428800) short++ } END { printf "nginx received %d uploads, %d short\n", n, short; exit (n == 40 && short == 0) ? 0 : 1 }' "$ngx/logs/access.log"

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
