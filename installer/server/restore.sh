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
for it (table names are read by PostgreSQL's quoting rules, so any name is safe).
Only a verified restore is renamed to NEW_DATABASE; a failed one is dropped. With
--force both renames happen in one transaction, with signals held off.
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

# 4. Verify. pg_dump writes one COPY block per table with data (empty tables too), naming the
# table as schema.table with quotes where needed ("odd ""name"""). The name is cut out by the
# quoting rules, never by spaces, and reaches the server only as a psql literal turned into a
# regclass: a name from the archive can never become SQL.
if ! "$PG_RESTORE" --data-only --file=- "$DUMP" 2>"$WORK/data.err" | awk '
    BEGIN { ident = "(\"([^\"]|\"\")*\"|[^ \".]+)" }
    in_copy && $0 == "\\." { print n "\t" name; in_copy = 0; next }
    in_copy { n++; next }
    /^COPY / && / FROM stdin;$/ {
        if (!match($0, "^COPY " ident "\\." ident " ")) { print "unparsable COPY line: " $0 > "/dev/stderr"; exit 3 }
        name = substr($0, 6, RLENGTH - 6); n = 0; in_copy = 1
    }
' >"$WORK/counts.expected"; then
    cat "$WORK/data.err" >&2
    fail 4 "cannot read the data of the archive back for verification"
fi
CHECKED=0
while IFS=$'\t' read -r expected table; do
    actual=$(sql "$STAGING" t="$table" <<<"SELECT format('SELECT count(*) FROM %s', (:'t')::regclass) \gexec") \
        || fail 4 "verification failed: table $table of the archive is missing or cannot be counted"
    if [[ $actual != "$expected" ]]; then
        fail 4 "verification failed: $table has $actual rows, the archive has $expected"
    fi
    log "  $table: $actual rows"
    CHECKED=$((CHECKED + 1))
done <"$WORK/counts.expected"
TOC_TABLES=$(grep -c '^[0-9]*; [0-9]* [0-9]* TABLE DATA ' "$WORK/toc" || true)
if [[ $CHECKED -ne $TOC_TABLES ]]; then
    fail 4 "verification failed: the archive lists $TOC_TABLES tables with data, $CHECKED were found in it"
fi
log "verified: all $CHECKED tables of the archive present with their row counts"

# 5. Give it its name. Both renames are one transaction (ALTER DATABASE ... RENAME is
# transactional), and signals wait until it is over: whatever happens, the target name holds
# either the old database or the restored one, never nothing.
trap '' INT TERM HUP
if [[ $EXISTS != 0 ]]; then
    OLD="${TARGET}_pre_restore_$(date -u +%Y%m%dT%H%M%S)"
    log "--force: renaming the existing database $TARGET to $OLD and $STAGING to $TARGET (one transaction)"
    if ! sql "$MAINTENANCE_DB" st="$STAGING" t="$TARGET" o="$OLD" <<'SQL'
BEGIN;
ALTER DATABASE :"t" RENAME TO :"o";
ALTER DATABASE :"st" RENAME TO :"t";
COMMIT;
SQL
    then
        trap 'log "interrupted"; exit 1' INT TERM HUP
        fail 1 "cannot rename $TARGET (is someone connected? stop the application); the restore is dropped, $TARGET is untouched"
    fi
elif ! sql "$MAINTENANCE_DB" st="$STAGING" t="$TARGET" <<<'ALTER DATABASE :"st" RENAME TO :"t";'; then
    trap 'log "interrupted"; exit 1' INT TERM HUP
    fail 1 "cannot rename $STAGING to $TARGET"
fi
STAGING_DONE=true
trap 'log "interrupted"; exit 1' INT TERM HUP
log "restore complete: database $TARGET"
if [[ $EXISTS != 0 ]]; then
    log "the previous database is kept as $OLD; drop it once you are satisfied (DROP DATABASE \"$OLD\")"
fi
