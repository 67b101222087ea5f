"""Bedside central sync server: FastAPI over uvicorn (HTTPS only),
SQLAlchemy 2 on SQLite (default) or PostgreSQL (psycopg 3)."""

__version__ = "0.1.0"
