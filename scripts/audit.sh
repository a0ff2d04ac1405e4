#!/usr/bin/env bash
# Audit the locked dependencies (requirements/audit.txt) for known vulnerabilities.
#
#   scripts/audit.sh            audit the lock; exit 1 on a high or critical advisory
#   scripts/audit.sh --relock   rebuild the lock from a clean install of '.[dev]', then audit
#
# pip-audit runs from its own throwaway venv (never in the project's). It asks PyPI's
# advisory service (OSV data behind pypi.org/pypi/<name>/<version>/json); when that cannot
# be reached the script says so and exits 0 locally but 3 when CI=true, so CI never
# passes an audit that did not happen. Severity: PyPI advisories carry no CVSS score, so
# every advisory with a fix counts as high unless listed with a reason in
# requirements/audit-ignore.txt ("ID  # why").
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LOCK=requirements/audit.txt
IGNORE=requirements/audit-ignore.txt
TOOLS=${STATIONWATCH_AUDIT_VENV:-${TMPDIR:-/tmp}/stationwatch-audit-venv}

if [ "${1:-}" = "--relock" ]; then
  clean=$(mktemp -d)
  python3 -m venv "$clean/venv" && "$clean/venv/bin/pip" install -q ".[dev]" || exit 1
  { echo "# pip freeze of a clean 'pip install .[dev]' ($(date -u +%Y-%m-%d)); scripts/audit.sh --relock"
    "$clean/venv/bin/pip" freeze --exclude-editable | grep -v '^stationwatch' ; } > "$LOCK"
  rm -rf "$clean"
fi
[ -f "$LOCK" ] || { echo "audit: $LOCK is missing; run scripts/audit.sh --relock" >&2; exit 1; }

if [ ! -x "$TOOLS/bin/pip-audit" ]; then
  python3 -m venv "$TOOLS" && "$TOOLS/bin/pip" install -q pip-audit >&2 \
    || { echo "audit: could not install pip-audit into $TOOLS" >&2; exit 1; }
fi

ignores=()
if [ -f "$IGNORE" ]; then
  while read -r id _; do [ -n "$id" ] && [ "${id:0:1}" != "#" ] && ignores+=(--ignore-vuln "$id"); done < "$IGNORE"
fi

report=$(mktemp)
"$TOOLS/bin/pip-audit" --requirement "$LOCK" --no-deps --disable-pip --progress-spinner off \
  --vulnerability-service pypi --format json --output "$report" "${ignores[@]}" 2> "$report.err"
status=$?
if [ "$status" -ne 0 ] && [ ! -s "$report" ]; then
  if grep -qiE "connection|resolve|timed out|network|max retries" "$report.err"; then
    echo "audit: the vulnerability service could not be reached; NOTHING WAS AUDITED" >&2
    tail -n 3 "$report.err" >&2
    [ "${CI:-}" = "true" ] && exit 3
    exit 0
  fi
  cat "$report.err" >&2
  exit 1
fi
python3 - "$report" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
found = [(d["name"], d["version"], v["id"], ",".join(v.get("fix_versions", [])) or "no fix")
         for d in data.get("dependencies", []) for v in d.get("vulns", [])]
audited = len(data.get("dependencies", []))
for name, version, vid, fix in found:
    print(f"VULNERABLE: {name} {version}: {vid} (fixed in {fix})")
print(f"audit: {audited} packages checked, {len(found)} known vulnerabilities")
sys.exit(1 if found else 0)
PY
