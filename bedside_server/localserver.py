"""A throwaway ``bedside-server`` process on 127.0.0.1 over real HTTPS (own
data directory, site CA, free port), used by the tests and the benchmark:
start, kill (SIGKILL), restart on the same data, enroll a client.
:meth:`ServerProcess.replica` starts another process on the same data
directory and database (bedside_server/replicas.py puts them behind HAProxy)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from bedside.sync.client import SyncClient, pinned_ssl_context
from bedside.sync.signing import DeviceKey
from bedside_server.atrest import AtRestKey
from bedside_server.config import ServerConfig, default_db_url
from bedside_server.db import create_schema, make_engine
from bedside_server.store import Store
from bedside_server.tls import make_ca

ROOT = Path(__file__).resolve().parents[1]
# How a server process is started: ``subprocess.Popen`` (the benches, the
# bundle). The test suite swaps in its fork server (tests/fork_server.py), which
# starts the same ``python -m bedside_server ... serve`` without paying Python's
# start-up and imports each time; test-only hook, nothing else changes it.
LAUNCH = subprocess.Popen


class PortTaken(RuntimeError):
    """The server could not bind its port: another process took it first."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    hl7_port: int | None = None        # set by __init__(hl7=True); a test may build one without __init__

    def __init__(self, data_dir: Path, db_url: str | None = None, hl7: bool = False, *,
                 log_name: str = "server.log", initialise: bool = True) -> None:
        self.data_dir = Path(data_dir)
        if initialise:
            self.cfg = ServerConfig(self.data_dir, db_url or default_db_url(self.data_dir))
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.cfg.save()
            AtRestKey.generate_file(self.cfg.key_path)
            engine = make_engine(self.cfg.db_url)
            create_schema(engine)
            engine.dispose()
            make_ca(self.cfg.tls_dir)
        else:
            self.cfg = ServerConfig.load(self.data_dir)
        self.ca_pem = self.cfg.ca_cert.read_text()
        self.port = free_port()
        self.log_path = self.data_dir / log_name
        self.hl7_port = free_port() if hl7 else None   # MLLP listener (docs/hl7.md)
        self.proc: subprocess.Popen | None = None
        self._log = None

    def replica(self, number: int) -> "ServerProcess":
        """Another, stateless server process on the same data directory
        (at-rest key, certificate) and database, on its own port (and its
        own MLLP port if this one listens for HL7)."""
        return ServerProcess(self.data_dir, hl7=self.hl7_port is not None,
                             log_name=f"replica-{number}.log", initialise=False)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> "ServerProcess":
        """Start the server and wait until it answers. On its first start, a
        port taken between :func:`free_port` and the server's bind (another
        process of a parallel test run got it) is replaced by a fresh one;
        a restart keeps its ports (a load balancer points at them)."""
        for attempt in range(3):
            try:
                return self._start(timeout)
            except PortTaken:
                if self._started or attempt == 2:
                    raise
                self.port = free_port()
                self.hl7_port = free_port() if self.hl7_port else None
        raise AssertionError("unreachable")

    _started = False

    def _start(self, timeout: float) -> "ServerProcess":
        self._log = open(self.log_path, "ab")
        logged_before = self._log.tell()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = LAUNCH(
            [sys.executable, "-m", "bedside_server", "--data", str(self.data_dir), "serve",
             "--host", "127.0.0.1", "--port", str(self.port),
             *(["--hl7-port", str(self.hl7_port)] if self.hl7_port else [])],
            cwd=str(ROOT), env=env, stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + timeout
        ctx = pinned_ssl_context(self.ca_pem)
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._log.close()
                self._log = None
                log = self.log_path.read_bytes()[logged_before:].decode("utf-8", "replace")
                raise (PortTaken if "address already in use" in log else RuntimeError)(
                    "server exited: " + log)
            try:
                if httpx.get(self.url + "/v1/health", verify=ctx, timeout=1).status_code == 200:
                    self._started = True
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        if self._log:
            self._log.close()
            self._log = None

    def restart(self) -> None:
        self.kill()
        self.start()

    def store(self) -> Store:
        return Store(make_engine(self.cfg.db_url), AtRestKey.load_file(self.cfg.key_path))

    def enrollment_code(self, name: str) -> str:
        st = self.store()
        try:
            return st.create_enrollment_code(name)
        finally:
            st.engine.dispose()

    def enrolled_client(self, name: str, workstation_id: str, site_root: str | None = None,
                        **kw) -> SyncClient:
        """*site_root*: the site administrator key this device presents (the
        first one presented is pinned by the server)."""
        client = SyncClient(self.url, self.ca_pem, **kw)
        client.enroll(self.enrollment_code(name), name, workstation_id, DeviceKey.generate(),
                      site_root=site_root)
        return client
