import random

from hypothesis import given
from hypothesis import strategies as st

from bedside.sync.service import Backoff


def test_backoff_doubles_to_a_cap_and_resets():
    b = Backoff(initial=5, cap=300, rng=random.Random(1))
    delays = [b.failure() for _ in range(10)]
    assert 3.75 <= delays[0] <= 6.25
    assert all(d <= 300 * 1.25 for d in delays) and delays[-1] >= 300 * 0.75
    assert delays[3] > delays[0]
    b.success()
    assert b.failure() <= 6.25


@given(st.integers(1, 60), st.integers(0, 2**32))
def test_backoff_bounds(n, seed):
    b = Backoff(initial=2, cap=60, rng=random.Random(seed))
    for _ in range(n):
        d = b.failure()
    assert 1.5 <= d <= 75
