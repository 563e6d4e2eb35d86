#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: installs Debian's `postgresql` if it is
# missing, makes a cluster in a temporary folder, starts it on a unix socket in that folder
# (no TCP port, so it never collides with another server), exports its URL as
# AUYL_TEST_PG_URL, runs the command, then stops the server and deletes the folder.
#   scripts/with_postgres.sh .venv/bin/python -m pytest tests/db
# The cluster trades durability for speed (fsync off): it holds test data only.
# PostgreSQL refuses to run as root: as root the server runs as the `postgres` user the
# package creates (or `nobody`).
set -euo pipefail

# One function, read whole before it runs: the script may be edited while a long run goes on.
main() {
  if ! command -v pg_ctl >/dev/null 2>&1; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$bindir" ]; then
      sudo=""
      [ "$(id -u)" -ne 0 ] && sudo="sudo"
      echo "Installing PostgreSQL (Debian's postgresql package)"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        postgresql postgresql-contrib
      bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    PATH="$bindir:$PATH"
  fi

  # As root the server's user must reach the folder: under /tmp, not a TMPDIR of root's own.
  base="${TMPDIR:-/tmp}"
  [ "$(id -u)" -eq 0 ] && base=/tmp
  folder=$(mktemp -d "$base/auyl-pg.XXXXXX")
  as_server=()
  if [ "$(id -u)" -eq 0 ]; then
    server_user=postgres
    id -u "$server_user" >/dev/null 2>&1 || server_user=nobody
    chown "$server_user" "$folder"
    as_server=(runuser -u "$server_user" --)
  fi

  stop() {
    "${as_server[@]}" pg_ctl -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$folder"
  }
  trap stop EXIT

  "${as_server[@]}" initdb -D "$folder/data" -U auyl --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 --no-sync >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; exit 1; }
  options="-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off"
  options+=" -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  "${as_server[@]}" pg_ctl -D "$folder/data" -l "$folder/server.log" -o "$options" -w -t 60 start \
    >/dev/null || { cat "$folder/server.log" >&2; exit 1; }

  export AUYL_TEST_PG_URL="postgresql+psycopg://auyl@/postgres?host=$folder"
  "$@"
}

main "$@"
