"""`Store.open` runs Alembic only when the schema is behind the newest migration (issue 7:
importing Alembic and walking its scripts cost a third of a second at every start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from workstation.security.datakey import open_store
from workstation.store import DataDir, db


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    assert db.script_head() == ScriptDirectory.from_config(config).get_current_head()


def test_an_up_to_date_store_opens_without_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = DataDir(tmp_path / "data")
    open_store(folder, create=True).close()  # a new database: migrated

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("migrated although the schema is at the head")

    monkeypatch.setattr(db, "migrate", refuse)
    open_store(folder).close()


def test_a_store_behind_the_head_is_migrated(tmp_path: Path) -> None:
    folder = DataDir(tmp_path / "data")
    store = open_store(folder, create=True)
    previous = str(int(db.script_head() or "0") - 1).zfill(4)
    db.downgrade(store.engine, previous)
    assert not db.at_head(store.engine)
    store.close()
    store = open_store(folder)
    try:
        with store.engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == db.script_head()
    finally:
        store.close()


@pytest.mark.usefixtures("keyring_free_folders")
def test_opening_the_store_does_not_import_alembic(tmp_path: Path) -> None:
    folder = DataDir(tmp_path / "data")
    open_store(folder, create=True).close()
    child = (
        "import sys\n"
        "from workstation.security.datakey import open_store\n"
        "from workstation.store import DataDir\n"
        f"open_store(DataDir({str(folder.path)!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
