"""The main window's dashboard actions: Dashboard (Ctrl+D) in the View menu opens the
page in the window's stack (Alt+Left goes back to the queue), Reports… (Ctrl+Shift+R)
opens the reports dialog. Installed by `MainWindow` with one call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from workstation.gui.dashboard.page import DashboardPage
    from workstation.gui.dashboard.reports import ReportsDialog
    from workstation.gui.main_window.window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardActions", text)


def install(window: MainWindow) -> None:
    dashboard = QAction(tr("&Dashboard"), window)
    dashboard.setObjectName("dashboard_action")
    dashboard.setShortcut(QKeySequence("Ctrl+D"))
    dashboard.setToolTip(tr("Counts of the period, overdue work, per officer and center (Ctrl+D)"))
    dashboard.triggered.connect(lambda: show_dashboard(window))
    reports = QAction(tr("&Reports…"), window)
    reports.setObjectName("reports_action")
    reports.setShortcut(QKeySequence("Ctrl+Shift+R"))
    reports.triggered.connect(lambda: open_reports(window))
    for action in (dashboard, reports):
        window.addAction(action)
    window.dashboard_action = dashboard  # type: ignore[attr-defined]
    window.reports_action = reports  # type: ignore[attr-defined]
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and window.search_action in menu.actions():  # View
            menu.addSeparator()
            menu.addAction(dashboard)
            menu.addAction(reports)


def show_dashboard(window: MainWindow) -> DashboardPage:
    # the dashboard (statistics, report printing) only when asked for
    from workstation.gui.dashboard.page import DashboardPage  # noqa: PLC0415

    page = getattr(window, "dashboard_page", None)
    if not isinstance(page, DashboardPage):
        page = DashboardPage(window.ctx, window)
        page.reports_requested.connect(lambda: open_reports(window))
        window.stack.addWidget(page)
        window.dashboard_page = page  # type: ignore[attr-defined]
    else:
        page.reload()
    window.sidebar.setCurrentIndex(QModelIndex())  # no queue is shown now
    window.stack.setCurrentWidget(page)
    return page


def open_reports(window: MainWindow) -> ReportsDialog:
    from workstation.gui.dashboard.page import DashboardPage  # noqa: PLC0415 - see above
    from workstation.gui.dashboard.reports import ReportsDialog  # noqa: PLC0415

    page = getattr(window, "dashboard_page", None)
    flt = page.current_filter() if isinstance(page, DashboardPage) else None
    dialog = ReportsDialog(window.ctx, flt, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
