"""Status actions on the detail page: only what the role allows, through the state
machine, written off the GUI thread, with the rule's message when refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.detail.conftest import OpenPage, as_supervisor, pick
from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.detail import scenarios
from workstation.gui.detail.dialogs import ReasonDialog, RequestDocumentsDialog


def _status(ctx: AppContext, app_id: str) -> Status:
    with ctx.store.read() as repos:
        return repos.applications.get(app_id).status


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_an_officer_sees_no_approve_or_refuse(context: AppContext, open_page: OpenPage) -> None:
    page = open_page(context, pick(context, Status.UNDER_REVIEW))
    assert "approve" not in page.buttons
    assert "refuse" not in page.buttons
    assert {"request_documents", "withdraw"} <= page.buttons.keys()


def test_a_supervisor_approves(context: AppContext, open_page: OpenPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    boss = as_supervisor(context)
    app_id = pick(boss, Status.UNDER_REVIEW)
    page = open_page(boss, app_id)
    assert {"approve", "refuse"} <= page.buttons.keys()
    qtbot.mouseClick(page.buttons["approve"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    assert not dialog.required  # the state machine asks no reason to approve
    with qtbot.waitSignal(boss.events.application_saved) as saved:
        _ok(qtbot, dialog)
    assert saved.args == [app_id]
    assert _status(boss, app_id) is Status.APPROVED
    with boss.store.read() as repos:
        app = repos.applications.get(app_id)
        events = repos.audit.for_entity("application", app_id)
    assert app.decision is not None
    assert app.decision.by == "boss"
    assert events[-1].action == "application.approve"
    assert events[-1].actor == "boss"
    qtbot.waitUntil(lambda: page.status_chip.text() == "Approved")
    assert "approve" not in page.buttons


def test_refuse_needs_a_reason(context: AppContext, open_page: OpenPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    boss = as_supervisor(context)
    app_id = pick(boss, Status.UNDER_REVIEW)
    page = open_page(boss, app_id)
    qtbot.mouseClick(page.buttons["refuse"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "This action needs a reason."
    assert _status(boss, app_id) is Status.UNDER_REVIEW
    qtbot.keyClicks(dialog.reason_edit, "Forged: ")  # QTest types ASCII only
    dialog.reason_edit.insertPlainText("Sənədlər saxtadır")
    with qtbot.waitSignal(page.action_done):
        _ok(qtbot, dialog)
    with boss.store.read() as repos:
        app = repos.applications.get(app_id)
    assert app.status is Status.REFUSED
    assert app.decision is not None
    assert app.decision.reason == "Forged: Sənədlər saxtadır"


def test_the_reason_message_follows_the_ui_language(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    boss = dataclasses.replace(as_supervisor(context), language="az")
    page = open_page(boss, pick(boss, Status.UNDER_REVIEW))
    page.start_action("refuse")
    _ok(qtbot, page.dialog)
    assert page.dialog.error.text() == "Bu əməliyyat üçün səbəb göstərilməlidir."  # type: ignore[union-attr]


def test_request_documents_records_what_is_missing(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    unticked = scenarios.untick(context.store, context.actor, app_id, 2)
    page = open_page(context, app_id)
    qtbot.mouseClick(page.buttons["request_documents"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RequestDocumentsDialog)
    assert dialog.list.count() == 2
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # only the first is missing
    asked = dialog.missing_codes()
    assert asked == unticked[:1]
    qtbot.keyClicks(dialog.note_edit, "Tomorrow")
    dialog.note_edit.insertPlainText(", sabah gətirsin")
    with qtbot.waitSignal(page.action_done):
        _ok(qtbot, dialog)
    with context.store.read() as repos:
        app = repos.applications.get(app_id)
    assert app.status is Status.AWAITING_DOCUMENTS
    notes = {item.code: item.note for item in app.checklist}
    assert notes[unticked[0]].startswith("requested")
    assert notes[unticked[1]] == ""
    label = next(
        d.label.en
        for d in context.catalogue.service(app.service_code).documents
        if d.code == asked[0]
    )
    assert label in app.history[-1].reason
    assert "Tomorrow, sabah gətirsin" in app.history[-1].reason


def test_request_documents_with_nothing_ticked_asks_for_something(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    scenarios.untick(context.store, context.actor, app_id, 1)
    page = open_page(context, app_id)
    page.start_action("request_documents")
    dialog = page.dialog
    assert isinstance(dialog, RequestDocumentsDialog)
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Tick at least one" in dialog.error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _status(context, app_id) is Status.RECEIVED


def test_send_to_review_with_an_incomplete_checklist_changes_nothing(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    scenarios.untick(context.store, context.actor, app_id, 2)
    with context.store.read() as repos:
        before = (repos.outbox.count(), len(repos.audit.for_entity("application", app_id)))
    page = open_page(context, app_id)
    with qtbot.waitSignal(page.action_refused) as refused:
        qtbot.mouseClick(page.buttons["submit_for_review"], Qt.MouseButton.LeftButton)
    assert refused.args[0].startswith("Not all required documents have been received.")
    assert page.message.isVisibleTo(page)
    assert page.message.text() == refused.args[0]
    assert _status(context, app_id) is Status.RECEIVED
    with context.store.read() as repos:
        after = (repos.outbox.count(), len(repos.audit.for_entity("application", app_id)))
    assert after == before
