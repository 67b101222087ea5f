"""Python's cycle collector run by hand, generation by generation, when its
own thresholds say a collection is due.

The app turns automatic collection off and runs this on the GUI thread
(``ui/gui_gc.py``: a cycle holding a Qt object must not be freed on a worker
thread); ``bench/save_entry.py`` runs it between two saves, so a save is
measured as the app makes it -- on the database worker, never collecting.
"""
from __future__ import annotations

import gc


def collect_due(thresholds: tuple[int, int, int]) -> int | None:
    """Collect the oldest generation whose count passed its threshold, as the
    interpreter would with *thresholds* (``gc.get_threshold()`` before
    automatic collection was turned off); the generation collected, or None
    when nothing was due."""
    count0, count1, count2 = gc.get_count()
    t0, t1, t2 = thresholds
    if count0 <= t0:
        return None
    generation = 0
    if count1 >= t1:
        generation = 2 if count2 >= t2 else 1
    gc.collect(generation)
    return generation
