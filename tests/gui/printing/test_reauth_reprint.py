"""A reprint asks the officer's own password again (before the supervisor's approval)
unless they authenticated within the last two minutes; checked offline, audited."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt

from tests.gui.printing.conftest import approved
from tests.gui.printing.test_detail_cards import _print_from_page
from workstation.domain.model import Role
from workstation.gui.printing.dialogs import ReprintDialog
from workstation.gui.reauth.dialog import ReauthDialog
from workstation.security import offline
from workstation.store import Actor

PASSWORD = "officer-Parol-5"


def test_a_reprint_asks_the_password_again(qtbot, context, card_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app_id = approved(context, 1)[0]
    page = _print_from_page(qtbot, context, app_id, tmp_path / "c.pdf")
    with card_store.unit_of_work(Actor("officer", "WS-1")) as uow:
        offline.remember(
            uow.session,
            username="officer",
            password=PASSWORD,
            full_name="Demo Officer",
            role=Role.OFFICER,
            center_code="BAK1",
            now=dt.datetime.now(dt.UTC),
        )
    context.extras.clear()  # the login was long ago
    page.buttons["reprint"].click()
    qtbot.waitUntil(lambda: page.findChild(ReauthDialog) is not None)
    dialog = page.findChild(ReauthDialog)
    assert isinstance(dialog, ReauthDialog)
    assert "Reprinting the card of" in dialog.intro.text()
    assert page.card_actions.dialog is None  # no reprint dialog before the password

    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong password" in dialog.message.text())
    assert page.card_actions.dialog is None

    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.card_actions.dialog, ReprintDialog))
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    reprint = page.card_actions.dialog
    assert isinstance(reprint, ReprintDialog)
    reprint.reject()
    with card_store.read() as repos:
        actions = [e.action for e in repos.audit.for_entity("user", "officer")]
    assert actions[-2:] == ["user.reauth_failed", "user.reauth"]
