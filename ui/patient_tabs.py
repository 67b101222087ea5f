"""The tabs of a patient's screen. A capability adds a factory here:
an object with ``title() -> str`` and ``create(ctx, patient_id, parent) -> QWidget``
(the widget has ``refresh()``)."""

from __future__ import annotations

TABS: list = []
