#!/usr/bin/env bash
# Install everything, ingest the bundled examples into a fresh SQLite store and
# serve the dashboard on http://127.0.0.1:8000 (Ctrl-C to stop).
#
#   STATIONWATCH_DEMO_STORE  folder of the demo store (default ./stationwatch-demo, recreated)
#   STATIONWATCH_DEMO_PORT   port of the dashboard (default 8000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh

store=${STATIONWATCH_DEMO_STORE:-./stationwatch-demo}
port=${STATIONWATCH_DEMO_PORT:-8000}
sw=(.venv/bin/stationwatch)
export STATIONWATCH_STORE="$store"

rm -rf "$store"
"${sw[@]}" init
"${sw[@]}" user add admin --role admin >/dev/null
"${sw[@]}" user add demo --role analyst --as admin >/dev/null
password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')
printf '%s\n' "$password" | "${sw[@]}" user passwd demo --password-stdin --as admin >/dev/null
"${sw[@]}" ingest examples/*.txt --accept-all --as admin  # the documents, not their README
# Send every third fact back to the review queue, so the dashboard opens on live work.
"${sw[@]}" review reopen --every 3 --as admin --reason "demo: left for review" >/dev/null

cat <<EOF

Stationwatch dashboard: http://127.0.0.1:${port}/
Sign in as the demo analyst:  user "demo", password "${password}"
Review queue (about a third of the facts await review): http://127.0.0.1:${port}/review
Exports per audience: http://127.0.0.1:${port}/exports   Add a file or URL: http://127.0.0.1:${port}/add
(anonymous visitors see nothing; run 'stationwatch serve --public' for the public read-only view)
Store: ${store}
EOF
exec "${sw[@]}" serve --port "$port"
