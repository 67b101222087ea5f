"""Enrolling this workstation with the site's sync server (administrator)."""

from __future__ import annotations

import base64
import ssl

from .. import audit
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..roles import Permission
from .client import SyncClient, pinned_ssl_context
from .local import SyncState
from .signing import DeviceKey


def check_server_url(url: str) -> str:
    url = (url or "").strip().rstrip("/")
    if not url.startswith("https://") or len(url) < 12 or " " in url:
        raise ValidationError("server_url", QT_TRANSLATE_NOOP(
            "core", "The server address must start with https:// (for example "
            "https://sync.chu.local:8443)."))
    return url


def check_ca_pem(ca_pem: str) -> str:
    ca_pem = (ca_pem or "").strip() + "\n"
    if "-----BEGIN CERTIFICATE-----" not in ca_pem:
        raise ValidationError("ca_pem", QT_TRANSLATE_NOOP(
            "core", "Paste the site certificate (it begins with -----BEGIN CERTIFICATE-----)."))
    try:
        pinned_ssl_context(ca_pem)
    except (ssl.SSLError, ValueError):
        raise ValidationError("ca_pem", QT_TRANSLATE_NOOP(
            "core", "The site certificate is not valid. Copy it again from the server.")) \
            from None
    return ca_pem


def enroll(session, server_url: str, ca_pem: str, code: str, device_name: str,
           client_factory=SyncClient) -> str:
    """Make a device key, enroll with the one-time code, keep everything in
    the vault.  Raises ValidationError for bad input, SyncError subclasses
    when the server cannot be reached or refuses the code."""
    session.require(Permission.MANAGE_SYNC)
    url = check_server_url(server_url)
    ca = check_ca_pem(ca_pem)
    if not (code or "").strip():
        raise ValidationError("code", QT_TRANSLATE_NOOP(
            "core", "Enter the enrollment code given by the server administrator."))
    name = (device_name or "").strip() or session.db.workstation_id
    key = DeviceKey.generate()
    with client_factory(url, ca) as client:
        device_id = client.enroll(code.strip(), name, session.db.workstation_id, key)
        station = getattr(client, "station", None)
    state = SyncState(session)
    with session.db.write() as orm:
        for k, v in (("server_url", url), ("ca_pem", ca), ("device_id", device_id),
                     ("device_key", base64.b64encode(key.private_bytes).decode("ascii")),
                     ("device_name", name),
                     ("station", str(station) if isinstance(station, int) and station > 0
                      else None),
                     ("audit_acked_seq", "0")):  # a new device: the server has none of our chain
            state.set_in(orm, k, v)
        audit.append(orm, session.actor, "sync_enrolled", when=session.clock.now(),
                     utc_offset_min=session.clock.utc_offset_minutes(),
                     details={"server_url": url, "device_id": device_id, "device_name": name,
                              "station": station})
    return device_id


def unenroll(session) -> None:
    """Forget the server and device key (acknowledgements and cursor stay)."""
    session.require(Permission.MANAGE_SYNC)
    state = SyncState(session)
    with session.db.write() as orm:
        for k in ("device_id", "device_key"):
            state.set_in(orm, k, None)
        audit.append(orm, session.actor, "sync_unenrolled", when=session.clock.now(),
                     utc_offset_min=session.clock.utc_offset_minutes())
