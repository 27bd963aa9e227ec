#!/usr/bin/env bash
# Failover: promotes a standby to primary.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"

usage() {
    cat <<EOF
Usage: $PROG --pgdata DIR [OPTIONS]

Promote the standby whose data directory is DIR (pg_ctl promote) and wait until it
accepts writes. Before that, it checks that the old primary is really gone: if it
still answers as a primary, promoting would give two primaries (split brain) and
the script refuses unless --force.

After promotion the new primary has no synchronous standby; if it inherited
synchronous_standby_names it is reset, otherwise every commit would wait forever.

NEVER start the old primary again as a primary: clients that reach it would write to
a database that has diverged. Fence it (stop it, disable its service) and rebuild it
as a standby of the new primary: pg_rewind, or a fresh setup-standby.sh clone.

Options:
  --pgdata DIR             data directory of the standby to promote (required)
  --host HOST              its address (default 127.0.0.1)
  --port PORT              its port (default 5432)
  --old-primary-host HOST  address of the failed primary, checked before promoting
                           (default 127.0.0.1 when --old-primary-port is given)
  --old-primary-port PORT  its port (default 5432)
  --force                  promote even if the old primary still answers
  --wait SECONDS           how long to wait for the promotion (default 60)
  -h, --help               show this help

Environment: PG_BINDIR, PG_OS_USER (default postgres), PGPASSWORD/~/.pgpass.
Exit status: 0 promoted, 1 failure, 2 usage error, 3 refused (old primary still up,
or the server is not a standby).
EOF
}

PGDATA_DIR="" HOST=127.0.0.1 PORT=5432 OLD_HOST=127.0.0.1 OLD_PORT=5432 CHECK_OLD=false FORCE=false WAIT=60
while [[ $# -gt 0 ]]; do
    case $1 in
        --pgdata) need_value "$@"; PGDATA_DIR=$2; shift ;;
        --host) need_value "$@"; HOST=$2; shift ;;
        --port) need_value "$@"; PORT=$2; shift ;;
        --old-primary-host) need_value "$@"; OLD_HOST=$2; CHECK_OLD=true; shift ;;
        --old-primary-port) need_value "$@"; OLD_PORT=$2; CHECK_OLD=true; shift ;;
        --force) FORCE=true ;;
        --wait) need_value "$@"; WAIT=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
    shift
done
[[ -n $PGDATA_DIR ]] || usage_error "--pgdata is required"
is_port "$PORT" || usage_error "--port must be a port number"
is_port "$OLD_PORT" || usage_error "--old-primary-port must be a port number"
[[ $WAIT =~ ^[0-9]+$ ]] || usage_error "--wait must be a number of seconds"
resolve_bindir
export PGUSER=${PGUSER:-postgres}

state=$(pg_sql "$HOST" "$PORT" postgres <<<'SELECT pg_is_in_recovery()') \
    || die "cannot connect to the standby at $HOST:$PORT (it must be running to be promoted)"
if [[ $state != t ]]; then
    log "ERROR: $HOST:$PORT is not in recovery: it is a primary already"
    exit 3
fi

if [[ $CHECK_OLD == true ]]; then
    old=$(PGCONNECT_TIMEOUT=3 pg_sql "$OLD_HOST" "$OLD_PORT" postgres <<<'SELECT pg_is_in_recovery()' 2>/dev/null || true)
    if [[ $old == f ]]; then
        if [[ $FORCE != true ]]; then
            log "ERROR: the old primary $OLD_HOST:$OLD_PORT still answers as a primary; promoting now would give two primaries."
            log "Stop it first (or give --force if you have fenced it off from the clients)."
            exit 3
        fi
        warn "the old primary $OLD_HOST:$OLD_PORT still answers; promoting anyway (--force). Stop it NOW."
    else
        log "old primary $OLD_HOST:$OLD_PORT does not answer as a primary: good"
    fi
fi

received=$(pg_sql "$HOST" "$PORT" postgres 2>/dev/null <<'SQL' || true
SELECT pg_last_wal_receive_lsn() || ' received, ' || pg_last_wal_replay_lsn() || ' replayed';
SQL
)
log "promoting $PGDATA_DIR ($HOST:$PORT; WAL ${received:-position unknown})"
as_owner "$PG_BINDIR/pg_ctl" -D "$PGDATA_DIR" -w -t "$WAIT" promote >/dev/null \
    || die "pg_ctl promote failed"
wait_for "$WAIT" "$HOST" "$PORT" postgres 'SELECT NOT pg_is_in_recovery()' \
    || die "the server did not leave recovery within ${WAIT}s"

# The new primary's leftovers of being a standby.
sync_names=$(pg_sql "$HOST" "$PORT" postgres <<<'SHOW synchronous_standby_names')
if [[ -n $sync_names ]]; then
    warn "the new primary had synchronous_standby_names = '$sync_names' (inherited): reset, or every commit would wait"
fi
pg_sql "$HOST" "$PORT" postgres <<'SQL' >/dev/null
ALTER SYSTEM RESET synchronous_standby_names;
ALTER SYSTEM RESET primary_conninfo;
ALTER SYSTEM RESET primary_slot_name;
SELECT pg_reload_conf();
SQL

log "promoted: $HOST:$PORT is the primary now (timeline $(pg_sql "$HOST" "$PORT" postgres <<<'SELECT timeline_id FROM pg_control_checkpoint()'))"
cat >&2 <<EOF
Next steps:
  1. Fence the old primary: keep it stopped and disable its service
     (systemctl disable --now postgresql@15-main; systemctl mask it) so that nothing
     starts it as a primary again.
  2. Clients with a multi-host URL and targetServerType=primary find this server by
     themselves; other clients need the new address.
  3. Until a new standby exists, commits do not wait for one (no synchronous standby).
     Rebuild the old primary as a standby of this one: with pg_rewind
     (pg_rewind --target-pgdata=OLD_PGDATA --source-server='host=$HOST port=$PORT user=postgres')
     or by moving its data directory away and running setup-standby.sh against
     $HOST:$PORT; then enable-sync.sh here.
EOF
