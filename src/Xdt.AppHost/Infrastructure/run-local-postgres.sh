#!/usr/bin/env bash
# Runs one of Debian's PostgreSQL servers in the foreground, for machines with no container runtime.
# Usage: run-local-postgres.sh DATA_DIR PORT [postgres -c options...]
# The database named by XDT_DATABASE (default xdt) is created with the cluster.
# The data directory is initialised on first use and kept afterwards. PostgreSQL refuses to run as root,
# so as root the server runs as the 'postgres' user (setpriv execs, so the caller's PID is the server's and
# its SIGTERM reaches the server directly).
set -euo pipefail

data_dir=$1
port=$2
shift 2

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin_dir" ]; then
  echo "PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install postgresql" >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

mkdir -p "$data_dir"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$data_dir"
  if ! as_postgres test -w "$data_dir"; then
    echo "The postgres user cannot reach $data_dir (a parent directory lacks search permission)." >&2
    exit 1
  fi
fi
chmod 700 "$data_dir"

if [ ! -f "$data_dir/PG_VERSION" ]; then
  as_postgres "$bin_dir/initdb" --pgdata="$data_dir" --username=postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"$data_dir.initdb.log" 2>&1 \
    || { cat "$data_dir.initdb.log" >&2; exit 1; }
  # A short private start on the same port just to create the application database.
  as_postgres "$bin_dir/pg_ctl" --pgdata="$data_dir" --wait --silent \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=" start >>"$data_dir.initdb.log" 2>&1
  "$bin_dir/createdb" --host=127.0.0.1 --port="$port" --username=postgres "${XDT_DATABASE:-xdt}"
  as_postgres "$bin_dir/pg_ctl" --pgdata="$data_dir" --wait --silent stop >>"$data_dir.initdb.log" 2>&1
fi

# What a killed app host can leave behind: a server still running on this data directory (its pid and data directory
# are lines 1 and 2 of postmaster.pid) is stopped with a fast shutdown; a postmaster.pid whose process is gone or is
# something else now (a reused pid) is stale and removed, so the server below starts instead of refusing.
if [ -f "$data_dir/postmaster.pid" ]; then
  old_pid=$(sed -n 1p "$data_dir/postmaster.pid")
  old_dir=$(sed -n 2p "$data_dir/postmaster.pid")
  if [ -n "$old_pid" ] && [ "$(cat "/proc/$old_pid/comm" 2>/dev/null)" = postgres ] && [ "$old_dir" = "$data_dir" ]; then
    echo "Stopping PostgreSQL (pid $old_pid) left running on $data_dir by an earlier start."
    as_postgres "$bin_dir/pg_ctl" --pgdata="$data_dir" --mode=fast --timeout=30 --wait --silent stop \
      || { kill -KILL "$old_pid" 2>/dev/null || true; }
  else
    echo "Removing a stale postmaster.pid (pid ${old_pid:-?} is not a PostgreSQL server on $data_dir)."
  fi
  rm -f "$data_dir/postmaster.pid"
fi

# Loopback TCP only: no Unix socket (its path could exceed the 107-byte limit under a deep checkout).
exec_cmd=("$bin_dir/postgres" -D "$data_dir" -p "$port"
  -c listen_addresses=127.0.0.1 -c unix_socket_directories=
  -c max_connections=200 -c shared_buffers=32MB "$@")
# PostgreSQL logs to stderr; send it to stdout so the dashboard shows ordinary log lines, not errors.
exec 2>&1
if [ "$(id -u)" = 0 ]; then
  exec setpriv --reuid=postgres --regid=postgres --init-groups -- "${exec_cmd[@]}"
else
  exec "${exec_cmd[@]}"
fi
