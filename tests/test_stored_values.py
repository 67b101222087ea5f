"""Stored values shown in the user's language (issue 16 audit, sync_resolve):
the conflict dialog and a record's history show 14/03/1961, 81,7 and « oui »
in French, not the JSON as stored; and the status bar's sync state is never
cut, its neighbours give way (dashboard_admin)."""
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from bedside.sync.service import SyncStatus
from tests.conftest import PASSWORD, sign_in
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.stored_values import format_stored


def test_stored_values_read_in_french(french):
    assert format_stored("1961-03-14") == "14/03/1961"
    assert format_stored(176.0) == "176"
    assert format_stored("81.7") == "81,7"
    assert format_stored(True) == "oui" and format_stored(None) == "—"
    assert format_stored("2026-12-05T10:00+00:00").startswith("05/12/2026 ")
    assert format_stored({"weight_kg": "81.7", "tags": ["a", 2.5]}) == "poids (kg): 81,7; tags: a, 2,5"
    assert format_stored("2026-13-45") == "2026-13-45"          # not a date: as typed
    assert format_stored("WB-H4410231") == "WB-H4410231"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.decimals(min_value=-9999, max_value=9999, places=2, allow_nan=False, allow_infinity=False),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_no_decimal_point_or_iso_date_reaches_a_french_screen(french, number, day):
    text = format_stored(str(number))
    assert "." not in text and Decimal(text.replace(",", ".")) == number
    assert format_stored(day.isoformat()) == day.strftime("%d/%m/%Y")


def test_the_sync_state_is_never_cut_in_the_status_bar(qtbot, tmp_vault, french):
    tmp_vault.lock()
    ctx = AppContext(tmp_vault)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    try:
        win.resize(1280, 720)
        win.show()
        qtbot.waitExposed(win)
        sign_in(qtbot, win, "admin", PASSWORD)
        item = win.sync_item
        item.show_status(SyncStatus(state="not_enrolled", unsent=210, conflicts=3))
        qtbot.waitUntil(lambda: item.state_button.width() >= item.state_button.sizeHint().width(), timeout=30000)
        assert "3 conflits" in item.state_button.text()
        site = win.site_label
        assert site.full_text() and site.toolTip() == site.full_text()       # whole, one hover away
        assert site.fontMetrics().horizontalAdvance(site.text()) <= site.contentsRect().width()
        ext = win.toolbar.findChild(type(win.admin_button), "qt_toolbar_ext_button")
        assert ext is None or not ext.isVisible()                            # Lock never behind »
        assert win.lock_button.isVisible() and win.admin_button.isVisible()
    finally:
        ctx.worker.stop()
