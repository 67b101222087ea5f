"""The site staff directory: who exists, with which role, whether active,
and with which keys -- at any point of the site's history.

It is made of ``staff`` record versions (record id = the person's user id),
each signed like every other entry; a role change, a revocation or a new
password is a new version, and old versions keep the keys that verify what
the person wrote before. The directory is rebuilt from those entries (in
clock order) wherever an entry must be admitted: on the PC that writes,
on every PC that pulls, on the server and in ``bedside verify``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..roles import Role
from .slots import Credential
from bedside.names import EntryId



@dataclass(frozen=True)
class PersonState:
    """One person as a staff version describes them, from clock ``hlc`` on."""

    user_id: str
    username: str
    display_name: str
    role: Role
    active: bool
    credential: Credential
    hlc: str
    entry_id: EntryId


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    user_id: str
    sign_pub: str


def staff_content(username: str, display_name: str, role: Role | str, active: bool,
                  credential: Credential) -> dict:
    return {"username": username, "display_name": display_name, "role": Role(role).value,
            "active": bool(active), "credential": credential.to_dict()}


def state_from_entry(entry: dict) -> PersonState:
    """Raises KeyError/ValueError/TypeError on a malformed staff entry."""
    c = entry["content"]
    if not isinstance(c.get("active"), bool) or not isinstance(c.get("username"), str):
        raise ValueError("malformed staff entry")
    return PersonState(user_id=entry["record_id"], username=c["username"],
                       display_name=str(c.get("display_name", "")), role=Role(c["role"]),
                       active=c["active"], credential=Credential.from_dict(c["credential"]),
                       hlc=entry["hlc"], entry_id=entry["id"])


@dataclass
class Directory:
    keys: dict[str, SigningKey] = field(default_factory=dict)
    timeline: dict[str, list[PersonState]] = field(default_factory=dict)
    size: int = 0     # staff versions seen (cache invalidation)
    root: str | None = None          # the pinned site root key (identity/site_root.py)
    vouched: frozenset[str] = frozenset()   # upgraded accounts this PC vouches for

    def add(self, state: PersonState) -> None:
        cred = state.credential
        self.keys.setdefault(cred.key_id, SigningKey(cred.key_id, state.user_id, cred.sign_pub))
        line = self.timeline.setdefault(state.user_id, [])
        line.append(state)
        line.sort(key=lambda s: s.hlc)
        self.size += 1

    def state_at(self, user_id: str, hlc: str) -> PersonState | None:
        """The person as the directory described them when *hlc* was stamped."""
        best = None
        for s in self.timeline.get(user_id, []):
            if s.hlc <= hlc:
                best = s
        return best

    def current(self, user_id: str) -> PersonState | None:
        line = self.timeline.get(user_id)
        return line[-1] if line else None

    def people(self) -> Iterable[PersonState]:
        return (line[-1] for line in self.timeline.values())
