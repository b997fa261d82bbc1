"""Alembic migrations of the central server's database (run by `server.db.migrate`)."""
