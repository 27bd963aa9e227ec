#!/usr/bin/env bash
# ShopDesk database backup: a pg_dump custom-format archive of the ShopDesk database,
# optionally a pg_dumpall of the whole instance (roles, tablespaces, every database),
# then retention. Meant for a nightly cron job or systemd timer; see README.md.
set -euo pipefail
umask 077

readonly PROG=${0##*/}

usage() {
    cat <<EOF
Usage: $PROG [OPTIONS]

Back up the ShopDesk PostgreSQL database with pg_dump (custom format, -Fc) into
BACKUP_DIR as shopdesk-<db>-YYYYMMDDTHHMMSSZ.dump (UTC), verify the archive with
pg_restore --list, then delete this script's own backups older than RETENTION_DAYS
(the newest backup of each kind is always kept).

A dump is written under a temporary name in BACKUP_DIR and renamed only once it is
complete and verified: a file with a final name is always a good backup.
Two runs never overlap: a second run while one is active exits with status 75.

Options:
  --all                also dump the whole instance with pg_dumpall (roles and other
                       globals, every database) into shopdesk-instance-<ts>.sql.gz
                       (needs a superuser)
  --dir DIR            backup directory (overrides BACKUP_DIR)
  --retention-days N   overrides RETENTION_DAYS; 0 disables deletion
  --prune-only         do not dump; only apply retention to existing backups
  --quiet              log only errors to stderr (the log file still gets everything);
                       for cron, which mails whatever a job prints
  -h, --help           show this help

Environment:
  BACKUP_DIR       where backups go (default /var/backups/shopdesk)
  RETENTION_DAYS   delete own backups older than this many days (default 60)
  LOG_FILE         log file (default \$BACKUP_DIR/backup.log)
  PGHOST PGPORT PGUSER PGDATABASE
                   which server and database (PGDATABASE default: shopdesk)
  PGPASSWORD or ~/.pgpass (PGPASSFILE)
                   the password, if the server asks for one; never give it as an
                   argument. The script never prompts (pg_dump --no-password).
  PG_BINDIR        directory of pg_dump/pg_dumpall/pg_restore (default: from PATH)

Exit status: 0 success, 1 failure (server down, authentication, disk full,
invalid archive, ...), 2 usage error, 75 another backup run holds the lock.
EOF
}

BACKUP_DIR=${BACKUP_DIR:-/var/backups/shopdesk}
RETENTION_DAYS=${RETENTION_DAYS:-60}
DUMP_ALL=false
PRUNE_ONLY=false
QUIET=false

while [[ $# -gt 0 ]]; do
    case $1 in
        --all) DUMP_ALL=true ;;
        --dir) [[ $# -ge 2 ]] || { echo "$PROG: --dir needs a value" >&2; exit 2; }
               BACKUP_DIR=$2; shift ;;
        --dir=*) BACKUP_DIR=${1#*=} ;;
        --retention-days) [[ $# -ge 2 ]] || { echo "$PROG: --retention-days needs a value" >&2; exit 2; }
               RETENTION_DAYS=$2; shift ;;
        --retention-days=*) RETENTION_DAYS=${1#*=} ;;
        --prune-only) PRUNE_ONLY=true ;;
        --quiet) QUIET=true ;;
        -h|--help) usage; exit 0 ;;
        *) echo "$PROG: unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

export PGDATABASE=${PGDATABASE:-shopdesk}
DB=$PGDATABASE
LOG_FILE=${LOG_FILE:-$BACKUP_DIR/backup.log}

if [[ ! $RETENTION_DAYS =~ ^[0-9]+$ ]]; then
    echo "$PROG: RETENTION_DAYS must be a whole number of days, got '$RETENTION_DAYS'" >&2
    exit 2
fi
# The database name becomes part of a file name and of a find pattern: keep it plain.
if [[ ! $DB =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]*$ ]]; then
    echo "$PROG: database name '$DB' has characters not allowed in a backup file name" >&2
    exit 2
fi

PG_DUMP=pg_dump PG_DUMPALL=pg_dumpall PG_RESTORE=pg_restore
if [[ -n ${PG_BINDIR:-} ]]; then
    PG_DUMP=$PG_BINDIR/pg_dump PG_DUMPALL=$PG_BINDIR/pg_dumpall PG_RESTORE=$PG_BINDIR/pg_restore
fi

log() {
    local line
    line="$(date -u +%Y-%m-%dT%H:%M:%SZ) ${PROG}[$$] $*"
    # The log file may be the thing that fails (disk full): never let that hide the message.
    { printf '%s\n' "$line" >>"$LOG_FILE"; } 2>/dev/null || true
    if [[ $QUIET != true ]]; then printf '%s\n' "$line" >&2; fi
}

error() {
    local line
    line="$(date -u +%Y-%m-%dT%H:%M:%SZ) ${PROG}[$$] ERROR: $*"
    { printf '%s\n' "$line" >>"$LOG_FILE"; } 2>/dev/null || true
    printf '%s\n' "$line" >&2
}

die() {
    error "$*"
    exit 1
}

# Runs a command, sending its stderr through the log; returns its status.
run_logged() {
    local errfile status=0
    # Not in BACKUP_DIR: when that disk is full, the error message must still be kept.
    errfile=$(mktemp "${TMPDIR:-/tmp}/shopdesk-backup-stderr.XXXXXX") || { "$@"; return; }
    TEMP_FILES+=("$errfile")
    "$@" 2>"$errfile" || status=$?
    if [[ -s $errfile ]]; then
        while IFS= read -r l; do
            if [[ $status -ne 0 ]]; then error "$l"; else log "$l"; fi
        done <"$errfile"
    fi
    rm -f -- "$errfile"
    return "$status"
}

TEMP_FILES=()
cleanup() {
    local f
    for f in "${TEMP_FILES[@]}"; do
        [[ -e $f ]] && rm -f -- "$f"
    done
    return 0
}
trap cleanup EXIT
trap 'error "interrupted"; exit 1' INT TERM HUP

if ! mkdir -p -- "$BACKUP_DIR" 2>/dev/null || [[ ! -w $BACKUP_DIR ]]; then
    echo "$PROG: ERROR: backup directory $BACKUP_DIR does not exist or is not writable by $(id -un)" >&2
    exit 1
fi

# One run at a time. The lock is held on an open file descriptor: it is released
# whatever way this process ends, so a crash never leaves a stale lock behind.
LOCK_FILE=$BACKUP_DIR/.shopdesk-backup.lock
exec 9>>"$LOCK_FILE" || { echo "$PROG: ERROR: cannot open lock file $LOCK_FILE" >&2; exit 1; }
if ! flock -n 9; then
    error "another backup is already running in $BACKUP_DIR (lock $LOCK_FILE is held); not starting a second one"
    exit 75
fi

readonly TS_GLOB='[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z'
readonly DB_GLOB="shopdesk-$DB-$TS_GLOB.dump"
readonly INSTANCE_GLOB="shopdesk-instance-$TS_GLOB.sql.gz"

# Leftovers of a run that was killed (kill -9, power loss) while writing. We hold
# the lock, so nobody else is writing them now.
find "$BACKUP_DIR" -maxdepth 1 -type f \
    \( -name ".$DB_GLOB.partial.*" -o -name ".$INSTANCE_GLOB.partial.*" \) \
    -print0 | while IFS= read -r -d '' stale; do
        log "removing a partial file left by an interrupted run: $stale"
        rm -f -- "$stale"
    done

# Makes a file's data, and then its directory entry, durable.
sync_file() {
    sync -- "$1" 2>/dev/null || true
}

new_timestamp() {
    date -u +%Y%m%dT%H%M%SZ
}

dump_database() {
    local ts final tmp toc
    ts=$(new_timestamp)
    final=$BACKUP_DIR/shopdesk-$DB-$ts.dump
    # Never overwrite an existing backup (two runs within the same second).
    while [[ -e $final ]]; do
        sleep 1
        ts=$(new_timestamp)
        final=$BACKUP_DIR/shopdesk-$DB-$ts.dump
    done
    tmp=$(mktemp "$BACKUP_DIR/.shopdesk-$DB-$ts.dump.partial.XXXXXX")
    TEMP_FILES+=("$tmp")

    log "dumping database '$DB' (host ${PGHOST:-local socket}, port ${PGPORT:-default}, user ${PGUSER:-$(id -un)}) to $final"
    run_logged "$PG_DUMP" --format=custom --no-password --file="$tmp" --dbname="$DB" \
        || die "pg_dump of database '$DB' failed; no backup was written"

    toc=$(mktemp "${TMPDIR:-/tmp}/shopdesk-backup-toc.XXXXXX")
    TEMP_FILES+=("$toc")
    run_logged "$PG_RESTORE" --list "$tmp" >"$toc" \
        || die "the archive written by pg_dump cannot be read back by pg_restore --list; discarded"
    if ! grep -q '^; Archive created at' "$toc"; then
        die "pg_restore --list of the new archive has no header; discarded"
    fi
    local entries
    entries=$(grep -c '^[0-9]' "$toc" || true)
    rm -f -- "$toc"

    sync_file "$tmp"
    mv -f -- "$tmp" "$final" || die "cannot rename $tmp to $final"
    sync_file "$BACKUP_DIR"
    log "database backup complete: $final ($(stat -c %s -- "$final") bytes, $entries archive entries)"
}

dump_instance() {
    local ts final tmp
    ts=$(new_timestamp)
    final=$BACKUP_DIR/shopdesk-instance-$ts.sql.gz
    while [[ -e $final ]]; do
        sleep 1
        ts=$(new_timestamp)
        final=$BACKUP_DIR/shopdesk-instance-$ts.sql.gz
    done
    tmp=$(mktemp "$BACKUP_DIR/.shopdesk-instance-$ts.sql.gz.partial.XXXXXX")
    TEMP_FILES+=("$tmp")

    log "dumping the whole instance (roles, globals, all databases) to $final"
    # pipefail: a failing pg_dumpall fails the pipeline even though gzip succeeds.
    # shellcheck disable=SC2016 # $1 and $2 are expanded by the inner shell
    if ! run_logged bash -o pipefail -c '"$1" --no-password | gzip -c >"$2"' pg_dumpall "$PG_DUMPALL" "$tmp"; then
        die "pg_dumpall failed; no instance backup was written"
    fi
    gzip -t -- "$tmp" 2>/dev/null || die "the compressed instance dump is corrupt; discarded"
    # pg_dumpall writes this line last: its presence proves the dump ran to the end.
    if ! gzip -dc -- "$tmp" | tail -n 5 | grep -q 'PostgreSQL database cluster dump complete'; then
        die "the instance dump is incomplete (no completion marker); discarded"
    fi
    sync_file "$tmp"
    mv -f -- "$tmp" "$final" || die "cannot rename $tmp to $final"
    sync_file "$BACKUP_DIR"
    log "instance backup complete: $final ($(stat -c %s -- "$final") bytes)"
}

# Deletes files matching the glob that are older than RETENTION_DAYS, except the newest one.
prune() {
    local glob=$1 kind=$2 newest minutes f deleted=0
    if [[ $RETENTION_DAYS -eq 0 ]]; then
        return 0
    fi
    # find -mmin +N: strictly more than N minutes. (-mtime +60 would keep files up to 61 days.)
    minutes=$((RETENTION_DAYS * 1440))
    newest=$(find "$BACKUP_DIR" -maxdepth 1 -type f -name "$glob" -printf '%T@ %p\n' \
             | sort -n | tail -n 1 | cut -d' ' -f2-)
    [[ -n $newest ]] || return 0
    while IFS= read -r -d '' f; do
        if [[ $f == "$newest" ]]; then
            log "keeping $f although it is older than $RETENTION_DAYS days: it is the newest backup of its kind"
            continue
        fi
        rm -f -- "$f" || die "cannot delete old backup $f"
        log "deleted backup older than $RETENTION_DAYS days: $f"
        deleted=$((deleted + 1))
    done < <(find "$BACKUP_DIR" -maxdepth 1 -type f -name "$glob" -mmin +"$minutes" -print0)
    log "retention of $kind ($RETENTION_DAYS days): $deleted deleted"
}

START=$(date +%s)
if [[ $PRUNE_ONLY == true ]]; then
    log "prune-only run in $BACKUP_DIR"
else
    dump_database
    if [[ $DUMP_ALL == true ]]; then
        dump_instance
    fi
fi
prune "$DB_GLOB" "database '$DB' backups"
prune "$INSTANCE_GLOB" "instance backups"
log "done in $(( $(date +%s) - START )) s"
