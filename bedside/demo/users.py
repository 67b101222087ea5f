"""Demo staff, one per role (password ``bedside-demo``)."""

from ..roles import Role
from ..users import create_user

ORDER = 0
STAFF = [
    ("nurse", "Inf. Marie Lambert", Role.NURSE),
    ("nurse2", "Inf. Thomas Dubois", Role.NURSE),
    ("investigator", "Dr Luc Renard", Role.INVESTIGATOR),
    ("datamanager", "Sophie Martin", Role.DATA_MANAGER),
    # site staff who work on the ward's other PCs (their entries arrive by sync)
    ("gaspard.vandamme", "Ir Gaspard Vandamme", Role.ADMINISTRATOR),
    ("odile.renson", "Inf. Odile Renson", Role.NURSE),
    ("yannick.lemaire", "Inf. Yannick Lemaire", Role.NURSE),
]


def seed(ctx: dict) -> None:
    admin = ctx["login"]("admin")
    for username, name, role in STAFF:
        create_user(admin, username, name, role, ctx["password"])
