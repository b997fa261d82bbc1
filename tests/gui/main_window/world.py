"""A real central server for the desktop tests: `workstation server` as a process (on
SQLite), a center with an officer and a supervisor, and enrolment codes; plus local work
on a data folder through the store's API. The OS keyring is replaced by keyring's
"fail" backend, so that refresh tokens live in memory (and the warning shows)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from tests.integration.processes import ServerProcess, admin, sqlite_url
from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Application, Role, Status
from workstation.samples.generator import generate
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store

CENTER = "BAK1"
PASSWORD = "parol-12345"
OFFICER = "officer1"
SUPERVISOR = "supervisor1"


@dataclass
class World:
    server: ServerProcess
    database_url: str

    def code(self) -> str:
        done = admin(self.database_url, "enrol-workstation", "--center", CENTER, in_process=True)
        return done.stdout.strip()


@pytest.fixture
def memory_keyring() -> Iterator[None]:
    previous: keyring.backend.KeyringBackend = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def world(tmp_path: Path, memory_keyring: None) -> Iterator[World]:
    url = sqlite_url(tmp_path / "server.sqlite3")
    admin(url, "create-center", CENTER, "--name", "Bakı 1 saylı mərkəz", in_process=True)
    for user, role in ((OFFICER, "officer"), (SUPERVISOR, "supervisor")):
        admin(
            url,
            "create-user",
            user,
            "--role",
            role,
            "--center",
            CENTER,
            "--full-name",
            f"Test {role}",
            "--password-stdin",
            stdin=PASSWORD,
            in_process=True,
        )
    server = ServerProcess(url, tmp_path / "logs")
    server.start()
    try:
        yield World(server, url)
    finally:
        server.stop()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataDir(tmp_path / "desk"), create=True)
    try:
        yield opened
    finally:
        opened.close()


def receive_new(store: Store, actor: Actor, *, seed: int = 3) -> Application:
    """A new application with a new applicant, numbered from the leases, received."""
    today = dt.date.today()
    data = generate(1, seed, load_catalogue(), center=CENTER, today=today)
    app = data.applications[0]
    with store.unit_of_work(actor) as uow:
        for person in data.persons:
            if person.id == app.person_id:
                uow.add_person(person)
        number = uow.new_application_number(CENTER, today.year)
        draft = dataclasses.replace(
            app,
            number=number,
            status=Status.DRAFT,
            received_at=None,
            received_by="",
            due_date=None,
            decision=None,
            history=(),
            payment_ref="",
            assignee="",
        )
        uow.add_application(draft)
        return uow.transition(app.id, "receive", Role.OFFICER)
