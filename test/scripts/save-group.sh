#!/usr/bin/env bash
# What a municipality's script does with Potentiale (issue 15), from an empty database folder:
# an admin creates an editor of Hedensted (766) on the server with the CLI, and a token for it;
# the script saves a comparison group through the API with that token; anyone reads it back
# without logging in. Usage: test/scripts/save-group.sh <empty database folder> <free port>
# Prints the anonymous answer of GET /api/v1/groups?municipality=766 on its last line.
set -euo pipefail
DB=$1
PORT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
potentiale() { node "$ROOT/bin/potentiale.js" --db "$DB" "$@"; }
http() { node -e "$1" "${@:2}"; }

printf '%s\n' 'en lang og hemmelig adgangskode' |
  potentiale users add redaktoer@hedensted.dk --role municipality-editor --municipality 766 --password-stdin >&2
TOKEN=$(potentiale tokens create redaktoer@hedensted.dk --name budgetscript --expires 30d)

# node itself in the background (not the shell function), so that $! is the server to stop.
node "$ROOT/bin/potentiale.js" --db "$DB" serve --port "$PORT" --no-fetch --no-web >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  http "fetch('http://127.0.0.1:$PORT/api/v1/health').then(() => process.exit(0), () => process.exit(1))" && break
  sleep 0.2
done

# Save with the token (no cookie, so no CSRF token); print the status and the answer.
http "
const [port, token] = process.argv.slice(1);
const r = await fetch('http://127.0.0.1:' + port + '/api/v1/groups', {
  method: 'POST',
  headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
  body: JSON.stringify({ name: 'Nabokommuner', municipality: '766', codes: ['615', '706'] }),
});
console.error('POST /api/v1/groups', r.status, await r.text());
if (r.status !== 201) process.exit(1);
" "$PORT" "$TOKEN"

# Read it back as anyone.
http "
const r = await fetch('http://127.0.0.1:' + process.argv[1] + '/api/v1/groups?municipality=766');
if (r.status !== 200) process.exit(1);
console.log(await r.text());
" "$PORT"
