<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>core</name>
        <message>
            <source>CSV per form and data dictionary</source>
            <translation>CSV par formulaire et dictionnaire de données</translation>
        </message>
        <message>
            <source>CDISC ODM 1.3.2 (clinical data, audit trail, signatures)</source>
            <translation>CDISC ODM 1.3.2 (données cliniques, piste d'audit, signatures)</translation>
        </message>
        <message>
            <source>HL7 FHIR R4 bundle</source>
            <translation>Bundle HL7 FHIR R4</translation>
        </message>
        <message>
            <source>Screening log and CONSORT counts</source>
            <translation>Registre de sélection et effectifs CONSORT</translation>
        </message>
    </context>
</TS>
