"""Site settings belong to the site, not to a PC.

Defaults ship in resources/site_defaults.json.  Every change an
administrator makes is its own ``site_setting`` entry (a new record holding
``{"changes": {key: value}}``), written through the normal record path (so
it is audited, synced and — once entries are signed — signed by its author).
The settings in force are computed the same way on every PC, with nothing to
resolve:

    defaults  <-  the site name given at creation (vault meta)
              <-  the pre-issue-17 ``site-settings`` record (its latest head by HLC)
              <-  every accepted ``site_setting`` entry in HLC order, key by key

so for each key **the change with the latest hybrid-logical-clock stamp
wins** (the HLC is a total order: physical time, counter, then PC id).  Two
administrators changing different keys on two offline PCs both keep their
change; the same key: the later stamp.  A PC that joins the site adopts the
site's settings with its first pull.

A change is accepted only from an administrator (``author_may_set``): the
core refuses to write one for anyone else, a pull refuses one whose author
this PC knows as a non-administrator (``refused_entries``), and
``bedside verify`` names any such entry in the database.  A value that fails
the checks below (e.g. sent by an older build) is ignored, key by key, the
same way everywhere.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import select

from bedside.names import RecordType
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .paths import resources_dir
from .records import HEAD_SQL, RecordVersion, of_record, stored_rows
from .storage import rawsql
from .roles import Permission, Role
from .storage.schema import UserRow

if TYPE_CHECKING:  # pragma: no cover
    from .principal import Principal
    from .records import RecordStore

# The record id of the one RecordType.SITE_SETTINGS record vaults kept before
# issue 17 (still read, never written). Stored ids never change, so it keeps
# its hyphen while the record type has an underscore.
LEGACY_SETTINGS_RECORD_ID = "site-settings"


def defaults() -> dict[str, Any]:
    """The shipped defaults, a fresh copy each call (read from disk once)."""
    return json.loads(_defaults_text())


@functools.cache
def _defaults_text() -> str:
    return (resources_dir() / "site_defaults.json").read_text("utf-8")


def author_may_set(orm, author_id: str) -> bool:
    """Whether a settings change by *author_id* counts on this PC: refused
    when this PC knows the author as anything but an administrator.  (Authors
    made on other PCs are unknown here until the site staff directory reaches
    this PC; see docs/sync.md.)"""
    role = orm.scalar(select(UserRow.role).where(UserRow.id == author_id))
    return role is None or role == Role.ADMINISTRATOR.value


def refused_entries(orm, entries: Iterable[dict]) -> set[str]:
    """Ids of pulled ``site_setting`` entries whose author may not set them."""
    return {e["id"] for e in entries
            if e.get("record_type") == RecordType.SITE_SETTING and not author_may_set(orm, e["author_id"])}


def _valid(key: str, value: Any, known: dict[str, Any]) -> bool:
    try:
        check_one(key, value, known)
    except ValidationError:
        return False
    return True


class SiteSettings:
    def __init__(self, principal: "Principal", records: "RecordStore") -> None:
        self._s = principal
        self._records = records

    def changes(self) -> list[RecordVersion]:
        """Every accepted settings change, oldest first (HLC order)."""
        with self._s.db.read() as orm:
            return self._changes(orm)

    @staticmethod
    def _changes(orm) -> list[RecordVersion]:
        """In plain SQL (read on every screen that shows a time), with the
        rule of :func:`author_may_set` over one read of the accounts."""
        roles = dict(rawsql.fetch_all(orm, "SELECT id, role FROM users"))
        admin = Role.ADMINISTRATOR.value
        return [RecordVersion.from_row(r)
                for r in stored_rows(orm, "record_type = ?", (RecordType.SITE_SETTING,))
                if roles.get(r.author_id, admin) == admin]

    def all(self) -> dict[str, Any]:
        """The settings in force (one read: the rule in the module doc)."""
        known = defaults()
        merged = dict(known)
        with self._s.db.read() as orm:     # plain SQL: read on every screen that shows a time
            site_name = rawsql.fetch_one(orm, "SELECT value FROM meta WHERE key = 'site_name'")
            where, params = of_record(LEGACY_SETTINGS_RECORD_ID)
            legacy = rawsql.fetch_one(orm, f"SELECT content FROM records WHERE {where} "
                                      f"AND {HEAD_SQL} ORDER BY hlc DESC LIMIT 1", params)
            legacy = legacy[0] if legacy else None
            changes = self._changes(orm)
        if site_name is not None and site_name[0]:     # given in the first-run wizard
            merged["site_name"] = site_name[0]
        layers = [json.loads(legacy) if legacy else {}]
        layers += [v.content.get("changes") or {} for v in changes]
        for layer in layers:
            for key, value in layer.items():
                if key in known and _valid(key, value, known):
                    merged[key] = value
        return merged

    def __getitem__(self, key: str) -> Any:
        return self.all()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.all().get(key, default)

    def update(self, changes: dict[str, Any], reason: str) -> RecordVersion:
        """Record an administrator's change of some settings (a new entry)."""
        self._s.require(Permission.MANAGE_SETTINGS)
        if not reason or not str(reason).strip():
            raise ValidationError("reason", QT_TRANSLATE_NOOP(
                "core", "A correction needs a reason."))
        known = defaults()
        if not isinstance(changes, dict) or not changes:
            raise ValidationError("content", QT_TRANSLATE_NOOP(
                "core", "Nothing was changed, so there is nothing to save."))
        for key, value in changes.items():
            check_one(key, value, known)
        new = {**self.all(), **changes}
        if new.get("infusion_interval_days_min", 3) > new.get("infusion_interval_days_max", 4):
            raise ValidationError("infusion_interval_days_min", QT_TRANSLATE_NOOP(
                "core", "The shortest interval between infusions cannot exceed the longest."))
        return self._records.create(RecordType.SITE_SETTING, {"changes": dict(changes)},
                                      reason=str(reason).strip())


def check_one(key: str, value: Any, known: dict[str, Any]) -> None:
    if key not in known:
        raise ValidationError(key)
    if type(value) is not type(known[key]) and not (
            isinstance(value, (int, float)) and not isinstance(value, bool)
            and isinstance(known[key], (int, float))):
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "core", "This setting has the wrong kind of value."))
    check_value(key, value)


# Numeric settings and their sane ranges (outside: refused with a message).
RANGES: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (1, 120),
    "enrollment_target": (1, 1000),
    "enrollment_warn_remaining": (0, 100),
    "infusion_interval_days_min": (1, 14),
    "infusion_interval_days_max": (1, 14),
}


# ";" with a decimal comma opens in columns in a French-locale spreadsheet;
# "," with a decimal point is what machine imports (REDCap) expect.
CSV_SEPARATORS = (";", ",")


def export_folder_ok(value: str) -> bool:
    """Empty (each user's Documents) or a full Windows or POSIX path of at most
    240 characters with no control characters."""
    from pathlib import PurePosixPath, PureWindowsPath
    if value == "":
        return True
    if len(value) > 240 or any(ord(ch) < 32 for ch in value) or value != value.strip():
        return False
    return PureWindowsPath(value).is_absolute() or PurePosixPath(value).is_absolute()


def check_value(key: str, value: Any) -> None:
    if key in RANGES:
        low, high = RANGES[key]
        if isinstance(value, bool) or not (low <= value <= high):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "core", "Enter a whole number from {low} to {high}."), low=low, high=high)
    if key == "subject_id_format":
        try:
            sample = value.format(n=1, pc=1)
        except (KeyError, IndexError, ValueError, AttributeError):
            sample = None
        if not sample or "{n" not in value or len(sample) > 20:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "core", "The subject id format must contain {{n}} (e.g. TJT-{{n:03d}}; the PC number is "
                "added before it on an enrolled PC, or put it yourself as {{pc:02d}})."))
    if key == "time_zone":
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "core", "Unknown time zone: use a name such as Europe/Brussels.")) from None
    if key == "export_folder" and not export_folder_ok(value):
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "core", "The export folder must be a full path (for example D:/TJT2012 or a network share), "
                    "or empty for each user's Documents folder."))
    if key == "export_csv_separator" and value not in CSV_SEPARATORS:
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "core", "The CSV separator is a semicolon (;) or a comma (,)."))
    if key == "site_name" and not (0 < len(value.strip()) <= 80):
        raise ValidationError(key, QT_TRANSLATE_NOOP("core", "Enter the site name."))
