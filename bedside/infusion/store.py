"""Infusion records in the vault, through session.records (append-only).

Record types written here:
  infusion        one per infusion given: number, product, dose, overrides
  infusion_check  two-person bedside check of one infusion
  infusion_event  start / pause / resume / stop (+ outcome)
  vital_reading   one row of the flowsheet (values, time, timepoint, alerts)
  adverse_event   one AE (corrections = new versions; sign-off = signature)
  sae_report      an investigator's statement that an SAE was reported (stops its clock)
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from bedside.names import Meaning, RecordType
from . import adverse_events, dose as dose_mod, flowsheet, gate, inclusion, lifecycle, plan, product, vitals
from .inclusion import INCLUSION_RECORD_TYPES
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from .errors import InfusionRuleError
from .protocol import InfusionProtocol, default as default_protocol
from .timeentry import parse_clock
from bedside.localtime import parse_iso, site_zone
from bedside.roles import Permission, allows
from bedside.records import DeferredHeads
from bedside.session import is_genuine_signature

WRISTBAND_KEYS = ("wristband", "mrn", "patient_number", "study_id", "screening_number")
# what a patient's infusion screen reads (InfusionStore.reader: one query)
SCREEN_TYPES = (RecordType.INFUSION, RecordType.INFUSION_CHECK, RecordType.INFUSION_EVENT, RecordType.VITAL_READING,
                RecordType.ADVERSE_EVENT, RecordType.SAE_REPORT, RecordType.SIGNATURE, *INCLUSION_RECORD_TYPES)


@dataclass
class InfusionView:
    record: object                 # latest RecordVersion of the infusion record
    number: int
    content: dict
    checks: list = field(default_factory=list)
    events: list = field(default_factory=list)
    state: lifecycle.State = None

    @property
    def record_id(self) -> str:
        return self.record.record_id

    @property
    def checked(self) -> bool:
        return bool(self.checks)


def with_site_settings(protocol: InfusionProtocol, session,
                       settings: dict | None = None) -> InfusionProtocol:
    """The site's interval setting (site_defaults / site settings, bedside/settings.py)
    overrides the protocol file's 3–4 days when it is sane. *settings*: the
    site settings already read, if the caller has them."""
    try:
        settings = settings if settings is not None else session.settings.all()
        lo = settings.get("infusion_interval_days_min")
        hi = settings.get("infusion_interval_days_max")
    except Exception:  # settings unreadable: keep the protocol file
        return protocol
    if isinstance(lo, int) and isinstance(hi, int) and not isinstance(lo, bool) and 1 <= lo <= hi <= 60:
        target = min(max(protocol.interval_target, lo), hi)
        return dataclasses.replace(protocol, interval_min=lo, interval_max=hi, interval_target=target)
    return protocol


class InfusionStore:
    def __init__(self, session, protocol: InfusionProtocol | None = None):
        self.session = session
        self.protocol = protocol or default_protocol()   # no vault read here (UI thread may build this)
        self._plan_protocol = None
        self._zone = None            # set by reader(): the site's zone, read once
        self._preloaded: tuple[str, dict] | None = None   # reader(): one patient's current versions
        self._memo: dict | None = None                    # reader(): patient, inclusion date

    def reader(self, patient_id) -> "InfusionStore":
        """A store for one read of one patient's screen (on the worker
        thread): that patient's current versions of every type the screen
        shows, and the patient record, are read in one query, the site
        settings once. Only for reading: nothing it holds is refreshed."""
        r = InfusionStore(self.session, self.protocol)
        # the readings of the infusion shown are decoded, not the other infusions' (reading_versions)
        r._preloaded = (patient_id, self.rs.list_latest_many((*SCREEN_TYPES, RecordType.PATIENT), patient_id,
                                                             deferred=(RecordType.VITAL_READING,)))
        settings = self.session.settings.all()
        r._zone = site_zone(self.session, settings)
        r._plan_protocol = with_site_settings(self.protocol, self.session, settings)
        r._memo = {}
        return r

    def _latest(self, record_type: str, patient_id) -> list:
        """``records.list_latest`` for one patient, from the reader's one query when it holds it."""
        pre = self._preloaded
        if pre is not None and pre[0] == patient_id and record_type in pre[1]:
            found = pre[1][record_type]
            return found.versions() if isinstance(found, DeferredHeads) else list(found)
        return self.rs.list_latest(record_type, patient_id=patient_id)

    def _remember(self, key, compute):
        if self._memo is None:
            return compute()
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def plan_protocol(self) -> InfusionProtocol:
        """The protocol with the site's interval setting applied (reads the vault)."""
        if self._plan_protocol is None:
            self._plan_protocol = with_site_settings(self.protocol, self.session)
        return self._plan_protocol

    # ------------------------------------------------------------ basics
    @property
    def rs(self):
        return self.session.records

    def now(self) -> datetime:
        return self.session.clock.now()

    def zone(self):
        """The site's named time zone: typed times and calendar days are read in it."""
        return self._zone if self._zone is not None else site_zone(self.session)

    def _fail(self, problems: list[Message]):
        if problems:
            raise InfusionRuleError(problems)

    def patient(self, patient_id):
        return self._remember(("patient", patient_id), lambda: self._patient(patient_id))

    def _patient(self, patient_id):
        """The patient record's current version: from the reader's one query
        when it holds it (``latest`` says why when none can be read)."""
        pre = self._preloaded
        if pre is not None and pre[0] == patient_id:
            found = [v for v in pre[1].get(RecordType.PATIENT, ()) if v.record_id == patient_id]
            if found:
                return found[-1]
        return self.rs.latest(patient_id)

    def inclusion_date(self, patient_id) -> date | None:
        """From an inclusion date in the patient or an inclusion/eligibility
        record; else the day the study subject id was given (inclusion)."""
        return self._remember(("inclusion", patient_id), lambda: self._inclusion_date(patient_id))

    def _inclusion_date(self, patient_id) -> date | None:
        patient = self.patient(patient_id).content
        if not patient.get("subject_id"):
            return None                       # not included: no plan
        assessments = [v.content for rtype in INCLUSION_RECORD_TYPES
                       for v in self._latest(rtype, patient_id)]
        given = (v.created_utc for v in self.rs.history(patient_id) if v.content.get("subject_id"))
        return inclusion.inclusion_date(patient, assessments, given, self.zone())

    def _may_override(self, user) -> bool:
        return allows(user.role, Permission.OVERRIDE_CLINICAL)

    def authenticate_other(self, username: str, password: str):
        """A second person authenticates at this workstation with their own
        password (via the vault). Returns their User. Same user refused."""
        username = (username or "").strip()
        if username.lower() == self.session.user.username.lower():
            self._fail([Message(QT_TRANSLATE_NOOP(
                "core", "The second check must be done by a different person."), {}, field="username", code="same_user")])
        return self.session.authenticate_other(username, password)

    def authenticate_investigator(self, username: str, password: str):
        """An investigator approves an override at the bedside (their own password)."""
        username = (username or "").strip()
        if username.lower() == self.session.user.username.lower():
            self.session.verify_password(password)
            user = self.session.user
        else:
            user = self.session.authenticate_other(username, password)
        if not self._may_override(user):
            self._fail([Message(QT_TRANSLATE_NOOP(
                "core", "Only an investigator can approve this override."), {}, field="username", code="not_investigator")])
        return user

    # ------------------------------------------------------------ plan
    def infusions(self, patient_id) -> list[InfusionView]:
        infs = self._latest(RecordType.INFUSION, patient_id)
        checks = self._latest(RecordType.INFUSION_CHECK, patient_id)
        events = self._latest(RecordType.INFUSION_EVENT, patient_id)
        out = []
        for v in infs:
            ev = [e.content for e in events if e.content.get("infusion_id") == v.record_id]
            out.append(InfusionView(v, v.content["number"], v.content,
                                    [c for c in checks if c.content.get("infusion_id") == v.record_id],
                                    ev, lifecycle.state(ev)))
        return sorted(out, key=lambda i: i.number)

    def _done_dates(self, infs: list[InfusionView]) -> dict[int, date]:
        out = {}
        for i in infs:
            if i.state.start_utc:
                out[i.number] = i.state.start_utc.astimezone(self.zone()).date()
        return out

    def plan(self, patient_id, infs: list[InfusionView] | None = None) -> list[plan.PlannedInfusion] | None:
        inc = self.inclusion_date(patient_id)
        if inc is None:
            return None
        infs = self.infusions(patient_id) if infs is None else infs
        return plan.infusion_plan(self.plan_protocol, inc, self._done_dates(infs))

    def follow_up(self, patient_id):
        inc = self.inclusion_date(patient_id)
        return plan.follow_up_plan(self.protocol, inc) if inc else []

    # ------------------------------------------------------------ before the start
    def prepare(self, patient_id, number: int, product_entry: dict, weight_kg, weight_measured_utc: datetime | None,
                window_reason: str | None = None, donor_override_reason: str | None = None,
                dose_override_reason: str | None = None, investigator=None):
        """Product and dose checks; writes the infusion record. `investigator`
        is a User authenticated for an override (or None; the session user
        counts if they are an investigator)."""
        now = self.now()
        infs = self.infusions(patient_id)
        if any(i.number == number for i in infs):
            self._fail([Message(QT_TRANSLATE_NOOP("core", "Infusion {number} is already recorded."), {"number": number}, field="number", code="infusion_done")])
        self.session.require(Permission.RECORD_INFUSION)
        if investigator is not None and not self._may_override(investigator):
            investigator = None
        inv = investigator or (self.session.user if self._may_override(self.session.user) else None)
        pl = self.plan(patient_id, infs)
        if pl is None:
            self._fail([Message(QT_TRANSLATE_NOOP(
                "core", "This patient is not included in the trial: no infusion can be prepared."), {}, field="patient", code="not_included")])
        problems: list[Message] = plan.check_infusion_date(pl, number, now.astimezone(self.zone()).date(), window_reason)
        prev_donors = [i.content["product"]["donor_id"] for i in infs]
        prev_bags = [i.content["product"]["bag_id"] for i in infs]
        pc = product.check(self.protocol, product_entry, prev_donors, prev_bags, now,
                           donor_override_reason, inv is not None)
        problems += pc.problems
        dr = None
        if pc.content.get("viable_cells_millions"):
            dr = dose_mod.compute(self.protocol, pc.content["viable_cells_millions"], weight_kg, weight_measured_utc,
                                  now, dose_override_reason, inv is not None)
            problems += dr.problems
        self._fail(problems)
        content = {
            "number": number,
            "product": pc.content,
            "weight_kg": str(weight_kg).replace(",", "."),
            "weight_measured_utc": weight_measured_utc.isoformat() if weight_measured_utc else None,
            "dose_per_kg_millions": str(dr.per_kg_millions.quantize(Decimal("0.0001"))),
            "dose_shown": dr.shown,
            "dose_override_reason": ((dose_override_reason or "").strip() or None) if dr.needs_override else None,
            "window_reason": (window_reason or "").strip() or None,
            "override_by": ({"id": inv.id, "name": inv.display_name}
                            if inv is not None and (dr.needs_override or pc.donor_override_needed) else None),
            "protocol": f"{self.protocol.id}-v{self.protocol.version}",
        }
        return self.rs.create(RecordType.INFUSION, content, patient_id=patient_id)

    def correct_infusion(self, infusion_record_id: str, changes: dict, reason: str, investigator=None,
                         override_reason: str | None = None):
        """Correct what was recorded about the product or the weight (a new
        version with a reason). Ids, numbers and the dose are checked again;
        the dose is judged as of the original recording (weight age)."""
        self.session.require(Permission.RECORD_INFUSION)
        if not (reason or "").strip():
            self._fail([Message(QT_TRANSLATE_NOOP("core", "A correction needs a reason."), {}, field="reason", code="reason")])
        old = self.rs.latest(infusion_record_id)
        c = old.content
        prod = {**c["product"], **{k: v for k, v in changes.items() if k in
                                   ("bag_id", "donor_id", "viable_cells_millions", "volume_ml")}}
        others = [i for i in self.infusions(old.patient_id) if i.record_id != infusion_record_id]
        if investigator is not None and not self._may_override(investigator):
            investigator = None
        inv = investigator or (self.session.user if self._may_override(self.session.user) else None)
        recorded = old.created_utc if old.version == 1 else self.rs.history(infusion_record_id)[0].created_utc
        pc = product.check(self.protocol, {**prod, "expiry_utc": recorded + timedelta(minutes=1)},
                           [i.content["product"]["donor_id"] for i in others],
                           [i.content["product"]["bag_id"] for i in others], recorded,
                           override_reason or c["product"].get("donor_override_reason"), inv is not None)
        problems = [p for p in pc.problems if p.code not in ("expired", "expiry_missing")]
        weight = changes.get("weight_kg", c["weight_kg"])
        dr = None
        if pc.content.get("viable_cells_millions"):
            dr = dose_mod.compute(self.protocol, pc.content["viable_cells_millions"], weight,
                                  parse_iso(changes.get("weight_measured_utc")) or parse_iso(c["weight_measured_utc"]), recorded,
                                  override_reason or c.get("dose_override_reason"), inv is not None)
            problems += dr.problems
        self._fail(problems)
        new = {**c, "product": {**c["product"], **{k: pc.content[k] for k in
                                                   ("bag_id", "donor_id", "viable_cells_millions", "volume_ml")}},
               "weight_kg": str(weight).replace(",", "."),
               "dose_per_kg_millions": str(dr.per_kg_millions.quantize(Decimal("0.0001"))),
               "dose_shown": dr.shown}
        if dr.needs_override or pc.donor_override_needed:
            new["dose_override_reason"] = ((override_reason or c.get("dose_override_reason") or "").strip() or None) \
                if dr.needs_override else c.get("dose_override_reason")
            new["override_by"] = {"id": inv.id, "name": inv.display_name}
        return self.rs.correct(infusion_record_id, new, reason=reason.strip())

    def two_person_check(self, infusion_record_id: str, username: str, password: str,
                         wristband_scan: str, label_confirmed: bool):
        self.session.require(Permission.RECORD_INFUSION)
        inf = self.rs.latest(infusion_record_id)
        problems = []
        if not label_confirmed:
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "The second person must confirm the product label."), {}, field="label", code="label_unconfirmed"))
        scan = product.normalise_id(wristband_scan)
        pc = self.patient(inf.patient_id).content
        ids = {product.normalise_id(pc.get(k)) for k in WRISTBAND_KEYS if pc.get(k)}
        if not scan or scan not in ids:
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "The wristband does not match this patient: stop and check identity."), {}, field="wristband", code="wristband"))
        self._fail(problems)
        other = self.authenticate_other(username, password)
        return self.rs.create(RecordType.INFUSION_CHECK, {
            "infusion_id": infusion_record_id, "number": inf.content["number"],
            "first_user": {"id": self.session.user.id, "name": self.session.user.display_name},
            "second_user": {"id": other.id, "name": other.display_name},
            "wristband_match": True, "label_confirmed": True, "at_utc": self.now().isoformat(),
        }, patient_id=inf.patient_id)

    def start_blockers(self, patient_id, view: InfusionView) -> list[Message]:
        """Why this infusion may not start now (empty list = may start)."""
        problems = []
        ans = gate.may_infuse(self.session, patient_id)
        if not ans.allowed:
            problems += ans.reasons
        if not view.checked:
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "The two-person bedside check is not done."), {}, field="check", code="no_two_person"))
        pr = view.content["product"]
        pc = product.check(self.protocol, {**pr, "expiry_utc": parse_iso(pr.get("expiry_utc")), "thaw_utc": parse_iso(pr.get("thaw_utc"))},
                           [], [], self.now())
        problems += [p for p in pc.problems if p.code in ("expired", "thaw_expired")]
        return problems

    # ------------------------------------------------------------ during
    def event(self, infusion_record_id: str, kind: str, at_utc: datetime | None = None, reason: str | None = None,
              outcome: str | None = None, volume_given_ml=None):
        self.session.require(Permission.RECORD_INFUSION)
        inf = self.rs.latest(infusion_record_id)
        view = next(i for i in self.infusions(inf.patient_id) if i.record_id == infusion_record_id)
        if kind == "start":
            self._fail(self.start_blockers(inf.patient_id, view))
        now = self.now()
        content, problems = lifecycle.check_event(view.state, kind, at_utc or now, now, reason, outcome,
                                                  volume_given_ml, inf.content["product"].get("volume_ml"))
        self._fail(problems)
        content.update(infusion_id=infusion_record_id, number=inf.content["number"])
        return self.rs.create(RecordType.INFUSION_EVENT, content, patient_id=inf.patient_id)

    def reading_versions(self, patient_id, infusion_record_id: str):
        pre = self._preloaded
        found = pre[1].get(RecordType.VITAL_READING) if pre is not None and pre[0] == patient_id else None
        if isinstance(found, DeferredHeads):     # the reader's: only this infusion's are decoded
            candidates = found.versions(containing=("infusion_id", infusion_record_id))
        else:
            candidates = self._latest(RecordType.VITAL_READING, patient_id)
        return [v for v in candidates if v.content.get("infusion_id") == infusion_record_id]

    def _reading_content(self, inf, raw: dict, time_text_or_dt, timepoint, exclude_rid=None):
        now = self.now()
        if isinstance(time_text_or_dt, datetime):
            taken, tp = time_text_or_dt, None
        else:
            taken, tp = parse_clock(time_text_or_dt, now, self.zone())
        if tp:
            self._fail([tp])
        val = vitals.validate(self.protocol, raw, taken, now)
        self._fail(val.problems)
        others = [v for v in self.reading_versions(inf.patient_id, inf.record_id) if v.record_id != exclude_rid]
        view = next(i for i in self.infusions(inf.patient_id) if i.record_id == inf.record_id)
        rows = [{"id": v.record_id, "taken_utc": parse_iso(v.content["taken_utc"]), "values": v.content["values"],
                 "timepoint": v.content.get("timepoint")} for v in others]
        rows.append({"id": "__new__", "taken_utc": taken, "values": val.values, "timepoint": timepoint})
        fs = flowsheet.build(self.protocol, rows, view.state.start_utc, view.state.end_utc, now)
        new = next(r for r in fs.rows if r.reading_id == "__new__")
        content = {"infusion_id": inf.record_id, "number": inf.content["number"], "taken_utc": taken.isoformat(),
                   "values": val.values, "timepoint": timepoint or new.timepoint,
                   "alerts": [{"rule": a.rule_id, "sign": a.sign, "value": a.value, "threshold": a.threshold,
                               "baseline": a.baseline} for a in new.alerts]}
        return content, new.alerts

    def add_reading(self, infusion_record_id: str, raw: dict, time_text_or_dt=None, timepoint: str | None = None,
                    source: dict | None = None):
        """Validate and store one flowsheet row. Returns (version, alerts).
        ``source``: the monitor message the nurse validated (docs/hl7.md)."""
        self.session.require(Permission.RECORD_INFUSION)
        inf = self.rs.latest(infusion_record_id)
        content, alerts = self._reading_content(inf, raw, time_text_or_dt, timepoint)
        if source is not None:
            content["source"] = source
        return self.rs.create(RecordType.VITAL_READING, content, patient_id=inf.patient_id), alerts

    def correct_reading(self, reading_record_id: str, raw: dict, time_text_or_dt, reason: str):
        self.session.require(Permission.RECORD_INFUSION)
        old = self.rs.latest(reading_record_id)
        if not (reason or "").strip():
            self._fail([Message(QT_TRANSLATE_NOOP("core", "A correction needs a reason."), {}, field="reason", code="reason")])
        inf = self.rs.latest(old.content["infusion_id"])
        # a corrected time is matched again: the reading moves to the point (and
        # the place in the table) of the time it was really measured
        content, alerts = self._reading_content(inf, raw, time_text_or_dt, None, exclude_rid=reading_record_id)
        if content["taken_utc"] == old.content["taken_utc"] and old.content.get("timepoint"):
            content, alerts = self._reading_content(inf, raw, time_text_or_dt, old.content["timepoint"],
                                                    exclude_rid=reading_record_id)
        return self.rs.correct(reading_record_id, content, reason=reason.strip()), alerts

    def flowsheet(self, patient_id, infusion_record_id: str, view: InfusionView | None = None):
        view = view or next(i for i in self.infusions(patient_id) if i.record_id == infusion_record_id)
        rows = [{"id": v.record_id, "taken_utc": parse_iso(v.content["taken_utc"]), "values": v.content["values"],
                 "timepoint": v.content.get("timepoint"), "version": v.version}
                for v in self.reading_versions(patient_id, infusion_record_id)]
        return flowsheet.build(self.protocol, rows, view.state.start_utc, view.state.end_utc, self.now())

    # ------------------------------------------------------------ adverse events
    def adverse_events(self, patient_id=None):
        return self._latest(RecordType.ADVERSE_EVENT, patient_id) if patient_id else self.rs.list_latest(RecordType.ADVERSE_EVENT)

    def add_ae(self, patient_id, entry: dict):
        self.session.require(Permission.EDIT_CLINICAL)
        chk = adverse_events.validate(self.protocol, entry, self.now())
        self._fail(chk.problems)
        return self.rs.create(RecordType.ADVERSE_EVENT, chk.content, patient_id=patient_id)

    def correct_ae(self, ae_record_id: str, entry: dict, reason: str):
        self.session.require(Permission.EDIT_CLINICAL)
        if not (reason or "").strip():
            self._fail([Message(QT_TRANSLATE_NOOP("core", "A correction needs a reason."), {}, field="reason", code="reason")])
        old = self.rs.latest(ae_record_id)
        merged = {**old.content, **entry}
        chk = adverse_events.validate(self.protocol, merged, self.now())
        self._fail(chk.problems)
        return self.rs.correct(ae_record_id, chk.content, reason=reason.strip())

    def mark_reported(self, ae_record_id: str, reported_utc: datetime | None = None):
        """Investigator marks an SAE reported to the sponsor/authority: stops
        its clock. A separate record, so the AE's signed content is untouched."""
        self.session.require(Permission.SIGN_ADVERSE_EVENT)
        ae = self.rs.latest(ae_record_id)
        if ae.record_type != RecordType.ADVERSE_EVENT or not ae.content.get("serious"):
            self._fail([Message(QT_TRANSLATE_NOOP("core", "This event is not serious."), {}, field="serious", code="not_serious")])
        if ae_record_id in self.reports(ae.patient_id):
            self._fail([Message(QT_TRANSLATE_NOOP("core", "This event is already marked reported."), {}, field="serious", code="already_reported")])
        when = reported_utc or self.now()
        return self.rs.create(RecordType.SAE_REPORT, {"ae_id": ae_record_id, "reported_utc": when.isoformat(),
                                       "by": {"id": self.session.user.id, "name": self.session.user.display_name}},
                              patient_id=ae.patient_id)

    def reports(self, patient_id=None) -> dict[str, str]:
        vs = self._latest(RecordType.SAE_REPORT, patient_id) if patient_id else self.rs.list_latest(RecordType.SAE_REPORT)
        return {v.content["ae_id"]: v.content["reported_utc"] for v in vs}

    def sign_off(self, ae_record_id: str, password: str):
        return self.session.sign(password, self.rs.latest(ae_record_id), Meaning.ADVERSE_EVENT_REVIEWED)

    def signed_off(self, ae_version) -> bool:
        return bool(self.session.valid_signatures(ae_version, Meaning.ADVERSE_EVENT_REVIEWED))

    def signed_off_entries(self, patient_id) -> set[str]:
        """Entry ids of AE versions carrying a valid investigator sign-off, read
        in one query for the whole patient (same checks as valid_signatures:
        binding hash intact, bound to the exact content hash signed)."""
        out = set()
        for v in self._latest(RecordType.SIGNATURE, patient_id):
            c = v.content
            if c.get("meaning") != Meaning.ADVERSE_EVENT_REVIEWED or c.get("target_record_type") != RecordType.ADVERSE_EVENT:
                continue
            if not is_genuine_signature(v):
                continue
            out.add((c.get("target_entry_id"), c.get("target_content_hash")))
        return out

    def sae_clocks(self, patient_id=None):
        now = self.now()
        out = []
        reps = self.reports(patient_id)
        for v in self.adverse_events(patient_id):
            c = adverse_events.sae_clock(self.protocol, v.content, now, reps.get(v.record_id))
            if c is not None and not c.reported:
                out.append((v, c))
        return sorted(out, key=lambda vc: vc[1].deadline_utc)
