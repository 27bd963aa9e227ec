# shellcheck shell=bash
# Shared helpers of the ShopDesk replication scripts. Sourced, not run.

PROG=${0##*/}
PG_OS_USER=${PG_OS_USER:-postgres}
# Role the scripts connect as, unless a script's option says otherwise.
export PGUSER=${PGUSER:-postgres}

log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$PROG" "$*" >&2; }
warn() { log "WARNING: $*"; }
die() { log "ERROR: $*"; exit 1; }
usage_error() { printf '%s: %s (see --help)\n' "$PROG" "$*" >&2; exit 2; }

# need_value OPTION "$@": an option's value must follow it.
need_value() { [[ $# -ge 2 && -n $2 ]] || usage_error "$1 needs a value"; }

is_port() { [[ $1 =~ ^[0-9]+$ && $1 -ge 1 && $1 -le 65535 ]]; }

# Values written into postgresql.conf between single quotes, or into pg_hba.conf: checked so
# that no value can end its quote, start a line, or add a setting.
# listen_addresses: '*', or a comma-separated list of host names / IPv4 / IPv6 addresses.
is_listen() { [[ $1 == '*' || $1 =~ ^[A-Za-z0-9.:_-]+(,[A-Za-z0-9.:_-]+)*$ ]]; }
# unix_socket_directories: one absolute path of plain characters (no quote, comma, backslash, newline).
is_socket_dir() { [[ $1 =~ ^/[A-Za-z0-9._/+@-]*$ && ${#1} -le 80 ]]; }
# A host name or address as listen_addresses or a connection string takes it.
is_host() { [[ $1 =~ ^[A-Za-z0-9.:_-]+$ ]]; }
# pg_hba.conf authentication methods these scripts may write.
is_auth_method() { [[ $1 =~ ^(scram-sha-256|md5|password|trust|reject|cert|peer)$ ]]; }

# Replaces FILE with the text on stdin atomically (a temporary file in the same folder, given
# FILE's owner and mode, then renamed over it): a reader sees the old file or the new, never half.
replace_file() {
    local file=$1 tmp
    tmp=$(mktemp "$file.XXXXXX") || return 1
    if ! cat >"$tmp" || ! chmod --reference="$file" -- "$tmp" \
        || { [[ $EUID -eq 0 ]] && ! chown --reference="$file" -- "$tmp"; } \
        || ! mv -f -- "$tmp" "$file"; then
        rm -f -- "$tmp"
        return 1
    fi
}

# Escapes a field of a passfile (.pgpass): backslash and colon.
pgpass_field() { local v=${1//\\/\\\\}; printf '%s' "${v//:/\\:}"; }

# Finds the server binaries: PG_BINDIR, else Debian's newest /usr/lib/postgresql/N/bin,
# else wherever pg_ctl is on PATH.
resolve_bindir() {
    if [[ -n ${PG_BINDIR:-} ]]; then
        [[ -x $PG_BINDIR/pg_ctl ]] || die "PG_BINDIR=$PG_BINDIR has no pg_ctl"
        return 0
    fi
    local d
    for d in $(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V -r); do
        if [[ -x $d/pg_ctl ]]; then PG_BINDIR=$d; return 0; fi
    done
    if command -v pg_ctl >/dev/null 2>&1; then
        PG_BINDIR=$(dirname "$(command -v pg_ctl)")
        return 0
    fi
    die "PostgreSQL server binaries (pg_ctl, initdb, pg_basebackup) not found: set PG_BINDIR"
}

# Runs a server program as the OS user that owns the data directory. Server
# programs refuse to run as root; from root we switch with runuser.
as_owner() {
    if [[ $EUID -eq 0 && $PG_OS_USER != root ]]; then
        (cd / && runuser -u "$PG_OS_USER" -- "$@")
    else
        "$@"
    fi
}

# Creates a directory owned by the server's OS user, mode 0700.
make_owned_dir() {
    if [[ $EUID -eq 0 ]]; then
        install -d -o "$PG_OS_USER" -g "$(id -gn "$PG_OS_USER")" -m 0700 -- "$1"
    else
        install -d -m 0700 -- "$1"
    fi
}

# psql over TCP. Usage: pg_sql HOST PORT DB [NAME=VALUE ...] <<<"SQL"
# Values go in as psql variables (:'name' / :"name"), never spliced into SQL text.
pg_sql() {
    local host=$1 port=$2 db=$3; shift 3
    local args=() v
    for v in "$@"; do args+=(-v "$v"); done
    "$PG_BINDIR/psql" --no-password -X -q -A -t -v ON_ERROR_STOP=1 \
        -h "$host" -p "$port" -d "$db" "${args[@]}"
}

# Waits until a query returns 't', up to SECONDS. Usage: wait_for SECONDS HOST PORT DB SQL
wait_for() {
    local seconds=$1 host=$2 port=$3 db=$4 query=$5 i out=""
    for ((i = 0; i < seconds * 5; i++)); do
        out=$(pg_sql "$host" "$port" "$db" <<<"$query" 2>&1) || true
        if [[ $out == t ]]; then
            return 0
        fi
        sleep 0.2
    done
    log "still not true after ${seconds}s: $query${out:+ (last answer: $out)}"
    return 1
}
