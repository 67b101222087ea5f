"""The tabs of a patient's screen: a registry the capabilities fill (it
imports none of them). A capability's ``register()`` (listed in
ui/capabilities.py) adds a factory: an object with ``title() -> str`` and
``create(ctx, patient_id, parent) -> QWidget`` (the widget has
``refresh()``), and ``shows``: the record types the tab shows (the patient
screen refreshes it only when a ``Changed`` names one; none: every change)."""

from __future__ import annotations

TABS: list = []

# Short alert lines for the patient banner (shown on every patient screen):
# callables ``(session, patient_id) -> str`` run on the DB worker; "" means nothing to say.
BANNER_NOTES: list = []
