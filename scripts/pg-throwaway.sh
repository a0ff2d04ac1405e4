#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, on 127.0.0.1 only, fsync off for speed.
#
#   scripts/pg-throwaway.sh start      -> prints "# dir: DIR" then the URL (last line)
#   scripts/pg-throwaway.sh stop DIR   -> stops the cluster and removes DIR
#
# Typical use:  export STATIONWATCH_TEST_PG_URL=$(scripts/pg-throwaway.sh start | tail -n 1)
# Installs Debian's postgresql when initdb is missing. The server refuses to run as
# root, so when started as root it runs as the 'postgres' user.
set -euo pipefail

log() { printf '%s\n' "$*" >&2; }

find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  done
  dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  if [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  return 1
}

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bindir dir port=54329 user=stationwatch db=stationwatch
  if ! bindir=$(find_bindir); then
    log "initdb not found; installing Debian's postgresql"
    apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    bindir=$(find_bindir)
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/sw-pg.XXXXXX")
  chmod 0755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # Another cluster starting at the same moment may take the port we found free:
  # then the next free port is tried, a few times.
  local attempt
  for attempt in 1 2 3 4 5 6 7 8; do
    while ! port_free "$port"; do port=$((port + 1)); done
    if as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >&2; then
      break
    fi
    if [ "$attempt" -eq 8 ]; then cat "$dir/server.log" >&2; exit 1; fi
    port=$((port + 1))
  done
  "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE $user LOGIN SUPERUSER" -c "CREATE DATABASE $db OWNER $user" >&2
  printf '# dir: %s\n' "$dir"
  printf 'postgresql+psycopg://%s@127.0.0.1:%s/%s\n' "$user" "$port" "$db"
}

stop() {
  local dir=${1:?usage: pg-throwaway.sh stop DIR} bindir
  bindir=$(find_bindir)
  if [ -d "$dir/data" ]; then
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  fi
  case "$dir" in
    */sw-pg.*) rm -rf "$dir" ;;
    *) log "not removing $dir (not made by this script)" ;;
  esac
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) log "usage: $0 start | stop DIR"; exit 64 ;;
esac
