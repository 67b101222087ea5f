"""The encrypted SQLite (SQLCipher) database: engine, schema, migrations."""
