"""The tabs of a patient's screen. A capability adds a factory here:
an object with ``title() -> str`` and ``create(ctx, patient_id, parent) -> QWidget``
(the widget has ``refresh()``)."""

from __future__ import annotations

TABS: list = []


def _register_capability_tabs() -> None:
    from .eligibility.tab import EligibilityTab
    TABS.append(EligibilityTab)


_register_capability_tabs()
# Short alert lines for the patient banner (shown on every patient screen):
# callables ``(session, patient_id) -> str`` run on the DB worker; "" means nothing to say.
BANNER_NOTES: list = []

from ui.consent.banner import banner_text as _consent_banner  # noqa: E402
from ui.consent.tab import ConsentTabFactory  # noqa: E402

TABS.append(ConsentTabFactory)
BANNER_NOTES.append(_consent_banner)
from ui.number_banner import duplicate_banner as _duplicate_banner  # noqa: E402

BANNER_NOTES.insert(0, _duplicate_banner)   # a mislabelling risk comes first
# --- infusion capability
from ui.infusion.tab import InfusionTabFactory  # noqa: E402

TABS.append(InfusionTabFactory)
# --- follow-up capability
from ui.followup.tab import FollowUpTabFactory  # noqa: E402

TABS.append(FollowUpTabFactory)
