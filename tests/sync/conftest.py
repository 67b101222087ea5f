"""Fixtures for the sync tests: ward PCs enrolled with a real sqlite server."""
import pytest

from tests.sync.workstations import Workstation


@pytest.fixture
def workstations(tmp_path, sqlite_server):
    made = []

    def make(n: int = 2, **kw):
        for i in range(n):
            made.append(Workstation(tmp_path / f"ws{len(made)}", sqlite_server,
                                    f"USI-PC-{len(made) + 1}",
                                    site=made[0] if made else None, **kw))
        return made[-n:]
    yield make
    for w in made:
        w.close()
