"""A large pull fetches its later pages in a child process (`sync.pull_process`): the real
client engine against a real server process (SQLite and PostgreSQL). The store ends as a
pull on one thread leaves it; a child killed mid-pull, or one meeting an expired token,
loses nothing."""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.conftest import CENTER, OFFICER, PASSWORD, World, WorldFactory
from workstation.domain.catalogue import load_catalogue
from workstation.domain.interchange import Batch
from workstation.samples.generator import generate
from workstation.security.datakey import open_store
from workstation.server import seeding
from workstation.server.db import Database
from workstation.store import Actor, DataDir, Store
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import PROCESS_AFTER_PAGES, SyncEngine

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]

APPLICATIONS = 200  # and their persons (some apply twice): some 19 pages of 20
PAGE = 20
RECORDS: dict[str, int] = {}  # persons and applications seeded


@pytest.fixture
def seeded(world_factory: WorldFactory) -> World:
    world = world_factory(0)
    data = generate(APPLICATIONS, 3, load_catalogue(), center=CENTER, today=dt.date(2026, 11, 27))
    db = Database.open(world.database_url)
    try:
        seeding.import_batch(db, CENTER, Batch(data.persons, data.applications))
        RECORDS["seeded"] = len(data.persons) + len(data.applications)
    finally:
        db.dispose()
    return world


class Desk:
    """A data folder enrolled on the world's server, the officer logged in."""

    def __init__(self, world: World, folder: Path, name: str) -> None:
        code = world.admin("enrol-workstation", "--center", CENTER).strip()
        self.api = ApiClient(world.server.url)
        workstation_id = self.api.enrol(code, name).workstation_id
        self.store = open_store(DataDir(folder), create=True)
        self.creds = Credentials(world.server.url, workstation_id, OFFICER)
        self.creds.persistent = False  # never the developer's keyring
        tokens = self.api.login(OFFICER, PASSWORD, workstation_id)
        self.creds.keep_in_memory(tokens.refresh_token)
        self.actor = Actor(OFFICER, workstation_id)

    def engine(self, **kwargs: Any) -> SyncEngine:
        return SyncEngine(self.store, self.api, self.creds, self.actor, pull_limit=PAGE, **kwargs)

    def close(self) -> None:
        self.api.session.close()
        self.store.close()


@pytest.fixture
def desks(seeded: World, tmp_path: Path) -> Iterator[list[Desk]]:
    made = [Desk(seeded, tmp_path / f"ws-{i}", f"desk-{i}") for i in range(2)]
    yield made
    for desk in made:
        desk.close()


def _columns(store: Store, table: str) -> str:
    """Every column of `table` but ``updated_at`` (when this desk wrote the row)."""
    with store.engine.connect() as connection:
        names = [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")]
    return ", ".join(n for n in names if n != "updated_at")


def _content(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every pulled row, search index included, without what differs by desk."""
    queries = {
        "persons": f"SELECT {_columns(store, 'persons')} FROM persons ORDER BY id",
        "applications": f"SELECT {_columns(store, 'applications')} FROM applications ORDER BY id",
        "checklist": "SELECT * FROM checklist_items ORDER BY application_id, position",
        "search": "SELECT a.id, s.body FROM search_index s "
        "JOIN applications a ON a.search_rowid = s.rowid ORDER BY a.id",
        "parked": "SELECT entity, entity_id FROM parked_changes ORDER BY entity_id",
    }
    with store.engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.exec_driver_sql(sql)]
            for name, sql in queries.items()
        }


def _children() -> list[int]:
    return [p.pid for p in multiprocessing.active_children() if p.pid is not None]


def test_a_large_pull_lands_the_same_rows_from_a_child_process(
    desks: list[Desk], caplog: pytest.LogCaptureFixture
) -> None:
    apart, alone = desks
    seen: list[tuple[int, list[int]]] = []

    def watch(stage: str, count: int) -> None:
        if stage == "pull":
            seen.append((count, _children()))

    engine = apart.engine(progress=watch)
    with caplog.at_level(logging.INFO, logger="workstation.sync"):
        report = engine.sync_once()
    assert report.ok, report.errors
    assert report.pulled == RECORDS["seeded"]
    # the first pages on the thread, the later ones from a child, gone once the pull ended
    assert all(not pids for count, pids in seen if count < PROCESS_AFTER_PAGES * PAGE)
    children = {pid for _, pids in seen for pid in pids}
    assert len(children) == 1
    assert os.getpid() not in children
    assert not _children()
    # started after PROCESS_AFTER_PAGES pages, used once it has started, waited for after
    # as many pages again
    fetched = [r.args for r in caplog.records if "fetched by a child process" in r.msg]
    assert len(fetched) == 1
    assert isinstance(fetched[0], tuple)
    assert isinstance(fetched[0][0], int)
    pages = len(seen)
    assert pages > 2 * PROCESS_AFTER_PAGES
    assert pages - 2 * PROCESS_AFTER_PAGES <= fetched[0][0] <= pages - PROCESS_AFTER_PAGES

    single = alone.engine(pull_process=False).sync_once()
    assert single.ok
    assert single.pulled == report.pulled
    got, expected = _content(apart.store), _content(alone.store)
    assert len(got["applications"]) == APPLICATIONS
    assert len(got["search"]) == APPLICATIONS
    assert not got["parked"]
    assert got == expected


def test_a_child_killed_mid_pull_loses_nothing(
    desks: list[Desk], caplog: pytest.LogCaptureFixture
) -> None:
    apart, alone = desks
    killed: list[int] = []

    def kill_once(stage: str, count: int) -> None:
        # the child is in use by then (it is waited for after twice PROCESS_AFTER_PAGES)
        if stage == "pull" and not killed and count >= (2 * PROCESS_AFTER_PAGES + 1) * PAGE:
            killed.extend(_children())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    with caplog.at_level(logging.WARNING, logger="workstation.sync"):
        report = apart.engine(progress=kill_once).sync_once()
    assert killed
    assert report.ok, report.errors
    assert report.pulled == RECORDS["seeded"]
    assert any("the pull goes on without it" in r.getMessage() for r in caplog.records)
    assert alone.engine(pull_process=False).sync_once().ok
    assert _content(apart.store) == _content(alone.store)


def test_a_child_meeting_an_expired_token_has_the_parent_refresh_it(
    desks: list[Desk],
) -> None:
    apart, alone = desks
    spoiled: list[tuple[str | None, list[int]]] = []
    engine = apart.engine()

    def spoil_once(stage: str, count: int) -> None:
        if stage == "pull" and not spoiled and count >= (2 * PROCESS_AFTER_PAGES + 1) * PAGE:
            spoiled.append((engine.api.access_token, _children()))
            engine.api.access_token = "not-a-token"  # the next page the child asks for: 401

    engine.progress = spoil_once
    refresh_before = apart.creds.get_refresh_token()
    report = engine.sync_once()
    assert spoiled
    assert spoiled[0][1]
    assert report.ok, report.errors
    assert report.pulled == RECORDS["seeded"]
    assert engine.api.access_token not in (None, "not-a-token", spoiled[0][0])
    assert apart.creds.get_refresh_token() != refresh_before  # refreshed (and rotated)
    assert alone.engine(pull_process=False).sync_once().ok
    assert _content(apart.store) == _content(alone.store)
