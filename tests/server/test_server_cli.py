"""The administrator's commands, run as a real process."""

from __future__ import annotations

import json
import sys

from sqlalchemy import create_engine, text

from bedside.sync.client import SyncClient
from bedside.sync.signing import DeviceKey
from tests.server.entries import SITE_ROOT, make_entry, site_directory
from tests import fork_server
from tests.server.harness import ROOT, ServerProcess


def cli(data, *args, check=True):
    """``python -m bedside_server --data DATA ARGS`` as its own process (forked
    from the fork server: tests/fork_server.py), its exit code and output."""
    return fork_server.run([sys.executable, "-m", "bedside_server", "--data", str(data), *args],
                           cwd=ROOT, check=check, timeout=60)


def test_admin_cycle(tmp_path):
    data = tmp_path / "srv"
    assert cli(data, "status", check=False).returncode == 2          # not initialised
    cli(data, "init")
    assert cli(data, "init", check=False).returncode == 1            # never twice
    assert cli(data, "serve", check=False).returncode == 2           # HTTPS only: no cert
    out = cli(data, "make-ca", "--host", "localhost", "--ip", "127.0.0.1").stdout
    assert "ca.pem" in out
    code = cli(data, "enroll", "--name", "USI-PC-3").stdout.strip()
    assert len(code) == 19 and code.count("-") == 3

    srv = ServerProcess(data, initialise=False)      # the directory the CLI initialised
    srv.start()
    try:
        c = SyncClient(srv.url, srv.ca_pem)
        assert cli(data, "site-root", check=False).returncode == 1     # no site yet
        dev = c.enroll(code.lower(), "USI-PC-3", "ws-3", DeviceKey.generate(),
                       site_root=SITE_ROOT)
        assert cli(data, "site-root").stdout.strip() == SITE_ROOT      # pinned at enrollment
        c.push([*site_directory("ws-3"), make_entry("ws-3"), make_entry("ws-3")])
        st = json.loads(cli(data, "status", "--json").stdout)
        assert st["devices"][0]["entries"] == 4 and st["devices"][0]["last_seen"]
        assert "USI-PC-3" in cli(data, "status").stdout
        assert cli(data, "verify").stdout.strip().endswith("verify: OK")
        assert cli(data, "revoke", dev).returncode == 0
        assert cli(data, "revoke", "nope", check=False).returncode == 1
        assert "REVOKED" in cli(data, "status").stdout
    finally:
        srv.kill()

    # someone edits the database behind the server's back: verify says so
    eng = create_engine(srv.cfg.db_url)
    with eng.begin() as conn:
        conn.execute(text("DROP TRIGGER log_no_update"))
        conn.execute(text("UPDATE log SET ciphertext = randomblob(length(ciphertext)) WHERE seq = 1"))
    eng.dispose()
    res = cli(data, "verify", check=False)
    assert res.returncode == 1 and "does not decrypt" in res.stdout


def test_a_port_taken_before_the_first_start_is_replaced(tmp_path):
    """Between ``free_port()`` and the server's bind another process (a
    parallel test's server) can take the port: the first start moves to a
    fresh port instead of failing (seen once in a full run: "address already
    in use"); the server then answers on its new port."""
    import socket

    import httpx

    from bedside_server.localserver import ServerProcess
    from bedside.sync.client import pinned_ssl_context
    server = ServerProcess(tmp_path / "srv")
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        server.port = taken
        try:
            server.start()
            assert server.port != taken
            assert httpx.get(server.url + "/v1/health", timeout=5,
                             verify=pinned_ssl_context(server.ca_pem)).status_code == 200
        finally:
            server.kill()
