"""Fixtures of the store tests: an opened store in a fresh data folder, an actor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store


@pytest.fixture
def actor() -> Actor:
    return Actor(user="aliyev", workstation_id="WS-BAK-01")


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    datadir = DataDir(tmp_path_factory.mktemp("data"))
    opened = open_store(datadir, create=True)
    try:
        yield opened
    finally:
        opened.close()
