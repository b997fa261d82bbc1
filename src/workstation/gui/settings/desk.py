"""`Desk`: the settings of this computer applied to the running desktop.

- language: translators swapped (`runtime.i18n.Translations`), ``ctx.language`` follows,
  then ``rebuild_requested`` asks the composition root to rebuild the main window, so
  every page is made again in the new language (no restart);
- text size and high contrast: `runtime.appearance.Appearance`;
- sync interval: the running `SyncController`;
- offline login days and idle lock minutes are read by login and lock when they start.

`install(window, desk)` adds File → Settings… (Ctrl+,), Help → Log files…, and makes
Help → About show the versions dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from workstation.gui.context import AppContext
from workstation.runtime import settings as settings_store
from workstation.runtime.appearance import Appearance
from workstation.runtime.i18n import Translations
from workstation.runtime.settings import Settings

if TYPE_CHECKING:
    from workstation.gui.main_window.window import MainWindow


class Desk(QObject):
    rebuild_requested = Signal()
    changed = Signal(object)  # Settings

    def __init__(
        self,
        ctx: AppContext,
        store: QSettings,
        translations: Translations,
        appearance: Appearance | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        self.translations = translations
        self.appearance = appearance
        self.settings = settings_store.load(store)
        self.sync_interval_target: Callable[[float], None] | None = None

    def start(self) -> None:
        """Apply what is stored, before the first window is built."""
        self.translations.apply(self.settings.language)
        self.ctx.language = self.settings.language
        if self.appearance is not None:
            self.appearance.apply(self.settings.font_scale, self.settings.high_contrast)

    def apply(self, new: Settings) -> None:
        """Save `new` and apply what changed."""
        old, self.settings = self.settings, new.checked()
        settings_store.save(self.store, new)
        if self.appearance is not None and (
            (old.font_scale, old.high_contrast) != (new.font_scale, new.high_contrast)
        ):
            self.appearance.apply(new.font_scale, new.high_contrast)
        if self.sync_interval_target is not None:
            self.sync_interval_target(float(new.sync_interval_seconds))
        self.changed.emit(new)
        if new.language != old.language:
            self.translations.apply(new.language)
            self.ctx.language = new.language
            self.rebuild_requested.emit()

    def open_settings(self, parent: QWidget) -> None:
        # the dialog brings the detail page's forms (and pdfium): only when opened
        from workstation.gui.settings.dialog import SettingsDialog  # noqa: PLC0415

        dialog = SettingsDialog(self.ctx, self.settings, parent)
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.open()
        self.dialog = dialog

    def _accepted(self, dialog: QObject) -> None:
        result = getattr(dialog, "result_", None)
        if isinstance(result, Settings):
            self.apply(result)


def install(window: MainWindow, desk: Desk) -> None:
    """Settings…, Log files… and About on the main window's menus."""

    settings_action = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), window)
    settings_action.setObjectName("settings_action")
    settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if settings_action.shortcut().isEmpty():
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
    settings_action.triggered.connect(lambda: desk.open_settings(window))
    window.addAction(settings_action)
    logs_action = QAction(QCoreApplication.translate("MainWindow", "&Log files…"), window)
    logs_action.setObjectName("logs_action")
    logs_action.triggered.connect(lambda: _open_logs(window))
    window.addAction(logs_action)
    menus = {menu.objectName(): menu for menu in _menus(window)}
    file_menu, help_menu = menus.get("file"), menus.get("help")
    if file_menu is not None:
        if file_menu.actions():
            file_menu.insertAction(file_menu.actions()[0], settings_action)
        else:
            file_menu.addAction(settings_action)
    if help_menu is not None:
        help_menu.insertAction(window.about_action, logs_action)
    window.about_action.triggered.disconnect()
    window.about_action.triggered.connect(lambda: _open_about(window))
    window.settings_action = settings_action  # type: ignore[attr-defined]
    window.logs_action = logs_action  # type: ignore[attr-defined]


def _menus(window: MainWindow) -> list[QMenu]:
    """The File and Help menus, named by the actions they hold (their titles are
    translated, so not compared)."""
    found: list[QMenu] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if not isinstance(menu, QMenu):
            continue
        actions = menu.actions()
        if window.quit_action in actions:
            menu.setObjectName("file")
        elif window.about_action in actions:
            menu.setObjectName("help")
        found.append(menu)
    return found


def rebuild(old: MainWindow, make: Callable[[], MainWindow]) -> MainWindow:
    """A new main window in place of `old` (after a language change): same geometry and
    queue; `old` is hidden and deleted without closing (closing would stop sync)."""
    queue = old.sidebar.current_queue()
    old.save_settings()
    new = make()
    new.restoreGeometry(old.saveGeometry())
    if queue is not None:
        new.sidebar.select(queue.key)
    new.show()
    old.hide()
    old.deleteLater()
    return new


def _open_logs(window: MainWindow) -> None:
    from workstation.gui.logs.viewer import LogViewer  # noqa: PLC0415 - only when opened

    LogViewer(window.ctx, window).open()


def _open_about(window: MainWindow) -> None:
    from workstation.gui.about.dialog import AboutDialog  # noqa: PLC0415 - only when opened

    AboutDialog(window.ctx, window).open()
