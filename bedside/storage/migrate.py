"""Apply Alembic migrations on open: back up first, refuse newer vaults."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from ..errors import VaultTooNew
from ..files import private_dir

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path, target: str = "head") -> str | None:
    """Bring the schema to *target*. Returns the backup file's name if one was
    taken (an existing vault at an older revision), else None."""
    script = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise VaultTooNew(found=current)
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    backup = _backup(engine, db_path, current) if current is not None else None
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup


def _backup(engine: Engine, db_path: Path, revision: str) -> str:
    """Copy the (still encrypted) database before touching its schema."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = private_dir(db_path.parent / "backups")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    dest = folder / f"vault-before-migration-from-{revision}-{stamp}.db"
    shutil.copy2(db_path, dest)
    dest.chmod(0o600)
    return dest.name
