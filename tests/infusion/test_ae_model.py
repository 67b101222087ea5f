"""The adverse-event list's model, read without a view: newest first, named
columns, serious events and unsigned ones coloured, the SAE clock counting
down each second (only its column repainted) and late in its own colour."""
from __future__ import annotations

from types import SimpleNamespace

from bedside.infusion import adverse_events
from bedside.infusion.snapshot import AeRow
from ui.infusion.ae_model import COLUMNS, AeModel
from ui.qt import Qt, QtGui
from ui.style import colour

from .data import P, T0, m

R = Qt.ItemDataRole


def ae(rid: str, term: str, onset, serious: bool, signed: bool, versions: int = 1) -> AeRow:
    content = {"term": term, "onset_utc": onset.isoformat(), "grade": 3 if serious else 1, "serious": serious,
               "relation": "possible", "outcome": "ongoing", "aesi": None}
    v = SimpleNamespace(record_id=rid, content=content)
    return AeRow(v, adverse_events.sae_clock(P, content, onset, None), signed, versions)


def test_columns_order_colours_and_clock(qapp):
    model = AeModel(P)
    rows = [ae("old", "Rash", T0, False, True, versions=2), ae("new", "Pneumonia", T0 + m(30), True, False)]
    model.set_rows(rows, T0 + m(90))
    assert model.columns == COLUMNS and model.columnCount() == len(COLUMNS) and model.rowCount() == 2
    col = {c: i for i, c in enumerate(COLUMNS)}
    assert [model.record_id(i) for i in (0, 1, 2)] == ["new", "old", None]       # newest first
    assert model.text(0, "term") == "Pneumonia" and model.text(1, "sign_off") == "✓ signed · v2"
    assert model.text(0, "serious") == "SAE" and model.text(1, "serious") == ""
    serious = model.index(0, col["serious"])
    assert model.data(serious, R.ForegroundRole).color() == QtGui.QColor(colour("error_text"))
    assert model.data(serious, R.FontRole).bold() and model.data(serious, R.ToolTipRole) == "SAE"
    assert model.text(0, "sign_off") == "to sign" and "version 2" in model.data(model.index(1, col["sign_off"]),
                                                                              R.ToolTipRole)
    assert model.data(model.index(0, col["sign_off"]), R.ForegroundRole).color() == QtGui.QColor(colour("blocker_text"))
    assert model.data(model.index(1, col["sign_off"]), R.ForegroundRole) is None
    left = P.sae_report_hours * 3600 - 60 * 60
    assert model.text(0, "sae_clock") == f"report within {left // 3600:02d}:00:00"
    clock = model.index(0, col["sae_clock"])
    assert model.data(clock, R.BackgroundRole).color() == QtGui.QColor(colour("alert_bg"))
    assert model.text(1, "sae_clock") == "" and model.data(model.index(1, col["sae_clock"]), R.BackgroundRole) is None
    assert model.headerData(col["sae_clock"], Qt.Orientation.Horizontal) == "SAE clock"

    repainted = []
    model.dataChanged.connect(lambda a, b: repainted.append((a.row(), a.column(), b.row(), b.column())))
    assert model.tick(T0 + m(90)) == [] and repainted == []          # same second: nothing to repaint
    late = T0 + m(30) + m(60 * P.sae_report_hours + 5)
    assert model.tick(late) == [0]
    assert repainted == [(0, col["sae_clock"], 0, col["sae_clock"])]
    assert model.text(0, "sae_clock").startswith("LATE by")
    assert model.data(clock, R.BackgroundRole).color() == QtGui.QColor(colour("overdue_bg"))
    model.set_rows([], late)
    assert model.rowCount() == 0 and model.record_id(0) is None
