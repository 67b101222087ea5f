"""A small TCP proxy in front of the sync server, to cut connections in the
middle of a request or response (TLS passes through untouched) or to cut the
network altogether (partition)."""

from __future__ import annotations

import socket
import struct
import threading
from typing import Callable


def _rst(sock: socket.socket) -> None:
    """Cut now: shutdown wakes the other pump blocked in recv (a bare close
    from another thread would not), linger 0 makes the close a reset."""
    for step in (lambda: sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                         struct.pack("ii", 1, 0)),
                 lambda: sock.shutdown(socket.SHUT_RDWR), sock.close):
        try:
            step()
        except OSError:
            pass


class CutProxy:
    """``policy()`` is asked once per connection and returns how many bytes
    of the server's answer to let through before cutting (None: never)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.policy: Callable[[], int | None] = lambda: None
        self.partitioned = False
        self.cuts = 0
        self._lsock = socket.socket()
        self._lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._lsock.bind(("127.0.0.1", 0))
        self._lsock.listen(64)
        self.port = self._lsock.getsockname()[1]
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop = True
        try:
            self._lsock.close()
        except OSError:
            pass

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._lsock.accept()
            except OSError:
                return
            if self.partitioned:
                _rst(client)
                continue
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
        except OSError:
            _rst(client)
            return
        budget = self.policy()
        done = threading.Event()

        def pump(src, dst, limit):
            sent = 0
            try:
                while not done.is_set():
                    data = src.recv(65536)
                    if not data:
                        break
                    if limit is not None and sent + len(data) >= limit:
                        dst.sendall(data[:max(0, limit - sent)])
                        self.cuts += 1
                        break
                    dst.sendall(data)
                    sent += len(data)
            except OSError:
                pass
            done.set()
            _rst(client)
            _rst(upstream)

        threading.Thread(target=pump, args=(client, upstream, None), daemon=True).start()
        pump(upstream, client, budget)
