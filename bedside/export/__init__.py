"""Exports for the data manager and the sponsor (pure core, no Qt).

- `source`: the data to export (`ExportData`, built from dicts or a session)
- `privacy`: pseudonymisation (subject id only, age instead of date of birth)
- `dictionary`: variables, labels, types, units, allowed values
- `csv_export`, `odm`, `fhir`, `consort`: one writer per format
- `service`: audited, atomic export of a vault to a folder (phase B)
"""
