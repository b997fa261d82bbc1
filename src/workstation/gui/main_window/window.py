"""`MainWindow`: queues in a sidebar, a stack of pages, menus, toolbar, status bar.

A shell only (STYLE.md "avoid god windows"): screens are separate widgets; this window
switches between them and wires the application-wide events.

Start-up is progressive: ``MainWindow(settings=...)`` without a context is the shell —
menus, toolbar, the queues' names, the status bar and an empty queue table saying
"Loading…" — made from Qt and a few small modules only, so that it is painted before
the store (SQLAlchemy), the catalogue or any page is imported. `attach` then gives it
the context: the queue page, the search box and the actions that need the store.
``MainWindow(ctx, ...)`` does both at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from workstation import __version__
from workstation.gui.main_window.queue_names import QUEUE_NAMES
from workstation.gui.main_window.sidebar import QueueSidebar
from workstation.gui.sync_status.bar import SyncStatusBar

if TYPE_CHECKING:
    from workstation.domain.model import Status
    from workstation.gui.context import AppContext
    from workstation.gui.queue.definitions import QueueDef
    from workstation.gui.queue.page import QueuePage
    from workstation.gui.search.box import SearchBox
    from workstation.gui.sync_status.controller import SyncController


class LoadingPage(QWidget):
    """The queue's place until the store is open: an empty table saying "Loading…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue_loading")
        self.table = QTableView(self)
        self.table.setObjectName("queue_loading_table")
        self.table.setAccessibleName(self.tr("Queue"))
        self.label = QLabel(self.tr("Loading…"), self)
        self.label.setObjectName("loading_label")
        # over the table, centred by stretches: neither ``viewport()`` nor a Qt enum is
        # named (each makes PySide6 build Python types: tens of ms before the paint)
        over = QGridLayout(self)
        over.setContentsMargins(0, 0, 0, 0)
        over.addWidget(self.table, 0, 0, 3, 3)
        over.addWidget(self.label, 1, 1)
        over.setRowStretch(0, 1)
        over.setRowStretch(2, 1)
        over.setColumnStretch(0, 1)
        over.setColumnStretch(2, 1)


class AfterRepaint(QObject):
    """Calls `then` once Qt has handled the events posted before it, the repaint that
    changes made so far have asked for included: Qt posts a window's repaint (its
    ``UpdateRequest``) at ``Qt.LowEventPriority`` and hands out posted events highest
    priority first, so an event posted below that priority comes after the paint."""

    _type: QEvent.Type | None = None

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then
        if AfterRepaint._type is None:
            AfterRepaint._type = QEvent.Type(QEvent.registerEventType())
        below = int(QtCore.Qt.EventPriority.LowEventPriority.value) - 1
        QCoreApplication.postEvent(self, QEvent(AfterRepaint._type), below)

    def event(self, event: QEvent) -> bool:
        if event.type() == AfterRepaint._type and self._then is not None:
            then, self._then = self._then, None
            self.deleteLater()
            then()
            return True
        return super().event(event)


class MainWindow(QMainWindow):
    """``login_requested`` asks the composition root to log the officer in again;
    ``attached`` is emitted once the window has its context (`attach`); ``lines_shown``
    once the first lines of the queue it opens on have been painted (or that queue
    failed, or there is none): what is not needed for them waits for it (the queues'
    counts, the idle lock's input filter)."""

    login_requested = Signal()
    attached = Signal()
    lines_shown = Signal()

    def __init__(
        self,
        ctx: AppContext | None = None,
        sync: SyncController | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self.sync: SyncController | None = None
        self.settings = settings
        self.setObjectName("main_window")
        self._shortcuts: list[tuple[QAction, str]] = []
        self._finished = False
        self._count_due = False
        self.setWindowTitle(self.tr("Workstation — migration service"))

        self.sidebar = QueueSidebar(None, self)
        self.loading: LoadingPage | None = LoadingPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading)
        self.detail: QWidget | None = None
        self.reception: QWidget | None = None
        splitter = (
            QSplitter()
        )  # horizontal; no parent: `QSplitter(self)` names Qt (see LoadingPage)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1080])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

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
        self.sync_action.setEnabled(False)
        self.status.sync_now.setEnabled(False)
        self.status.hide()  # nothing to say about sync before the store is open
        self.user_label.setText(self.tr("Not logged in"))
        self._restore()
        self.sidebar.select(QUEUE_NAMES[0][0])
        if ctx is not None:
            self.attach(ctx, sync)

    @property
    def ctx(self) -> AppContext:
        """The context (``RuntimeError`` while the window is still its shell)."""
        if self._ctx is None:
            raise RuntimeError("the main window has no context yet")
        return self._ctx

    def is_attached(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: AppContext, sync: SyncController | None = None) -> None:
        """The store is open: the queue page in the loading page's place, the search box,
        the actions that need the store, the application-wide events."""
        # the pages import the store, the queue model, printing, the dashboard: only now
        from workstation.gui.dashboard.window_actions import (  # noqa: PLC0415
            install as install_dashboard_actions,
        )
        from workstation.gui.printing.window_actions import (  # noqa: PLC0415
            install as install_print_actions,
        )
        from workstation.gui.queue.page import QueuePage  # noqa: PLC0415
        from workstation.gui.search.box import SearchBox  # noqa: PLC0415

        if self._ctx is not None:
            raise RuntimeError("the main window has a context already")
        self._ctx = ctx
        self.sync = sync
        self.queue_page: QueuePage = QueuePage(ctx, self)
        self.stack.addWidget(self.queue_page)
        self.stack.setCurrentWidget(self.queue_page)
        if self.loading is not None:
            self.stack.removeWidget(self.loading)
            self.loading.deleteLater()
            self.loading = None
        self.search: SearchBox = SearchBox(ctx, self)
        self.search.show_all.connect(self.show_search)
        spacer = QWidget(self.toolbar)  # the search box at the right end
        policy = QtWidgets.QSizePolicy.Policy
        spacer.setSizePolicy(policy.Expanding, policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)
        self.finish_shell()
        self.status.show()
        for action in (self.new_action, self.open_action, self.search_action, self.login_action):
            action.setEnabled(True)
        self.open_action.triggered.connect(self.queue_page.open_current)
        self.new_action.triggered.connect(ctx.events.new_application)
        if sync is not None:
            self.sync_action.setEnabled(True)
            self.status.sync_now.setEnabled(True)
            sync.state_changed.connect(self.status.set_state)
            self.status.set_state(sync.state)

        self.sidebar.queue_chosen.connect(self.show_queue)
        self.sidebar.attach(ctx)
        ctx.events.open_application.connect(self.open_application)
        ctx.events.new_application.connect(self.new_application)
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.runner.task_failed.connect(self._task_failed)
        self.update_user()
        queue = self.sidebar.current_queue()
        if queue is not None:
            # the queues' counts (a count of every application by status) once the
            # first lines are painted, not in their way
            model = self.queue_page.model
            self._count_due = True
            model.first_rows.connect(self._lines_in)
            model.failed.connect(self._lines_in)
            self.show_queue(queue)
        else:
            self._count_due = True
            self._lines_in()
        install_print_actions(self)  # Print card (Ctrl+P), Print journal: gui/printing
        install_dashboard_actions(self)  # Dashboard (Ctrl+D), Reports…: gui/dashboard
        self.attached.emit()

    def _lines_in(self) -> None:
        """The opening queue's first lines are in (or failed): once they are painted,
        the queues' counts and ``lines_shown``."""
        if self._count_due:
            self._count_due = False
            AfterRepaint(self._lines_painted, self)

    def _lines_painted(self) -> None:
        self.sidebar.count_now()
        self.lines_shown.emit()

    # -- actions, menus, toolbar ---------------------------------------------------

    def _action(self, text: str, shortcut: str | None = None, *, standard: str = "") -> QAction:
        """An action of the window; `shortcut` as text ("F5"), `standard` the name of a
        `QKeySequence.StandardKey` ("New"): both set by `finish_shell`."""
        action = QAction(text, self)
        if shortcut is not None or standard:
            self._shortcuts.append((action, shortcut or f"standard:{standard}"))
        self.addAction(action)
        return action

    def finish_shell(self) -> None:
        """What the shell leaves until it is painted (start-up calls it then; `attach`
        anyway): the shortcuts and the toolbar's text-only buttons. Making a
        `QKeySequence` or naming a ``Qt`` enum makes PySide6 build the Python enums of
        whole Qt classes, tens of ms that the first paint does not wait for."""
        if self._finished:
            return
        self._finished = True
        sequence, standard_keys = QtGui.QKeySequence, QtGui.QKeySequence.StandardKey
        for action, shortcut in self._shortcuts:
            name = shortcut.removeprefix("standard:")
            action.setShortcut(
                sequence(getattr(standard_keys, name)) if name != shortcut else sequence(shortcut)
            )
        self.toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New application"), standard="New")
        self.new_action.setToolTip(self.tr("Receive a new application (Ctrl+N)"))
        self.open_action = self._action(self.tr("&Open selected"))
        self.print_action = self._action(self.tr("&Print card…"), standard="Print")
        self.print_action.setEnabled(False)
        self.print_action.setToolTip(self.tr("Printing cards comes with the card printing issue"))
        self.search_action = self._action(self.tr("&Find…"), standard="Find")
        self.search_action.triggered.connect(self.focus_search)
        self.sync_action = self._action(self.tr("&Sync now"), "F5")
        self.sync_action.triggered.connect(self.sync_now)
        self.login_action = self._action(self.tr("&Log in again…"))
        self.login_action.triggered.connect(self.login_requested)
        self.quit_action = self._action(self.tr("&Quit"), standard="Quit")
        self.quit_action.triggered.connect(self.close)
        self.back_action = self._action(self.tr("&Back to the queue"), "Alt+Left")
        self.back_action.triggered.connect(self.back_to_queue)
        self.queue_actions: list[QAction] = []
        for number, (key, title) in enumerate(QUEUE_NAMES, start=1):
            action = self._action(
                QCoreApplication.translate("Queues", title), f"Ctrl+{number % 10}"
            )
            action.triggered.connect(lambda _=False, key=key: self.sidebar.select(key))
            self.queue_actions.append(action)
        self.about_action = self._action(self.tr("&About"))
        self.about_action.triggered.connect(self.about)
        # what needs the store waits for `attach`
        for action in (self.new_action, self.open_action, self.search_action, self.login_action):
            action.setEnabled(False)

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
        # text only (the actions have no icons): set by `finish_shell`
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.print_action)
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
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
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
        from workstation.gui.main_window import pages  # noqa: PLC0415 - the detail page

        ctx = self.ctx
        ctx.runner.read(
            lambda: pages.status_of(ctx, application_id),
            done=lambda status: self._open(application_id, status),
            owner=self,
            label="open application",
        )

    def _open(self, application_id: str, status: Status | None) -> None:
        from workstation.domain.model import Status  # noqa: PLC0415 - not in the shell

        if status is Status.DRAFT:
            self._show_reception(application_id)
            return
        if status is None:
            self.statusBar().showMessage(self.tr("That application no longer exists."), 5000)
            return
        from workstation.gui.main_window import pages  # noqa: PLC0415 - the detail page

        self.detail = self._replace(self.detail, pages.detail_page(self.ctx, application_id, self))

    def new_application(self) -> None:
        self._show_reception(None)

    def _show_reception(self, application_id: str | None) -> None:
        from workstation.gui.main_window import pages  # noqa: PLC0415 - the reception form

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
        from workstation.gui.queue.labels import role_text  # noqa: PLC0415

        session = self._ctx.session if self._ctx is not None else None
        if session is None:
            self.user_label.setText(self.tr("Not logged in"))
            return
        mode = "" if session.online else " · " + self.tr("offline login")
        self.user_label.setText(f"{session.full_name} ({role_text(session.role)}){mode}")

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
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
