"""Settings → language at run time: translators swapped, ctx.language follows, the main
window rebuilt in the new language (sidebar queues, menus, the queue's service names from
the catalogue, a dialog's standard buttons), no restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from workstation.gui.context import AppContext
from workstation.gui.main_window.window import MainWindow
from workstation.gui.queue.definitions import QUEUES
from workstation.gui.settings.desk import Desk, install, rebuild
from workstation.gui.settings.dialog import SettingsDialog
from workstation.runtime import settings as settings_store
from workstation.runtime.i18n import Translations

QUEUE_NAMES = {
    "az": ["Mənim işlərim", "Qəbul edilib", "Sənədlər gözlənilir", "Baxılır", "Qərar verilib"],
    "ru": ["Мои дела", "Принято", "Ожидаются документы", "На рассмотрении", "Решённые"],
    "en": ["My work", "Received", "Awaiting documents", "Under review", "Decided"],
}
MENUS = {
    "az": ["&Fayl", "&Müraciət", "&Görünüş", "&Sinxronlaşdırma", "&Kömək"],
    "ru": ["&Файл", "&Заявление", "&Вид", "&Синхронизация", "&Справка"],
}
CANCEL = {"az": "İmtina", "ru": "Отмена", "en": "Cancel"}


@pytest.fixture
def translations(tmp_path: Path) -> Iterator[Translations]:
    made = Translations(cache=tmp_path / "qm")
    made.apply("en")
    yield made
    made.remove()


class Holder:
    window: MainWindow


def _desk(
    qtbot: QtBot, context: AppContext, translations: Translations, tmp_path: Path
) -> tuple[Desk, Holder]:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", "en")  # what the shell stored before issue 8
    desk = Desk(context, store, translations)
    desk.start()
    holder = Holder()

    def make() -> MainWindow:
        window = MainWindow(context, None, store)  # not qtbot's: rebuild deletes it
        install(window, desk)
        return window

    holder.window = make()
    holder.window.show()
    desk.rebuild_requested.connect(lambda: setattr(holder, "window", rebuild(holder.window, make)))
    return desk, holder


def _queue_names(window: MainWindow) -> list[str]:
    items = window.sidebar.items
    return [items.item(row).text() for row in range(len(QUEUES))]


def _choose_language(qtbot: QtBot, window: MainWindow, desk: Desk, language: str) -> None:
    window.settings_action.trigger()  # type: ignore[attr-defined]
    dialog = desk.dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


def _service_cells(window: MainWindow) -> set[str]:
    model = window.queue_page.model
    column = 3  # Service
    return {
        str(model.data(model.index(row, column, QModelIndex()), Qt.ItemDataRole.DisplayRole))
        for row in range(min(model.rowCount(), 40))
    } - {"", "None"}


def test_language_switches_at_run_time(
    qtbot: QtBot, context: AppContext, translations: Translations, tmp_path: Path
) -> None:
    desk, holder = _desk(qtbot, context, translations, tmp_path)
    assert desk.settings.language == "en"  # the legacy key was migrated
    first = holder.window
    assert _queue_names(first)[:5] == QUEUE_NAMES["en"]
    first.sidebar.select("received")  # kept across the rebuilds

    for language in ("az", "ru", "en"):
        before = holder.window
        _choose_language(qtbot, before, desk, language)
        qtbot.waitUntil(lambda: holder.window is not before)  # noqa: B023
        window = holder.window
        assert context.language == language
        assert translations.language == language
        assert _queue_names(window)[:5] == QUEUE_NAMES[language]
        if language in MENUS:
            titles = [a.text() for a in window.menuBar().actions()]
            assert titles[:5] == MENUS[language]
        assert window.sidebar.current_queue() is QUEUES[1]
        qtbot.waitUntil(lambda: window.queue_page.model.rowCount() > 0)  # noqa: B023
        qtbot.waitUntil(lambda: bool(_service_cells(window)))  # noqa: B023
        names = {s.name.text(language) for s in context.catalogue.services}
        assert _service_cells(window) <= names  # the catalogue's names in ctx.language
        # A dialog opened now has its standard buttons in the language.
        window.settings_action.trigger()  # type: ignore[attr-defined]
        dialog = desk.dialog
        assert isinstance(dialog, SettingsDialog)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == CANCEL[language]
        dialog.reject()
        # Stored for the next start, under the versioned schema.
        stored = settings_store.load(desk.store)
        assert stored.language == language
        assert int(str(desk.store.value(settings_store.VERSION_KEY))) == (
            settings_store.SCHEMA_VERSION
        )
        assert not desk.store.contains("ui/language")
    _close(holder)


def test_bad_server_address_is_refused_and_kept(
    qtbot: QtBot, context: AppContext, translations: Translations, tmp_path: Path
) -> None:
    desk, holder = _desk(qtbot, context, translations, tmp_path)
    holder.window.settings_action.trigger()  # type: ignore[attr-defined]
    dialog = desk.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.server.setText("ftp://central")
    dialog.sync.setValue(120)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "https://" in dialog.error.text()
    assert dialog.server.text() == "ftp://central"  # nothing typed is lost
    assert desk.settings.server_url == ""
    dialog.server.setText("https://central.example.gov.az")
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert desk.settings.server_url == "https://central.example.gov.az"
    assert desk.settings.sync_interval_seconds == 120
    assert settings_store.load(desk.store).sync_interval_seconds == 120
    _close(holder)


def _close(holder: Holder) -> None:
    holder.window.close()
    holder.window.deleteLater()
    QApplication.processEvents()
