#!/usr/bin/env bash
# A throw-away PostgreSQL for the tests: installed from Debian's packages when
# missing, run as its own cluster in a temp folder on 127.0.0.1, gone after.
# Usage: source scripts/postgres.sh; pg_start; ...; pg_stop
# Sets LUISTERLOKET_TEST_PG to an admin URL (trust auth, loopback only).

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_install() {
  if [ -z "$(pg_bin)" ]; then
    echo "postgres: not installed; installing from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
  fi
  [ -n "$(pg_bin)" ] || { echo "postgres: could not install PostgreSQL" >&2; return 1; }
}

# Run a command as an unprivileged user: initdb refuses to run as root.
pg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
  pg_install || return 1
  local bin; bin=$(pg_bin)
  PG_DIR=$(mktemp -d /tmp/luisterloket-pg.XXXXXX)
  PG_PORT=$(pg_free_port)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_DIR"
  fi
  pg_as "$bin/initdb" -D "$PG_DIR/data" -U luisterloket --auth=trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  # fsync off: a test cluster need not survive a power cut, and it is much faster.
  pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$PG_DIR/server.log" >&2; return 1; }
  export LUISTERLOKET_TEST_PG="postgres://luisterloket@127.0.0.1:$PG_PORT/postgres"
  echo "postgres: test cluster on 127.0.0.1:$PG_PORT ($("$bin/postgres" --version))" >&2
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_as "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}
