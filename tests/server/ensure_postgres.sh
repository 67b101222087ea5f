#!/usr/bin/env bash
# Called by .ci/run before the tests: makes sure PostgreSQL's server binaries
# (initdb, pg_ctl) are installed.  The tests start their own throwaway
# cluster (tests/server/pg.py); nothing is left running.
set -euo pipefail
if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
# Debian's package starts a cluster of its own; the tests do not need it.
(service postgresql stop || true) >/dev/null 2>&1
