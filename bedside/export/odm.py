"""CDISC ODM 1.3.2 (Transactional) of the clinical data with audit records and
signatures. Every stored version of a record becomes one FormData transaction
(Insert for version 1, Update afterwards) carrying an AuditRecord (who, where,
when, reason for change, source entry id) and the Signature bound to it.
Applying the transactions in order gives exactly the rows of the CSV export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import bedside
from bedside.export import resources
from bedside.export.forms import Form, Variable, oid_safe, values_of
from bedside.export.names import variable_names
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import ExportData
from bedside.export.times import with_offset
from bedside.export.values import clean
from bedside.names import RecordType

NS = "http://www.cdisc.org/ns/odm/v1.3"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STUDY_EVENT_OID = "SE.TRIAL"
MDV_OID = "MDV.1"
ODM_FILE = "clinical_data_odm.xml"

ET.register_namespace("", NS)

_DATATYPES = {"text": "text", "integer": "integer", "float": "float", "boolean": "boolean",
              "date": "date", "datetime": "datetime"}


def _e(parent: ET.Element | None, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    clean_attrs = {k: clean(str(v)) for k, v in attrs.items() if v is not None}
    el = ET.Element(f"{{{NS}}}{tag}", clean_attrs) if parent is None \
        else ET.SubElement(parent, f"{{{NS}}}{tag}", clean_attrs)
    if text is not None:
        el.text = clean(text)
    return el


def _translated(parent: ET.Element, tag: str, en: str, fr: str) -> None:
    holder = _e(parent, tag)
    _e(holder, "TranslatedText", en, **{XML_LANG: "en"})
    _e(holder, "TranslatedText", fr, **{XML_LANG: "fr"})


def decode(list_key: str, code: str) -> tuple[str, str]:
    """English and French label of a coded value (resources/export/codelists.json)."""
    labels = resources.load("codelists")
    found = labels["lists"].get(list_key, {}).get(code) or labels["any"].get(code) or {}
    return found.get("en", code), found.get("fr", found.get("en", code))


def names_of_list(list_key: str) -> str:
    return list_key.replace(".", " ")


def _datatype(form: Form, var: Variable) -> str:
    """The ODM DataType of a variable. A time variable holding some dates alone
    (an onset known to the day) is a partialDatetime, which admits both."""
    kind = _DATATYPES.get(var.type, "text")
    if kind == "datetime" and var.name in form.dates_alone:
        return "partialDatetime"
    return kind


def _user_oid(author_id: str, author_name: str) -> str:
    return "USR." + oid_safe(author_id or author_name or "unknown")


def build_odm(data: ExportData, forms: list[Form], pseudo: Pseudonymiser, *, file_oid: str) -> ET.Element:
    study = resources.load("dictionary")["study"]
    root = _e(None, "ODM", FileType="Transactional", FileOID=file_oid, CreationDateTime=data.created_utc,
              ODMVersion="1.3.2", Granularity="All", Originator=data.site_name or "Bedside",
              SourceSystem="Bedside", SourceSystemVersion=bedside.__version__)
    # -- metadata ------------------------------------------------------
    st = _e(root, "Study", OID=study["oid"])
    gv = _e(st, "GlobalVariables")
    _e(gv, "StudyName", study["name"])
    _e(gv, "StudyDescription", study["description"])
    _e(gv, "ProtocolName", study["protocol"])
    units = sorted({v.unit for f in forms for v in f.variables if v.unit})
    unit_oid = {u: f"MU.{i + 1}" for i, u in enumerate(units)}
    if units:
        bd = _e(st, "BasicDefinitions")
        for u in units:
            mu = _e(bd, "MeasurementUnit", OID=unit_oid[u], Name=u)
            sym = _e(mu, "Symbol")
            _e(sym, "TranslatedText", u)
    mdv = _e(st, "MetaDataVersion", OID=MDV_OID, Name="Bedside export")
    proto = _e(mdv, "Protocol")
    _e(proto, "StudyEventRef", StudyEventOID=STUDY_EVENT_OID, OrderNumber="1", Mandatory="Yes")
    sed = _e(mdv, "StudyEventDef", OID=STUDY_EVENT_OID, Name="Trial", Repeating="No", Type="Common")
    for i, f in enumerate(forms):
        _e(sed, "FormRef", FormOID=f.oid, OrderNumber=str(i + 1), Mandatory="No")
    for f in forms:
        fd = _e(mdv, "FormDef", OID=f.oid, Name=f.label_en, Repeating="Yes")
        _e(fd, "ItemGroupRef", ItemGroupOID=f.item_group_oid, Mandatory="Yes")
    for f in forms:
        ig = _e(mdv, "ItemGroupDef", OID=f.item_group_oid, Name=f.record_type, Repeating="No")
        for i, v in enumerate(f.variables):
            _e(ig, "ItemRef", ItemOID=f.item_oid(v), OrderNumber=str(i + 1), Mandatory="No")
    codelists: list[tuple[str, str, list[str]]] = []
    names = variable_names((f.record_type, v.name) for f in forms for v in f.variables)
    datatypes = {(f.record_type, v.name): _datatype(f, v) for f in forms for v in f.variables}
    for f in forms:
        for v in f.variables:
            item = _e(mdv, "ItemDef", OID=f.item_oid(v), Name=names[(f.record_type, v.name)],
                      DataType=datatypes[(f.record_type, v.name)])
            _translated(item, "Description", v.label_en, v.label_fr)
            _translated(item, "Question", v.label_en, v.label_fr)
            if v.unit:
                _e(item, "MeasurementUnitRef", MeasurementUnitOID=unit_oid[v.unit])
            if v.allowed:
                cl_oid = "CL." + f.item_oid(v)[2:]
                _e(item, "CodeListRef", CodeListOID=cl_oid)
                codelists.append((cl_oid, f"{f.record_type}.{v.name}", v.allowed))
    for cl_oid, key, allowed in codelists:
        cl = _e(mdv, "CodeList", OID=cl_oid, Name=names_of_list(key), DataType="text")
        for a in allowed:
            item = _e(cl, "CodeListItem", CodedValue=a)
            en, fr = decode(key, a)
            _translated(item, "Decode", en, fr)
    # -- admin data: users, location, signature meanings ---------------
    admin = _e(root, "AdminData", StudyOID=study["oid"])
    users: dict[str, str] = {}
    for v in data.versions:
        users.setdefault(_user_oid(v.author_id, v.author_name), pseudo.staff(v.author_id, v.author_name))
    for s in data.signatures:
        users.setdefault(_user_oid(s.signer_id, s.signer_name), pseudo.staff(s.signer_id, s.signer_name))
    for uid in sorted(pseudo.referenced_staff):  # e.g. the second person of a bedside check
        users.setdefault(_user_oid(uid, ""), pseudo.staff(uid, ""))
    for oid, name in sorted(users.items()):
        u = _e(admin, "User", OID=oid)
        _e(u, "LoginName" if not pseudo.identified else "FullName", name)
    loc_oid = "LOC." + oid_safe(data.site_name or "site")
    loc = _e(admin, "Location", OID=loc_oid, Name=data.site_name or "site", LocationType="Site")
    _e(loc, "MetaDataVersionRef", StudyOID=study["oid"], MetaDataVersionOID=MDV_OID,
       EffectiveDate=(data.created_utc or "1970-01-01")[:10])
    meanings = sorted({s.meaning for s in data.signatures})
    sig_oid = {m: f"SD.{i + 1}" for i, m in enumerate(meanings)}
    for m in meanings:
        sd = _e(admin, "SignatureDef", OID=sig_oid[m], Methodology="Electronic")
        _e(sd, "Meaning", m)
        _e(sd, "LegalReason", "Electronic signature with password re-entry, bound to the SHA-256 of the signed content")
    # -- clinical data: one FormData per stored version -----------------
    cd = _e(root, "ClinicalData", StudyOID=study["oid"], MetaDataVersionOID=MDV_OID)
    by_subject: dict[str, list] = {}
    form_of = {f.record_type: f for f in forms}
    for v in data.versions:
        if v.record_type not in form_of:
            continue
        sid = pseudo.subject(v.patient_id or (v.record_id if v.record_type == RecordType.PATIENT else None)) or "NO-SUBJECT"
        by_subject.setdefault(sid, []).append(v)
    for sid in sorted(by_subject):
        sd_el = _e(cd, "SubjectData", SubjectKey=sid, TransactionType="Upsert")
        _e(sd_el, "SiteRef", LocationOID=loc_oid)
        se = _e(sd_el, "StudyEventData", StudyEventOID=STUDY_EVENT_OID, TransactionType="Upsert")
        versions = sorted(by_subject[sid], key=lambda v: (v.created_utc, v.record_id, v.version))
        previous: dict[str, dict[str, str]] = {}
        for v in versions:
            f = form_of[v.record_type]
            values = values_of(v, pseudo)
            transaction = "Insert" if v.version == 1 else "Update"
            fd = _e(se, "FormData", FormOID=f.oid, FormRepeatKey=v.record_id, TransactionType=transaction)
            ar = _e(fd, "AuditRecord", EditPoint="DBAudit", UsedImputationMethod="No")
            _e(ar, "UserRef", UserOID=_user_oid(v.author_id, v.author_name))
            _e(ar, "LocationRef", LocationOID=loc_oid)
            _e(ar, "DateTimeStamp", with_offset(v.created_utc) or v.created_utc)
            if v.reason:
                _e(ar, "ReasonForChange", pseudo.text(v.reason))
            _e(ar, "SourceID", v.entry_id)
            sigs = data.signatures_for(v.entry_id)
            if sigs:
                s = sigs[0]
                sg = _e(fd, "Signature")
                _e(sg, "UserRef", UserOID=_user_oid(s.signer_id, s.signer_name))
                _e(sg, "LocationRef", LocationOID=loc_oid)
                _e(sg, "SignatureRef", SignatureOID=sig_oid[s.meaning])
                _e(sg, "DateTimeStamp", with_offset(s.signed_utc) or s.signed_utc)
            igd = _e(fd, "ItemGroupData", ItemGroupOID=f.item_group_oid, TransactionType=transaction)
            before = previous.get(v.record_id, {})
            for var in f.variables:
                if var.name in values:
                    _e(igd, "ItemData", ItemOID=f.item_oid(var), TransactionType="Upsert", Value=values[var.name])
                elif var.name in before:
                    _e(igd, "ItemData", ItemOID=f.item_oid(var), TransactionType="Remove")
            previous[v.record_id] = values
    return root


def write_odm(data: ExportData, forms: list[Form], pseudo: Pseudonymiser, *, file_oid: str) -> dict[str, bytes]:
    root = build_odm(data, forms, pseudo, file_oid=file_oid)
    ET.indent(root)
    return {ODM_FILE: ET.tostring(root, encoding="utf-8", xml_declaration=True)}
