#!/usr/bin/env bash
# Throwaway PostgreSQL 15 on loopback for tests.
#   tools/postgres.sh start       -> initdb in a new /tmp/coalitie-pg.* directory, start on a free 127.0.0.1 port;
#                                    prints the directory (line 1) and the connection string (line 2)
#   tools/postgres.sh stop DIR    -> stop that server and remove DIR
# PostgreSQL refuses to run as root, so as root the server runs as the 'postgres' user.
set -euo pipefail

find_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

ensure_installed() {
  if find_pg_bin >/dev/null; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "postgres.sh: installing PostgreSQL (Debian package 'postgresql')" >&2
    (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1; }) || true
  fi
  find_pg_bin >/dev/null || { echo "postgres.sh: PostgreSQL server binaries not found (install the 'postgresql' package)" >&2; exit 1; }
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] || { echo "usage: $0 start | stop DIR" >&2; exit 64; }

case "$cmd" in
  start)
    ensure_installed
    bin=$(find_pg_bin)
    dir=$(mktemp -d /tmp/coalitie-pg.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" > "$dir/port"
    echo "$dir"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"
    ;;
  stop)
    [ -n "$dir" ] || { echo "usage: $0 stop DIR" >&2; exit 64; }
    case "$dir" in /tmp/coalitie-pg.*) ;; *) echo "postgres.sh: refusing to remove $dir" >&2; exit 64 ;; esac
    bin=$(find_pg_bin) || exit 0
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 64 ;;
esac
