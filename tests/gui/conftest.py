"""Fixtures of the desktop tests: the offscreen Qt platform, a data folder filled with
generated applications, and an `AppContext` over it with a real `TaskRunner`.

Screens are driven through pytest-qt's ``qtbot``; background work is awaited with
``qtbot.waitUntil`` / ``waitSignal``, never with sleeps."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from workstation.domain.catalogue import Catalogue, load_catalogue
from workstation.domain.model import Role
from workstation.samples.generator import generate
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store

TODAY = dt.date(2026, 11, 27)
WORKSTATION = "WS-TEST-01"
CENTER = "BAK1"


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


def fill(store: Store, catalogue: Catalogue, count: int, seed: int = 7) -> None:
    """``count`` generated applications (every status) with their persons."""
    data = generate(count, seed, catalogue, center=CENTER, today=TODAY)
    with store.unit_of_work(Actor("seed", WORKSTATION)) as uow:
        uow.add_many(data.persons, data.applications)


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The desktop always runs with a translator installed; the tests see the English
    one (plural forms come from it)."""
    from workstation.runtime.i18n import Translations

    translations = Translations(cache=tmp_path_factory.mktemp("qm"))
    translations.apply("en")
    return translations


@pytest.fixture
def datadir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def store(datadir: DataDir, catalogue: Catalogue) -> Iterator[Store]:
    opened = open_store(datadir, create=True)
    try:
        fill(opened, catalogue, 120)
        yield opened
    finally:
        opened.close()


@pytest.fixture
def context(qtbot, store: Store, catalogue: Catalogue):  # type: ignore[no-untyped-def]
    from workstation.gui.context import AppContext, Events, UserSession
    from workstation.runtime.tasks import TaskRunner

    runner = TaskRunner()
    ctx = AppContext(
        store=store,
        runner=runner,
        catalogue=catalogue,
        events=Events(),
        language="en",
        session=UserSession("officer", "Demo Officer", Role.OFFICER, WORKSTATION, CENTER),
        today=lambda: TODAY,
    )
    # the officer has just logged in, for as long as the test lasts: decisions and reprints
    # ask no password again here (re-authentication itself: tests/gui/reauth)
    ctx.extras["security.authenticated_at"] = float("inf")
    yield ctx
    runner.wait_idle()
    qtbot.wait(10)  # let queued outcomes drain before the store closes
