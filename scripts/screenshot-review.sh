#!/usr/bin/env bash
# Build the demo store exactly as scripts/demo.sh does (examples ingested, every third fact
# left for review), serve it on loopback and take, with headless Chromium (Debian's
# /usr/bin/chromium, through Playwright), docs/screenshots/review.png of the live review
# queue and docs/screenshots/demo-map.png of the map with its legends and counts.
#
#   STATIONWATCH_SHOT_PORT  port to serve on while shooting (default 8765)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port=${STATIONWATCH_SHOT_PORT:-8765}
store=$(mktemp -d)
sw=(.venv/bin/stationwatch)
export STATIONWATCH_STORE="$store"
password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')

"${sw[@]}" init >/dev/null
"${sw[@]}" user add admin --role admin >/dev/null
"${sw[@]}" user add demo --role analyst --as admin >/dev/null
printf '%s\n' "$password" | "${sw[@]}" user passwd demo --password-stdin --as admin >/dev/null
"${sw[@]}" ingest examples/*.txt --accept-all --as admin >/dev/null
"${sw[@]}" review reopen --every 3 --as admin --reason "demo: left for review" >/dev/null

"${sw[@]}" serve --port "$port" &
server=$!
trap 'kill "$server"; rm -rf "$store"' EXIT

SHOT_URL="http://127.0.0.1:${port}" SHOT_PASSWORD="$password" .venv/bin/python - <<'PY'
import os
import time
import urllib.request

from playwright.sync_api import sync_playwright

base = os.environ["SHOT_URL"]
for _ in range(200):  # the server is starting: poll its login page (at most ~20 s)
    try:
        urllib.request.urlopen(f"{base}/login", timeout=1)  # noqa: S310  # loopback only
        break
    except OSError:
        time.sleep(0.1)
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                         args=["--no-sandbox", "--disable-gpu"])
    page = browser.new_page(base_url=base, viewport={"width": 1280, "height": 1000})
    page.goto("/login")
    page.fill("input[name=username]", "demo")
    page.fill("input[name=password]", os.environ["SHOT_PASSWORD"])
    page.click("button[type=submit]:has-text('Sign in')")
    page.wait_for_url("**/")
    page.goto("/review?sort=document")
    page.keyboard.press("j")  # the second candidate has the focus, as while triaging
    page.screenshot(path="docs/screenshots/review.png", full_page=False)
    page.goto("/")
    page.wait_for_selector("#map[data-ready=true]")
    # Europe, where most demo stations are, close enough that clusters open into markers.
    page.evaluate("window.stationwatchMap.map.setView([45, 6], 5, {animate: false})")
    page.locator(".leaflet-marker-icon.pin").nth(2).wait_for()
    page.screenshot(path="docs/screenshots/demo-map.png", full_page=True)
    browser.close()
print("docs/screenshots/review.png docs/screenshots/demo-map.png")
PY
