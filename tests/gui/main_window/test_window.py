"""The main window as a shell: live queue counts, navigation, shortcuts, pages opened by
the application-wide events, geometry remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from workstation.gui.context import AppContext
from workstation.gui.detail.page import ApplicationDetailPage
from workstation.gui.main_window.sidebar import COUNT_ROLE
from workstation.gui.main_window.window import MainWindow
from workstation.gui.queue.definitions import QUEUES, queue_counts
from workstation.gui.queue.page import QueuePage
from workstation.gui.reception.form import ReceptionForm


def _window(qtbot: QtBot, context: AppContext, settings: QSettings | None = None) -> MainWindow:
    window = MainWindow(context, None, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.queue_page.model.complete)
    return window


def _counts(window: MainWindow) -> dict[str, int]:
    items = window.sidebar.items
    return {q.key: items.item(row).data(COUNT_ROLE) for row, q in enumerate(QUEUES)}


def test_sidebar_counts_follow_the_data(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    with context.store.read() as repos:
        expected = queue_counts(repos, "officer")
    qtbot.waitUntil(lambda: _counts(window) == expected)
    with context.store.read() as repos:
        row = repos.queue.page(QUEUES[1].filter_for("officer"), limit=1)[0]
        app = repos.applications.get(row.id)
    import dataclasses

    with context.store.unit_of_work(context.actor) as uow:
        uow.update_application(dataclasses.replace(app, assignee="officer"))
    context.events.data_changed.emit()
    qtbot.waitUntil(lambda: _counts(window)["mine"] == expected["mine"] + 1)


def test_navigation_and_shortcuts(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    assert window.queue_page.heading.text() == "My work"
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.queue_page.heading.text() == "Awaiting documents"
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()

    with qtbot.waitSignal(context.events.new_application):
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.reception
    assert isinstance(window.reception, ReceptionForm)
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert isinstance(window.current_page(), QueuePage)

    model = window.queue_page.model
    qtbot.waitUntil(lambda: model.complete and model.line(0) is not None)
    line = model.line(0)
    assert line is not None
    window.queue_page.table.setCurrentIndex(model.index(0, 0))
    window.queue_page.table.setFocus()
    with qtbot.waitSignal(context.events.open_application) as opened:
        QTest.keyClick(window.queue_page.table, Qt.Key.Key_Return)
    assert opened.args == [line.id]
    qtbot.waitUntil(lambda: isinstance(window.current_page(), ApplicationDetailPage))
    assert window.current_page() is window.detail
    page = window.detail
    assert isinstance(page, ApplicationDetailPage)
    qtbot.waitUntil(lambda: page.data is not None)


def test_a_draft_opens_in_the_reception_form(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    window.sidebar.select("drafts")
    model = window.queue_page.model
    qtbot.waitUntil(lambda: model.complete and model.line(0) is not None)
    draft = model.application_id(0)
    assert draft is not None
    context.events.open_application.emit(draft)
    qtbot.waitUntil(lambda: isinstance(window.current_page(), ReceptionForm))
    form = window.current_page()
    assert isinstance(form, ReceptionForm)
    assert form.application_id == draft


def test_search_enter_shows_the_matches_as_a_queue(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    with context.store.read() as repos:
        row = next(r for r in repos.queue.page(limit=50) if r.number)
    window.focus_search()
    qtbot.keyClicks(window.search, row.number)  # type: ignore[no-untyped-call]
    window.search.completer_.popup().hide()  # type: ignore[union-attr]
    QTest.keyClick(window.search, Qt.Key.Key_Return)
    model = window.queue_page.model
    qtbot.waitUntil(lambda: model.complete and model.query[0].search == row.number)
    qtbot.waitUntil(lambda: model.line(0) is not None)
    assert model.application_id(0) == row.id
    assert window.queue_page.heading.text() == f"Search: {row.number}"


def test_geometry_is_remembered(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    path = str(tmp_path / "settings.ini")
    first = _window(qtbot, context, QSettings(path, QSettings.Format.IniFormat))
    first.resize(first.minimumSizeHint().width(), 560)  # the offscreen screen is small
    saved = first.saveGeometry()
    first.close()
    stored = QSettings(path, QSettings.Format.IniFormat)
    assert stored.value("main_window/geometry") == saved
    assert stored.value("main_window/splitter")
    again = _window(qtbot, context, stored)
    assert again.height() == 560


def test_the_window_fits_a_1024_pixel_wide_screen(qtbot: QtBot, context: AppContext) -> None:
    assert _window(qtbot, context).minimumSizeHint().width() <= 1024


def test_counts_and_assignee_names_start_once_the_first_lines_are_in(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 7 (first queue lines within 1 s): the sidebar's counts and the assignee
    filter's names each scan every application; they start once the queue's first lines
    are in (whichever of the model's tasks brought them), not beside them."""
    shown: dict[str, MainWindow] = {}
    started: list[tuple[str, bool]] = []
    read = context.runner.read

    def lines_in() -> bool:
        window = shown.get("window")
        if window is None:  # still in the constructor
            return False
        return window.queue_page.model.lines_in

    def recording(fn: Any, **kwargs: Any) -> Any:
        started.append((str(kwargs.get("label", "")), lines_in()))
        return read(fn, **kwargs)

    monkeypatch.setattr(context.runner, "read", recording)
    window = MainWindow(context)
    qtbot.addWidget(window)
    shown["window"] = window
    window.show()
    wanted = {"queue counts", "assignees"}
    qtbot.waitUntil(lambda: wanted <= {label for label, _ in started})
    late = [(label, after) for label, after in started if label in wanted]
    assert all(after for _label, after in late), started


def test_lines_shown_and_the_counts_come_once_the_first_lines_are_painted(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 7: what waits for the first lines (the sidebar's counts, the idle lock's
    input filter) starts after they are painted, not as soon as they are read: the paint
    comes first."""
    import dataclasses

    with context.store.read() as repos:  # a line in "My work", the queue it opens on
        row = repos.queue.page(QUEUES[1].filter_for("officer"), limit=1)[0]
        app = repos.applications.get(row.id)
    with context.store.unit_of_work(context.actor) as uow:
        uow.update_application(dataclasses.replace(app, assignee="officer"))
    painted: list[int] = []  # rows in the model at each paint of the table
    order: list[str] = []
    read = context.runner.read

    def recording(fn: Any, **kwargs: Any) -> Any:
        if kwargs.get("label") == "queue counts":
            order.append(f"counts, lines painted: {any(painted)}")
        return read(fn, **kwargs)

    monkeypatch.setattr(context.runner, "read", recording)
    window = MainWindow(context)
    qtbot.addWidget(window)
    model = window.queue_page.model

    class Paints(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(model.rowCount())
            return False

    spy = Paints(window)
    window.queue_page.table.viewport().installEventFilter(spy)
    window.lines_shown.connect(lambda: order.append(f"shown, lines painted: {any(painted)}"))
    window.show()
    qtbot.waitUntil(lambda: len(order) == 2)
    assert model.rowCount() > 0
    assert order == ["counts, lines painted: True", "shown, lines painted: True"]


def test_a_window_without_a_queue_to_open_says_lines_shown_too(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workstation.gui.main_window import sidebar

    monkeypatch.setattr(sidebar.QueueSidebar, "current_queue", lambda _self: None)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.lines_shown):
        window.show()
