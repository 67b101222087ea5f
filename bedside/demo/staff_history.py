"""Demo staff history in the site directory: a nurse who left during the
week (account revoked: the PC's data key was rotated, what she recorded
stays and still verifies) and a nurse whose password was reset (new keys;
the old public key still verifies what he signed before)."""

from ..roles import Role
from ..users import create_user, reset_password, revoke_user
from bedside.names import RecordType

ORDER = 95
LEAVER = ("julie.leroy", "Inf. Julie Leroy")


def seed(ctx: dict) -> None:
    admin = ctx["login"]("admin")
    clock = ctx["clock"]
    leaver = create_user(admin, LEAVER[0], LEAVER[1], Role.NURSE, ctx["password"])
    session = ctx["vault"].login(LEAVER[0], ctx["password"])
    patients = ctx.get("patients") or {}
    if patients:
        first = next(iter(patients.values()))
        session.records.create(RecordType.NOTE, {
            "text": "Patient calme, famille informée de l'horaire des visites."},
            patient_id=first.id)
    clock.advance(3600)
    revoke_user(admin, leaver.id)
    nurse2 = next(u for u in __import__("bedside.users", fromlist=["list_users"])
                  .list_users(admin) if u.username == "nurse2")
    clock.advance(600)
    reset_password(admin, nurse2.id, ctx["password"])
