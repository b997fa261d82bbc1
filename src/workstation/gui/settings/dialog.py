"""The Settings dialog (``ui/settings.ui``): edits a `Settings` value; the caller saves
and applies it. Printers are listed off the GUI thread (a print server may be slow)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.context import AppContext
from workstation.gui.detail.forms import load_form, part
from workstation.runtime.i18n import LANGUAGES, NATIVE_NAMES
from workstation.runtime.settings import FONT_SCALES, Settings, SettingsError


def printer_names() -> list[str]:
    return sorted(QPrinterInfo.availablePrinterNames())


class SettingsDialog(QDialog):
    """``result_`` holds the edited settings once accepted."""

    def __init__(self, ctx: AppContext, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = current
        self.result_: Settings | None = None
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.form = load_form("settings.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(self.form)
        self.language = part(self.form, QComboBox, "languageCombo")
        self.server = part(self.form, QLineEdit, "serverEdit")
        self.card_printer = part(self.form, QComboBox, "cardPrinterCombo")
        self.receipt_printer = part(self.form, QComboBox, "receiptPrinterCombo")
        self.sync = part(self.form, QSpinBox, "syncSpin")
        self.offline = part(self.form, QSpinBox, "offlineSpin")
        self.idle = part(self.form, QSpinBox, "idleSpin")
        self.font_scale = part(self.form, QComboBox, "fontCombo")
        self.contrast = part(self.form, QCheckBox, "contrastCheck")
        self.error = part(self.form, QLabel, "errorLabel")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        for scale in FONT_SCALES:
            self.font_scale.addItem(f"{round(scale * 100)} %", scale)
        for combo, chosen in (
            (self.card_printer, current.card_printer),
            (self.receipt_printer, current.receipt_printer),
        ):
            combo.addItem(self.tr("Ask every time"), "")
            if chosen:
                combo.addItem(chosen, chosen)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_settings(current)
        self.language.setFocus()
        ctx.runner.read(printer_names, done=self._printers, owner=self, label="list printers")

    def show_settings(self, settings: Settings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.server.setText(settings.server_url)
        for combo, chosen in (
            (self.card_printer, settings.card_printer),
            (self.receipt_printer, settings.receipt_printer),
        ):
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.sync.setValue(settings.sync_interval_seconds)
        self.offline.setValue(settings.offline_login_days)
        self.idle.setValue(settings.idle_lock_minutes)
        self.font_scale.setCurrentIndex(max(0, self.font_scale.findData(settings.font_scale)))
        self.contrast.setChecked(settings.high_contrast)

    def _printers(self, names: list[str]) -> None:
        for combo in (self.card_printer, self.receipt_printer):
            chosen = combo.currentData()
            for name in names:
                if combo.findData(name) < 0:
                    combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    @staticmethod
    def _printer(combo: QComboBox) -> str:
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:
            return str(combo.itemData(index) or "")
        return text

    def edited(self) -> Settings:
        return replace(
            self.current,
            language=str(self.language.currentData()),
            server_url=self.server.text().strip(),
            card_printer=self._printer(self.card_printer),
            receipt_printer=self._printer(self.receipt_printer),
            sync_interval_seconds=self.sync.value(),
            offline_login_days=self.offline.value(),
            idle_lock_minutes=self.idle.value(),
            font_scale=float(self.font_scale.currentData()),
            high_contrast=self.contrast.isChecked(),
        )

    def accept(self) -> None:
        try:
            settings = self.edited().checked()
        except SettingsError as exc:
            self.error.setText(self._explain(exc))
            self.error.show()
            return
        self.result_ = settings
        super().accept()

    def _explain(self, exc: SettingsError) -> str:
        if str(exc).startswith("server_url"):
            self.server.setFocus()
            self.server.selectAll()
            return self.tr(
                "The server address must start with https:// (or http:// on a test network)."
            )
        return str(exc)
