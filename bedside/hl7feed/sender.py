"""Sending side of MLLP (the simulator, the tests, the benchmark): one TCP
connection, a frame per message, wait for its ACK.  A cut connection is
reopened and the same message sent again (the listener's control-id
de-duplication makes that safe)."""

from __future__ import annotations

import socket
import time

from hl7.mllp.streams import CARRIAGE_RETURN, END_BLOCK, START_BLOCK

FRAME_END = END_BLOCK + CARRIAGE_RETURN


def frame(message: bytes) -> bytes:
    return START_BLOCK + message + FRAME_END


class MllpSender:
    def __init__(self, host: str, port: int, timeout: float = 30.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._sock: socket.socket | None = None
        self._buffer = b""

    def __enter__(self) -> "MllpSender":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def connect(self) -> None:
        self.close()
        self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._buffer = b""

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def send_raw(self, data: bytes) -> None:
        """Bytes as they are (tests: split frames, two frames at once)."""
        if self._sock is None:
            self.connect()
        self._sock.sendall(data)

    def read_ack(self) -> bytes:
        """The next framed answer (without its framing)."""
        while FRAME_END not in self._buffer:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise ConnectionError("listener closed the connection")
            self._buffer += chunk
        block, self._buffer = self._buffer.split(FRAME_END, 1)
        return block[1:] if block.startswith(START_BLOCK) else block

    def send(self, message: bytes, attempts: int = 5) -> bytes:
        """Send one message and return its ACK; reconnect and resend on a cut."""
        for attempt in range(attempts):
            try:
                self.send_raw(frame(message))
                return self.read_ack()
            except OSError:
                self.close()
                if attempt == attempts - 1:
                    raise
                time.sleep(min(2.0, 0.1 * 2 ** attempt))
        raise ConnectionError("not sent")
