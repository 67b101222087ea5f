"""HL7 FHIR R4 collection Bundle: ResearchStudy, Patient (pseudonymised),
Consent, Observation (vital signs, LOINC + UCUM; day-28 vital status, the
derived endpoint) and AdverseEvent.

Record content shapes come from capabilities built in parallel, so the
mapping accepts aliases (resources/export/fhir.json) and skips what it cannot
map rather than guessing."""

from __future__ import annotations

import json
import uuid
from typing import Any, Mapping

from bedside.export import resources
from bedside.export.consort import screening_log
from bedside.export.endpoints_export import ENDPOINT_TYPE
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import ExportData, ExportVersion
from bedside.export.times import with_offset
from bedside.export.values import as_number
from bedside.names import RecordType

FHIR_FILE = "fhir_r4_bundle.json"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
NAMESPACE = uuid.UUID("6b0b1f5c-3c2e-4a4e-9a55-2c1f0e6f7a10")


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _first(content: Mapping[str, Any], *keys: str) -> Any:
    for k in keys:
        if content.get(k) not in (None, ""):
            return content[k]
    return None


def _fhir_datetime(value: Any, fallback: str) -> str:
    """A FHIR dateTime: a date, or a time with seconds and its offset (a time
    stored without one is the site's wall clock, not UTC)."""
    for candidate in (value, fallback):
        text = with_offset(str(candidate).strip().replace(" ", "T", 1)) if candidate not in (None, "") else None
        if text:
            return text
    return str(fallback or "")[:10]


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "yes", "1", "oui"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"false", "no", "0", "non"}:
        return False
    return None


class FhirBuilder:
    def __init__(self, data: ExportData, pseudo: Pseudonymiser):
        self.data = data
        self.pseudo = pseudo
        self.map = resources.load("fhir")
        self.study_ref = "urn:uuid:" + _uuid("ResearchStudy", "tjt2012")
        self.patient_ref: dict[str, str] = {}

    def build(self) -> dict[str, Any]:
        entries: list[dict[str, Any]] = [self._entry(self.study_ref, self._study())]
        status = self._subject_status()
        for pid, sid in self.pseudo.subjects().items():
            ref = "urn:uuid:" + _uuid("Patient", sid)
            self.patient_ref[pid] = ref
            entries.append(self._entry(ref, self._patient(pid, sid)))
            entries.append(self._entry("urn:uuid:" + _uuid("ResearchSubject", sid),
                                       self._research_subject(ref, sid, status.get(sid, "candidate"))))
        for v in self.data.latest():
            ref_pid = v.patient_id
            if ref_pid not in self.patient_ref:
                continue
            if v.record_type in self.map["consent_record_types"]:
                if v.record_type == RecordType.CONSENT_STEP and v.content.get("kind") != "consent":
                    continue  # capacity assessments, withdrawals… are not consents themselves
                entries.append(self._entry("urn:uuid:" + _uuid("Consent", v.record_id), self._consent(v)))
            elif v.record_type in self.map["vital_record_types"]:
                for key, res in self._observations(v):
                    entries.append(self._entry("urn:uuid:" + _uuid("Observation", v.record_id, key), res))
            elif v.record_type == ENDPOINT_TYPE:
                entries.append(self._entry("urn:uuid:" + _uuid("Observation", v.record_id),
                                           self._vital_status(v)))
            elif v.record_type == RecordType.ADVERSE_EVENT:
                entries.append(self._entry("urn:uuid:" + _uuid("AdverseEvent", v.record_id), self._adverse_event(v)))
        return {
            "resourceType": "Bundle",
            "id": _uuid("Bundle", self.data.created_utc),
            "meta": {"lastUpdated": _fhir_datetime(self.data.created_utc, "")},
            "type": "collection",
            "timestamp": _fhir_datetime(self.data.created_utc, ""),
            "entry": entries,
        }

    @staticmethod
    def _entry(full_url: str, resource: dict[str, Any]) -> dict[str, Any]:
        resource["id"] = full_url.rsplit(":", 1)[-1]
        return {"fullUrl": full_url, "resource": resource}

    def _study(self) -> dict[str, Any]:
        ident = self.map["study_identifier"]
        return {"resourceType": "ResearchStudy", "status": "active",
                "title": resources.load("dictionary")["study"]["description"],
                "identifier": [{"system": ident["system"], "value": ident["value"]}]}

    def _subject_status(self) -> dict[str, str]:
        """ResearchSubject.status per subject, from the same screening log as CONSORT."""
        codes = self.map["research_subject_status"]
        out = {}
        for e in screening_log(self.data, self.pseudo):
            if e.end_state in codes:
                out[e.subject_id] = codes[e.end_state]        # withdrawn, or off-study at its end
            elif e.included:
                out[e.subject_id] = codes["included"]
            elif e.eligible == "no":
                out[e.subject_id] = codes["not_eligible"]
            else:
                out[e.subject_id] = codes["screening"]
        return out

    def _research_subject(self, patient_ref: str, sid: str, status: str) -> dict[str, Any]:
        """The subject's pseudonym lives here, linking the Patient to the study."""
        return {"resourceType": "ResearchSubject", "status": status,
                "identifier": [{"system": self.map["subject_system"], "value": sid}],
                "study": {"reference": self.study_ref}, "individual": {"reference": patient_ref}}

    def _patient(self, pid: str, sid: str) -> dict[str, Any]:
        res: dict[str, Any] = {"resourceType": "Patient"}
        patient = next((v for v in self.data.latest_of("patient") if v.record_id == pid or v.patient_id == pid), None)
        if patient is not None:
            sex = str(patient.content.get("sex") or patient.content.get("gender") or "").upper()[:1]
            gender = {"F": "female", "M": "male", "X": "other"}.get(sex)
            if gender:
                res["gender"] = gender
            if self.pseudo.identified:
                c = patient.content
                family = _first(c, "last_name", "family_name")
                given = _first(c, "first_name", "given_name")
                if family or given:
                    res["name"] = [{"family": str(family or ""), "given": [str(given)] if given else []}]
                dob = _first(c, "dob", "date_of_birth", "birth_date", "birthdate")
                if dob:
                    res["birthDate"] = str(dob)[:10]
                mrn = _first(c, "mrn", "medical_record_number")
                if mrn:
                    res["identifier"] = [{"type": {"text": "MRN"}, "value": str(mrn)}]
        age = self.pseudo.age(pid)
        if age is not None:
            res["extension"] = [{
                "url": "https://bedside.invalid/fhir/StructureDefinition/age-at-screening",
                "valueAge": {"value": age, "unit": "a", "system": UCUM, "code": "a"},
            }]
        return res

    def _consent(self, v: ExportVersion) -> dict[str, Any]:
        c = v.content
        decision = str(_first(c, "decision", "status", "outcome") or "").lower()
        refused = decision in {"refused", "declined", "rejected", "withdrawn", "deny"}
        withdrawn = any(w.patient_id == v.patient_id and (w.record_type == "withdrawal" or w.content.get("kind") == "withdrawal")
                        for w in self._withdrawals())
        status = "rejected" if refused else ("inactive" if withdrawn else "active")
        res: dict[str, Any] = {
            "resourceType": "Consent",
            "status": status,
            "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "research"}]},
            "category": [{"coding": [{"system": LOINC, "code": "59284-0", "display": "Patient Consent"}]}],
            "patient": {"reference": self.patient_ref[v.patient_id]},
            "dateTime": _fhir_datetime(_first(c, "signed_at", "obtained_at", "at", "date"), v.created_utc),
            "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                       "code": "OPTIN" if not refused else "OPTOUT"}]},
            "provision": {"type": "deny" if refused else "permit"},
        }
        role = _first(c, "signer_role", "pathway", "consent_by", "mode", "given_by")
        if role:
            res["extension"] = [{"url": "https://bedside.invalid/fhir/StructureDefinition/consent-given-by",
                                 "valueCode": str(role).replace(" ", "_")}]
        if v.record_type == "consent_confirmation":
            res["category"].append({"text": "Deferred consent confirmed by the patient"})
        return res

    def _withdrawals(self) -> list[ExportVersion]:
        if not hasattr(self, "_withdrawal_cache"):
            self._withdrawal_cache = [w for w in self.data.latest()
                                      if w.record_type == "withdrawal"
                                      or (w.record_type == RecordType.CONSENT_STEP and w.content.get("kind") == "withdrawal")]
        return self._withdrawal_cache

    def _vital_status(self, v: ExportVersion) -> dict[str, Any]:
        """Day-28 vital status (derived endpoint): alive / dead in SNOMED CT,
        unknown as a data-absent reason; preliminary before day 28."""
        spec = self.map["vital_status_day28"]
        status = v.content.get("vital_status_day28")
        res: dict[str, Any] = {
            "resourceType": "Observation",
            "status": "final" if v.content.get("day28_reached") else "preliminary",
            "code": {"coding": [{"system": spec["system"], "code": spec["code"], "display": spec["display"]}],
                     "text": spec["display"]},
            "subject": {"reference": self.patient_ref[v.patient_id]},
            "effectiveDateTime": str(v.content.get("day28_date")),
        }
        if status in spec["values"]:
            res["valueCodeableConcept"] = {"coding": [dict(spec["values"][status])]}
        else:
            res["dataAbsentReason"] = {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                "code": "unknown" if status == "unknown" else "not-asked"}]}
        return res

    def _quantity(self, spec: Mapping[str, Any], number: float) -> dict[str, Any]:
        return {"value": number, "unit": spec["unit"], "system": UCUM, "code": spec["ucum"]}

    def _observations(self, v: ExportVersion) -> list[tuple[str, dict[str, Any]]]:
        c = v.content
        values = c.get("values") if isinstance(c.get("values"), Mapping) else c
        when = _fhir_datetime(_first(c, *self.map["time_keys"]), v.created_utc)
        base = {
            "resourceType": "Observation",
            "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "vital-signs", "display": "Vital Signs"}]}],
            "subject": {"reference": self.patient_ref[v.patient_id]},
            "effectiveDateTime": when,
        }
        out: list[tuple[str, dict[str, Any]]] = []
        for key, spec in self.map["vital_signs"].items():
            number = as_number(_first(values, key, *spec["aliases"]))
            if number is None:
                continue
            codings = [{"system": LOINC, "code": spec["loinc"], "display": spec["display"]}]
            codings += [{"system": LOINC, "code": c["loinc"], "display": c["display"]}
                        for c in spec.get("also_coded", [])]
            obs = dict(base, code={"coding": codings, "text": spec["display"]},
                       valueQuantity=self._quantity(spec, number))
            if spec.get("profile"):
                obs["meta"] = {"profile": [spec["profile"]]}
            out.append((key, obs))
        bp = self.map["blood_pressure"]
        components = []
        for key in ("sbp", "dbp"):
            spec = bp[key]
            number = as_number(_first(values, key, *spec["aliases"]))
            if number is not None:
                components.append({"code": {"coding": [{"system": LOINC, "code": spec["loinc"],
                                                         "display": spec["display"]}]},
                                   "valueQuantity": self._quantity(spec, number)})
        if components:
            panel = bp["panel"]
            claims = {"meta": {"profile": [panel["profile"]]}} if len(components) == 2 else {}  # the profile needs both
            out.append(("bp", dict(base, **claims,
                                   code={"coding": [{"system": LOINC, "code": panel["loinc"],
                                                     "display": panel["display"]}],
                                         "text": "Blood pressure"}, component=components)))
        return out

    def _adverse_event(self, v: ExportVersion) -> dict[str, Any]:
        c = v.content
        term = self.pseudo.text(str(_first(c, "term", "description", "event", "title") or "Adverse event"))
        res: dict[str, Any] = {
            "resourceType": "AdverseEvent",
            "actuality": "actual",
            "event": {"text": term},
            "subject": {"reference": self.patient_ref[v.patient_id]},
            "date": _fhir_datetime(_first(c, "onset", "onset_utc", "onset_at", "started_at", "date"), v.created_utc),
            "recordedDate": _fhir_datetime(v.created_utc, ""),
            "study": [{"reference": self.study_ref}],
        }
        serious = _bool(_first(c, "serious", "is_serious"))
        if serious is not None:
            res["seriousness"] = {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness",
                "code": "serious" if serious else "non-serious",
                "display": "Serious" if serious else "Non-serious"}]}
        severity = str(_first(c, "severity") or "").lower()
        grade = _first(c, "grade", "ctcae_grade")
        if not severity and grade is not None:
            severity = self.map["ae_grade_severity"].get(str(grade), "")
        if severity in {"mild", "moderate", "severe"}:
            res["severity"] = {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/adverse-event-severity", "code": severity}]}
        aesi = _first(c, "special_interest", "aesi")
        if _bool(aesi):
            res["category"] = [{"text": "Adverse event of special interest"}]
        elif isinstance(aesi, str) and _bool(aesi) is None:
            res["category"] = [{"text": f"Adverse event of special interest: {aesi}"}]
        return res


def build_bundle(data: ExportData, pseudo: Pseudonymiser) -> dict[str, Any]:
    return FhirBuilder(data, pseudo).build()


def write_fhir(data: ExportData, pseudo: Pseudonymiser) -> dict[str, bytes]:
    bundle = build_bundle(data, pseudo)
    return {FHIR_FILE: json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")}
