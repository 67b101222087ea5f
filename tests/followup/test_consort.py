"""CONSORT that adds up. The issue's bad counts (a patient both "not
eligible" and "included", a withdrawal counted without an inclusion) are
rebuilt from records shaped as the capabilities write them; then the
invariants hold over generated record sets (Hypothesis), and the flow
diagram (SVG) shows the numbers of consort.json."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.export.builder import build_export
from bedside.export.consort import consort_counts, invariant_problems, screening_log
from bedside.export.consort_figure import FIGURE_FILE
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import from_dicts

SVG = "{http://www.w3.org/2000/svg}"


class Records:
    def __init__(self):
        self.out, self.n = [], 0

    def add(self, rtype, pid, content, record_id=None, version=1):
        self.n += 1
        self.out.append({"id": f"e{self.n}", "record_id": record_id or f"r{self.n}", "record_type": rtype,
                         "patient_id": pid, "version": version, "content": content,
                         "created_utc": f"2026-10-{1 + self.n // 200:02d}T{(self.n // 60) % 24:02d}:{self.n % 60:02d}:00Z",
                         "author_id": "u1", "author_name": "N"})

    def patient(self, pid, subject_id=None):
        self.add("patient", pid, {"mrn": f"M{pid}", "family_name": "X", "given_name": "Y",
                                  "date_of_birth": "1970-01-01", "sex": "F", "weight_kg": 70.0, "height_cm": 170.0,
                                  "wristband": f"WB{pid}", "screening_number": f"S-{pid}",
                                  "subject_id": subject_id}, record_id=pid)

    def assessment(self, pid, status, not_met=()):
        self.add("eligibility_assessment", pid, {"answers": {}, "facts": {},
                                                 "result": {"status": status, "not_met": list(not_met)}})


def counted(records):
    data = from_dicts(records, created_utc="2026-12-01T00:00:00Z")
    entries = screening_log(data, Pseudonymiser(data))
    return entries, consort_counts(entries)


def test_the_bad_counts_of_the_issue_are_fixed():
    r = Records()
    r.patient("p1", "TJT-001")                        # included although the assessment says not eligible
    r.assessment("p1", "not_eligible", ["EXC-02"])
    r.patient("p2")                                   # withdrew before any inclusion
    r.assessment("p2", "not_eligible", ["INC-01"])
    r.add("consent_step", "p2", {"kind": "withdrawal", "at": "2026-10-02T10:00:00+00:00", "scope": ["stop_treatment"]})
    r.patient("p3")                                   # provisionally eligible, not included yet
    r.assessment("p3", "provisionally_eligible")
    r.patient("p4")                                   # eligible, consent refused: part B's screen failure
    r.assessment("p4", "eligible")
    r.add("screen_failure", "p4", {"kind": "non_clinical", "criteria": [], "reason": "consent_refused",
                                   "cancelled": False})
    entries, c = counted(r.out)
    by = {e.subject_id: e for e in entries}
    assert invariant_problems(c, entries) == []
    assert (c.assessed, c.not_eligible, c.eligible_not_included, c.included) == (4, 1, 2, 1)
    assert by["TJT-001"].box == "included" and by["TJT-001"].queries == ["included_not_eligible"]
    assert c.withdrawn == 0 and "withdrawal_without_inclusion" in by["S-p2"].queries
    assert c.eligible_not_included_by_reason == {"awaiting_decision": 1, "consent_refused": 1}
    assert c.queries == 2 and c.ongoing == 1


def test_end_states_come_from_the_end_of_participation_record():
    r = Records()
    for i, state in enumerate(("completed", "died", "lost_to_follow_up", "investigator_decision", "withdrawn")):
        pid = f"q{i}"
        r.patient(pid, f"TJT-{i:03d}")
        r.assessment(pid, "eligible")
        r.add("end_of_participation", pid, {"reason": state, "end_date": "2026-11-01"})
    r.patient("q9", "TJT-009")                         # died at a visit, end not yet recorded
    r.add("follow_up_visit", "q9", {"visit": "unscheduled", "vital_status": "died"})
    entries, c = counted(r.out)
    assert invariant_problems(c, entries) == []
    assert (c.completed, c.died, c.lost_to_follow_up, c.investigator_decision, c.withdrawn, c.ongoing) == \
        (1, 2, 1, 1, 1, 0)


STATUSES = ("eligible", "provisionally_eligible", "not_eligible", "incomplete", None)


@st.composite
def patients(draw):
    return {"included": draw(st.booleans()), "status": draw(st.sampled_from(STATUSES)),
            "outcome": draw(st.sampled_from((None, "not_eligible", "declined", "other", "included"))),
            "screen_failure": draw(st.sampled_from((None, "criteria", "non_clinical", "cancelled"))),
            "withdrawal": draw(st.booleans()),
            "end": draw(st.sampled_from((None, "completed", "withdrawn", "died", "lost_to_follow_up",
                                         "investigator_decision", "twice", "conflict"))),
            "died_at_visit": draw(st.booleans()),
            "infusions": draw(st.integers(0, 4))}


def generated_records(specs):
    r = Records()
    for i, p in enumerate(specs):
        pid = f"g{i}"
        r.patient(pid, f"TJT-{i:03d}" if p["included"] else None)
        if p["status"]:
            r.assessment(pid, p["status"], ["INC-04"] if p["status"] == "not_eligible" else [])
        if p["outcome"]:
            r.add("screening_outcome", pid, {"outcome": p["outcome"], "failed_criteria": [], "note": ""})
        if p["screen_failure"]:
            kind = "criteria" if p["screen_failure"] == "criteria" else "non_clinical"
            sf = {"kind": kind, "criteria": ["EXC-05"] if kind == "criteria" else [],
                  "reason": None if kind == "criteria" else "product_unavailable", "cancelled": False}
            r.add("screen_failure", pid, sf, record_id=f"sf-{pid}")
            if p["screen_failure"] == "cancelled":      # retracted: a second version, cancelled
                r.add("screen_failure", pid, dict(sf, cancelled=True), record_id=f"sf-{pid}", version=2)
        if p["withdrawal"]:
            r.add("consent_step", pid, {"kind": "withdrawal", "at": "2026-10-09T10:00:00+00:00"})
        if p["died_at_visit"]:
            r.add("follow_up_visit", pid, {"visit": "d28", "vital_status": "died"})
        if p["end"] == "conflict":      # two PCs ended the patient offline: two heads of the one record
            for reason in ("completed", "lost_to_follow_up"):
                r.add("end_of_participation", pid, {"reason": reason, "end_date": "2026-11-01"},
                      record_id=f"end-{pid}")
        for reason in (("completed", "died") if p["end"] == "twice" else
                       (p["end"],) if p["end"] not in (None, "conflict") else ()):
            r.add("end_of_participation", pid, {"reason": reason, "end_date": "2026-11-01"})
        for n in range(1, p["infusions"] + 1):
            r.add("infusion", pid, {"number": n, "status": "completed"})
    return r.out


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(patients(), min_size=0, max_size=12))
def test_invariants_hold_over_generated_vaults(specs):
    entries, c = counted(generated_records(specs))
    assert invariant_problems(c, entries) == []
    assert c.assessed == c.not_eligible + c.eligible_not_included + c.included
    assert c.included == c.completed + c.withdrawn + c.died + c.lost_to_follow_up + c.investigator_decision + c.ongoing
    included = {e.subject_id for e in entries if e.box == "included"}
    assert {e.subject_id for e in entries if e.end_state == "withdrawn"} <= included
    assert {e.subject_id for e in entries if e.end_state == "died"} <= included
    assert sum(1 for e in entries if e.withdrawn) == c.withdrawn
    by_subject = {e.subject_id: e for e in entries}
    for i, p in enumerate(specs):
        e = by_subject[f"TJT-{i:03d}" if p["included"] else f"S-g{i}"]
        if e.box == "included" and p["end"] == "conflict":         # counted once, and queried
            assert e.end_state in ("completed", "lost_to_follow_up") and "end_in_conflict" in e.queries
        if p["screen_failure"] == "cancelled":     # a retracted screen failure no longer counts
            assert "included_with_screen_failure" not in e.queries
            assert e.not_included_reason != "product_unavailable"


def figure_numbers(svg: bytes) -> dict[str, str]:
    root = ET.fromstring(svg)
    out = {}
    for g in root.iter(SVG + "g"):
        out[g.get("id")] = " | ".join(t.text for t in g.iter(SVG + "text"))
    return out


def test_the_exported_figure_shows_the_numbers_of_consort_json():
    r = Records()
    r.out = generated_records([{"included": True, "status": "eligible", "outcome": None, "screen_failure": None,
                                "withdrawal": False, "end": "died", "died_at_visit": False, "infusions": 3},
                               {"included": False, "status": "not_eligible", "outcome": None, "screen_failure": None,
                                "withdrawal": False, "end": None, "died_at_visit": False, "infusions": 0}])
    files = build_export(from_dicts(r.out, created_utc="2026-12-01T00:00:00Z"), ["consort"])
    counts = json.loads(files["consort.json"])
    fig = figure_numbers(files[FIGURE_FILE])
    assert re.search(rf"Assessed for eligibility: {counts['assessed']}\b", fig["assessed"])
    assert f"Included: {counts['included']}" in fig["included"]
    assert f"Not eligible: {counts['not_eligible']}" in fig["excluded"]
    assert f"Died: {counts['died']}" in fig["end"] and counts["died"] == 1
    assert f"3 infusion(s): {counts['infused_3']}" in fig["infusions"]
    log = files["screening_log.csv"].decode("utf-8-sig").splitlines()
    assert log[0].endswith("box,not_included_reason,end_state,queries")


def test_the_figure_names_screen_failure_reasons_in_words_in_each_language():
    """Not "consent_refused" on a French screen: the reason's own label, in the
    language asked; criteria keep their protocol codes (EXC-02)."""
    from bedside.eligibility.screen_failure_reasons import reason
    from bedside.export.consort import ConsortCounts
    from bedside.export.consort_figure import consort_svg
    from xml.sax.saxutils import escape
    fields = {f: 0 for f in ConsortCounts.__dataclass_fields__}
    fields.update(screened=3, assessed=3, not_eligible=1, eligible_not_included=2,
                  not_eligible_by_criterion={"EXC-02": 1},
                  eligible_not_included_by_reason={"consent_refused": 1, "product_unavailable": 1})
    c = ConsortCounts(**fields)
    for lang in ("fr", "en"):
        svg = consort_svg(c, lang)
        assert "consent_refused" not in svg and "product_unavailable" not in svg
        assert escape(reason("consent_refused").text(lang)) in svg
        assert "EXC-02" in svg
    assert "Screenés" not in consort_svg(c, "fr")
