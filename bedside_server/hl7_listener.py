"""The MLLP listener (TCP, frames 0x0B … 0x1C 0x0D) that the hospital's
integration engine, the monitor gateway and the lab system send ORU^R01
to.  It runs inside ``bedside-server serve --hl7-port N`` (docs/hl7.md:
the server is always on and is the one address an integration team
configures).  Framing comes from the ``hl7`` library's MLLP reader; each
frame is answered in order on its connection, after it was kept.

A connection cut mid-frame keeps nothing and answers nothing, so the
sender sends the message again; a frame larger than the limit or not
starting with 0x0B is answered AR."""

from __future__ import annotations

import asyncio
import logging

from hl7.mllp import InvalidBlockError, start_hl7_server

from bedside.hl7feed import ack as hl7_ack
from bedside.hl7feed.message import MAX_MESSAGE_BYTES

from .hl7_inbox import Hl7Inbox

log = logging.getLogger("bedside_server.hl7")
IDLE_SECONDS = 600       # a connection silent this long is closed (gateways reconnect)


async def _connection(inbox: Hl7Inbox, reader, writer) -> None:
    loop = asyncio.get_running_loop()
    try:
        while True:
            try:
                block = await asyncio.wait_for(reader.readblock(), IDLE_SECONDS)
            except asyncio.IncompleteReadError:
                return                       # cut mid-frame or closed: nothing kept
            except InvalidBlockError:
                writer.writeblock(hl7_ack.build_ack("AR", reason="frame does not start with VT"))
                await writer.drain()
                continue
            except ValueError:               # over the size limit: the rest is unreadable
                writer.writeblock(hl7_ack.build_ack("AR", reason="message too large"))
                await writer.drain()
                return
            outcome = await loop.run_in_executor(None, inbox.receive, bytes(block))
            log.info("hl7 %s %s", outcome.code, outcome.reason or "kept")
            writer.writeblock(outcome.ack)
            await writer.drain()
    except (ConnectionError, asyncio.TimeoutError):
        return
    finally:
        writer.close()


async def start(inbox: Hl7Inbox, host: str, port: int) -> asyncio.AbstractServer:
    """Listen on ``host:port``; returns the asyncio server (``.close()``)."""
    return await start_hl7_server(
        lambda r, w: _connection(inbox, r, w), host, port,
        limit=MAX_MESSAGE_BYTES + 16)
