#!/usr/bin/env bash
# ShopDesk restore: loads a backup made by backup.sh (pg_dump custom format) into a
# new database, verifies it, and only then gives it the requested name.
set -euo pipefail
umask 077

readonly PROG=${0##*/}

usage() {
    cat <<EOF
Usage: $PROG [OPTIONS] DUMP_FILE NEW_DATABASE

Restore DUMP_FILE (a shopdesk-<db>-<timestamp>.dump made by backup.sh) into the
database NEW_DATABASE, which must not exist yet.

How: the archive is checked with pg_restore --list; a staging database is created
and loaded with pg_restore --exit-on-error --no-owner; then it is verified: every
table of the archive must exist and hold exactly as many rows as the archive has
for it. Only a verified restore is renamed to NEW_DATABASE; a failed one is dropped.
Objects are owned by the user that runs the restore (--no-owner).

Options:
  --force          allow NEW_DATABASE to exist already, even the live database: the
                   existing one is not dropped but renamed to
                   NEW_DATABASE_pre_restore_<timestamp> once the restore is verified
                   (it must have no open connections then: stop the application first)
  --no-privileges  skip GRANT/REVOKE from the archive (restoring onto a server that
                   lacks the roles; restore the roles from a shopdesk-instance dump first
                   if you want them)
  -h, --help       show this help

Environment:
  PGHOST PGPORT PGUSER   the server to restore into (user needs CREATEDB)
  PGPASSWORD or ~/.pgpass   password if needed; never on the command line
  MAINTENANCE_DB         database used to create/rename databases (default postgres)
  PG_BINDIR              directory of psql/pg_restore (default: from PATH)

Exit status:
  0  restored and verified
  1  restore failed (nothing was left under NEW_DATABASE)
  2  usage error, or DUMP_FILE missing / not a valid archive
  3  refused: NEW_DATABASE exists and --force was not given
  4  verification failed (tables or row counts differ; nothing was left under NEW_DATABASE)
EOF
}

FORCE=false
NO_PRIVILEGES=false
ARGS=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --force) FORCE=true ;;
        --no-privileges|--no-acl) NO_PRIVILEGES=true ;;
        -h|--help) usage; exit 0 ;;
        --) shift; ARGS+=("$@"); break ;;
        -*) echo "$PROG: unknown option: $1 (see --help)" >&2; exit 2 ;;
        *) ARGS+=("$1") ;;
    esac
    shift
done
if [[ ${#ARGS[@]} -ne 2 ]]; then
    echo "$PROG: expected DUMP_FILE and NEW_DATABASE (see --help)" >&2
    exit 2
fi
DUMP=${ARGS[0]}
TARGET=${ARGS[1]}
MAINTENANCE_DB=${MAINTENANCE_DB:-postgres}

if [[ ! $TARGET =~ ^[A-Za-z_][A-Za-z0-9_]*$ || ${#TARGET} -gt 40 ]]; then
    echo "$PROG: NEW_DATABASE must be a plain name (letters, digits, _; at most 40 characters), got '$TARGET'" >&2
    exit 2
fi

PSQL=psql PG_RESTORE=pg_restore
if [[ -n ${PG_BINDIR:-} ]]; then
    PSQL=$PG_BINDIR/psql PG_RESTORE=$PG_BINDIR/pg_restore
fi

log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$PROG" "$*" >&2; }
fail() { local code=$1; shift; log "ERROR: $*"; exit "$code"; }

# psql against a database; SQL on stdin; variables as NAME=VALUE arguments.
# (Variables, not string splicing, so names are always quoted by the server's rules.)
sql() {
    local db=$1; shift
    local vars=()
    local v
    for v in "$@"; do vars+=(-v "$v"); done
    "$PSQL" --no-password --no-psqlrc -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" "${vars[@]}"
}

[[ -f $DUMP && -r $DUMP ]] || fail 2 "dump file '$DUMP' does not exist or is not readable"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/shopdesk-restore.XXXXXX")
STAGING=""
STAGING_DONE=false
cleanup() {
    local status=$?
    if [[ -n $STAGING && $STAGING_DONE != true ]]; then
        log "dropping the incomplete staging database $STAGING"
        sql "$MAINTENANCE_DB" st="$STAGING" <<<'DROP DATABASE IF EXISTS :"st";' >/dev/null 2>&1 \
            || log "WARNING: could not drop staging database $STAGING; drop it by hand"
    fi
    rm -rf -- "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 1' INT TERM HUP

# 1. The archive must be readable.
if ! "$PG_RESTORE" --list "$DUMP" >"$WORK/toc" 2>"$WORK/toc.err"; then
    cat "$WORK/toc.err" >&2
    fail 2 "'$DUMP' is not a valid pg_dump custom-format archive"
fi
grep -q '^; Archive created at' "$WORK/toc" || fail 2 "'$DUMP' has no archive header"
log "archive $(grep -m1 '^;[[:space:]]*dbname:' "$WORK/toc" | sed 's/^;[[:space:]]*//') $(grep -m1 '^; Archive created at' "$WORK/toc" | sed 's/^; //')"

# 2. The target must not exist, unless --force.
EXISTS=$(sql "$MAINTENANCE_DB" t="$TARGET" <<<"SELECT count(*) FROM pg_database WHERE datname = :'t';") \
    || fail 1 "cannot connect to the server (host ${PGHOST:-local socket}, port ${PGPORT:-default})"
if [[ $EXISTS != 0 && $FORCE != true ]]; then
    fail 3 "database '$TARGET' already exists; refusing to restore over it (restore into a new name, or give --force to replace it; the old one is then kept under another name)"
fi

# 3. Restore into a staging database.
STAGING="${TARGET}_restoring_$$"
log "creating staging database $STAGING"
sql "$MAINTENANCE_DB" st="$STAGING" <<<'CREATE DATABASE :"st" TEMPLATE template0;' \
    || fail 1 "cannot create database $STAGING (does ${PGUSER:-$(id -un)} have CREATEDB?)"

RESTORE_OPTS=(--exit-on-error --no-owner --no-password)
[[ $NO_PRIVILEGES == true ]] && RESTORE_OPTS+=(--no-privileges)
log "restoring $DUMP into $STAGING"
START=$(date +%s)
if ! "$PG_RESTORE" "${RESTORE_OPTS[@]}" --dbname="$STAGING" "$DUMP"; then
    fail 1 "pg_restore failed; the staging database is dropped and '$TARGET' was not touched"
fi
log "pg_restore finished in $(( $(date +%s) - START )) s; verifying"

# 4. Verify. Tables of the archive (TOC lines: "id; tableoid oid TABLE schema name owner").
awk '$4 == "TABLE" && $5 != "DATA" { print $5 "." $6 }' "$WORK/toc" | sort -u >"$WORK/tables.expected"
sql "$STAGING" <<'SQL' | sort -u >"$WORK/tables.present"
SELECT n.nspname || '.' || c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%';
SQL
MISSING=$(comm -23 "$WORK/tables.expected" "$WORK/tables.present")
if [[ -n $MISSING ]]; then
    log "tables in the archive but not in the restored database:"
    printf '  %s\n' "$MISSING" >&2
    fail 4 "verification failed: missing tables"
fi

# Row counts: the archive's COPY blocks hold one line per row (COPY text format
# escapes newlines), so counting them gives the exact number of rows per table.
if ! "$PG_RESTORE" --data-only --file=- "$DUMP" 2>"$WORK/data.err" | awk '
    /^COPY .* FROM stdin;$/ { name = $2; n = 0; in_copy = 1; next }
    in_copy && $0 == "\\." { print name "\t" n; in_copy = 0; next }
    in_copy { n++ }
' | sort >"$WORK/counts.expected"; then
    cat "$WORK/data.err" >&2
    fail 4 "cannot read the data of the archive back for verification"
fi
CHECKED=0
while IFS=$'\t' read -r table expected; do
    # pg_dump names the table as schema.table, quoted where needed: valid SQL as it is.
    actual=$(sql "$STAGING" <<<"SELECT count(*) FROM $table;") \
        || fail 4 "verification failed: cannot count rows of $table"
    if [[ $actual != "$expected" ]]; then
        fail 4 "verification failed: $table has $actual rows, the archive has $expected"
    fi
    log "  $table: $actual rows"
    CHECKED=$((CHECKED + 1))
done <"$WORK/counts.expected"
log "verified: $(wc -l <"$WORK/tables.expected") tables present, row counts of $CHECKED tables match the archive"

# 5. Give it its name.
if [[ $EXISTS != 0 ]]; then
    OLD="${TARGET}_pre_restore_$(date -u +%Y%m%dT%H%M%S)"
    log "--force: renaming the existing database $TARGET to $OLD"
    sql "$MAINTENANCE_DB" t="$TARGET" o="$OLD" <<<'ALTER DATABASE :"t" RENAME TO :"o";' \
        || fail 1 "cannot rename $TARGET (is someone connected? stop the application); the restore is dropped, $TARGET is untouched"
fi
if ! sql "$MAINTENANCE_DB" st="$STAGING" t="$TARGET" <<<'ALTER DATABASE :"st" RENAME TO :"t";'; then
    if [[ $EXISTS != 0 ]]; then
        sql "$MAINTENANCE_DB" t="$TARGET" o="$OLD" <<<'ALTER DATABASE :"o" RENAME TO :"t";' \
            || log "WARNING: could not rename $OLD back to $TARGET; do it by hand"
    fi
    fail 1 "cannot rename $STAGING to $TARGET"
fi
STAGING_DONE=true
log "restore complete: database $TARGET"
if [[ $EXISTS != 0 ]]; then
    log "the previous database is kept as $OLD; drop it once you are satisfied (DROP DATABASE \"$OLD\")"
fi
