"""Raw HTTP/1.1 over the real TLS connection, for requests no well-behaved
client sends (a 250 MB body, chunked without end), and the server process's
memory as the kernel reports it."""

from __future__ import annotations

import select
import socket
import ssl
from pathlib import Path

from bedside.sync.client import pinned_ssl_context


def connect(srv) -> ssl.SSLSocket:
    raw = socket.create_connection(("127.0.0.1", srv.port), timeout=60)
    return pinned_ssl_context(srv.ca_pem).wrap_socket(raw, server_hostname="127.0.0.1")


def _status(sock: ssl.SSLSocket, data: bytes = b"") -> int | None:
    sock.settimeout(60)
    try:
        while b"\r\n" not in data:
            part = sock.recv(4096)
            if not part:
                break
            data += part
    except (OSError, ssl.SSLError):
        pass
    line = data.split(b"\r\n", 1)[0].split()
    return int(line[1]) if len(line) > 1 and line[1].isdigit() else None


def _poll(sock: ssl.SSLSocket) -> bytes | None:
    """Application data the server has sent so far (b"" if it hung up), or
    None if nothing yet. select() alone is not enough: TLS 1.3 session
    tickets make the socket readable without any answer."""
    if not select.select([sock], [], [], 0)[0] and not sock.pending():
        return None
    sock.settimeout(0)
    try:
        return sock.recv(4096)
    except (ssl.SSLWantReadError, BlockingIOError):
        return None
    finally:
        sock.settimeout(60)


def send_big_body(srv, path: str, total: int, chunked: bool,
                  headers: dict[str, str] | None = None, chunk: int = 1 << 20) -> tuple[int | None, int]:
    """POST up to *total* bytes; stop as soon as the server answers or
    hangs up. Returns (HTTP status or None, bytes actually sent)."""
    sock = connect(srv)
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    head += [f"{k}: {v}" for k, v in (headers or {}).items()]
    head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {total}")
    sent = 0
    try:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        block = b"[" * chunk
        frame = (f"{chunk:x}\r\n".encode("ascii") + block + b"\r\n") if chunked else block
        answer = _poll(sock)
        while sent < total and answer is None:
            sock.sendall(frame)
            sent += chunk
            answer = _poll(sock)
        return _status(sock, answer or b""), sent
    except (OSError, ssl.SSLError):
        return _status(sock), sent
    finally:
        sock.close()


def rss_kib(pid: int) -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak since start) of a process, in KiB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            out[name] = int(value.split()[0])
    return out


def reset_peak(pid: int) -> None:
    """Start VmHWM afresh from the current RSS (Linux clear_refs)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")
