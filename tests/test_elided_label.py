"""The label that gives way (ui/widgets/elided_label.py). In whole-parts mode
it drops whole parts from the end, so a number is never shown cut to a
shorter one ("dose 2,9…" for 2,90); all of the text stays in its tooltip."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.widgets.elided_label import MORE, ElidedLabel, whole_parts

SEP = " · "
parts = st.lists(st.text(st.characters(blacklist_characters="·\n"), min_size=1, max_size=12), min_size=1, max_size=6)


@given(parts=parts, room=st.integers(0, 80))
def test_whole_parts_keeps_the_first_part_and_only_whole_ones(parts, room):
    text = SEP.join(parts)
    shown = whole_parts(text, SEP, lambda t: len(t) <= room)
    if len(text) <= room:
        assert shown == text
        return
    kept = shown.removesuffix(MORE).split(SEP)
    assert shown.endswith(MORE) or len(parts) == 1
    assert kept == parts[:len(kept)] and len(kept) >= 1
    if len(kept) > 1:                      # more than the first part: it fits, and one more would not
        assert len(shown) <= room
        assert len(SEP.join(parts[:len(kept) + 1]) + MORE) > room or len(kept) + 1 == len(parts)


def test_the_label_drops_the_dose_whole_and_keeps_it_in_its_tooltip(qtbot):
    text = "RUNNING since 21:02 · dose 2.90 ×10⁶/kg"
    label = ElidedLabel(text, whole_parts=SEP)
    qtbot.addWidget(label)
    label.resize(label.fontMetrics().horizontalAdvance("RUNNING since 21:02 · dose 2.9") + 6, 30)
    label.show()
    assert label.text() == "RUNNING since 21:02" + MORE
    assert label.toolTip() == text and label.full_text() == text
    label.resize(label.sizeHint().width() + 10, 30)
    assert label.text() == text
    assert label.minimumSizeHint().width() >= label.fontMetrics().horizontalAdvance("RUNNING since 21:02" + MORE)
