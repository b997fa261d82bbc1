"""Refresh tokens in the keyring, or in memory when the machine has no keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from workstation.sync import credentials as credentials_module
from workstation.sync.credentials import Credentials


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials_module._memory.clear()
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        credentials_module._memory.clear()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    credentials_module._memory.clear()
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        credentials_module._memory.clear()


def test_token_goes_to_the_keyring_per_server_workstation_and_user(
    memory_keyring: MemoryKeyring,
) -> None:
    creds = Credentials("https://central.example/", "WS-1", "aliyev")
    assert creds.get_refresh_token() is None
    creds.set_refresh_token("r" * 32)
    assert memory_keyring.items == {
        ("workstation", "https://central.example|WS-1|aliyev"): "r" * 32
    }
    assert Credentials("https://central.example", "WS-1", "aliyev").get_refresh_token() == "r" * 32
    assert Credentials("https://central.example", "WS-2", "aliyev").get_refresh_token() is None
    assert "r" * 32 not in repr(creds)
    assert credentials_module._memory == {}
    creds.forget()
    assert memory_keyring.items == {}
    creds.forget()  # twice: no error


def test_without_a_keyring_the_token_lives_in_memory_only(no_keyring: None) -> None:
    creds = Credentials("https://central.example", "WS-1", "aliyev")
    assert creds.get_refresh_token() is None
    assert not creds.persistent
    assert creds.warning is not None
    assert "log in again in each session" in creds.warning
    creds.set_refresh_token("t" * 32)
    assert creds.get_refresh_token() == "t" * 32
    assert Credentials("https://central.example", "WS-1", "aliyev").get_refresh_token() == "t" * 32
    creds.forget()
    assert creds.get_refresh_token() is None


def test_keep_in_memory_writes_nothing_to_the_keyring(memory_keyring: MemoryKeyring) -> None:
    creds = Credentials("https://central.example", "WS-1", "aliyev")
    creds.keep_in_memory("m" * 32)
    assert creds.get_refresh_token() == "m" * 32
    assert memory_keyring.items == {}
