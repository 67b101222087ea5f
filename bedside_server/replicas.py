"""Several stateless ``bedside-server`` processes on one database behind a
real load balancer (HAProxy, TCP pass-through: each replica terminates TLS
with the site certificate, so workstations still pin the site CA), for the
tests and ``bench/sync_scale.py``.  Replicas can be killed (SIGKILL) and
restarted on the same port while workstations keep syncing through the
balancer; HAProxy's health check takes a dead one out of the rotation and
puts it back when it answers again."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx

from bedside.sync.client import SyncClient, pinned_ssl_context
from bedside.sync.signing import DeviceKey

from .localserver import ServerProcess, free_port


def haproxy_binary() -> str | None:
    return shutil.which("haproxy") or (
        "/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)


def haproxy_config(port: int, backends: list[int], ca_file: Path,
                   mllp_port: int | None = None, mllp_backends: list[int] = ()) -> str:
    """Round robin over the replicas; a replica is checked with a real
    ``GET /v1/health`` over TLS every 500 ms and leaves the rotation after
    three failures (a busy replica is not a dead one); a connection refused
    by a dead replica is retried on another one at once (redispatch).
    With *mllp_port*, a second frontend passes the HL7 feed's MLLP
    connections to the replicas' listeners (long-lived connections: the
    least busy listener, a plain TCP connect as health check)."""
    servers = "\n".join(
        f"    server r{i} 127.0.0.1:{p} check check-ssl verify required ca-file {ca_file} "
        "inter 500ms fall 3 rise 1" for i, p in enumerate(backends))
    mllp = "" if mllp_port is None else f"""frontend mllp
    bind 127.0.0.1:{mllp_port}
    default_backend listeners
backend listeners
    balance leastconn
""" + "\n".join(f"    server l{i} 127.0.0.1:{p} check inter 500ms fall 3 rise 1"
                for i, p in enumerate(mllp_backends)) + "\n"
    return f"""global
    maxconn 4096
defaults
    mode tcp
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout check 10s
    retries 3
    option redispatch
frontend sync
    bind 127.0.0.1:{port}
    default_backend replicas
backend replicas
    balance roundrobin
    option httpchk
    http-check send meth GET uri /v1/health ver HTTP/1.1 hdr Host 127.0.0.1
    http-check expect status 200
{servers}
{mllp}"""


class Balancer:
    """One HAProxy process in front of the given replica ports."""

    def __init__(self, work_dir: Path, backends: list[int], ca_file: Path,
                 mllp_backends: list[int] = ()) -> None:
        binary = haproxy_binary()
        if binary is None:
            raise RuntimeError("HAProxy is not installed (Debian: apt-get install haproxy)")
        self.binary = binary
        self.work_dir = Path(work_dir)
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.mllp_port = free_port() if mllp_backends else None
        self.config = self.work_dir / "haproxy.cfg"
        self.config.write_text(haproxy_config(self.port, backends, ca_file, self.mllp_port,
                                              list(mllp_backends)), "utf-8")
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout: float = 30.0) -> "Balancer":
        check = subprocess.run([self.binary, "-c", "-q", "-f", str(self.config)],
                               capture_output=True, text=True, timeout=30)
        if check.returncode != 0:
            raise RuntimeError("haproxy.cfg refused: " + check.stdout + check.stderr)
        self._log = open(self.work_dir / "haproxy.log", "ab")
        self.proc = subprocess.Popen([self.binary, "-db", "-f", str(self.config)],
                                     stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("haproxy exited: "
                                   + (self.work_dir / "haproxy.log").read_text())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("haproxy did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if self._log:
            self._log.close()
            self._log = None


class ReplicaSet:
    """*count* server processes on one data directory and database (the
    first initialises it), behind one :class:`Balancer`.  With ``hl7=True``
    every replica also runs the MLLP listener and the balancer has an MLLP
    frontend (``mllp_port``) for the monitor gateway and the lab system."""

    def __init__(self, data_dir: Path, db_url: str, count: int, hl7: bool = False) -> None:
        if count < 1:
            raise ValueError("at least one replica")
        first = ServerProcess(data_dir, db_url, hl7=hl7)
        self.servers = [first] + [first.replica(i) for i in range(1, count)]
        self.cfg = first.cfg
        self.ca_pem = first.ca_pem
        self.balancer = Balancer(Path(data_dir) / "haproxy", [s.port for s in self.servers],
                                 first.cfg.ca_cert,
                                 [s.hl7_port for s in self.servers] if hl7 else ())

    @property
    def mllp_port(self) -> int | None:
        return self.balancer.mllp_port

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.balancer.port}"

    def start(self, timeout: float = 60.0) -> "ReplicaSet":
        for srv in self.servers:
            srv.start(timeout)
        self.balancer.start()
        self.wait_all_in_rotation(timeout)
        return self

    def wait_all_in_rotation(self, timeout: float = 60.0) -> None:
        """Until every live replica answers through the balancer (its health
        check has put it back in the rotation)."""
        live = sum(1 for s in self.servers if s.alive)
        ctx = pinned_ssl_context(self.ca_pem)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ok = 0
            for _ in range(2 * live):    # fresh connections: round robin visits each
                try:
                    if httpx.get(self.url + "/v1/health", verify=ctx,
                                 timeout=2).status_code == 200:
                        ok += 1
                except httpx.TransportError:
                    pass
            if ok == 2 * live:
                return
            time.sleep(0.1)
        raise RuntimeError("replicas not all reachable through the balancer")

    def kill(self, index: int) -> None:
        self.servers[index].kill()

    def restart(self, index: int) -> None:
        self.servers[index].kill()
        self.servers[index].start()

    def stop(self) -> None:
        self.balancer.stop()
        for srv in self.servers:
            srv.kill()

    def enrollment_code(self, name: str) -> str:
        return self.servers[0].enrollment_code(name)

    def store(self):
        return self.servers[0].store()

    def enrolled_client(self, name: str, workstation_id: str, site_root: str | None = None,
                        **kw) -> SyncClient:
        """*site_root*: the site administrator key this device presents (the
        first one presented is pinned)."""
        client = SyncClient(self.url, self.ca_pem, **kw)
        client.enroll(self.enrollment_code(name), name, workstation_id, DeviceKey.generate(),
                      site_root=site_root)
        return client

    def __enter__(self) -> "ReplicaSet":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
