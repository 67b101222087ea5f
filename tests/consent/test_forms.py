import datetime as dt
import json

import pytest
from hypothesis import given, settings, strategies as st

from bedside.consent.errors import ConsentError
from bedside.consent.forms import FORMS_DIR, FormCatalogue, parse_form, validate_representative_order, load_representative_order


def test_shipped_forms_load():
    cat = FormCatalogue.load()
    assert cat.languages("TJT2012-ICF", "1.0") == ["en", "fr", "nl"]
    f = cat.current("TJT2012-ICF", "fr", dt.date(2026, 11, 25))
    assert f.version == "1.0" and f.ec_approval_date == dt.date(2020, 6, 15) and f.optional_items


def test_representative_order_is_belgian_order():
    order = load_representative_order()
    # law of 22/08/2002 art. 14 as amended on 17/03/2013; law of 7/05/2004 art. 8
    assert [r["id"] for r in order] == ["designated", "administrator", "spouse_partner", "adult_child",
                                        "parent", "sibling"]
    assert all("art." in r["law"] for r in order)
    assert "justice of the peace" in order[1]["label"]["en"] and "juge de paix" in order[1]["label"]["fr"]
    with pytest.raises(ConsentError):
        validate_representative_order([{"id": "a", "label": "A"}, {"id": "a", "label": "B"}])


def _write_v2(tmp_path, approval):
    for p in FORMS_DIR.glob("*.json"):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    d = json.loads((FORMS_DIR / "TJT2012-ICF_v1.0_fr.json").read_text(encoding="utf-8"))
    d.update(version="2.0", ec_approval_date=approval)
    (tmp_path / "v2.json").write_text(json.dumps(d), encoding="utf-8")
    return FormCatalogue.load(tmp_path)


def test_newer_version_only_once_approved(tmp_path):
    cat = _write_v2(tmp_path, "2026-11-01")
    assert cat.current_version("TJT2012-ICF", dt.date(2026, 10, 31)) == "1.0"
    assert cat.current_version("TJT2012-ICF", dt.date(2026, 11, 25)) == "2.0"
    assert cat.is_outdated("TJT2012-ICF", "1.0", dt.date(2026, 11, 25))
    assert not cat.is_outdated("TJT2012-ICF", "2.0", dt.date(2026, 11, 25))
    assert not cat.is_outdated("TJT2012-ICF", "1.0", dt.date(2026, 10, 1))


def test_version_compare_is_numeric(tmp_path):
    d = json.loads((FORMS_DIR / "TJT2012-ICF_v1.0_en.json").read_text(encoding="utf-8"))
    forms = [parse_form(dict(d, version=v)) for v in ("1.9", "1.10")]
    assert FormCatalogue(forms).current_version("TJT2012-ICF", dt.date(2030, 1, 1)) == "1.10"


def test_bad_files_refused(tmp_path):
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConsentError):
        FormCatalogue.load(tmp_path)
    base = json.loads((FORMS_DIR / "TJT2012-ICF_v1.0_en.json").read_text(encoding="utf-8"))
    for bad in (dict(base, language="english"), dict(base, ec_approval_date="15/06/2020"), dict(base, sections=[]),
                dict(base, version="v1"), dict(base, optional_items=[{"id": "a", "text": "x"}, {"id": "a", "text": "y"}])):
        with pytest.raises(ConsentError):
            parse_form(bad)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10)),
                    lambda c: st.one_of(st.lists(c, max_size=4), st.dictionaries(st.text(max_size=8), c, max_size=5)),
                    max_leaves=20))
def test_garbage_forms_refused_cleanly(data):
    try:
        parse_form(data)
    except ConsentError as e:
        assert e.template
