#!/usr/bin/env bash
# Prepares a PostgreSQL server to be the primary of a streaming-replication pair.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"

usage() {
    cat <<EOF
Usage: $PROG [OPTIONS]

Prepare the primary for streaming replication:
  * replication settings (ALTER SYSTEM): wal_level=replica, max_wal_senders,
    max_replication_slots, hot_standby=on, wal_log_hints=on (so that a failed
    primary can later be rewound with pg_rewind);
  * synchronous_standby_names is reset to empty: it is set with enable-sync.sh only
    after the standby is cloned and streaming (see README.md);
  * a replication role (REPLICATION LOGIN, no other rights);
  * a pg_hba.conf line letting that role replicate from the standby's address;
  * reload.
With --init a new cluster is created in --pgdata first (initdb with data checksums)
and started; without it the server at --host/--port must be running already.

Options:
  --host HOST           address of the primary (default 127.0.0.1)
  --port PORT           its port (default 5432)
  --init                create and start a new cluster in --pgdata
  --pgdata DIR          data directory (needed with --init, and to restart when a
                        setting needs it)
  --socket-dir DIR      unix_socket_directories of a new cluster (default: --pgdata's parent)
  --listen ADDRS        listen_addresses of a new cluster (default: --host)
  --host-auth METHOD    pg_hba method for TCP connections of a new cluster
                        (default scram-sha-256; trust only for throw-away test clusters)
  --log FILE            server log of a new cluster (default: DIR.log beside --pgdata)
  --repl-user NAME      replication role (default replicator)
  --repl-cidr CIDR      where standbys connect from (default 127.0.0.1/32)
  --repl-auth METHOD    pg_hba method for replication (default scram-sha-256)
  --superuser NAME      role this script connects as (default postgres)
  -h, --help            show this help

Environment: REPLICATION_PASSWORD (password of the replication role, set when the role
is created or updated), PGPASSWORD/~/.pgpass (for --superuser), PG_BINDIR, PG_OS_USER
(OS user that runs the server, default postgres).

Exit status: 0 ready, 1 failure, 2 usage error, 3 ready except that a restart is
needed for a changed setting and no --pgdata was given to do it.
EOF
}

HOST=127.0.0.1 PORT=5432 INIT=false PGDATA_DIR="" SOCKET_DIR="" LISTEN="" HOST_AUTH=scram-sha-256
LOG_FILE="" REPL_USER=replicator REPL_CIDR=127.0.0.1/32 REPL_AUTH=scram-sha-256 SUPERUSER=postgres
while [[ $# -gt 0 ]]; do
    case $1 in
        --host) need_value "$@"; HOST=$2; shift ;;
        --port) need_value "$@"; PORT=$2; shift ;;
        --init) INIT=true ;;
        --pgdata) need_value "$@"; PGDATA_DIR=$2; shift ;;
        --socket-dir) need_value "$@"; SOCKET_DIR=$2; shift ;;
        --listen) need_value "$@"; LISTEN=$2; shift ;;
        --host-auth) need_value "$@"; HOST_AUTH=$2; shift ;;
        --log) need_value "$@"; LOG_FILE=$2; shift ;;
        --repl-user) need_value "$@"; REPL_USER=$2; shift ;;
        --repl-cidr) need_value "$@"; REPL_CIDR=$2; shift ;;
        --repl-auth) need_value "$@"; REPL_AUTH=$2; shift ;;
        --superuser) need_value "$@"; SUPERUSER=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
    shift
done
is_port "$PORT" || usage_error "--port must be a port number"
[[ $REPL_USER =~ ^[a-z_][a-z0-9_]*$ ]] || usage_error "--repl-user must be a plain lower-case name"
[[ $REPL_CIDR =~ ^[0-9a-fA-F:.]+/[0-9]+$ ]] || usage_error "--repl-cidr must look like 10.0.0.5/32"
# Everything below that ends up in postgresql.conf or pg_hba.conf is checked first.
is_host "$HOST" || usage_error "--host must be a host name or an IP address"
[[ -z $LISTEN ]] || is_listen "$LISTEN" \
    || usage_error "--listen must be '*' or a comma-separated list of host names / addresses"
[[ -z $SOCKET_DIR ]] || is_socket_dir "$SOCKET_DIR" \
    || usage_error "--socket-dir must be an absolute path of letters, digits and . _ - + @ / (at most 80 characters)"
is_auth_method "$HOST_AUTH" || usage_error "--host-auth must be scram-sha-256, md5, password, trust, reject, cert or peer"
is_auth_method "$REPL_AUTH" || usage_error "--repl-auth must be scram-sha-256, md5, password, trust, reject, cert or peer"
[[ $SUPERUSER =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || usage_error "--superuser must be a plain role name"
if [[ $INIT == true && -z $PGDATA_DIR ]]; then usage_error "--init needs --pgdata"; fi
resolve_bindir
export PGUSER=$SUPERUSER

if [[ $INIT == true ]]; then
    PGDATA_DIR=$(readlink -m -- "$PGDATA_DIR")
    if [[ -e $PGDATA_DIR && -n $(ls -A -- "$PGDATA_DIR" 2>/dev/null) ]]; then
        die "$PGDATA_DIR exists and is not empty; --init never touches an existing data directory"
    fi
    SOCKET_DIR=${SOCKET_DIR:-$(dirname -- "$PGDATA_DIR")}
    LISTEN=${LISTEN:-$HOST}
    LOG_FILE=${LOG_FILE:-$PGDATA_DIR.log}
    is_socket_dir "$SOCKET_DIR" || usage_error "the socket directory $SOCKET_DIR (--pgdata's parent) is not a plain absolute path: give --socket-dir"
    is_listen "$LISTEN" || usage_error "--listen is needed: --host $HOST cannot be a listen address"
    make_owned_dir "$PGDATA_DIR"
    [[ -d $SOCKET_DIR ]] || make_owned_dir "$SOCKET_DIR"
    log "initdb $PGDATA_DIR (data checksums on, TCP auth $HOST_AUTH)"
    as_owner "$PG_BINDIR/initdb" -D "$PGDATA_DIR" -U "$SUPERUSER" --data-checksums \
        --auth-local=peer --auth-host="$HOST_AUTH" -E UTF8 --locale=C.UTF-8 >/dev/null \
        || die "initdb failed"
    # Settings that must be in place before the first start (later lines win).
    as_owner tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null <<EOF

# ---- ShopDesk primary (setup-primary.sh)
listen_addresses = '$LISTEN'
port = $PORT
unix_socket_directories = '$SOCKET_DIR'
wal_level = replica
wal_log_hints = on
EOF
    log "starting the new primary on $HOST:$PORT (log $LOG_FILE)"
    as_owner "$PG_BINDIR/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t 60 start >/dev/null \
        || die "the new primary did not start; see $LOG_FILE"
fi

pg_sql "$HOST" "$PORT" postgres <<<'SELECT 1' >/dev/null \
    || die "cannot connect to the primary at $HOST:$PORT as $SUPERUSER"
[[ $(pg_sql "$HOST" "$PORT" postgres <<<'SELECT pg_is_in_recovery()') == f ]] \
    || die "$HOST:$PORT is a standby (in recovery), not a primary"

log "replication settings"
pg_sql "$HOST" "$PORT" postgres <<'SQL'
ALTER SYSTEM SET wal_level = 'replica';
ALTER SYSTEM SET wal_log_hints = on;
ALTER SYSTEM SET max_wal_senders = 10;
ALTER SYSTEM SET max_replication_slots = 10;
ALTER SYSTEM SET hot_standby = on;
-- Never a synchronous standby name before the standby is cloned: a clone would inherit
-- it, and once promoted it would wait for a standby that does not exist.
ALTER SYSTEM RESET synchronous_standby_names;
SQL

log "replication role $REPL_USER"
pg_sql "$HOST" "$PORT" postgres u="$REPL_USER" <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') AS missing \gset
\if :missing
    CREATE ROLE :"u" WITH REPLICATION LOGIN;
\endif
ALTER ROLE :"u" WITH REPLICATION LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
SQL
if [[ -n ${REPLICATION_PASSWORD:-} ]]; then
    # Read by psql from the environment: the password never appears in a process list.
    pg_sql "$HOST" "$PORT" postgres u="$REPL_USER" <<'SQL'
\getenv pw REPLICATION_PASSWORD
ALTER ROLE :"u" WITH PASSWORD :'pw';
SQL
elif [[ $REPL_AUTH != trust ]]; then
    warn "REPLICATION_PASSWORD is not set: role $REPL_USER has no new password; $REPL_AUTH authentication needs one"
fi

HBA_FILE=$(pg_sql "$HOST" "$PORT" postgres <<<'SHOW hba_file')
HBA_LINE="host    replication     $REPL_USER    $REPL_CIDR    $REPL_AUTH"
if [[ -w $HBA_FILE && -w $(dirname -- "$HBA_FILE") ]]; then
    if grep -Eq "^[[:space:]]*host[[:space:]]+replication[[:space:]]+${REPL_USER}[[:space:]]+${REPL_CIDR}[[:space:]]" "$HBA_FILE"; then
        log "pg_hba.conf already lets $REPL_USER replicate from $REPL_CIDR"
    else
        # First matching line wins: put ours before the others. The file is replaced whole
        # (same owner and mode), so a reload in between never reads half of it.
        { printf '# ShopDesk streaming replication (setup-primary.sh)\n%s\n\n' "$HBA_LINE"; cat -- "$HBA_FILE"; } \
            | replace_file "$HBA_FILE" || die "cannot rewrite $HBA_FILE"
        log "pg_hba.conf: added '$HBA_LINE'"
    fi
else
    warn "cannot write $HBA_FILE from here; add this line at its top on the primary's host, then reload:"
    warn "  $HBA_LINE"
fi

pg_sql "$HOST" "$PORT" postgres <<<'SELECT pg_reload_conf()' >/dev/null
sleep 0.3
PENDING=$(pg_sql "$HOST" "$PORT" postgres <<<"SELECT string_agg(name, ', ') FROM pg_settings WHERE pending_restart")
if [[ -n $PENDING ]]; then
    if [[ -n $PGDATA_DIR ]]; then
        log "restarting the primary for: $PENDING"
        as_owner "$PG_BINDIR/pg_ctl" -D "$PGDATA_DIR" -w -t 60 restart -m fast >/dev/null \
            || die "restart failed"
    else
        warn "restart the primary for these settings to take effect: $PENDING (e.g. systemctl restart postgresql@15-main)"
        exit 3
    fi
fi
log "primary ready on $HOST:$PORT: wal_level=$(pg_sql "$HOST" "$PORT" postgres <<<'SHOW wal_level'), replication role $REPL_USER"
