#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for tests and trials; print its URL on stdout.
#   bash scripts/postgres.sh [DIR]      (DIR defaults to a new temp dir)
# Installs Debian's postgresql with apt-get when initdb is missing (needs root). The cluster
# runs as an unprivileged user (postgres initdb refuses root) on a free local port, listening on
# 127.0.0.1 and a socket in DIR. Stop it with: pg_ctl -D DIR/data stop  (run as the same user).
set -euo pipefail
find_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}
BIN=$(find_bin)
if [ -z "$BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || true
    fi
    BIN=$(find_bin)
fi
[ -n "$BIN" ] || { echo "postgresql is not installed and cannot be installed here" >&2; exit 3; }

DIR=${1:-$(mktemp -d /tmp/rassegna-pg.XXXXXX)}
mkdir -p "$DIR"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
RUN=()
if [ "$(id -u)" = 0 ]; then
    USER_NAME=${RASSEGNA_PG_USER:-nobody}
    chown -R "$USER_NAME" "$DIR"
    RUN=(runuser -u "$USER_NAME" --)
fi
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U rassegna --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 4; }
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 5; }
"${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U rassegna rassegna
echo "postgresql://rassegna@127.0.0.1:$PORT/rassegna"
