"""Screen-fit and language audit (issue 16): every screen registered in
``ui.render``, in French at the ward PCs' 1366×768, has no cut text, fits
the free screen area, shows no catalogue English, ISO date or decimal point;
every user-visible text in resources/ has fr and en.  The screens come from
the registry, so a screen added later is audited too; the test prints what
it checked.  (English and 1280×720 too: ``python -m ui.screen_audit``, about
four times as long, kept out of the suite's time budget.)"""
import os

import pytest

from ui import render, screen_audit

# Every screen rendered costs about 3 CPU-minutes in all: CI runs it as its
# own step after the suite (.ci/run: BEDSIDE_SCREEN_AUDIT=1), like the bundle
# smoke test, so the suite stays within its 10 minutes on 2 cores.
AUDIT = pytest.mark.skipif(os.environ.get("BEDSIDE_SCREEN_AUDIT") != "1",
                           reason="screen audit: its own CI step (BEDSIDE_SCREEN_AUDIT=1)")

WARD = ((1366, 768),)
# The registry: a screen added later is audited too.  Its "…_fr" / "…-fr"
# entries are the same screens already in French: audited once here.
SCREENS = [n for n in sorted(render.SCREENS)
           if not (n.endswith(("_fr", "-fr")) and n[:-3] in render.SCREENS)]
# Known findings not fixed yet (each one named in the closing note):
NOT_FIXED: dict[str, str] = {}     # screen name -> known finding (xfail), none left


@pytest.fixture(scope="module")
def english(qapp):
    """One demo vault per worker for every screen; English again afterwards."""
    from ui.app import apply_language
    try:
        with screen_audit.audit_session() as catalogue:
            yield catalogue
    finally:
        apply_language(qapp, "en")


@AUDIT
@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(reason=NOT_FIXED[n], strict=False))
    if n in NOT_FIXED else n for n in SCREENS])
def test_french_screen_fits_1366x768_and_is_french(english, name):
    """No cut text, no window bigger than the free area, no catalogue English,
    ISO date or decimal point, and the screen renders at all."""
    found = screen_audit.audit_screen(name, "fr", english, WARD)
    print(f"{name} [fr] 1366×768: {len(found)} finding(s)")
    assert not found, "\n".join(f.line() for f in found)


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
    bar = QtWidgets.QToolBar()
    bar.setFixedWidth(120)
    for text in ("Tableau de bord", "Changer d'utilisateur", "Verrouiller"):
        bar.addAction(text)
    for x in (label, button, iso, dot, eng, bar):
        lay.addWidget(x)
    w.resize(600, 80)
    w.show()
    qtbot.waitExposed(w)
    cut = {t for _w, t, _why in screen_audit.cut_texts(w)}
    assert {"Enregistrer la mesure maintenant", "Enregistrer"} <= cut
    assert any("Verrouiller" in t for t in cut)          # hidden behind the toolbar's »
    kinds = {(t, k) for _w, t, k in screen_audit.language_problems(w, {"Cancel"})}
    assert {("2026-12-02", "iso_date"), ("38.4 °C", "decimal_point"), ("Cancel", "english")} <= kinds
    big = QtWidgets.QDialog()
    qtbot.addWidget(big)
    big.setMinimumSize(1500, 900)
    assert screen_audit.too_big(big, (1366, 768))
