"""The print journal view and the main window's printing actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.gui.printing.conftest import approved, print_with
from workstation.domain.model import PrintEvent
from workstation.gui.context import AppContext
from workstation.gui.printing.jobs import Kind, PrintRequest
from workstation.gui.printing.journal import JournalDialog
from workstation.gui.printing.preview import PreviewDialog
from workstation.store import Store


def test_journal_lists_and_filters_by_card_number(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, card_store: Store, tmp_path: Path
) -> None:
    ids = approved(context, 2)
    dialog = PreviewDialog(context, PrintRequest(Kind.CARD, tuple(ids)))
    qtbot.addWidget(dialog)
    outcome = print_with(qtbot, dialog, tmp_path / "two.pdf")
    numbers = [d.card_number for d in outcome.printed]  # type: ignore[attr-defined]
    journal = JournalDialog(context)
    qtbot.addWidget(journal)
    with qtbot.waitSignal(journal.loaded):
        pass
    assert [line.card_number for line in journal.model.lines] == numbers[::-1]
    assert {line.event for line in journal.model.lines} == {PrintEvent.PRINT}
    with qtbot.waitSignal(journal.loaded, timeout=5000):
        qtbot.keyClicks(journal.number, numbers[1][-3:])
    assert [line.card_number for line in journal.model.lines] == [numbers[1]]
    with qtbot.waitSignal(context.events.open_application) as opened:
        journal.open_row(0)
    assert opened.args == [ids[1]]
    # a day range before the prints shows nothing
    with qtbot.waitSignal(journal.loaded, timeout=5000):
        journal.until.setDate(journal.since.date())
    assert journal.model.lines == []


def test_ctrl_p_on_a_queue_selection_opens_one_batch_preview(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, card_store: Store
) -> None:
    from workstation.gui.main_window.window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.print_action.isEnabled()
    page = window.queue_page
    window.sidebar.select("print")
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() >= 2)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    window.print_action.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, PreviewDialog) for w in QApplication.topLevelWidgets())
    )
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog))
    assert len(preview.request.application_ids) == 2
    assert preview.list.isVisible()
    qtbot.waitUntil(lambda: context.runner.pending == 0)
    preview.close()


def test_queue_print_cards_button_opens_the_batch_preview(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, card_store: Store
) -> None:
    from workstation.gui.queue.definitions import QUEUES
    from workstation.gui.queue.page import QueuePage

    page = QueuePage(context)
    qtbot.addWidget(page)
    page.show_queue(next(q for q in QUEUES if q.key == "print"))
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() >= 3)
    assert not page.print_button.isEnabled()
    page.table.selectAll()
    assert page.print_button.isEnabled()
    page.print_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, PreviewDialog) for w in QApplication.topLevelWidgets())
    )
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog))
    assert len(preview.request.application_ids) == page.model.rowCount()
    qtbot.waitUntil(lambda: context.runner.pending == 0)
    preview.close()
