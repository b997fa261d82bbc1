"""Alembic migrations of the local database (run by `workstation.store.db.migrate`)."""
