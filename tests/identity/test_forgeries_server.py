"""The server admits pushed entries through the same door as every PC: an
enrolled device pushing forgeries gets each refused and named, and none is
ever served to another PC."""

from __future__ import annotations

from tests.identity.forgery import signed_as
from tests.server.entries import (ADMIN_ID, ADMIN_KEYS, NURSE_ID, NURSE_KEYS, SITE_ROOT, make_entry,
                                  site_directory)


def test_rogue_device_forgeries_are_refused_by_the_server(sqlite_server):
    dev = sqlite_server.enrolled_client("USI-PC-9", "ws-r", SITE_ROOT)
    staff = site_directory("ws-r")
    assert set(dev.push(staff)["entries"].values()) == {"stored"}
    good = make_entry("ws-r")
    claims_admin = make_entry("ws-r", author_id=ADMIN_ID)              # nurse's key, admin's name
    admin_clinical = make_entry("ws-r", author_id=ADMIN_ID, keys=ADMIN_KEYS)
    unsigned = {k: v for k, v in make_entry("ws-r").items() if k != "entry_sig"}
    patient = {"mrn": "H1234567", "family_name": "Dupont", "given_name": "Jean",
               "date_of_birth": "1960-03-02", "sex": "M", "weight_kg": 80.0, "height_cm": 175.0,
               "wristband": "WB-1", "screening_number": "S-001", "subject_id": "TJT-001"}
    subject = signed_as(make_entry("ws-r"), "patient", patient, NURSE_KEYS)
    promote = signed_as(make_entry("ws-r", record_id=NURSE_ID, version=2,
                             replaces=staff[1]["id"]), "staff",
                  {**staff[1]["content"], "role": "investigator"}, NURSE_KEYS)
    r = dev.push([good, claims_admin, admin_clinical, unsigned, subject, promote])
    assert r["entries"] == {good["id"]: "stored", claims_admin["id"]: "invalid",
                            admin_clinical["id"]: "invalid", unsigned["id"]: "invalid",
                            subject["id"]: "invalid", promote["id"]: "invalid"}
    assert "another person's key" in r["errors"][claims_admin["id"]]
    assert "not allowed to write a note" in r["errors"][admin_clinical["id"]]
    assert "not signed" in r["errors"][unsigned["id"]]
    assert "not allowed to set subject_id" in r["errors"][subject["id"]]
    assert "not allowed to write a staff" in r["errors"][promote["id"]]
    served = [i["entry"]["id"] for i in dev.pull(0)["items"] if i["kind"] == "entry"]
    assert served == [staff[0]["id"], staff[1]["id"], good["id"]]
    incidents = sqlite_server.store().status()["incidents"]
    assert sum(i["kind"] == "entry_refused" for i in incidents) == 5
