#!/usr/bin/env bash
# Install everything and run the whole test suite: unit, integration, PostgreSQL and slow tests.
# Needs root (or passwordless sudo) the first time, to install Debian's PostgreSQL.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# test-ftm: the FollowTheMoney model, to validate exports (builds PyICU once; pip caches it)
bash scripts/setup.sh dev,test-ftm || exit 1
bash scripts/system-deps.sh || exit 1

pg_dir=""
if [ -z "${STATIONWATCH_TEST_PG_URL:-}" ] && [ -x scripts/pg-throwaway.sh ]; then
  if pg_out=$(scripts/pg-throwaway.sh start); then
    STATIONWATCH_TEST_PG_URL=$(printf '%s\n' "$pg_out" | tail -n 1)
    pg_dir=$(printf '%s\n' "$pg_out" | sed -n 's/^# dir: //p')
    export STATIONWATCH_TEST_PG_URL
  else
    echo "warning: could not start a throwaway PostgreSQL; PostgreSQL tests will skip" >&2
  fi
fi
cleanup() { if [ -n "$pg_dir" ]; then scripts/pg-throwaway.sh stop "$pg_dir" >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

.venv/bin/ruff check src tests bench data scripts || exit 1
# the package layers ([tool.importlinter] in pyproject.toml, drawn in docs/architecture.md)
.venv/bin/lint-imports || exit 1
# known vulnerabilities in the locked dependencies (fails in CI when the advisory service is unreachable)
bash scripts/audit.sh || exit 1
# Independent tests run on every core (pytest-xdist); a module whose tests share one
# expensive module fixture (a browser, a populated server) is marked xdist_group and kept
# on one worker. STATIONWATCH_TEST_WORKERS=0 runs everything in this process.
.venv/bin/pytest -n "${STATIONWATCH_TEST_WORKERS:-auto}" --dist loadgroup --durations=30 "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
