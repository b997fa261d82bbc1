"""`MainWindow`: queues in a sidebar, a stack of pages, menus, toolbar, status bar.

A shell only (STYLE.md "avoid god windows"): screens are separate widgets; this window
switches between them and wires the application-wide events."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from workstation import __version__
from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.dashboard.window_actions import install as install_dashboard_actions
from workstation.gui.main_window import pages
from workstation.gui.main_window.sidebar import QueueSidebar
from workstation.gui.printing.window_actions import install as install_print_actions
from workstation.gui.queue.definitions import QUEUES, QueueDef
from workstation.gui.queue.labels import role_text
from workstation.gui.queue.page import QueuePage
from workstation.gui.search.box import SearchBox
from workstation.gui.sync_status.bar import SyncStatusBar
from workstation.gui.sync_status.controller import SyncController


class MainWindow(QMainWindow):
    """``login_requested`` asks the composition root to log the officer in again."""

    login_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        sync: SyncController | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync
        self.settings = settings
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Workstation — migration service"))

        self.sidebar = QueueSidebar(ctx, self)
        self.queue_page = QueuePage(ctx, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.queue_page)
        self.detail: QWidget | None = None
        self.reception: QWidget | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1080])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.search = SearchBox(ctx, self)
        self.search.show_all.connect(self.show_search)
        self.status = SyncStatusBar(self)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("user")
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.status)
        self.status.sync_requested.connect(self.sync_now)
        self.status.login_requested.connect(self.login_requested)
        if sync is not None:
            sync.state_changed.connect(self.status.set_state)
            self.status.set_state(sync.state)
        else:
            self.sync_action.setEnabled(False)
            self.status.sync_now.setEnabled(False)

        self.sidebar.queue_chosen.connect(self.show_queue)
        ctx.events.open_application.connect(self.open_application)
        ctx.events.new_application.connect(self.new_application)
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.runner.task_failed.connect(self._task_failed)
        self.update_user()
        self._restore()
        self.sidebar.select(QUEUES[0].key)
        self.sidebar.count_now()
        install_print_actions(self)  # Print card (Ctrl+P), Print journal: gui/printing
        install_dashboard_actions(self)  # Dashboard (Ctrl+D), Reports…: gui/dashboard

    # -- actions, menus, toolbar ---------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New application"), QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Receive a new application (Ctrl+N)"))
        self.new_action.triggered.connect(self.ctx.events.new_application)
        self.open_action = self._action(self.tr("&Open selected"))
        self.open_action.triggered.connect(self.queue_page.open_current)
        self.print_action = self._action(self.tr("&Print card…"), QKeySequence.StandardKey.Print)
        self.print_action.setEnabled(False)
        self.print_action.setToolTip(self.tr("Printing cards comes with the card printing issue"))
        self.search_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.sync_action = self._action(self.tr("&Sync now"), "F5")
        self.sync_action.triggered.connect(self.sync_now)
        self.login_action = self._action(self.tr("&Log in again…"))
        self.login_action.triggered.connect(self.login_requested)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.back_action = self._action(self.tr("&Back to the queue"), "Alt+Left")
        self.back_action.triggered.connect(self.back_to_queue)
        self.queue_actions: list[QAction] = []
        for number, queue in enumerate(QUEUES, start=1):
            action = self._action(queue.display_title(), f"Ctrl+{number % 10}")
            action.triggered.connect(lambda _=False, key=queue.key: self.sidebar.select(key))
            self.queue_actions.append(action)
        self.about_action = self._action(self.tr("&About"))
        self.about_action.triggered.connect(self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.login_action)
        file.addSeparator()
        file.addAction(self.quit_action)
        application = bar.addMenu(self.tr("&Application"))
        for action in (self.new_action, self.open_action, self.print_action):
            application.addAction(action)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.search_action)
        view.addAction(self.back_action)
        view.addSeparator()
        for action in self.queue_actions:
            view.addAction(action)
        sync = bar.addMenu(self.tr("&Sync"))
        sync.addAction(self.sync_action)
        sync.addAction(self.login_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.print_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # -- navigation ----------------------------------------------------------------

    def show_queue(self, queue: QueueDef) -> None:
        self.queue_page.show_queue(queue)
        self.back_to_queue()

    def show_search(self, text: str) -> None:
        self.sidebar.setCurrentIndex(QModelIndex())  # no queue is shown now
        self.queue_page.show_search(text)
        self.back_to_queue()

    def back_to_queue(self) -> None:
        self.stack.setCurrentWidget(self.queue_page)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _replace(self, old: QWidget | None, new: QWidget) -> QWidget:
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.addWidget(new)
        self.stack.setCurrentWidget(new)
        return new

    def open_application(self, application_id: str) -> None:
        """The detail page; a draft opens in the reception form to be finished."""
        ctx = self.ctx
        ctx.runner.read(
            lambda: pages.status_of(ctx, application_id),
            done=lambda status: self._open(application_id, status),
            owner=self,
            label="open application",
        )

    def _open(self, application_id: str, status: Status | None) -> None:
        if status is Status.DRAFT:
            self._show_reception(application_id)
            return
        if status is None:
            self.statusBar().showMessage(self.tr("That application no longer exists."), 5000)
            return
        self.detail = self._replace(self.detail, pages.detail_page(self.ctx, application_id, self))

    def new_application(self) -> None:
        self._show_reception(None)

    def _show_reception(self, application_id: str | None) -> None:
        form = pages.reception_page(self.ctx, application_id, self)
        form.received.connect(self.ctx.events.open_application)
        form.discarded.connect(self.back_to_queue)
        self.reception = self._replace(self.reception, form)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # -- sync, login, about --------------------------------------------------------

    def sync_now(self) -> None:
        if self.sync is not None and not self.sync.sync_now():
            self.statusBar().showMessage(self.tr("Log in to sync."), 5000)

    def update_user(self) -> None:
        session = self.ctx.session
        if session is None:
            self.user_label.setText(self.tr("Not logged in"))
            return
        mode = "" if session.online else " · " + self.tr("offline login")
        self.user_label.setText(f"{session.full_name} ({role_text(session.role)}){mode}")

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Workstation"),
            self.tr("Workstation %1\nOfficer desktop of the migration service.").replace(
                "%1", __version__
            ),
        )

    def _task_failed(self, label: str, exc: object) -> None:
        self.statusBar().showMessage(
            self.tr("Background task failed (%1): %2").replace("%1", label).replace("%2", str(exc)),
            10_000,
        )

    # -- geometry ------------------------------------------------------------------

    def _stored(self, key: str) -> QByteArray | None:
        assert self.settings is not None
        value = self.settings.value(f"main_window/{key}")
        if isinstance(value, bytes | bytearray | QByteArray):
            data = QByteArray(value)
            return None if data.isEmpty() else data
        return None

    def _restore(self) -> None:
        geometry = self._stored("geometry") if self.settings is not None else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if self.settings is None:
            return
        state = self._stored("state")
        if state is not None:
            self.restoreState(state)
        splitter = self._stored("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.setValue("main_window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        if self.sync is not None:
            self.sync.stop()
        super().closeEvent(event)
