#!/usr/bin/env bash
# CI: the production path exactly as the README and the Dockerfile run it, so that it cannot silently break again.
#   npm run build → a clean directory with package.json, package-lock.json, dist/, web/dist/ and scripts/run.js (what
#   the Dockerfile's runtime stage copies) → npm ci --omit=dev (no dev dependency there) → NODE_ENV=production npm
#   start on a free port against a throw-away database on PostgreSQL → /ready → one real GraphQL query, answer checked
#   → the dashboard at / → SIGTERM, graceful stop checked. The database, the directory and the process are removed even on failure.
# Needs PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres, trust) and `psql`.
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
db="smc_prod_path_$$_${RANDOM}"
work=$(mktemp -d)
pid=""

cleanup() {
  local rc=$?
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -f "$work/service.log" ]; then
    echo "-- service log:"
    tail -n 40 "$work/service.log"
  fi
  psql -d postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
fail() {
  echo "production path: $*" >&2
  exit 1
}

echo "-- npm run build"
npm run build

echo "-- npm ci --omit=dev in $work"
cp package.json package-lock.json "$work/"
cp -R dist "$work/dist"
mkdir "$work/scripts" && cp scripts/run.js "$work/scripts/"
# The dashboard's committed bundle (web/dist), served at / (src/http/dashboard.ts).
mkdir "$work/web" && cp -R web/dist "$work/web/dist"
(cd "$work" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
for dev in @swc-node/register typescript jest; do
  [ ! -e "$work/node_modules/$dev" ] || fail "dev dependency $dev is installed"
done

echo "-- NODE_ENV=production npm start on database $db"
psql -d postgres -qc "CREATE DATABASE \"$db\""
port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
# setsid: the service gets its own process group, so that SIGTERM reaches node itself (as Ctrl-C does), not only npm.
(cd "$work" && NODE_ENV=production PORT="$port" DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$db" \
  exec setsid npm start >"$work/service.log" 2>&1) &
pid=$!

base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  kill -0 "$pid" 2>/dev/null || fail "the service exited before it was ready"
  [ "$(curl -s -m 2 "$base/ready" || true)" = '{"status":"ready"}' ] && break
  sleep 1
done
[ "$(curl -s -m 2 "$base/ready" || true)" = '{"status":"ready"}' ] || fail "/ready did not answer ready within 120 s"

answer=$(curl -s -m 10 "$base/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ province(code: \"PV23\") { code name } }"}')
data=$(node -e 'console.log(JSON.stringify(JSON.parse(process.argv[1]).data))' "$answer")
[ "$data" = '{"province":{"code":"PV23","name":"Overijssel"}}' ] || fail "unexpected answer: $answer"
echo "answer: $answer"
page=$(curl -s -m 10 "$base/")
case "$page" in *'<html lang="nl">'*) echo "dashboard: served at /" ;; *) fail "no dashboard at /: $page" ;; esac

echo "-- SIGTERM"
kill -TERM -- "-$pid"
status=0
wait "$pid" || status=$?
pid=""
# 143: npm itself got the SIGTERM (it reports the signal); node's own stop is checked in its log.
[ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "npm start exited with $status after SIGTERM"
# npm may exit before node has finished its graceful stop (the drain waits for in-flight work): wait for its log line
# (a bound on a hang, not on speed).
for _ in $(seq 1 120); do grep -q '"msg":"stopped"' "$work/service.log" && break; sleep 1; done
grep -q '"msg":"stopped"' "$work/service.log" || fail "no graceful stop in the log"
echo "production path: ok (built, no dev dependencies, ready, answered, stopped)"
