#!/usr/bin/env bash
# Called by .ci/run before the tests: makes sure HAProxy is installed (Debian's
# haproxy package).  tests/server/test_replicas.py and bench/sync_scale.py
# start their own HAProxy in front of several bedside-server replicas
# (bedside_server/replicas.py); nothing is left running.
set -euo pipefail
if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq haproxy >/dev/null
# Debian's package starts a service of its own; the tests do not need it.
(service haproxy stop || true) >/dev/null 2>&1
