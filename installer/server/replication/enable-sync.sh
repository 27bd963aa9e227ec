#!/usr/bin/env bash
# Makes a streaming standby synchronous (or turns synchronous replication off).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"

usage() {
    cat <<EOF
Usage: $PROG --standby NAME [OPTIONS]
       $PROG --disable [OPTIONS]

On the primary, set synchronous_standby_names = 'FIRST 1 ("NAME")' and
synchronous_commit (default remote_apply), reload, and wait until the standby is
reported with sync_state = sync.

Run it only after the standby was cloned (setup-standby.sh) and is streaming: a
standby cloned while the setting is on would inherit it and, once promoted, wait for
a standby of its own that does not exist.

synchronous_commit on the primary:
  on            a commit returns once the standby has flushed its WAL to disk: no
                committed transaction is lost if the primary dies, but a read on the
                standby right after the commit may not see it yet (replay lags).
  remote_apply  a commit returns once the standby has also applied it: a read on the
                standby right after the commit sees it (read-your-writes on replicas).
                Slowest; the default here.
  remote_write  the standby has received it (in the OS, not on disk): weaker than on.
With synchronous replication, if the standby is down, commits on the primary wait
until it is back (or until --disable). check-replication.sh reports such waits.

Options:
  --standby NAME        application_name of the standby (repeatable: FIRST 1 of them)
  --commit-level LEVEL  on | remote_apply | remote_write (default remote_apply)
  --disable             reset both settings: commits no longer wait for any standby.
                        The emergency exit when the standby is lost for good.
  --host HOST           primary address (default 127.0.0.1)
  --port PORT           primary port (default 5432)
  --superuser NAME      role to connect as (default postgres)
  --force               enable even if the standby is not streaming right now (commits
                        then wait until it connects)
  --wait SECONDS        how long to wait for sync_state = sync (default 30)
  -h, --help            show this help

Exit status: 0 done, 1 failure, 2 usage error.
EOF
}

HOST=127.0.0.1 PORT=5432 LEVEL=remote_apply DISABLE=false FORCE=false WAIT=30 SUPERUSER=postgres
STANDBYS=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --standby) need_value "$@"; STANDBYS+=("$2"); shift ;;
        --commit-level) need_value "$@"; LEVEL=$2; shift ;;
        --disable) DISABLE=true ;;
        --host) need_value "$@"; HOST=$2; shift ;;
        --port) need_value "$@"; PORT=$2; shift ;;
        --superuser) need_value "$@"; SUPERUSER=$2; shift ;;
        --force) FORCE=true ;;
        --wait) need_value "$@"; WAIT=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
    shift
done
is_port "$PORT" || usage_error "--port must be a port number"
[[ $WAIT =~ ^[0-9]+$ ]] || usage_error "--wait must be a number of seconds"
case $LEVEL in on|remote_apply|remote_write) ;; *) usage_error "--commit-level must be on, remote_apply or remote_write" ;; esac
resolve_bindir
export PGUSER=$SUPERUSER

[[ $(pg_sql "$HOST" "$PORT" postgres <<<'SELECT pg_is_in_recovery()') == f ]] \
    || die "$HOST:$PORT is not a primary (it is in recovery)"

if [[ $DISABLE == true ]]; then
    pg_sql "$HOST" "$PORT" postgres <<'SQL' >/dev/null
ALTER SYSTEM RESET synchronous_standby_names;
ALTER SYSTEM RESET synchronous_commit;
SELECT pg_reload_conf();
SQL
    log "synchronous replication disabled on $HOST:$PORT: commits no longer wait for a standby"
    exit 0
fi

[[ ${#STANDBYS[@]} -gt 0 ]] || usage_error "--standby NAME is required (or --disable)"
LIST=""
for s in "${STANDBYS[@]}"; do
    [[ $s =~ ^[a-z_][a-z0-9_]*$ ]] || usage_error "standby name '$s': lower-case letters, digits and _"
    LIST+="${LIST:+, }\"$s\""
    streaming=$(pg_sql "$HOST" "$PORT" postgres n="$s" \
        <<<"SELECT count(*) FROM pg_stat_replication WHERE application_name = :'n' AND state = 'streaming'")
    if [[ $streaming == 0 ]]; then
        if [[ $FORCE == true ]]; then
            warn "standby $s is not streaming now; commits will wait until it is"
        else
            die "standby $s is not streaming from $HOST:$PORT (see check-replication.sh); enabling now would make every commit wait. Use --force to do it anyway"
        fi
    fi
done
VALUE="FIRST 1 ($LIST)"

log "synchronous_standby_names = '$VALUE', synchronous_commit = $LEVEL"
pg_sql "$HOST" "$PORT" postgres v="$VALUE" l="$LEVEL" <<'SQL' >/dev/null
ALTER SYSTEM SET synchronous_standby_names = :'v';
ALTER SYSTEM SET synchronous_commit = :'l';
SELECT pg_reload_conf();
SQL
if ! wait_for "$WAIT" "$HOST" "$PORT" postgres \
        "SELECT count(*) > 0 FROM pg_stat_replication WHERE sync_state IN ('sync', 'quorum')"; then
    if [[ $FORCE == true ]]; then
        warn "no standby is synchronous yet; commits wait until one of ($LIST) streams"
        exit 0
    fi
    die "no standby became synchronous within ${WAIT}s; commits are waiting now - fix the standby or run $PROG --disable"
fi
log "synchronous replication on: $(pg_sql "$HOST" "$PORT" postgres <<<"SELECT string_agg(application_name || '=' || sync_state, ', ') FROM pg_stat_replication")"
