"""A lost answer to a token refresh no longer logs the officer out (refresh grace): the
real client engine against a real server process (SQLite and PostgreSQL) through the
fault proxy, which lets the refresh reach the server and throws the answer away."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.integration.conftest import CENTER, OFFICER, World, WorldFactory
from tests.integration.convergence import REFRESH
from workstation.domain.catalogue import load_catalogue
from workstation.domain.ids import new_id
from workstation.samples.generator import generate
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store
from workstation.store.syncmeta import (
    CENTER_CODE_KEY,
    SERVER_URL_KEY,
    WORKSTATION_ID_KEY,
    put_meta,
)
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]

PASSWORD = "parol-12345"


def _enrolled(world: World, folder: Path) -> tuple[Store, Credentials, Actor]:
    """A data folder enrolled through the proxy, the officer logged in (token in memory)."""
    code = world.admin("enrol-workstation", "--center", CENTER).strip()
    api = ApiClient(world.proxy.url)
    workstation_id = api.enrol(code, "refresh").workstation_id
    store = open_store(DataDir(folder), create=True)
    actor = Actor(OFFICER, workstation_id)
    with store.unit_of_work(actor) as uow:
        put_meta(uow.session, WORKSTATION_ID_KEY, workstation_id)
        put_meta(uow.session, CENTER_CODE_KEY, CENTER)
        put_meta(uow.session, SERVER_URL_KEY, world.proxy.url)
    creds = Credentials(world.proxy.url, workstation_id, OFFICER)
    creds.persistent = False  # never the developer's keyring
    creds.keep_in_memory(api.login(OFFICER, PASSWORD, workstation_id).refresh_token)
    api.session.close()
    return store, creds, actor


def _new_person(store: Store, actor: Actor) -> str:
    person = generate(1, 5, load_catalogue(), center=CENTER, today=dt.date.today()).persons[0]
    person = dataclasses.replace(person, id=new_id(), version=0)
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
    return person.id


def test_a_lost_refresh_answer_does_not_force_a_relogin(
    world_factory: WorldFactory, tmp_path: Path
) -> None:
    world = world_factory(0)
    store, creds, actor = _enrolled(world, tmp_path / "ws")
    engines: list[SyncEngine] = []

    def engine() -> SyncEngine:
        """As after a restart: a new client without an access token, so the first call
        refreshes with the stored refresh token."""
        made = SyncEngine(store, ApiClient(world.proxy.url), creds, actor)
        engines.append(made)
        return made

    try:
        assert engine().sync_once().ok
        token_before = creds.get_refresh_token()
        person_id = _new_person(store, actor)
        lost = world.proxy.drop(count=1, after_forward=True, path=REFRESH)
        cut = engine().sync_once()
        assert not cut.ok  # the refresh's answer never came: nothing else was sent
        assert (lost.taken, lost.answered) == (1, 1)  # the server did rotate the token
        assert (world.proxy.log[-1].path, world.proxy.log[-1].status) == (REFRESH, None)
        assert creds.get_refresh_token() == token_before  # the server exchanged it anyway

        again = engine().sync_once()  # the same old refresh token: within the grace

        assert again.ok, again.errors
        assert again.pushed == 1
        assert creds.get_refresh_token() != token_before
        exported = world.server_export()
        assert person_id in {p["id"] for p in exported["persons"]}
        assert engine().sync_once().ok  # and the new token works on
    finally:
        for made in engines:
            made.api.session.close()
        store.close()
