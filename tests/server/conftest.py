from tests.server.fixtures import db_url, pg_cluster, server, sqlite_server  # noqa: F401
