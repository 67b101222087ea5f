"""The data an export reads: every version of every record, plus signatures.

Exports never touch storage directly: `ExportData` is built either from plain
dicts (tests, other tools) or from a vault session (`from_session`), so every
writer works generically over record types that capabilities add.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping
from bedside.names import EntryId, PatientId, RecordId, RecordType


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    return str(value or "")


@dataclass(frozen=True)
class ExportVersion:
    """One stored version of a record, as exported."""

    entry_id: EntryId
    record_id: RecordId
    record_type: str
    patient_id: PatientId | None
    version: int
    content: Mapping[str, Any]
    created_utc: str
    author_id: str = ""
    author_name: str = ""
    reason: str = ""
    replaces: str | None = None
    content_hash: str = ""
    workstation_id: str = ""

    @classmethod
    def from_mapping(cls, d: Mapping[str, Any]) -> "ExportVersion":
        return cls(
            entry_id=str(d.get("id") or d.get("entry_id")),
            record_id=str(d["record_id"]),
            record_type=str(d["record_type"]),
            patient_id=(str(d["patient_id"]) if d.get("patient_id") else None),
            version=int(d.get("version", 1)),
            content=dict(d.get("content") or {}),
            created_utc=_iso(d.get("created_utc")),
            author_id=str(d.get("author_id") or ""),
            author_name=str(d.get("author_name") or ""),
            reason=str(d.get("reason") or ""),
            replaces=(str(d["replaces"]) if d.get("replaces") else None),
            content_hash=str(d.get("content_hash") or ""),
            workstation_id=str(d.get("workstation_id") or ""),
        )


@dataclass(frozen=True)
class ExportSignature:
    """An electronic signature bound to one record version."""

    signed_entry_id: str
    signer_id: str
    signer_name: str
    meaning: str
    signed_utc: str
    content_hash: str = ""


@dataclass
class ExportData:
    """All versions (history) of the exported records and their signatures."""

    site_name: str
    created_utc: str
    versions: list[ExportVersion]
    signatures: list[ExportSignature] = field(default_factory=list)
    workstation_name: str = ""
    usernames: dict[str, str] = field(default_factory=dict)  # staff user id -> login name
    csv_separator: str = ","  # the site's choice for the human-facing CSV (";" adds a decimal comma)
    _latest: list[ExportVersion] | None = field(default=None, repr=False, compare=False)

    # -- views ---------------------------------------------------------
    def latest(self) -> list[ExportVersion]:
        """The newest version of each record (highest version number), stable order."""
        if self._latest is None:
            self._latest = self._compute_latest()
        return list(self._latest)

    def _compute_latest(self) -> list[ExportVersion]:
        best: dict[str, ExportVersion] = {}
        for v in self.versions:
            cur = best.get(v.record_id)
            if cur is None or (v.version, v.created_utc) > (cur.version, cur.created_utc):
                best[v.record_id] = v
        return sorted(best.values(), key=lambda v: (v.created_utc, v.record_id))

    def latest_of(self, record_type: RecordType) -> list[ExportVersion]:
        return [v for v in self.latest() if v.record_type == record_type]

    def history(self, record_id: RecordId) -> list[ExportVersion]:
        return sorted((v for v in self.versions if v.record_id == record_id), key=lambda v: v.version)

    def record_types(self) -> list[str]:
        return sorted({v.record_type for v in self.versions})

    def patient_ids(self) -> list[str]:
        """Patients in order of their first record."""
        seen: dict[str, str] = {}
        for v in sorted(self.versions, key=lambda v: (v.created_utc, v.version)):
            if v.patient_id and v.patient_id not in seen:
                seen[v.patient_id] = v.created_utc
        return list(seen)

    def signatures_for(self, entry_id: EntryId) -> list[ExportSignature]:
        return [s for s in self.signatures if s.signed_entry_id == entry_id]


def from_dicts(
    versions: Iterable[Mapping[str, Any]],
    *,
    signatures: Iterable[Mapping[str, Any]] = (),
    site_name: str = "",
    created_utc: Any = "",
    workstation_name: str = "",
    usernames: Mapping[str, str] | None = None,
) -> ExportData:
    """Build export data from plain dicts shaped like RecordVersion / signatures."""
    sigs = [
        ExportSignature(
            signed_entry_id=str(s["signed_entry_id"]),
            signer_id=str(s.get("signer_id") or ""),
            signer_name=str(s.get("signer_name") or ""),
            meaning=str(s.get("meaning") or ""),
            signed_utc=_iso(s.get("signed_utc")),
            content_hash=str(s.get("content_hash") or ""),
        )
        for s in signatures
    ]
    return ExportData(
        site_name=site_name,
        created_utc=_iso(created_utc) or _iso(datetime.now(timezone.utc)),
        versions=[ExportVersion.from_mapping(v) for v in versions],
        signatures=sigs,
        workstation_name=workstation_name,
        usernames=dict(usernames or {}),
    )


def from_session(session) -> ExportData:
    """Every version of every record in the vault (but the staff directory),
    and the valid signatures.

    Reads the records table directly (the RecordStore lists by type only);
    a signature counts only when it is genuine (bedside.session.is_genuine_signature)."""
    import json

    from sqlalchemy import select

    from bedside.records import RecordVersion, readable
    from bedside.session import is_genuine_signature
    from bedside.storage.schema import RecordRow, UserRow

    versions: list[ExportVersion] = []
    signatures: list[ExportSignature] = []
    by_entry: dict[str, ExportVersion] = {}
    with session.db.read() as orm:
        # the staff directory (people, roles, keys) is the site's, not trial data
        rows = orm.scalars(select(RecordRow).where(RecordRow.record_type != RecordType.STAFF)
                           .order_by(RecordRow.created_utc, RecordRow.version)).all()
        for r in rows:
            if readable(r) is None:
                continue  # a damaged stored version (bedside verify names it) is not exported
            content = json.loads(r.content)
            if r.record_type == RecordType.SIGNATURE:
                if not is_genuine_signature(RecordVersion.from_row(r)):
                    continue  # only what Session.sign wrote, by the signer, binding intact
                signatures.append(ExportSignature(
                    signed_entry_id=content["target_entry_id"], signer_id=content.get("signer_id", ""),
                    signer_name=content.get("signer_name", ""), meaning=content.get("meaning", ""),
                    signed_utc=_iso(datetime.fromisoformat(content["signed_utc"])),
                    content_hash=content.get("target_content_hash", "")))
                continue
            v = ExportVersion(
                entry_id=r.id, record_id=r.record_id, record_type=r.record_type, patient_id=r.patient_id,
                version=r.version, content=content, created_utc=_iso(datetime.fromisoformat(r.created_utc)),
                author_id=r.author_id, author_name=r.author_name, reason=r.reason or "", replaces=r.replaces,
                content_hash=r.content_hash, workstation_id=r.workstation_id)
            versions.append(v)
            by_entry[v.entry_id] = v
        usernames = {u.id: u.username for u in orm.scalars(select(UserRow)).all()}
        site = session.db.get_meta("site_name") or ""
        workstation = session.db.get_meta("workstation_name") or ""
    # a signature is exported only with the exact version it binds
    signatures = [s for s in signatures
                  if s.signed_entry_id in by_entry and by_entry[s.signed_entry_id].content_hash == s.content_hash]
    return ExportData(site_name=site, created_utc=_iso(session.clock.now()), versions=versions,
                      signatures=signatures, workstation_name=workstation,
                      usernames=usernames, csv_separator=session.settings.get("export_csv_separator", ","))
