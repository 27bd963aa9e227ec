#!/usr/bin/env bash
# Clones the primary into a new standby with pg_basebackup and starts it streaming.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"

usage() {
    cat <<EOF
Usage: $PROG --pgdata DIR --name NAME [OPTIONS]

Create a hot standby of the primary:
  pg_basebackup -X stream -R -C -S NAME  (a physical replication slot NAME on the
  primary keeps the WAL the standby still needs; -R writes standby.signal and
  primary_conninfo with application_name=NAME, the name the primary's
  synchronous_standby_names refers to), then start it and wait until it streams.

The data directory must not exist or be empty: this script never overwrites data.
Run setup-primary.sh on the primary first; make the standby synchronous afterwards
with enable-sync.sh.

Options:
  --pgdata DIR          data directory of the new standby (required)
  --name NAME           standby name: application_name and replication slot name
                        (required; lower-case letters, digits, _)
  --primary-host HOST   primary address (default 127.0.0.1)
  --primary-port PORT   primary port (default 5432)
  --host HOST           address the standby listens on and is checked at (default 127.0.0.1)
  --port PORT           port of the standby (default 5432)
  --socket-dir DIR      its unix_socket_directories (default: --pgdata's parent)
  --repl-user NAME      replication role (default replicator)
  --passfile FILE       passfile the standby reads the replication password from (default,
                        when PGPASSWORD is set: DIR.pgpass beside --pgdata, written here)
  --log FILE            server log (default: DIR.log beside --pgdata)
  --no-start            clone and configure only (start it yourself, e.g. pg_ctlcluster)
  --wait SECONDS        how long to wait for streaming (default 60)
  -h, --help            show this help

Environment: PGPASSWORD (the replication role's password) or a passfile, PG_BINDIR,
PG_OS_USER (OS user that runs the server, default postgres).
The password is never written into postgresql.auto.conf: with PGPASSWORD set, this script
writes it to a passfile (mode 0600, owned by the server's OS user) and primary_conninfo
names that file (passfile=...); without it, the server user's ~/.pgpass or --passfile is used.

Exit status: 0 streaming (or cloned, with --no-start), 1 failure, 2 usage error.
EOF
}

PGDATA_DIR="" NAME="" PRIMARY_HOST=127.0.0.1 PRIMARY_PORT=5432 HOST=127.0.0.1 PORT=5432
SOCKET_DIR="" REPL_USER=replicator LOG_FILE="" START=true WAIT=60 PASSFILE=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --pgdata) need_value "$@"; PGDATA_DIR=$2; shift ;;
        --name) need_value "$@"; NAME=$2; shift ;;
        --primary-host) need_value "$@"; PRIMARY_HOST=$2; shift ;;
        --primary-port) need_value "$@"; PRIMARY_PORT=$2; shift ;;
        --host) need_value "$@"; HOST=$2; shift ;;
        --port) need_value "$@"; PORT=$2; shift ;;
        --socket-dir) need_value "$@"; SOCKET_DIR=$2; shift ;;
        --repl-user) need_value "$@"; REPL_USER=$2; shift ;;
        --passfile) need_value "$@"; PASSFILE=$2; shift ;;
        --log) need_value "$@"; LOG_FILE=$2; shift ;;
        --no-start) START=false ;;
        --wait) need_value "$@"; WAIT=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
    shift
done
[[ -n $PGDATA_DIR ]] || usage_error "--pgdata is required"
[[ $NAME =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || usage_error "--name is required: lower-case letters, digits and _"
is_port "$PORT" || usage_error "--port must be a port number"
is_port "$PRIMARY_PORT" || usage_error "--primary-port must be a port number"
[[ $WAIT =~ ^[0-9]+$ ]] || usage_error "--wait must be a number of seconds"
# Everything below that ends up in postgresql.conf or a connection string is checked first.
is_host "$HOST" || usage_error "--host must be a host name or an IP address"
is_host "$PRIMARY_HOST" || usage_error "--primary-host must be a host name or an IP address"
[[ $REPL_USER =~ ^[a-z_][a-z0-9_]*$ ]] || usage_error "--repl-user must be a plain lower-case name"
[[ -z $SOCKET_DIR ]] || is_socket_dir "$SOCKET_DIR" \
    || usage_error "--socket-dir must be an absolute path of letters, digits and . _ - + @ / (at most 80 characters)"
[[ -z $PASSFILE || $PASSFILE =~ ^/[A-Za-z0-9._/+@-]*$ ]] || usage_error "--passfile must be a plain absolute path"
resolve_bindir

PGDATA_DIR=$(readlink -m -- "$PGDATA_DIR")
SOCKET_DIR=${SOCKET_DIR:-$(dirname -- "$PGDATA_DIR")}
LOG_FILE=${LOG_FILE:-$PGDATA_DIR.log}
is_socket_dir "$SOCKET_DIR" || usage_error "the socket directory $SOCKET_DIR (--pgdata's parent) is not a plain absolute path: give --socket-dir"
if [[ -e $PGDATA_DIR && -n $(ls -A -- "$PGDATA_DIR" 2>/dev/null) ]]; then
    die "$PGDATA_DIR exists and is not empty; move it away first (this script never overwrites a data directory)"
fi
make_owned_dir "$PGDATA_DIR"
[[ -d $SOCKET_DIR ]] || make_owned_dir "$SOCKET_DIR"

# A password from the environment goes into a passfile, never into primary_conninfo:
# pg_basebackup -R copies a password it was given into postgresql.auto.conf, so it runs
# without PGPASSWORD and reads the passfile that primary_conninfo then names.
CONNINFO="host=$PRIMARY_HOST port=$PRIMARY_PORT user=$REPL_USER application_name=$NAME"
if [[ -n ${PGPASSWORD:-} ]]; then
    PASSFILE=${PASSFILE:-$PGDATA_DIR.pgpass}
    printf '%s:%s:replication:%s:%s\n' "$(pgpass_field "$PRIMARY_HOST")" "$PRIMARY_PORT" \
        "$(pgpass_field "$REPL_USER")" "$(pgpass_field "$PGPASSWORD")" | (umask 077 && cat >"$PASSFILE") \
        || die "cannot write the passfile $PASSFILE"
    chmod 0600 -- "$PASSFILE"
    if [[ $EUID -eq 0 ]]; then
        chown "$PG_OS_USER:$(id -gn "$PG_OS_USER")" -- "$PASSFILE"
    fi
    log "replication password kept in $PASSFILE (0600), not in the configuration"
fi
[[ -z $PASSFILE ]] || CONNINFO="$CONNINFO passfile=$PASSFILE"

log "cloning $PRIMARY_HOST:$PRIMARY_PORT into $PGDATA_DIR (slot $NAME)"
# application_name in the connection string ends up in the primary_conninfo that -R writes.
if ! as_owner env -u PGPASSWORD "$PG_BINDIR/pg_basebackup" --dbname="$CONNINFO" \
        -D "$PGDATA_DIR" -X stream -R -C -S "$NAME" --checkpoint=fast --no-password; then
    rm -rf -- "${PGDATA_DIR:?}"/* 2>/dev/null || true
    die "pg_basebackup failed (is the slot '$NAME' already taken? SELECT pg_drop_replication_slot('$NAME') on the primary if it is a leftover)"
fi

AUTO=$PGDATA_DIR/postgresql.auto.conf
if ! grep -q "^primary_conninfo = .*application_name=$NAME" "$AUTO"; then
    # Older pg_basebackup versions leave application_name out: add it, or the primary's
    # synchronous_standby_names never matches this standby.
    conninfo=$(sed -n "s/^primary_conninfo = '\(.*\)'$/\1/p" "$AUTO" | tail -n 1)
    printf "primary_conninfo = '%s application_name=%s'\n" "$conninfo" "$NAME" | as_owner tee -a "$AUTO" >/dev/null
fi
if grep -q "password=" "$AUTO"; then
    # Not from this script: a line the primary's own postgresql.auto.conf had (a former standby).
    warn "$AUTO holds a password copied from the primary's settings; remove that line and use a passfile"
fi
if grep -Eq "^synchronous_standby_names = '.+'" "$AUTO"; then
    # Inherited from the primary: a promoted standby would wait for itself. Neutralise it.
    warn "the primary had synchronous_standby_names set during the clone; cleared on this standby"
    echo "synchronous_standby_names = ''" | as_owner tee -a "$AUTO" >/dev/null
fi

CONF=$PGDATA_DIR/postgresql.conf
if [[ -f $CONF ]]; then
    as_owner tee -a "$CONF" >/dev/null <<EOF

# ---- ShopDesk standby $NAME (setup-standby.sh); overrides the primary's values above
listen_addresses = '$HOST'
port = $PORT
unix_socket_directories = '$SOCKET_DIR'
hot_standby = on
hot_standby_feedback = on
EOF
else
    log "no postgresql.conf in $PGDATA_DIR (Debian keeps it in /etc/postgresql): set port = $PORT,"
    log "hot_standby = on and hot_standby_feedback = on in the standby cluster's own postgresql.conf"
fi

if [[ $START != true ]]; then
    log "standby cloned in $PGDATA_DIR; start it to begin streaming"
    exit 0
fi
log "starting standby $NAME on $HOST:$PORT (log $LOG_FILE)"
as_owner "$PG_BINDIR/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t 60 start >/dev/null \
    || die "the standby did not start; see $LOG_FILE"
if ! wait_for "$WAIT" "$HOST" "$PORT" postgres "SELECT status = 'streaming' FROM pg_stat_wal_receiver"; then
    die "standby $NAME started but is not streaming from $PRIMARY_HOST:$PRIMARY_PORT after ${WAIT}s; see $LOG_FILE"
fi
log "standby $NAME is streaming from $PRIMARY_HOST:$PRIMARY_PORT"
