"""The conflict view of a "Needs review" application: field by field, resolved as a new
change; two decisions settled by a supervisor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton

from tests.gui.detail.conftest import OpenPage, as_supervisor, pick
from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.detail import scenarios
from workstation.store import OutboxEntry
from workstation.store.conflicts import open_for


def _queued(ctx: AppContext, app_id: str, conflict_id: str) -> list[OutboxEntry]:
    """The waiting mutations of the application and of the conflict, in order."""
    with ctx.store.read() as repos:
        rows = repos.outbox.for_entity("application", app_id)
        rows += repos.outbox.for_entity("conflict", conflict_id)
    return sorted((r for r in rows if r.state == "pending"), key=lambda r: r.client_seq)


def _open(ctx: AppContext, app_id: str) -> list[str]:
    with ctx.store.read() as repos:
        return [c.conflict_id for c in open_for(repos.session, "application", app_id)]


def test_a_conflict_is_resolved_as_a_new_change(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    conflict_id = scenarios.field_conflict(context.store, context.actor, app_id)
    with context.store.read() as repos:
        assert repos.applications.get(app_id).payment_ref == "AZ999988887777"  # the server's
        assert repos.applications.sync_state(app_id) == "conflict"
    assert _queued(context, app_id, conflict_id) == []
    page = open_page(context, app_id)
    assert page.tabs.currentWidget() is page.conflicts_scroll
    [card] = page.conflicts.cards
    keys = [key for key, _group in card.groups]
    assert {"assignee", "payment_ref"} <= set(keys)
    assert card.findChild(QLabel, "payment_ref-mine").text() == "AZ111122223333"
    assert card.findChild(QLabel, "payment_ref-server").text() == "AZ999988887777"
    assert not card.button.isEnabled()  # every field needs a choice
    qtbot.mouseClick(card.findChild(QRadioButton, "payment_ref-mine"), Qt.MouseButton.LeftButton)
    for key in keys:
        if key != "payment_ref":
            card.choose(key, "server")
    assert card.button.isEnabled()
    with qtbot.waitSignal(context.events.data_changed):
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert _open(context, app_id) == []
    with context.store.read() as repos:
        app = repos.applications.get(app_id)
        assert repos.applications.sync_state(app_id) == "pending"
    queued = _queued(context, app_id, conflict_id)
    assert (app.payment_ref, app.assignee) == ("AZ111122223333", "karimov")
    change, resolution = queued
    assert (change.entity, change.entity_id, change.op) == ("application", app_id, "update")
    assert change.changed == {"payment_ref": "AZ111122223333"}
    assert change.prev == {"payment_ref": "AZ999988887777"}
    assert (resolution.entity, resolution.entity_id) == ("conflict", conflict_id)
    assert resolution.changed["resolved"] is True
    qtbot.waitUntil(lambda: page.data is not None and not page.data.conflicts)
    assert page.tabs.indexOf(page.conflicts_scroll) == -1


def test_keeping_the_servers_values_only_closes_the_conflict(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    conflict_id = scenarios.field_conflict(context.store, context.actor, app_id)
    page = open_page(context, app_id)
    [card] = page.conflicts.cards
    for key, _group in card.groups:
        card.choose(key, "server")
    with qtbot.waitSignal(page.conflicts.resolved):
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    with context.store.read() as repos:
        assert repos.applications.sync_state(app_id) == "synced"
    [only] = _queued(context, app_id, conflict_id)
    assert (only.entity, only.entity_id) == ("conflict", conflict_id)


def test_two_decisions_are_shown_and_a_supervisor_settles_them(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    boss = as_supervisor(context)
    app_id = pick(boss, Status.UNDER_REVIEW)
    conflict_id = scenarios.decision_conflict(boss.store, boss.actor, app_id)
    officer_page = open_page(context, app_id)
    [officer_card] = officer_page.conflicts.cards
    assert officer_card.decision is not None
    assert not officer_card.decision.group.button(0).isEnabled()  # officers cannot choose
    page = open_page(boss, app_id)
    [card] = page.conflicts.cards
    choice = card.decision
    assert choice is not None
    assert (choice.clash.server.outcome, choice.clash.server.by) == ("refused", "karimov")
    assert (choice.clash.other.outcome, choice.clash.other.by) == ("approved", "boss")
    assert any("Tibbi arayış saxtadır" in label.text() for label in card.findChildren(QLabel))
    assert not choice.group.button(1).isEnabled()  # no step takes a refusal back
    assert "no step" in choice.note.text()
    choice.group.button(0).setChecked(True)
    with qtbot.waitSignal(page.conflicts.resolved):
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert _open(boss, app_id) == []
    with boss.store.read() as repos:
        app = repos.applications.get(app_id)
    [closing] = [m for m in _queued(boss, app_id, conflict_id) if m.entity == "conflict"]
    assert app.status is Status.REFUSED
    assert closing.entity_id == conflict_id
    assert "refused by karimov" in closing.changed["resolution"]


def _with_text_field(ctx: AppContext) -> tuple[str, str]:
    """A received application with a filled free-text service field, and that field."""
    from workstation.store import QueueFilter

    with ctx.store.read() as repos:
        rows = repos.queue.page(QueueFilter(statuses=frozenset({Status.RECEIVED})), limit=200)
        for row in rows:
            app = repos.applications.get(row.id)
            service = ctx.catalogue.service(app.service_code)
            for code, value in sorted(app.fields.items()):
                spec = service.field(code)
                if spec is not None and spec.type == "text" and isinstance(value, str) and value:
                    return app.id, code
    raise AssertionError("no application with a text field in the test data")


def test_service_fields_show_their_catalogue_labels_and_mine_wins(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id, code = _with_text_field(context)
    conflict_id = scenarios.field_conflict(context.store, context.actor, app_id)
    page = open_page(context, app_id)
    [card] = page.conflicts.cards
    with context.store.read() as repos:
        app = repos.applications.get(app_id)
    label = context.catalogue.service(app.service_code).field(code).label.en  # type: ignore[union-attr]
    mine = card.findChild(QLabel, "fields-mine").text()
    assert mine == f"{label}: {app.fields[code]} (düzəliş)"
    for key, _group in card.groups:
        card.choose(key, "mine")
    with qtbot.waitSignal(page.conflicts.resolved):
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    change = _queued(context, app_id, conflict_id)[0]
    assert change.changed["fields"][code] == f"{app.fields[code]} (düzəliş)"
    assert change.changed["assignee"] == context.actor.user
