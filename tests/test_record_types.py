"""Every record type written anywhere is declared once in the registry, and
what the demo vault stores matches its declaration (and passes bedside verify: the entry rules)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sqlalchemy import select

from bedside import demo, record_types
from bedside.names import RecordType
from bedside.verify import verify_vault
from bedside.records import readable
from bedside.storage.schema import RecordRow

ROOT = Path(__file__).resolve().parent.parent
_WRITE = re.compile(r"\.(?:_create|create)\(\s*([A-Za-z_][A-Za-z0-9_.]*|\"[^\"]+\")\s*,")


def _string_constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            if isinstance(target, ast.Name) and isinstance(node.value, ast.Constant):
                out[target.id] = node.value.value
            elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                for t, v in zip(target.elts, node.value.elts):
                    if isinstance(t, ast.Name) and isinstance(v, ast.Constant):
                        out[t.id] = v.value
    return out


def written_types() -> dict[str, str]:
    """record type -> first file that writes it (records.create/_create calls
    in bedside/ and ui/, names resolved through ``RecordType`` and module
    constants)."""
    found: dict[str, str] = {}
    imported: dict[str, str] = {}
    files = sorted((ROOT / "bedside").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    for path in files:
        imported.update({k: v for k, v in _string_constants(ast.parse(path.read_text("utf-8"))).items()
                         if isinstance(v, str)})
    for path in files:
        text = path.read_text("utf-8")
        local = _string_constants(ast.parse(text))
        for arg in _WRITE.findall(text):
            if arg.startswith('"'):
                name = arg.strip('"')
            elif arg.startswith("RecordType."):
                name = RecordType[arg.split(".", 1)[1]].value
            else:
                name = local.get(arg.split(".")[-1], imported.get(arg.split(".")[-1]))
            if isinstance(name, str) and re.fullmatch(r"[a-z_]+", name):
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def test_every_type_written_in_the_code_is_registered():
    written = written_types()
    assert {"patient", "lab_value", "consent_step", "infusion", "signature"} <= set(written)
    unknown = {t: f for t, f in written.items() if record_types.get(t) is None}
    assert unknown == {}


def test_demo_vault_content_is_registered_and_admissible(tmp_path):
    vault = demo.build(tmp_path / "demo")
    vault = type(vault).open(tmp_path / "demo")
    s = vault.login(demo.ADMIN[0], demo.DEMO_PASSWORD)
    seen = set()
    with s.db.read() as orm:
        for row in orm.scalars(select(RecordRow)):
            seen.add(row.record_type)
            assert readable(row) is not None, row.record_type
    vault.lock()
    # every stored version through the entry rules, signatures and authority included
    result = verify_vault(tmp_path / "demo", username=demo.ADMIN[0], password=demo.DEMO_PASSWORD)
    assert result.ok, result.line
    assert seen <= set(record_types.all_types())
    assert {"patient", "consent_step", "eligibility_assessment", "infusion",
            "vital_reading", "adverse_event"} <= seen


def test_registry_declarations_describe_themselves():
    d = record_types.dictionary()
    patient = d["patient"]["variables"]
    assert patient["sex"]["allowed"] == ["F", "M"] and patient["weight_kg"]["unit"] == "kg"
    assert patient["date_of_birth"]["type"] == "date"
    assert d["patient"]["label"] == {"en": "Patient", "fr": "Patient"}
    assert "site_settings" not in d              # configuration is not exported
    for rt in record_types.all_types().values():
        for f in rt.fields():
            assert f.label_en and f.label_fr, (rt.name, f.name)


def test_refusal_names_the_field_in_words(session_as):
    from bedside.roles import Role
    import pytest
    nurse = session_as(Role.NURSE)
    with pytest.raises(record_types.ContentError) as err:
        nurse.records.create("lab_value", {"lab": "crp", "time": "2026-11-20T08:00:00+00:00",
                                           "value": "eighty", "unit": "mg/L", "entered": "80"},
                             patient_id="p1")
    assert err.value.field == "value" and err.value.params["label"] == "Value"
    with pytest.raises(record_types.ContentError) as err:
        nurse.records.create("note", {"text": "ok\u202e"})
    assert "direction" in err.value.params["problem"]
    with pytest.raises(record_types.ValidationError) as err:
        nurse.records.create("..\\\\evil", {"text": "x"})
    assert err.value.field == "record_type"
