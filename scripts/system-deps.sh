#!/usr/bin/env bash
# Installs the Debian packages the project needs, only when they are missing, and makes sure
# the PostgreSQL server the storage tests use is there: listening on 127.0.0.1:5432, trust
# authentication for local TCP, a database `test`.
#
# Idempotent and careful: when that server already answers as the tests need, nothing is
# touched. Otherwise it installs Debian's `postgresql` if no server is installed, creates a
# cluster on port 5432 if none uses it, puts trust rules for 127.0.0.1/::1 first in that
# cluster's pg_hba.conf (reloading a running server rather than restarting it), starts it
# when stopped, and creates the database `test`. Needs root only when something must change.
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432
PG_DB=test
PG_ETC=${PG_ETC:-/etc/postgresql}       # Debian's cluster configuration
PG_LIB=${PG_LIB:-/usr/lib/postgresql}   # Debian's server binaries, one folder per version
TRUST_MARK="# myotriage: trust local TCP for the test database (scripts/system-deps.sh)"

say() { echo "system-deps: $*"; }
die() { echo "system-deps: $*" >&2; exit 1; }

need_root() {
  [ "$(id -u)" -eq 0 ] || die "$1 (needs root: run \`sudo make system-deps\`)"
}

apt_install() {
  need_root "please install: $*"
  say "installing $*"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

install_packages() {
  local need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  local lib
  for lib in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core; do
    dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
  done
  # The server itself (it brings psql, pg_lsclusters, pg_ctlcluster) unless one is installed
  # or the tests can already use one.
  if [ -z "$(newest_server_version)" ] && ! pg_ready_for_tests; then
    need+=(postgresql)
  fi
  if [ "${#need[@]}" -gt 0 ]; then
    apt_install "${need[@]}"
  fi
}

# The newest PostgreSQL server version installed the Debian way (empty if none).
newest_server_version() {
  local binary versions=()
  for binary in "$PG_LIB"/*/bin/postgres; do
    [ -x "$binary" ] || continue
    binary=${binary#"$PG_LIB"/}
    versions+=("${binary%%/*}")
  done
  [ "${#versions[@]}" -gt 0 ] || return 0
  printf '%s\n' "${versions[@]}" | sort -V | tail -n 1
}

# True when the tests can use the server: TCP on 127.0.0.1:5432, user postgres, no password,
# database `test`.
pg_ready_for_tests() {
  PGCONNECT_TIMEOUT=3 psql -w -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$PG_DB" -Atqc 'select 1' \
    >/dev/null 2>&1
}

# Puts trust rules for local TCP first in a pg_hba.conf (the first matching rule wins).
# Returns 0 when it changed the file, 1 when the rules were already there.
ensure_trust_rules() {
  local hba=$1
  grep -qxF "$TRUST_MARK" "$hba" && return 1
  local tmp
  tmp=$(mktemp)
  {
    echo "$TRUST_MARK"
    echo "host    all    all    127.0.0.1/32    trust"
    echo "host    all    all    ::1/128         trust"
    cat "$hba"
  } >"$tmp"
  cat "$tmp" >"$hba" # keeps the file's owner and mode
  rm -f "$tmp"
  return 0
}

# "version name status" of the Debian cluster configured for port 5432, if any.
cluster_on_port() {
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$PG_PORT" '$3 == port {print $1, $2, $4; exit}'
}

wait_until_accepting() {
  local _
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && return 0
    sleep 1
  done
  return 1
}

setup_postgres() {
  if pg_ready_for_tests; then
    return 0 # already as the tests need it: leave the server alone
  fi
  need_root "PostgreSQL is not usable at $PG_HOST:$PG_PORT (trust auth, database $PG_DB)"

  local cluster version name status
  cluster=$(cluster_on_port)
  if [ -z "$cluster" ]; then
    if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
      die "a server not managed by Debian's pg_lsclusters listens on $PG_PORT; give it trust auth for 127.0.0.1 and a database $PG_DB"
    fi
    version=$(newest_server_version)
    name=main
    if [ -d "$PG_ETC/$version/main" ]; then
      name=myotriage # "main" exists on another port; leave it as it is
    fi
    say "creating PostgreSQL $version cluster '$name' on port $PG_PORT"
    pg_createcluster "$version" "$name" --port "$PG_PORT" >/dev/null
    cluster=$(cluster_on_port)
  fi
  read -r version name status <<<"$cluster"

  local changed=no
  if ensure_trust_rules "$PG_ETC/$version/$name/pg_hba.conf"; then
    changed=yes
    say "trust rules for 127.0.0.1 added to $PG_ETC/$version/$name/pg_hba.conf"
  fi
  if [[ "$status" != online* ]]; then
    say "starting PostgreSQL $version/$name"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
  elif [ "$changed" = yes ]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" reload
  fi
  wait_until_accepting || die "PostgreSQL $version/$name did not start (see /var/log/postgresql/)"

  # The database, created over the local socket as the postgres superuser (peer auth).
  if [ -z "$(runuser -u postgres -- psql -p "$PG_PORT" -d postgres -Atqc \
    "select 1 from pg_database where datname = '$PG_DB'")" ]; then
    say "creating database $PG_DB"
    runuser -u postgres -- createdb -p "$PG_PORT" "$PG_DB"
  fi
  pg_ready_for_tests || die "PostgreSQL at $PG_HOST:$PG_PORT still refuses user postgres without a password"
}

main() {
  install_packages
  setup_postgres
}

# Sourcing the script (as its test does) defines the functions without running anything.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
