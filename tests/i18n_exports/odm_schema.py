"""A small structural check of ODM 1.3.2 (no XSD offline): for the elements
Bedside writes, the children allowed, in the order the schema requires, the
required attributes and the enumerated attribute values."""

from __future__ import annotations

import xml.etree.ElementTree as ET

NS = "{http://www.cdisc.org/ns/odm/v1.3}"

# element -> (ordered allowed children, required attributes)
SCHEMA: dict[str, tuple[list[str], list[str]]] = {
    "ODM": (["Study", "AdminData", "ReferenceData", "ClinicalData", "Association"],
            ["FileType", "FileOID", "CreationDateTime"]),
    "Study": (["GlobalVariables", "BasicDefinitions", "MetaDataVersion"], ["OID"]),
    "GlobalVariables": (["StudyName", "StudyDescription", "ProtocolName"], []),
    "BasicDefinitions": (["MeasurementUnit"], []),
    "MeasurementUnit": (["Symbol", "Alias"], ["OID", "Name"]),
    "Symbol": (["TranslatedText"], []),
    "MetaDataVersion": (["Include", "Protocol", "StudyEventDef", "FormDef", "ItemGroupDef", "ItemDef", "CodeList",
                         "ImputationMethod", "Presentation", "ConditionDef", "MethodDef"], ["OID", "Name"]),
    "Protocol": (["Description", "StudyEventRef", "Alias"], []),
    "StudyEventRef": ([], ["StudyEventOID", "Mandatory"]),
    "StudyEventDef": (["Description", "FormRef", "Alias"], ["OID", "Name", "Repeating", "Type"]),
    "FormRef": ([], ["FormOID", "Mandatory"]),
    "FormDef": (["Description", "ItemGroupRef", "ArchiveLayout", "Alias"], ["OID", "Name", "Repeating"]),
    "ItemGroupRef": ([], ["ItemGroupOID", "Mandatory"]),
    "ItemGroupDef": (["Description", "ItemRef", "Alias"], ["OID", "Name", "Repeating"]),
    "ItemRef": ([], ["ItemOID", "Mandatory"]),
    "ItemDef": (["Description", "Question", "ExternalQuestion", "MeasurementUnitRef", "RangeCheck", "CodeListRef",
                 "Role", "Alias"], ["OID", "Name", "DataType"]),
    "Description": (["TranslatedText"], []),
    "MeasurementUnitRef": ([], ["MeasurementUnitOID"]),
    "CodeListRef": ([], ["CodeListOID"]),
    "CodeList": (["Description", "EnumeratedItem", "CodeListItem", "ExternalCodeList", "Alias"],
                 ["OID", "Name", "DataType"]),
    "EnumeratedItem": (["Alias"], ["CodedValue"]),
    "AdminData": (["User", "Location", "SignatureDef"], []),
    "User": (["LoginName", "DisplayName", "FullName", "FirstName", "LastName", "Organization"], ["OID"]),
    "Location": (["MetaDataVersionRef"], ["OID", "Name"]),
    "MetaDataVersionRef": ([], ["StudyOID", "MetaDataVersionOID", "EffectiveDate"]),
    "SignatureDef": (["Meaning", "LegalReason"], ["OID"]),
    "ClinicalData": (["SubjectData", "AuditRecords", "Signatures", "Annotations"], ["StudyOID", "MetaDataVersionOID"]),
    "SubjectData": (["AuditRecord", "Signature", "InvestigatorRef", "SiteRef", "Annotation", "StudyEventData"],
                    ["SubjectKey"]),
    "SiteRef": ([], ["LocationOID"]),
    "StudyEventData": (["AuditRecord", "Signature", "Annotation", "FormData"], ["StudyEventOID"]),
    "FormData": (["AuditRecord", "Signature", "ArchiveLayoutRef", "Annotation", "ItemGroupData"], ["FormOID"]),
    "ItemGroupData": (["AuditRecord", "Signature", "Annotation", "ItemData"], ["ItemGroupOID"]),
    "ItemData": (["AuditRecord", "Signature", "MeasurementUnitRef", "Annotation"], ["ItemOID"]),
    "AuditRecord": (["UserRef", "LocationRef", "DateTimeStamp", "ReasonForChange", "SourceID"], []),
    "Signature": (["UserRef", "LocationRef", "SignatureRef", "DateTimeStamp"], []),
    "UserRef": ([], ["UserOID"]),
    "LocationRef": ([], ["LocationOID"]),
    "SignatureRef": ([], ["SignatureOID"]),
}
LEAVES = {"StudyName", "StudyDescription", "ProtocolName", "TranslatedText", "LoginName", "DisplayName",
          "FullName", "Meaning", "LegalReason", "DateTimeStamp", "ReasonForChange", "SourceID"}
ENUMS = {
    "FileType": {"Snapshot", "Transactional"},
    "Granularity": {"All", "Metadata", "AdminData", "ReferenceData", "AllClinicalData", "SingleSite", "SingleSubject"},
    "TransactionType": {"Insert", "Update", "Remove", "Upsert", "Context"},
    "EditPoint": {"Monitoring", "DataManagement", "DBAudit"},
    "UsedImputationMethod": {"Yes", "No"},
    "Mandatory": {"Yes", "No"},
    "Repeating": {"Yes", "No"},
    "Type": {"Scheduled", "Unscheduled", "Common"},
    "LocationType": {"Sponsor", "Site", "CRO", "Lab", "Other"},
    "Methodology": {"Digital", "Electronic"},
    "DataType": {"integer", "float", "date", "time", "datetime", "string", "text", "boolean", "double",
                 "hexBinary", "base64Binary", "hexFloat", "base64Float", "partialDate", "partialTime",
                 "partialDatetime", "durationDatetime", "intervalDatetime", "incompleteDatetime",
                 "incompleteDate", "incompleteTime", "URI"},
}


def check(el: ET.Element, path: str = "") -> list[str]:
    problems: list[str] = []
    name = el.tag.replace(NS, "")
    here = f"{path}/{name}"
    if name in LEAVES:
        if len(el):
            problems.append(f"{here}: no child elements allowed")
        return problems
    if name not in SCHEMA:
        return [f"{here}: element not expected"]
    order, required = SCHEMA[name]
    for attr in required:
        if not el.get(attr):
            problems.append(f"{here}: missing {attr}")
    for attr, allowed in ENUMS.items():
        if el.get(attr) is not None and el.get(attr) not in allowed and not (attr == "Type" and name != "StudyEventDef"):
            problems.append(f"{here}: {attr}={el.get(attr)!r} not allowed")
    last = -1
    for child in el:
        cname = child.tag.replace(NS, "")
        if cname not in order:
            problems.append(f"{here}: child {cname} not allowed")
            continue
        idx = order.index(cname)
        if idx < last:
            problems.append(f"{here}: child {cname} out of order")
        last = idx
        problems += check(child, here)
    return problems
