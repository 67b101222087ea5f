"""The one record the feed adds: a person's decision on a monitor message
they did not chart (rejected, with why).  An accepted or corrected message
is recorded inside the vital reading itself (``source``)."""

from __future__ import annotations

from typing import Literal

from ..i18n import QT_TRANSLATE_NOOP
from ..record_fields import Code, IsoDateTime, Line, RecordContent, Text, label
from ..record_types import RecordType, register
from ..roles import Permission

FEED_DECISION = "feed_decision"


class FeedDecisionContent(RecordContent):
    sender: Line = label(QT_TRANSLATE_NOOP("core", "Sending system"), "Système émetteur")
    control_id: Code = label(QT_TRANSLATE_NOOP("core", "Message"), "Message")
    observed_utc: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "Measured at"), "Mesuré le")
    decision: Literal["rejected"] = label(QT_TRANSLATE_NOOP("core", "Decision"), "Décision")
    reason: Text = label(QT_TRANSLATE_NOOP("core", "Reason"), "Motif")


register(RecordType(FEED_DECISION, FeedDecisionContent,
                    QT_TRANSLATE_NOOP("core", "Monitor values not charted"),
                    "Valeurs du moniteur non retenues", Permission.RECORD_INFUSION))
