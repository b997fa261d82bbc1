from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from workstation.store.db import MIGRATIONS_DIR, downgrade, migrate, open_engine
from workstation.store.tables import Base

FTS_TABLES = ("search_index",)


def _include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ == "table" and name is not None:
        return name != "alembic_version" and not name.startswith(FTS_TABLES)
    return True


def _differences(path: Path) -> list[Any]:
    engine = open_engine(path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": _include_name, "compare_type": True}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_migrations_ship_inside_the_package() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert any(MIGRATIONS_DIR.glob("versions/0001_*.py"))
    assert MIGRATIONS_DIR.is_relative_to(Path(__file__).parents[2] / "src" / "workstation")


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "db.sqlite3")
    migrate(engine)
    engine.dispose()
    assert _differences(tmp_path / "db.sqlite3") == []


def test_downgrade_to_base_then_upgrade_again(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "db.sqlite3")
    migrate(engine)
    downgrade(engine, "base")
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
    migrate(engine)
    with engine.connect() as conn:
        names = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
    engine.dispose()
    assert {"persons", "applications", "outbox", "audit_events", "search_index"} <= names
    assert _differences(tmp_path / "db.sqlite3") == []
