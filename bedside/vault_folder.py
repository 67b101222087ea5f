"""One vault per PC, not per Windows profile: where the vault lives, how its
folder is protected, and moving a vault an earlier version left in a user's
profile (docs/SECURITY.md, "Vault folder").

* Windows: ``%ProgramData%\\Bedside\\vault``.  ProgramData is readable by every
  local user, so the folder gets its own access list with inheritance
  removed: SYSTEM and Administrators full control, the local group
  ``Bedside users`` modify, nobody else (``icacls``, :func:`windows_acl_command`).
  The installer creates the group and ``%ProgramData%\\Bedside`` with that list;
  the app applies it again to the vault folder it creates (it owns it).
* Linux: ``/var/lib/bedside/vault``, created by install.sh for the ward's
  Bedside account; folder 0700, files 0600 (process umask 077).
* ``--vault FOLDER`` or ``BEDSIDE_HOME`` (vault in ``$BEDSIDE_HOME/vault``)
  override it; ``--demo``, the self-test and the tests use temporary folders.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from .errors import BedsideError
from .files import fsync_dir, private_dir
from .i18n import QT_TRANSLATE_NOOP

APP = "Bedside"
WINDOWS_GROUP = "Bedside users"
SID_SYSTEM = "*S-1-5-18"                 # by SID: the names are translated on French Windows
SID_ADMINISTRATORS = "*S-1-5-32-544"
LINUX_ROOT = Path("/var/lib/bedside")
VAULT_FILES = ("vault.json", "vault.seal", "vault.db", "vault.db-wal", "vault.db-shm")


class VaultFolderError(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The vault folder {path} could not be protected or prepared ({detail}). "
        "Ask IT to install Bedside with its installer, which creates the folder and the "
        "\"Bedside users\" group.")


def machine_root(platform: str | None = None, env: dict | None = None) -> Path:
    """The machine-wide Bedside folder (holds ``vault``)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform.startswith("win"):
        return Path(env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData") / APP
    if platform == "darwin":
        return Path("/Library/Application Support") / APP
    return LINUX_ROOT


def machine_vault_dir(platform: str | None = None, env: dict | None = None) -> Path:
    return machine_root(platform, env) / "vault"


def legacy_user_vault_dir() -> Path:
    """Where versions before issue 17 kept the vault: the user's profile."""
    import platformdirs
    return Path(platformdirs.user_data_dir(APP, "CHU-Liege")) / "vault"


def windows_acl_command(folder: Path, group: str = WINDOWS_GROUP) -> list[str]:
    """``icacls`` arguments giving *folder* (and what is created in it) an
    access list of its own: inheritance removed, SYSTEM and Administrators
    full control, *group* modify (read, write, create, delete: SQLite needs
    its -wal/-shm files and the header is replaced atomically), nobody else."""
    return ["icacls", str(folder), "/inheritance:r",
            "/grant:r", f"{SID_SYSTEM}:(OI)(CI)F",
            "/grant:r", f"{SID_ADMINISTRATORS}:(OI)(CI)F",
            "/grant:r", f"{group}:(OI)(CI)M"]


def _inside(folder: Path, root: Path) -> bool:
    try:
        Path(os.path.abspath(folder)).relative_to(os.path.abspath(root))
        return True
    except ValueError:
        return False


def prepare(folder: Path, *, platform: str | None = None, run=subprocess.run) -> Path:
    """Create the vault folder, protected.  POSIX: 0700.  Windows: inside the
    machine-wide folder, the access list above (a failure is an error: a
    vault is never left readable by every local user); elsewhere (a user's
    own or temporary folder, --demo, self-test) the profile's own access list."""
    platform = platform or sys.platform
    folder = Path(folder)
    if not platform.startswith("win"):
        return private_dir(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if _inside(folder, machine_root(platform)):
        try:
            done = run(windows_acl_command(folder), capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            raise VaultFolderError(path=str(folder), detail=type(exc).__name__) from None
        if done.returncode != 0:
            raise VaultFolderError(path=str(folder), detail=f"icacls exit {done.returncode}")
    return folder


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def legacy_vault_to_move(target: Path, legacy: Path | None = None) -> Path | None:
    """A vault an earlier version left in this user's profile, when the
    machine-wide one does not exist yet (the app offers to move it)."""
    legacy = legacy or legacy_user_vault_dir()
    if (target / "vault.json").exists() or not (legacy / "vault.json").exists():
        return None
    return legacy


def move_vault(src: Path, dst: Path, *, now: datetime | None = None) -> Path:
    """Copy a closed vault to *dst* (protected folder, each file fsynced and
    compared by SHA-256), then rename *src* to ``vault.moved-<UTC time>`` —
    never deleted: nothing is lost if anything goes wrong.  Returns the
    renamed old folder."""
    src, dst = Path(src), Path(dst)
    if (dst / "vault.json").exists():
        raise VaultFolderError(path=str(dst), detail="a vault is already there")
    prepare(dst)
    copied = []
    for name in VAULT_FILES:
        if (src / name).exists():
            tmp = dst / f".{name}.moving"
            shutil.copyfile(src / name, tmp)
            os.chmod(tmp, 0o600)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            if _digest(tmp) != _digest(src / name):
                raise VaultFolderError(path=str(dst), detail=f"{name} differs after copying")
            copied.append((tmp, dst / name))
    for tmp, final in sorted(copied, key=lambda c: c[1].name == "vault.json"):
        os.replace(tmp, final)            # the header last: until then no vault is "there"
    fsync_dir(dst)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    old = src.with_name(f"{src.name}.moved-{stamp}")
    src.rename(old)
    return old


MOVE, USE_WHERE_IT_IS, CANCEL = "move", "use_where_it_is", "cancel"


def settle_legacy(target: Path, ask, legacy: Path | None = None) -> Path | None:
    """The folder to open when starting on *target* (this PC's vault): if an
    earlier version's vault sits in this user's profile and *target* has
    none, ``ask(legacy, target)`` chooses MOVE (then it is moved, see
    :func:`move_vault`), USE_WHERE_IT_IS, or CANCEL (returns None)."""
    found = legacy_vault_to_move(target, legacy)
    if found is None:
        return target
    choice = ask(found, target)
    if choice == MOVE:
        move_vault(found, target)
        return target
    if choice == USE_WHERE_IT_IS:
        return found
    return None
