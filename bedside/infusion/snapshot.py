"""Everything one patient's infusion screen shows, read in one go (on the
DB worker thread), so the UI only paints plain values."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import adverse_events, plan as plan_mod
from bedside.localtime import parse_iso
from bedside.names import PatientId

from .store import InfusionStore, InfusionView


@dataclass
class AeRow:
    version: object
    clock: adverse_events.SaeClock | None
    signed_off: bool
    versions: int
    reported_utc: str | None = None


@dataclass
class Snapshot:
    patient_id: PatientId
    patient: dict
    infusions: list[InfusionView]
    plan: list[plan_mod.PlannedInfusion] | None
    follow_up: list[plan_mod.PlannedVisit]
    selected: int
    view: InfusionView | None
    readings: list[dict] = field(default_factory=list)   # rows for flowsheet.build
    blockers: list = field(default_factory=list)
    aes: list[AeRow] = field(default_factory=list)
    patient_recorded_utc: object = None                   # when the weight in the patient record was recorded


def load(store: InfusionStore, patient_id: PatientId, selected: int | None = None) -> Snapshot:
    store = store.reader(patient_id)       # the patient's versions in one query, settings once
    infs = store.infusions(patient_id)
    pl = store.plan(patient_id, infs)
    if selected is None:
        running = next((i.number for i in infs if i.state.status in ("running", "paused")), None)
        if running:
            selected = running
        elif pl is not None and plan_mod.next_due(pl):
            nd = plan_mod.next_due(pl).number
            # stay on the last infusion while its after-end readings are still running
            last = infs[-1] if infs else None
            selected = last.number if last and last.state.status != "ended" else nd
            if last and last.state.status == "ended":
                fs_end = last.state.end_utc
                if fs_end and (store.now() - fs_end).total_seconds() < 130 * 60:
                    selected = last.number
        else:
            selected = infs[-1].number if infs else 1
    view = next((i for i in infs if i.number == selected), None)
    readings = []
    blockers = []
    if view is not None:
        readings = [{"id": v.record_id, "taken_utc": parse_iso(v.content["taken_utc"]), "values": v.content["values"],
                     "timepoint": v.content.get("timepoint"), "version": v.version}
                    for v in store.reading_versions(patient_id, view.record_id)]
        if view.state.status == "ready":
            blockers = store.start_blockers(patient_id, view)
    aes = []
    now = store.now()
    reps = store.reports(patient_id)
    signed = store.signed_off_entries(patient_id)
    for v in sorted(store.adverse_events(patient_id), key=lambda v: v.content.get("onset_utc") or ""):
        aes.append(AeRow(v, adverse_events.sae_clock(store.protocol, v.content, now, reps.get(v.record_id)),
                         (v.id, v.content_hash) in signed, v.version, reps.get(v.record_id)))
    pv = store.patient(patient_id)
    return Snapshot(patient_id, pv.content, infs, pl, store.follow_up(patient_id),
                    selected, view, readings, blockers, aes, pv.created_utc)
