from tests.server.fixtures import sqlite_server  # noqa: F401
