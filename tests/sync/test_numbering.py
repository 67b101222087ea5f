"""Site-wide patient numbers: three PCs and a real server; PCs that were
offline together never give the same screening or subject number, and a
duplicate that still reaches a PC is flagged as an incident."""

from __future__ import annotations

from bedside.number_incidents import incidents
from bedside.numbering import with_station
from bedside.patients import assign_subject_id, list_patients, register_patient
from bedside.sync.local import SyncState
from bedside.sync.service import SYNCED


def _patient(mrn: str, family: str) -> dict:
    return {"mrn": mrn, "family_name": family, "given_name": "Test", "sex": "F",
            "date_of_birth": "1960-05-04", "weight_kg": 70, "height_cm": 165}


def _numbers(ws) -> dict[str, tuple[str, str | None]]:
    return {p.mrn: (p.screening_number, p.subject_id) for p in list_patients(ws.nurse)}


def test_offline_pcs_never_collide_and_duplicates_are_flagged(workstations):
    a, b, c = workstations(3)
    stations = [int(SyncState(ws.admin).get("station")) for ws in (a, b, c)]
    assert stations == [1, 2, 3]          # given by the server at enrollment
    # all three offline since enrollment (no pull yet): each registers and includes
    made = {}
    for i, ws in enumerate((a, b, c)):
        p = register_patient(ws.nurse, _patient(f"H{i}0001", f"Offline{i}"))
        q = register_patient(ws.nurse, _patient(f"H{i}0002", f"Second{i}"))
        p = assign_subject_id(ws.investigator, p.id, "included")
        made[ws.name] = (p.screening_number, q.screening_number, p.subject_id)
    assert made == {"USI-PC-1": ("S-01-001", "S-01-002", "TJT-01-001"),
                    "USI-PC-2": ("S-02-001", "S-02-002", "TJT-02-001"),
                    "USI-PC-3": ("S-03-001", "S-03-002", "TJT-03-001")}
    for ws in (a, b, c, a, b):
        assert ws.sync().state == SYNCED
    for ws in (a, b, c):
        assert len(_numbers(ws)) == 6 and incidents(ws.investigator) == []
        assert ws.service.status().duplicate_numbers == 0
    # after the pull each PC continues its own series, whatever it received
    assert register_patient(b.nurse, _patient("H10003", "Third")).screening_number == "S-02-003"

    # an older build on C still numbers as a count of local patients: S-01-001 again
    old = c.nurse.records.create("patient", {**_patient("H90001", "Oldbuild"),
                                             "date_of_birth": "1960-05-04",
                                             "wristband": "H90001",
                                             "screening_number": "S-01-001",
                                             "subject_id": None})
    for ws in (c, a, b):
        assert ws.sync().state == SYNCED
    for ws in (a, b, c):
        dup = incidents(ws.investigator)
        assert [(d.field, d.number) for d in dup] == [("screening_number", "S-01-001")]
        assert old.record_id in dup[0].patient_ids
    # recorded once in A's audit trail (which reaches the server), counted in the sync status
    trail = [e for e in a.admin.audit_trail() if e.action == "number_duplicate"]
    assert len(trail) == 1 and trail[0].details["number"] == "S-01-001"
    a.sync()
    assert len([e for e in a.admin.audit_trail() if e.action == "number_duplicate"]) == 1
    assert a.service.status().duplicate_numbers == 1
    # shown: first dashboard section for investigators (not nurses), banner for everyone
    from ui import capabilities
    from ui.dashboard_sections import SECTIONS
    from ui.number_banner import duplicate_banner
    from ui.sync_dashboard import DUPLICATE_NUMBERS
    capabilities.load()                 # as the dashboard does when it is built
    assert SECTIONS[0] is DUPLICATE_NUMBERS
    items = DUPLICATE_NUMBERS.items(a.investigator)
    assert len(items) == 1 and "S-01-001" in items[0].text and "OLDBUILD" in items[0].text
    assert items[0].urgency == 2 and DUPLICATE_NUMBERS.items(a.nurse) == []
    assert "S-01-001" in duplicate_banner(a.nurse, old.record_id)
    # nothing was renumbered: both patients keep what is printed on their labels
    numbers = [n for n, _ in _numbers(a).values()]
    assert numbers.count("S-01-001") == 2


def test_pc_enrolled_before_pc_numbers_learns_its_number_and_keeps_old_ones(workstations):
    a, b = workstations(2)
    # as a vault enrolled by an earlier build: no PC number, count-based numbers already given
    SyncState(a.admin).set(station=None)
    p = register_patient(a.nurse, _patient("H00001", "Legacy"))
    assert p.screening_number == "S-001"
    assert a.sync().state == SYNCED
    assert SyncState(a.admin).get("station") == "1"
    q = register_patient(a.nurse, _patient("H00002", "After"))
    assert q.screening_number == "S-01-001"
    assert _numbers(a)["H00001"] == ("S-001", None)       # existing numbers kept


def test_subject_format_gets_the_pc_number():
    assert with_station("TJT-{n:03d}", 3) == "TJT-{pc:02d}-{n:03d}"
    assert with_station("TJT-{n:03d}", 0) == "TJT-{n:03d}"              # never enrolled
    assert with_station("LIE{pc}/{n:02d}", 4) == "LIE{pc}/{n:02d}"      # the site placed it
    assert with_station("TJT-{n:03d}", 12).format(pc=12, n=7) == "TJT-12-007"
