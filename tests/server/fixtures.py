"""Fixtures shared by the server and sync tests (imported by their conftest)."""

from __future__ import annotations

import os

import pytest

from .harness import ServerProcess
from .pg import PgCluster, find_pg_bin


@pytest.fixture(scope="session")
def pg_cluster():
    bin_dir = find_pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL not installed (.ci/run must apt-get install postgresql)")
        pytest.skip("PostgreSQL not installed")
    cluster = PgCluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return request.getfixturevalue("pg_cluster").new_database()


@pytest.fixture
def server(tmp_path, db_url):
    srv = ServerProcess(tmp_path / "srv", db_url).start()
    yield srv
    srv.kill()


@pytest.fixture
def sqlite_server(tmp_path):
    srv = ServerProcess(tmp_path / "srv").start()
    yield srv
    srv.kill()
