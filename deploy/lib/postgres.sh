# Shared by deploy/run.sh and deploy/test.sh: find or install PostgreSQL, and run a local cluster.
# shellcheck shell=bash

simore_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -z $dir || ! -x $dir/initdb ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      echo "PostgreSQL server not found; installing it (apt-get install postgresql)..." >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
  fi
  if [[ -z $dir || ! -x $dir/initdb ]]; then
    echo "Simore needs the PostgreSQL server (15 or later). Install it (Debian/Ubuntu: sudo apt-get install postgresql)," >&2
    echo "or set SIMORE_DB to the connection string of an existing server." >&2
    return 1
  fi
  echo "$dir"
}

simore_free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# Runs a command as the cluster's owner: initdb and the server refuse to run as root.
simore_as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# simore_pg_start <data dir> <port file>: creates the cluster when missing, starts it when stopped,
# and prints the port it listens on (127.0.0.1 only, trust authentication for local use).
simore_pg_start() {
  local data=$1 port_file=$2 bin port
  bin=$(simore_pg_bin) || return 1
  if [[ ! -f $data/PG_VERSION ]]; then
    mkdir -p "$data"
    if [[ $(id -u) -eq 0 ]]; then
      chown postgres:postgres "$data"
      chmod 700 "$data"
      if ! runuser -u postgres -- test -w "$data"; then
        echo "The postgres user cannot reach $data; clone Simore where other users can read (for example under /srv or /tmp)." >&2
        return 1
      fi
    fi
    simore_as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  fi
  if simore_as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    cat "$port_file"
    return 0
  fi
  port=$(cat "$port_file" 2>/dev/null || true)
  if [[ -z $port ]] || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    port=$(simore_free_port)
  fi
  echo "$port" >"$port_file"
  simore_as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c max_connections=200" start >/dev/null
  echo "$port"
}

simore_pg_stop() {
  local data=$1 bin
  bin=$(simore_pg_bin) || return 0
  simore_as_pg "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
}

# Creates the owner and application roles and the database, when missing.
simore_pg_provision() {
  local port=$1 database=$2 bin
  bin=$(simore_pg_bin) || return 1
  "$bin/psql" -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -p "$port" -U postgres -d postgres >/dev/null <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'simore_owner') THEN CREATE ROLE simore_owner LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'simore_app') THEN CREATE ROLE simore_app LOGIN; END IF;
END
\$\$;
SELECT 'CREATE DATABASE $database OWNER simore_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database')
\gexec
SQL
}
