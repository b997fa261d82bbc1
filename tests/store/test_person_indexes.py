"""Migration 0010: the persons table keeps an index for each look-up the store makes (by
document number key, FIN, name), and none on ``document_number`` or ``pin``, which no
query reads."""

from __future__ import annotations

import importlib
from pathlib import Path

from workstation.security.datakey import open_store
from workstation.store import DataDir
from workstation.store.persons import _HAS_DOCUMENT

_0010 = importlib.import_module(
    "workstation.store.migrations.versions.0010_drop_unused_person_indexes"
)


def test_persons_have_no_index_on_document_number_or_pin(tmp_path: Path) -> None:
    store = open_store(DataDir(tmp_path / "data"), create=True)
    try:
        with store.engine.connect() as connection:
            names = {
                r[0]
                for r in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons'"
                )
            }
            plans = {
                sql: " ".join(
                    str(r[-1])
                    for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
                )
                for sql, params in (
                    (_HAS_DOCUMENT, ("X1",)),
                    ("SELECT id FROM persons WHERE fin = ? AND deleted = 0", ("F",)),
                    ("SELECT id FROM persons WHERE name_key >= ? ORDER BY name_key", ("a",)),
                )
            }
    finally:
        store.close()
    assert "ix_persons_document_number" not in names
    assert "ix_persons_pin" not in names
    assert {"ix_persons_document_number_key", "ix_persons_fin", "ix_persons_name_key"} <= names
    for sql, plan in plans.items():
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (sql, plan)
    assert _0010.down_revision == "0009"
