"""Decisions ask for the password again (re-authentication, checked against the offline
verifier: no server here) unless the officer authenticated within the last two minutes;
a wrong password is refused with the tries left, a cancel decides nothing, every attempt
is audited."""

from __future__ import annotations

import datetime as dt
import time

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.detail.conftest import OpenPage, as_supervisor, pick
from workstation.domain.model import Role, Status
from workstation.gui.context import AppContext
from workstation.gui.detail.dialogs import ReasonDialog
from workstation.gui.reauth.dialog import AUTH_AT_KEY, ReauthDialog
from workstation.security import offline
from workstation.store import Actor

PASSWORD = "boss-Parol-77"


def _boss(context: AppContext) -> AppContext:
    boss = as_supervisor(context)
    boss.extras = {}  # logged in, but not within the last two minutes
    with boss.store.unit_of_work(Actor("boss", "WS-1")) as uow:
        offline.remember(
            uow.session,
            username="boss",
            password=PASSWORD,
            full_name="Demo Supervisor",
            role=Role.SUPERVISOR,
            center_code="BAK1",
            now=dt.datetime.now(dt.UTC),
        )
    return boss


def _reauth(qtbot, page) -> ReauthDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.findChild(ReauthDialog) is not None)
    dialog = page.findChild(ReauthDialog)
    assert isinstance(dialog, ReauthDialog)
    return dialog


def _confirm(qtbot, dialog: ReauthDialog, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            not shiboken6.isValid(dialog) or not dialog.isVisible() or dialog.confirm.isEnabled()
        )
    )


def _status(ctx: AppContext, app_id: str) -> Status:
    with ctx.store.read() as repos:
        return repos.applications.get(app_id).status


def test_a_decision_asks_the_password_again(  # type: ignore[no-untyped-def]
    context: AppContext, open_page: OpenPage, qtbot
) -> None:
    boss = _boss(context)
    app_id = pick(boss, Status.UNDER_REVIEW)
    page = open_page(boss, app_id)
    qtbot.mouseClick(page.buttons["approve"], Qt.MouseButton.LeftButton)
    dialog = _reauth(qtbot, page)
    assert page.dialog is None  # no decision dialog before the password
    assert "Approving " in dialog.intro.text()

    _confirm(qtbot, dialog, "not-my-password")
    assert dialog.isVisible()
    assert "Wrong password (4 tries left" in dialog.message.text()
    assert page.dialog is None

    _confirm(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ReasonDialog))
    reason = page.dialog
    assert isinstance(reason, ReasonDialog)
    # the password dialog is gone (deleted on close, once the event loop gets to it)
    qtbot.waitUntil(lambda: page.findChild(ReauthDialog) is None)
    with qtbot.waitSignal(boss.events.application_saved):
        qtbot.mouseClick(
            reason.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert _status(boss, app_id) is Status.APPROVED
    with boss.store.read() as repos:
        actions = [e.action for e in repos.audit.for_entity("user", "boss")]
    assert actions == ["user.reauth_failed", "user.reauth"]

    # within two minutes: the next decision asks nothing
    other = pick(boss, Status.UNDER_REVIEW)
    page2 = open_page(boss, other)
    qtbot.mouseClick(page2.buttons["refuse"], Qt.MouseButton.LeftButton)
    assert isinstance(page2.dialog, ReasonDialog)
    assert page2.findChild(ReauthDialog) is None
    page2.dialog.reject()


def test_after_two_minutes_it_asks_again_and_cancel_decides_nothing(  # type: ignore[no-untyped-def]
    context: AppContext, open_page: OpenPage, qtbot
) -> None:
    boss = _boss(context)
    boss.extras[AUTH_AT_KEY] = time.monotonic() - 121  # logged in 2 minutes ago
    app_id = pick(boss, Status.UNDER_REVIEW)
    page = open_page(boss, app_id)
    qtbot.mouseClick(page.buttons["refuse"], Qt.MouseButton.LeftButton)
    dialog = _reauth(qtbot, page)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.findChild(ReauthDialog) is None)
    assert page.dialog is None
    assert _status(boss, app_id) is Status.UNDER_REVIEW
