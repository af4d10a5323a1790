#!/usr/bin/env bash
# PostgreSQL for the JDBC storage adapter's contract tests (examples/, JdbcContract*PostgresTest).
# Source this file, then:
#   pg_start   install the server from Debian packages if /usr/lib/postgresql/*/bin/initdb is
#              absent, initdb a throw-away cluster in a temporary folder (as the postgres user
#              when run as root), start it on 127.0.0.1 on a free port, create the database
#              and user "jobassist" (CREATEDB: the sink tests make a database they then drop
#              to show a failure), and export JOBASSIST_PG_URL, JOBASSIST_PG_USER and
#              JOBASSIST_PG_PASSWORD. Returns non-zero (and starts nothing) when it cannot.
#   pg_stop    stop the server and delete its folder; safe to call twice or without pg_start.
# The tests read the three variables; without them they try to start a server themselves and
# otherwise skip the PostgreSQL runs with a message.

_pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

_pg_as() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

_pg_free_port() {
  local port i
  for i in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

pg_start() {
  local bin port password
  if ! bin=$(_pg_bin); then
    echo "== postgres: installing the server from Debian packages"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
           apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }; then
      echo "== postgres: could not install the server"
      return 1
    fi
    bin=$(_pg_bin) || { echo "== postgres: no initdb after installing"; return 1; }
  fi
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/jobassist-pg.XXXXXX")
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$PG_DIR"
  fi
  port=$(_pg_free_port) || { echo "== postgres: no free port"; rm -rf "$PG_DIR"; return 1; }
  password="ja-$RANDOM$RANDOM$RANDOM"
  if ! _pg_as "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C --no-sync >"$PG_DIR/initdb.log" 2>&1; then
    echo "== postgres: initdb failed:"; cat "$PG_DIR/initdb.log"; rm -rf "$PG_DIR"; return 1
  fi
  if ! _pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p ${port} -k ${PG_DIR} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null; then
    echo "== postgres: the server did not start:"; cat "$PG_DIR/server.log"; rm -rf "$PG_DIR"; return 1
  fi
  PG_BIN=$bin
  if ! _pg_as "$bin/psql" -q -h "$PG_DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE jobassist LOGIN CREATEDB PASSWORD '${password}'" \
        -c "CREATE DATABASE jobassist OWNER jobassist" >/dev/null; then
    echo "== postgres: could not create the database"; pg_stop; return 1
  fi
  export JOBASSIST_PG_URL="jdbc:postgresql://127.0.0.1:${port}/jobassist"
  export JOBASSIST_PG_USER=jobassist
  export JOBASSIST_PG_PASSWORD=$password
  echo "== postgres: $("$bin/postgres" --version) on 127.0.0.1:${port}"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    if [ -n "${PG_BIN:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
      _pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
  fi
  PG_DIR=
  unset JOBASSIST_PG_URL JOBASSIST_PG_USER JOBASSIST_PG_PASSWORD
}
