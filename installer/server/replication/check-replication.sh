#!/usr/bin/env bash
# Health check of streaming replication, for a person or a monitoring system.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"

usage() {
    cat <<EOF
Usage: $PROG [OPTIONS]

Report the replication health of the server at --host/--port; it finds out itself
whether that server is a primary or a standby.

On a primary: every standby from pg_stat_replication (state, sync_state, LSNs, lag in
bytes and time), replication slots and the WAL they hold back, the synchronous
settings, and sessions waiting for a synchronous standby (wait_event = 'SyncRep':
commits that do not return because the standby is gone).
On a standby: the WAL receiver (streaming or not), received/replayed positions and
replay delay.

Exit status (monitoring-plugin convention):
  0 OK
  1 WARNING   lag above the limits, an inactive replication slot
  2 CRITICAL  an expected standby missing or not synchronous, sessions waiting on
              SyncRep, a standby not streaming
  3 UNKNOWN   cannot connect
Options:
  --host HOST                 server address (default 127.0.0.1)
  --port PORT                 its port (default 5432)
  --user NAME                 role to connect as (default postgres; pg_monitor is enough)
  --expect-standby NAME       on a primary: this standby must be connected (repeatable)
  --max-lag-bytes N           WARNING above this replay lag in bytes (default 16777216)
  --max-lag-seconds N         WARNING above this replay lag in seconds (default 30)
  -h, --help                  show this help
EOF
}

HOST=127.0.0.1 PORT=5432 DBUSER=postgres MAX_BYTES=16777216 MAX_SECONDS=30
EXPECT=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --host) need_value "$@"; HOST=$2; shift ;;
        --port) need_value "$@"; PORT=$2; shift ;;
        --user) need_value "$@"; DBUSER=$2; shift ;;
        --expect-standby) need_value "$@"; EXPECT+=("$2"); shift ;;
        --max-lag-bytes) need_value "$@"; MAX_BYTES=$2; shift ;;
        --max-lag-seconds) need_value "$@"; MAX_SECONDS=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
    shift
done
is_port "$PORT" || usage_error "--port must be a port number"
[[ $MAX_BYTES =~ ^[0-9]+$ && $MAX_SECONDS =~ ^[0-9]+$ ]] || usage_error "lag limits must be whole numbers"
resolve_bindir
export PGUSER=$DBUSER

STATUS=0
raise() { if [[ $1 -gt $STATUS ]]; then STATUS=$1; fi; }
report() { printf '%s\n' "$*"; }

if ! RECOVERY=$(pg_sql "$HOST" "$PORT" postgres <<<'SELECT pg_is_in_recovery()' 2>&1); then
    report "UNKNOWN: cannot connect to $HOST:$PORT: $RECOVERY"
    exit 3
fi

table() {
    "$PG_BINDIR/psql" --no-password -X -q -P pager=off -P footer=off -h "$HOST" -p "$PORT" -d postgres
}

if [[ $RECOVERY == t ]]; then
    report "server $HOST:$PORT is a STANDBY"
    table <<'SQL'
SELECT status, sender_host, sender_port, slot_name,
       pg_last_wal_receive_lsn() AS received_lsn, pg_last_wal_replay_lsn() AS replayed_lsn,
       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS replay_backlog_bytes,
       now() - pg_last_xact_replay_timestamp() AS since_last_replayed_commit,
       last_msg_receipt_time
  FROM pg_stat_wal_receiver;
SQL
    streaming=$(pg_sql "$HOST" "$PORT" postgres <<<"SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'")
    if [[ $streaming == 0 ]]; then
        report "CRITICAL: this standby is not streaming from its primary (no WAL receiver)"
        raise 2
    fi
    backlog=$(pg_sql "$HOST" "$PORT" postgres \
        <<<"SELECT coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)::bigint")
    if [[ $backlog -gt $MAX_BYTES ]]; then
        report "WARNING: $backlog bytes received but not yet replayed (limit $MAX_BYTES)"
        raise 1
    fi
else
    report "server $HOST:$PORT is a PRIMARY"
    report "synchronous_standby_names = '$(pg_sql "$HOST" "$PORT" postgres <<<'SHOW synchronous_standby_names')'," \
        "synchronous_commit = $(pg_sql "$HOST" "$PORT" postgres <<<'SHOW synchronous_commit')"
    table <<'SQL'
SELECT application_name, client_addr, state, sync_state, sent_lsn, replay_lsn,
       pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS replay_lag_bytes,
       write_lag, flush_lag, replay_lag
  FROM pg_stat_replication ORDER BY application_name;
SQL
    table <<'SQL'
SELECT slot_name, active, wal_status,
       pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS wal_held_back
  FROM pg_replication_slots WHERE slot_type = 'physical' ORDER BY slot_name;
SQL
    for name in "${EXPECT[@]}"; do
        state=$(pg_sql "$HOST" "$PORT" postgres n="$name" \
            <<<"SELECT state || '/' || sync_state FROM pg_stat_replication WHERE application_name = :'n'")
        if [[ -z $state ]]; then
            report "CRITICAL: expected standby $name is not connected"
            raise 2
        elif [[ $state != streaming/* ]]; then
            report "CRITICAL: standby $name is $state, not streaming"
            raise 2
        fi
    done
    sync_names=$(pg_sql "$HOST" "$PORT" postgres <<<'SHOW synchronous_standby_names')
    if [[ -n $sync_names ]]; then
        nsync=$(pg_sql "$HOST" "$PORT" postgres \
            <<<"SELECT count(*) FROM pg_stat_replication WHERE sync_state IN ('sync', 'quorum')")
        if [[ $nsync == 0 ]]; then
            report "CRITICAL: synchronous replication is configured ($sync_names) but no standby is synchronous: commits wait"
            raise 2
        fi
    fi
    waiting=$(pg_sql "$HOST" "$PORT" postgres <<<"SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'SyncRep'")
    if [[ $waiting -gt 0 ]]; then
        report "CRITICAL: $waiting session(s) waiting for the synchronous standby (wait_event = SyncRep):"
        table <<'SQL'
SELECT pid, usename, datname, application_name, now() - state_change AS waiting_for, left(query, 60) AS query
  FROM pg_stat_activity WHERE wait_event = 'SyncRep' ORDER BY state_change;
SQL
        raise 2
    fi
    lagging=$(pg_sql "$HOST" "$PORT" postgres mb="$MAX_BYTES" ms="$MAX_SECONDS" <<'SQL'
SELECT coalesce(string_agg(application_name, ', '), '') FROM pg_stat_replication
 WHERE pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) > :mb
    OR replay_lag > make_interval(secs => :ms);
SQL
)
    if [[ -n $lagging ]]; then
        report "WARNING: replay lag above $MAX_BYTES bytes or $MAX_SECONDS s: $lagging"
        raise 1
    fi
    inactive=$(pg_sql "$HOST" "$PORT" postgres \
        <<<"SELECT coalesce(string_agg(slot_name, ', '), '') FROM pg_replication_slots WHERE NOT active")
    if [[ -n $inactive ]]; then
        report "WARNING: inactive replication slot(s) holding WAL on the primary: $inactive (drop with pg_drop_replication_slot if the standby is gone for good)"
        raise 1
    fi
fi

case $STATUS in
    0) report "OK" ;;
    1) report "WARNING" ;;
    *) report "CRITICAL" ;;
esac
exit "$STATUS"
