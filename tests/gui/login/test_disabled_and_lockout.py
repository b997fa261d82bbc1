"""Against a real `workstation server` process: a disabled account is refused at its next
online login with a clear message and loses its offline verifier (so it cannot log in
offline either), and it comes back once enabled; too many wrong passwords online lock the
login on the server and the dialog counts the lock down."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.main_window.world import OFFICER, PASSWORD, World
from tests.integration.processes import admin
from workstation.gui.context import AppContext, Events
from workstation.gui.login import service
from workstation.gui.login.dialogs import LoginDialog
from workstation.runtime.tasks import TaskRunner
from workstation.security import offline
from workstation.store import Store


@pytest.fixture
def ctx(qtbot: QtBot, empty_store: Store, catalogue) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield AppContext(empty_store, runner, catalogue, Events())
    runner.wait_idle()
    qtbot.wait(10)


def _attempt(
    qtbot: QtBot, ctx: AppContext, enrolled: service.Enrolled, password: str
) -> LoginDialog:
    dialog = LoginDialog(ctx, enrolled, username=OFFICER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, password)  # type: ignore[no-untyped-call]
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(
        lambda: (
            dialog.result_ is not None or dialog.login_button.isEnabled() or dialog.countdown.active
        ),
        timeout=20_000,
    )
    return dialog


def _verifier(store: Store) -> offline.CachedUser | None:
    with store.read() as repos:
        return offline.cached_user(repos.session, OFFICER)


def test_a_disabled_account_is_refused_online_and_loses_its_offline_login(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    enrolled = service.enrol(ctx.store, world.server.url, world.code())
    assert _attempt(qtbot, ctx, enrolled, PASSWORD).result_ is not None
    assert _verifier(ctx.store) is not None

    admin(world.database_url, "disable-user", OFFICER)  # the real command, its own process
    dialog = _attempt(qtbot, ctx, enrolled, PASSWORD)
    assert dialog.result_ is None
    assert "This account is disabled" in dialog.message.text()
    assert _verifier(ctx.store) is None
    with ctx.store.read() as repos:
        actions = [e.action for e in repos.audit.events() if e.entity_id == OFFICER]
    assert actions[-2:] == ["user.login_failed", "user.offline_login_removed"]

    world.server.stop()  # no offline login either: the verifier is gone
    dialog = _attempt(qtbot, ctx, enrolled, PASSWORD)
    assert dialog.result_ is None
    assert "needs one online login" in dialog.message.text()

    world.server.start()
    admin(world.database_url, "enable-user", OFFICER)
    assert _attempt(qtbot, ctx, enrolled, PASSWORD).result_ is not None
    assert _verifier(ctx.store) is not None


def test_admin_enable_user_of_an_unknown_user_fails_clearly(world: World) -> None:
    done = admin(world.database_url, "enable-user", "nobody", check=False, in_process=True)
    assert done.returncode == 1
    assert "no user nobody" in done.stderr


def test_too_many_wrong_passwords_online_lock_the_login_with_a_countdown(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    enrolled = service.enrol(ctx.store, world.server.url, world.code())
    for attempt in range(5):  # the server's limit (ServerConfig.login_max_failures)
        dialog = _attempt(qtbot, ctx, enrolled, f"wrong-{attempt}")
        assert dialog.message.text() == "Wrong user name or password."
    dialog = _attempt(qtbot, ctx, enrolled, PASSWORD)  # even the right one, now
    assert dialog.result_ is None
    text = dialog.message.text()
    assert "Too many wrong passwords" in text
    assert re.search(r"Try again in (5:0[01]|4:[0-5]\d)\.", text), text
    assert dialog.countdown.active
    assert not dialog.login_button.isEnabled()
    assert not dialog.password.isEnabled()
    assert _verifier(ctx.store) is None  # no online login happened
