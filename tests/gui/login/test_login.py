"""Enrolment and login against a real `workstation server` process: online login first
(renews the offline verifier), then the server stops and the officer logs in offline;
a wrong password is refused and five lock offline login. Every attempt is audited."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.main_window.world import OFFICER, PASSWORD, World
from workstation.domain.model import Role
from workstation.domain.seal import raw_public_key
from workstation.gui.context import AppContext, Events
from workstation.gui.login.dialogs import EnrolDialog, LoginDialog
from workstation.gui.login.service import Enrolled, LoginResult
from workstation.runtime.tasks import TaskRunner
from workstation.store import Store, seal_keys


@pytest.fixture
def ctx(qtbot: QtBot, empty_store: Store, catalogue) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield AppContext(empty_store, runner, catalogue, Events())
    runner.wait_idle()
    qtbot.wait(10)


def _enrol(qtbot: QtBot, ctx: AppContext, world: World) -> Enrolled:
    dialog = EnrolDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.server, world.server.url)  # type: ignore[no-untyped-call]
    qtbot.keyClicks(dialog.code, world.code())  # type: ignore[no-untyped-call]
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert dialog.enrolled is not None
    return dialog.enrolled


def _login_dialog(qtbot: QtBot, ctx: AppContext, enrolled: Enrolled) -> LoginDialog:
    dialog = LoginDialog(ctx, enrolled, username=OFFICER)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot: QtBot, dialog: LoginDialog, password: str) -> LoginResult | str:
    """Types the password and clicks Log in; the result when accepted, else the message
    (once the attempt is over: the button comes back, or a lock-out countdown runs)."""
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)  # type: ignore[no-untyped-call]
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(
        lambda: dialog.login_button.isEnabled() or dialog.countdown.active, timeout=20_000
    )
    if dialog.result_ is not None:
        return dialog.result_
    return dialog.message.text()


def _audit_actions(store: Store) -> list[str]:
    with store.read() as repos:
        return [e.action for e in repos.audit.events() if e.entity == "user"]


def test_online_then_offline_login_and_lockout(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    enrolled = _enrol(qtbot, ctx, world)
    assert enrolled.center_code == "BAK1"
    # the desktop's enrolment makes and saves an endorsed seal key (cards can be printed)
    keys = seal_keys.load(ctx.store.datadir.path)
    assert keys.endorsement.public_key == raw_public_key(keys.key.public_key())

    online = _try(qtbot, _login_dialog(qtbot, ctx, enrolled), PASSWORD)
    assert isinstance(online, LoginResult)
    assert online.session is not None
    assert online.session.online
    assert online.session.role is Role.OFFICER
    assert online.warning  # no keyring in the tests: kept in memory, and it says so

    wrong_online = _try(qtbot, _login_dialog(qtbot, ctx, enrolled), "not-the-password")
    assert wrong_online == "Wrong user name or password."

    world.server.stop()
    dialog = _login_dialog(qtbot, ctx, enrolled)
    offline = _try(qtbot, dialog, PASSWORD)
    assert isinstance(offline, LoginResult)
    assert offline.session is not None
    assert not offline.session.online
    assert offline.session.full_name == "Test officer"

    dialog = _login_dialog(qtbot, ctx, enrolled)
    refused = _try(qtbot, dialog, "guess-1")
    assert isinstance(refused, str)
    assert "cannot be reached" in refused
    assert "Wrong password (4 tries left" in refused
    assert not dialog.password.text()  # cleared for the next try; the user name stays
    assert dialog.username.text() == OFFICER
    for attempt in range(2, 6):
        refused = _try(qtbot, dialog, f"guess-{attempt}")
    assert isinstance(refused, str)
    assert "Too many wrong passwords" in refused
    # the countdown: 5 minutes, password and button disabled while it lasts
    assert re.search(r"Try again in (5:00|4:[0-5]\d)\.", refused)
    assert not dialog.login_button.isEnabled()
    assert not dialog.password.isEnabled()
    # the dialog's clock passes the end: it offers to try again...
    until = dialog.countdown.until
    assert until is not None
    dialog.countdown.clock = lambda: until + dt.timedelta(seconds=1)
    dialog.countdown.tick()
    assert dialog.login_button.isEnabled()
    assert "you can try again" in dialog.message.text()
    # ...but the lock is the store's: right password, real time: still locked, and it counts
    dialog.countdown.clock = lambda: dt.datetime.now(dt.UTC)
    still_locked = _try(qtbot, dialog, PASSWORD)
    assert isinstance(still_locked, str)
    assert "Too many wrong passwords" in still_locked
    assert dialog.countdown.active
    assert re.search(r"Try again in (5:00|4:[0-5]\d)\.", still_locked)

    actions = _audit_actions(ctx.store)
    assert actions.count("user.login") == 1
    assert actions.count("user.login_offline") == 1
    assert actions.count("user.login_failed") == 1 + 5 + 1


def test_enrolment_refuses_a_bad_code_and_keeps_what_was_typed(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    dialog = EnrolDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.server, world.server.url)  # type: ignore[no-untyped-call]
    qtbot.keyClicks(dialog.code, "no-such-code")  # type: ignore[no-untyped-call]
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(dialog.enrol_button.isEnabled, timeout=20_000)
    assert "refused" in dialog.message.text()
    assert dialog.server.text() == world.server.url
    assert dialog.enrolled is None
