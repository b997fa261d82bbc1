"""Fixtures for every test: no test touches the developer's OS keyring or waits for a
human to type the data folder's passphrase.

In this process the keyring is an in-memory backend (data keys of data folders made here
go there). Child processes (`workstation` commands) run without a keyring and find the
passphrase in ``$WORKSTATION_PASSPHRASE``, set here for the whole run; a folder made by a
child keeps its key wrapped with that passphrase, which this process uses too."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest

from workstation.security.datakey import ENV_PASSPHRASE

TEST_PASSPHRASE = "tests only: correct horse battery staple"
os.environ.setdefault(ENV_PASSPHRASE, TEST_PASSPHRASE)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the process ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(scope="session", autouse=True)
def memory_keyring_for_data_keys() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def keyring_free_folders() -> Iterator[None]:
    """No keyring in this process either, for a test whose data folder a child process
    opens too: the folder's key is then wrapped with ``$WORKSTATION_PASSPHRASE``."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def task_runners_closed() -> Iterator[None]:
    """After each test, every task runner it made (they belong to the application object,
    `workstation.runtime.tasks`) is closed and deleted here, on the GUI thread, so that
    none is left holding idle threads for the tests after it."""
    yield
    if "workstation.runtime.tasks" not in sys.modules:
        return  # no test so far made one
    from PySide6.QtCore import QCoreApplication, QEvent

    from workstation.runtime.tasks import TaskRunner

    app = QCoreApplication.instance()
    if app is None:
        return
    for runner in app.findChildren(TaskRunner):
        runner.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
