"""Round trip of a real demo vault (SQLCipher, real users, real signatures) to every format."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from bedside import demo
from bedside.demo.patients import PATIENTS
from bedside.errors import PermissionDenied, ValidationError
from bedside.export.service import export_vault
from tests.i18n_exports.exported_files import O, odm_final_state, read_csv


def _add_clinical_records(vault):
    """Records of the kinds the clinical capabilities write, for the patients of the demo."""
    inv = vault.login("investigator", demo.DEMO_PASSWORD)
    rs = inv.records
    pts = {p.content["family_name"]: p for p in rs.list_latest("patient")}
    dupont = pts["Dupont"].record_id
    ea = rs.create("eligibility_assessment", _assessment("eligible", []), patient_id=dupont)
    inv.sign(demo.DEMO_PASSWORD, ea, "eligibility confirmed")
    rs.create("eligibility_assessment", _assessment("not_eligible", ["ecmo"]),
              patient_id=pts["Janssens"].record_id)
    rs.create("consent_step", {"kind": "consent", "at": "2026-11-20T09:00:00+00:00", "seq": 1,
                               "status_after": "consented", "pathway": "patient",
                               "form_id": "tjt2012-patient", "form_version": "3.1", "language": "fr",
                               "optional_answers": {}, "signer": {"name": "Jean Dupont"},
                               "signature_sha256": "a" * 64, "obtained_by": "Dr Test"},
              patient_id=dupont)
    rs.create("infusion", {"number": 1, "product": {"bag_id": "BAG-1", "donor_id": "DON-1",
                                                    "viable_cells_millions": "210", "volume_ml": "100"},
                           "weight_kg": "70.0", "weight_measured_utc": "2026-11-20T08:00:00+00:00",
                           "dose_per_kg_millions": "3.0", "dose_shown": "3.00",
                           "dose_override_reason": None, "window_reason": None, "override_by": None,
                           "protocol": "tjt2012-infusion-v1"}, patient_id=dupont)
    vs = rs.create("vital_reading", {"infusion_id": "inf-1", "number": 1,
                                     "taken_utc": "2026-11-20T10:15:00+00:00", "timepoint": None,
                                     "values": {"hr": "92", "sbp": "131", "dbp": "77", "rr": "21",
                                                "spo2": "95", "temp": "37.4", "fio2": "35"},
                                     "alerts": []}, patient_id=dupont)
    rs.correct(vs.record_id, {**vs.content, "values": {**vs.content["values"], "hr": "94"}},
               reason="transcription error")
    rs.create("adverse_event", {"term": "Chills", "serious": False, "grade": 1,
                                "onset_utc": "2026-11-20T11:00:00+00:00", "relation": "possible",
                                "expected": True, "action": "none", "outcome": "recovered"},
              patient_id=dupont)


def _assessment(status: str, not_met: list[str]) -> dict:
    return {"answers": {}, "facts": {}, "protocol_file": "tjt2012-v1.json",
            "protocol_key": "TJT2012-v1",
            "result": {"status": status, "not_met": not_met, "missing": [], "due": None}}


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "vault"
    vault = demo.build(folder)
    vault = type(vault).open(folder)
    _add_clinical_records(vault)
    yield vault
    vault.lock()


def _staff_ids(session):
    from sqlalchemy import select
    from bedside.storage.schema import UserRow
    with session.db.read() as orm:
        return {u.id for u in orm.scalars(select(UserRow)).all()}


def _identifiers():
    out = []
    try:  # the consent capability's demo: representatives, witness, phone numbers
        import bedside.demo.consent  # noqa: F401
        out += ["Michel Leclercq", "+32 4 555 01 02", "Paul Verhoeven", "Hilde Mertens", "+32 4 555 03 04"]
    except ImportError:
        pass
    for p in PATIENTS.values():
        dob = date.fromisoformat(p["date_of_birth"])
        out += [p["mrn"], p["family_name"], p["given_name"], p["date_of_birth"], p["wristband"],
                dob.strftime("%d/%m/%Y")]
    return out


def test_pseudonymised_round_trip_to_every_format(demo_vault, tmp_path):
    dm = demo_vault.login("datamanager", demo.DEMO_PASSWORD)
    steps = []
    # the demo's free text names a visitor: the data manager strikes what the review lists
    result = export_vault(dm, tmp_path, also_redact=["Koen", "Peeters"], reviewed=True,
                          progress=lambda i, n, label: steps.append((i, n)))
    assert "pseudonymised" in result.folder.name and not result.identified
    assert steps[-1][0] == steps[-1][1]
    names = {p.relative_to(result.folder).as_posix() for p in result.folder.rglob("*") if p.is_file()}
    assert {"csv/patient.csv", "csv/data_dictionary.csv", "clinical_data_odm.xml", "fhir_r4_bundle.json",
            "screening_log.csv", "consort.json"} <= names

    # no direct identifier anywhere
    blob = "\n".join(p.read_bytes().decode("utf-8-sig") for p in result.folder.rglob("*") if p.is_file())
    for ident in _identifiers() + ["Koen", "Peeters"]:
        assert ident.lower() not in blob.lower(), ident

    # ODM well-formed and consistent with the CSV
    root = ET.parse(result.folder / "clinical_data_odm.xml").getroot()
    assert root.get("ODMVersion") == "1.3.2"
    from tests.i18n_exports.reference_schemas import odm_schema_errors, odm_value_errors
    odm_bytes = (result.folder / "clinical_data_odm.xml").read_bytes()
    assert odm_schema_errors(odm_bytes) == []  # CDISC's own ODM 1.3.2 XSD
    assert odm_value_errors(odm_bytes) == []
    from tests.i18n_exports.reference_schemas import fhir_schema_errors
    assert fhir_schema_errors(json.loads((result.folder / "fhir_r4_bundle.json").read_text("utf-8"))) == []
    state = odm_final_state(root)
    for csv_file in (result.folder / "csv").glob("*.csv"):
        if csv_file.name == "data_dictionary.csv":
            continue
        form = csv_file.stem
        for row in read_csv(csv_file.read_bytes()):
            want = {f"I.{form.upper()}.{k}": v for k, v in row.items()
                    if k not in ("subject_id", "record_id", "version", "recorded_utc", "recorded_by") and v != ""}
            assert state[(row["subject_id"], "F." + form.upper(), row["record_id"])] == want
    # staff by login name everywhere: no internal user id in any CSV, and every
    # user referenced (authors, signers, the second person of a check) is in AdminData
    staff_ids = _staff_ids(dm)
    csv_text = "\n".join(p.read_text("utf-8-sig") for p in (result.folder / "csv").glob("*.csv"))
    assert not [i for i in staff_ids if i in csv_text]
    logins = {u.findtext(O + "LoginName") for u in root.iter(O + "User")}
    checks = read_csv((result.folder / "csv" / "infusion_check.csv").read_bytes())
    assert checks and all(r["second_user.id"] in logins and r["first_user.id"] in logins for r in checks)
    sigs = [s for s in root.iter(O + "Signature") if s.find(O + "SignatureRef") is not None]
    assert sigs
    # every exported signature is a genuine one of the vault
    from bedside.session import is_genuine_signature
    from bedside.roles import SIGNATURE_TYPE
    genuine = [v for v in dm.records.list_latest(SIGNATURE_TYPE) if is_genuine_signature(v)]
    assert len(sigs) <= len(genuine)
    reasons = {r.text for r in root.iter(O + "ReasonForChange")}
    assert "transcription error" in reasons

    # FHIR validated
    from fhir.resources.R4B.bundle import Bundle
    bundle = Bundle.model_validate(json.loads((result.folder / "fhir_r4_bundle.json").read_text("utf-8")))
    kinds = {e.resource.get_resource_type() for e in bundle.entry}
    assert {"Patient", "Consent", "Observation", "AdverseEvent"} <= kinds

    # screening log and CONSORT
    counts = json.loads((result.folder / "consort.json").read_text())
    assert counts["screened"] >= len(PATIENTS)
    # Janssens is included and then assessed "not eligible (ecmo)": counted once, as included,
    # and listed for the data manager to check (issue 14: it was counted in both boxes)
    assert counts["assessed"] == counts["not_eligible"] + counts["eligible_not_included"] + counts["included"]
    assert "ecmo" not in counts["not_eligible_by_criterion"] and counts["queries"] >= 1
    log = read_csv((result.folder / "screening_log.csv").read_bytes())
    assert any(r["box"] == "included" and "included_not_eligible" in r["queries"] for r in log)
    # patients appear by screening number / subject id only
    subjects = {r["subject_id"] for r in read_csv((result.folder / "csv" / "patient.csv").read_bytes())}
    assert all(s.startswith(("S-", "TJT-")) for s in subjects)

    # audited
    admin = demo_vault.login("admin", demo.DEMO_PASSWORD)
    entry = next(e for e in admin.audit_trail(limit=20) if e.action == "export")
    assert entry.username == "datamanager" and entry.details["identified"] is False
    assert set(entry.details["files"]) == names


def test_identified_export_needs_the_administrator(demo_vault, tmp_path):
    dm = demo_vault.login("datamanager", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        export_vault(dm, tmp_path, identified=True)
    assert list(tmp_path.iterdir()) == []
    admin = demo_vault.login("admin", demo.DEMO_PASSWORD)
    result = export_vault(admin, tmp_path, ["csv"], identified=True)
    assert "IDENTIFIED" in result.folder.name
    assert "Dupont" in (result.folder / "csv" / "patient.csv").read_text("utf-8-sig")


def test_nurse_cannot_export_and_bad_input_is_refused(demo_vault, tmp_path):
    nurse = demo_vault.login("nurse", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        export_vault(nurse, tmp_path)
    dm = demo_vault.login("datamanager", demo.DEMO_PASSWORD)
    with pytest.raises(ValidationError):
        export_vault(dm, tmp_path / "missing")
    with pytest.raises(ValidationError):
        export_vault(dm, tmp_path, [])
    with pytest.raises(ValidationError):
        export_vault(dm, tmp_path, ["pdf"])
    assert list(tmp_path.iterdir()) == []


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=st.text(max_size=30), formats=st.lists(st.text(max_size=6), max_size=3))
def test_bad_folder_or_formats_never_crash_or_write(demo_vault, tmp_path_factory, folder, formats):
    dm = demo_vault.login("datamanager", demo.DEMO_PASSWORD)
    base = tmp_path_factory.mktemp("h")
    try:
        export_vault(dm, base / "missing" / folder.replace("\x00", ""), formats)
    except ValidationError as err:
        assert err.field in ("folder", "formats")
    assert list(base.iterdir()) == []
