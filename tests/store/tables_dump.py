"""Every row a save leaves in the local store, for tests that compare two ways of writing
the same records (the bulk import, the driver's inserts) with what the ORM writes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from workstation.store import Store

QUERIES = {
    "persons": "SELECT * FROM persons ORDER BY id",
    "applications": "SELECT * FROM applications ORDER BY id",
    "checklist_items": "SELECT * FROM checklist_items ORDER BY application_id, position",
    "search_index": "SELECT rowid, body FROM search_index ORDER BY rowid",
    "outbox": "SELECT * FROM outbox ORDER BY client_seq",
    "audit_events": "SELECT * FROM audit_events ORDER BY seq",
}


def dump_tables(store: Store, *, meta: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the record tables (and `meta` when asked), in a stable order; the audit
    chain verified; outbox rows without their mutation ids (new on every write)."""
    queries = {**QUERIES, "meta": "SELECT * FROM meta ORDER BY key"} if meta else QUERIES
    with store.read() as r:
        tables = {
            name: [tuple(row) for row in r.session.execute(text(sql))]
            for name, sql in queries.items()
        }
        assert r.audit.verify() == len(tables["audit_events"])
    tables["outbox"] = [row[:1] + row[2:] for row in tables["outbox"]]
    return tables
