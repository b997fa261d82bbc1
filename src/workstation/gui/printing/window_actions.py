"""The main window's printing actions: Print card (Ctrl+P) prints the application shown,
or the applications selected in the queue (one batch preview); Print journal opens the
journal. Installed by `MainWindow` with one call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from workstation.gui.context import AppContext
from workstation.gui.queue import actions as queue_actions

if TYPE_CHECKING:
    from workstation.gui.main_window.window import MainWindow

MAX_BATCH = 50


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintActions", text)


def install(window: MainWindow) -> None:
    window.print_action.setEnabled(True)
    window.print_action.setToolTip(
        QCoreApplication.translate(
            "PrintActions",
            "Print the card of the application shown, or of those selected in the queue (Ctrl+P)",
        )
    )
    window.print_action.triggered.connect(lambda: print_current(window))
    journal = QAction(QCoreApplication.translate("PrintActions", "Print &journal…"), window)
    journal.setObjectName("print_journal_action")
    journal.setShortcut("Ctrl+Shift+J")
    journal.triggered.connect(lambda: open_journal(window))
    window.addAction(journal)
    window.print_journal_action = journal  # type: ignore[attr-defined]
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and window.print_action in menu.actions():
            menu.addAction(journal)


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_journal(window: MainWindow) -> QDialog:
    # ReportLab and pdfium only when printing is asked for, not with the main window
    from workstation.gui.printing.journal import JournalDialog  # noqa: PLC0415

    return _show(JournalDialog(window.ctx, window))


def print_current(window: MainWindow) -> None:
    page = window.current_page()
    card_actions = getattr(page, "card_actions", None)
    if card_actions is not None:  # the detail page: its own buttons decide
        buttons = getattr(page, "buttons", {})
        for name in ("print_card", "reprint"):
            if name in buttons and buttons[name].isEnabled():
                buttons[name].click()
                return
        window.statusBar().showMessage(
            QCoreApplication.translate("PrintActions", "This application has no card to print."),
            5000,
        )
        return
    print_selection(window.ctx, window.queue_page.selected_keys(), window)


def print_selection(ctx: AppContext, keys: list[int], parent: QWidget) -> None:
    """One batch preview of the queue rows `keys` (their ids read off the GUI thread)."""
    if not keys:
        ctx.events.status_message.emit(
            QCoreApplication.translate("PrintActions", "Select approved applications to print.")
        )
        return
    if len(keys) > MAX_BATCH:
        ctx.events.status_message.emit(
            QCoreApplication.translate("PrintActions", "Print at most %1 cards at a time.").replace(
                "%1", str(MAX_BATCH)
            )
        )
        return
    store = ctx.store
    ctx.runner.read(
        lambda: queue_actions.ids_of(store, keys),
        done=lambda ids: _preview(ctx, ids, parent),
        owner=parent,
        label="print.selection",
    )


def _preview(ctx: AppContext, ids: list[str], parent: QWidget) -> None:
    # ReportLab and pdfium only when printing is asked for, not with the main window
    from workstation.gui.printing.jobs import Kind, PrintRequest  # noqa: PLC0415
    from workstation.gui.printing.preview import PreviewDialog  # noqa: PLC0415

    if ids:
        _show(PreviewDialog(ctx, PrintRequest(Kind.CARD, tuple(ids)), parent))
