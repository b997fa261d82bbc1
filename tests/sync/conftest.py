"""Fixtures of the sync tests: an empty local store, and credentials kept in memory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workstation.security.datakey import open_store
from workstation.store import DataDir, Store
from workstation.sync import credentials as credentials_module
from workstation.sync.credentials import Credentials


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataDir(tmp_path_factory.mktemp("data")), create=True)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def creds() -> Iterator[Credentials]:
    credentials_module._memory.clear()
    c = Credentials("http://127.0.0.1:1", "WS-1", "aliyev")
    c.keep_in_memory("r" * 32)
    yield c
    credentials_module._memory.clear()
