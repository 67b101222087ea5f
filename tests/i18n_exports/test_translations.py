"""The French catalogue is complete and faithful; the runtime installs it."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

from hypothesis import given, strategies as st

from ui import i18n_catalog as cat


def test_every_string_in_ui_and_core_has_a_french_translation(tmp_path):
    """lupdate over the current tree, merged into the committed catalogue:
    any new tr()/QT_TRANSLATE_NOOP string without a translation fails here.
    Fix: python build_scripts/translations.py todo todo.json; translate; ... fill todo.json"""
    ts = tmp_path / "bedside_fr.ts"
    shutil.copy(cat.ts_path("fr"), ts)
    cat.run_lupdate(ts)
    found = cat.problems(cat.read_ts(ts))
    assert not found, "\n".join(found)


def test_no_string_is_hidden_from_lupdate_behind_a_wrapper():
    assert cat.hidden_strings() == []


def test_wrapper_detector_finds_hidden_strings(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "bedside").mkdir()
    (tmp_path / "ui" / "m.py").write_text(
        "from ui.qt import QtCore\n"
        "def _tr(text):\n    return QtCore.QCoreApplication.translate('Ctx', text)\n"
        "LABEL = _tr('Hidden text')\n", encoding="utf-8")
    found = cat.hidden_strings(tmp_path)
    assert len(found) == 1 and "Hidden text" in found[0]


def test_committed_catalogue_has_no_problem():
    assert cat.problems(cat.read_ts(cat.ts_path("fr"))) == []


def _msg(src, tr):
    return cat.Message("ctx", src, tr, "")


def test_checker_catches_dropped_or_changed_placeholders_and_numbers():
    assert cat.problems([_msg("Dose {dose} ×10⁶ cells/kg", "Dose {dose} ×10⁶ cellules/kg")]) == []
    assert cat.problems([_msg("Minimum 1.5 per kg", "Minimum 1,5 par kg")]) == []  # decimal comma is fine
    assert cat.problems([_msg("Dose {dose}", "Dose")])[0].startswith("PLACEHOLDER")
    assert cat.problems([_msg("Dose {dose}", "Dose {dosis}")])[0].startswith("PLACEHOLDER")
    assert cat.problems([_msg("Every 15 min", "Toutes les 30 min")])[0].startswith("NUMBER")
    assert cat.problems([cat.Message("c", "Hello", "", "unfinished")])[0].startswith("UNTRANSLATED")
    # tr("errors", "text") outside a class is misread by lupdate as source "errors" without context
    assert cat.problems([cat.Message("", "errors", "", "unfinished")])[0].startswith("NO CONTEXT")


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_any_changed_number_is_caught(a, b):
    found = cat.problems([_msg(f"Wait {a} min", f"Attendre {b} min")])
    assert (found == []) == (a == b)


def test_install_french_then_english(qapp):
    from ui.i18n import format_datetime, format_number, install_language, parse_number
    from ui.qt import QtCore

    assert install_language(qapp, "fr")
    assert QtCore.QCoreApplication.translate("core", "HL7 FHIR R4 bundle") == "Bundle HL7 FHIR R4"
    assert format_number("37.8") == "37,8"
    assert format_number(2.5, 1) == "2,5"
    assert parse_number("1,5") == 1.5
    when = datetime(2026, 11, 25, 13, 5, tzinfo=timezone.utc)
    from zoneinfo import ZoneInfo
    local = when.astimezone(ZoneInfo("Europe/Brussels"))   # the site's zone, not the workstation's
    assert format_datetime(when) == local.strftime("%d/%m/%Y %H:%M") == "25/11/2026 14:05"
    install_language(qapp, "en")
    assert QtCore.QCoreApplication.translate("core", "HL7 FHIR R4 bundle") == "HL7 FHIR R4 bundle"
    assert format_number("37.8") == "37.8"


def test_bilingual_data_texts_follow_the_language(qapp):
    from ui.i18n import install_language, localized

    label = {"en": "Day 28 (primary endpoints)", "fr": "Jour 28 (critères principaux)"}
    install_language(qapp, "fr")
    assert localized(label) == "Jour 28 (critères principaux)"
    assert localized({"en": "Only English"}) == "Only English"
    install_language(qapp, "en")
    assert localized(label) == "Day 28 (primary endpoints)"
    assert localized(None) == "" and localized("plain") == "plain"


def test_stale_qm_is_recompiled(tmp_path):
    root = tmp_path
    ts = cat.ts_path("fr", root)
    ts.parent.mkdir(parents=True)
    shutil.copy(cat.ts_path("fr"), ts)
    qm = cat.ensure_qm("fr", root=root)
    assert qm is not None and qm.stat().st_size > 100
    import os
    os.utime(qm, (1, 1))  # older than the .ts
    again = cat.ensure_qm("fr", root=root)
    assert again == qm and qm.stat().st_mtime > 1


@given(st.decimals(min_value=-10**6, max_value=10**6, allow_nan=False, allow_infinity=False, places=3))
def test_locale_number_keeps_every_digit(qapp, value):
    """A dose shown in French is the same number: only the decimal separator changes."""
    from ui.i18n import format_number, locale_for

    text = str(value)
    fr = format_number(text, locale=locale_for("fr"))
    en = format_number(text, locale=locale_for("en"))
    assert fr.replace(",", ".") == en
    assert float(en.replace("\u2212", "-")) == float(value)
