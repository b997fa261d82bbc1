"""The queue page over the generated store: lines fetched lazily, sorting in SQL, a fresh
application appearing after a save, filters, and the multi-select actions."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.queue.pages import open_page
from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.queue.definitions import BY_KEY, QUEUES, queue_counts
from workstation.gui.queue.model import COLUMNS
from workstation.gui.queue.page import QueuePage
from workstation.gui.queue.request_dialog import RequestDocumentsDialog
from workstation.store import QueueFilter, SortKey


def _page(qtbot: QtBot, context: AppContext, queue: str = "received") -> QueuePage:
    return open_page(qtbot, context, queue)


def _all_lines(qtbot: QtBot, page: QueuePage) -> list[str]:
    model = page.model
    for row in range(model.rowCount()):
        model.line(row)
    qtbot.waitUntil(lambda: all(model.line(r) is not None for r in range(model.rowCount())))
    return [model.line(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_the_queue_shows_its_applications_in_sql_order(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    flt = BY_KEY["received"].filter_for("officer")
    with context.store.read() as repos:
        expected = [r.id for r in repos.queue.page(flt, SortKey.DUE_DATE, False, 0, 1000)]
    assert expected
    assert _all_lines(qtbot, page) == expected
    assert page.status.text() == f"{len(expected)} applications"
    status = page.model.index(0, 4).data()
    assert status == "Received"


def test_a_click_on_a_header_sorts_in_sql(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context, "decided")
    column = next(i for i, c in enumerate(COLUMNS) if c.sort == SortKey.APPLICANT)
    page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.query[1] == SortKey.APPLICANT and page.model.complete)
    flt = BY_KEY["decided"].filter_for("officer")
    with context.store.read() as repos:
        expected = [r.id for r in repos.queue.page(flt, SortKey.APPLICANT, True, 0, 1000)]
    assert _all_lines(qtbot, page) == expected


def test_a_freshly_saved_application_appears(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context, "drafts")
    before = _all_lines(qtbot, page)
    with context.store.read() as repos:
        some = repos.queue.page(QueueFilter(statuses=frozenset({Status.RECEIVED})), limit=1)[0]
        template = repos.applications.get(some.id)
    fresh = dataclasses.replace(
        template,
        id="01900000-0000-7000-8000-00000000abcd",
        number="",
        status=Status.DRAFT,
        received_at=None,
        received_by="",
        history=(),
        decision=None,
    )
    with context.store.unit_of_work(context.actor) as uow:
        uow.add_application(fresh)
    context.events.data_changed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(before) + 1)
    assert fresh.id in _all_lines(qtbot, page)


def test_filters_narrow_in_sql(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context, "decided")
    total = page.model.rowCount()
    index = page.filters.status.findData(Status.APPROVED.value)
    page.filters.status.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() < total)
    with context.store.read() as repos:
        approved = repos.queue.count(QueueFilter(statuses=frozenset({Status.APPROVED})))
    assert page.model.rowCount() == approved


def test_assign_to_me_and_request_documents(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context, "received")
    ids = _all_lines(qtbot, page)[:2]
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert page.assign_button.isEnabled()
    with qtbot.waitSignal(page.action_done, timeout=10_000):
        qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    with context.store.read() as repos:
        assert {repos.applications.get(i).assignee for i in ids} == {"officer"}

    page.table.selectRow(0)
    dialog = page.ask_request_documents()
    assert isinstance(dialog, RequestDocumentsDialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason, "Bank statement for the last 3 months")  # type: ignore[no-untyped-call]
    first = page.model.application_id(0)
    with qtbot.waitSignal(page.action_done, timeout=10_000):
        dialog.accept()
    with context.store.read() as repos:
        app = repos.applications.get(first)  # type: ignore[arg-type]
    assert app.status is Status.AWAITING_DOCUMENTS
    assert app.history[-1].reason == "Bank statement for the last 3 months"
    qtbot.waitUntil(lambda: page.model.complete and first not in _all_lines(qtbot, page))


def test_queue_counts_match_the_store(context: AppContext) -> None:
    with context.store.read() as repos:
        counts = queue_counts(repos, "officer")
        assert set(counts) == {q.key for q in QUEUES}
        assert counts["received"] == repos.queue.count(
            QueueFilter(statuses=frozenset({Status.RECEIVED}))
        )


def test_whole_order_arriving_before_the_first_lines_wins(
    qtbot: QtBot, context: AppContext
) -> None:
    page = _page(qtbot, context, "decided")
    model = page.model
    total = model.rowCount()
    assert total > 5
    keys = model.keys_at(list(range(total)))
    from array import array

    generation = model._generation + 1  # what a new query would be numbered
    model._generation = generation
    model._complete = False
    model._keys_done(generation, array("q", keys), True)  # the whole order first …
    model._first_done(generation, keys[:5], {})  # … then the first lines: ignored
    assert model.rowCount() == total
