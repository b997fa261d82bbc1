"""Help → About: the versions of the application, Qt, PySide6, Python, the sync
protocol, the service catalogue and the local database schema, with "Copy"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.about.versions import database_schema, static_versions
from workstation.gui.context import AppContext
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

NAMES = {
    "Workstation": QT_TRANSLATE_NOOP("AboutDialog", "Workstation"),
    "Sync protocol": QT_TRANSLATE_NOOP("AboutDialog", "Sync protocol"),
    "Service catalogue": QT_TRANSLATE_NOOP("AboutDialog", "Service catalogue"),
    "Database schema": QT_TRANSLATE_NOOP("AboutDialog", "Database schema"),
    "Operating system": QT_TRANSLATE_NOOP("AboutDialog", "Operating system"),
}


def _name(key: str) -> str:
    return QCoreApplication.translate("AboutDialog", NAMES[key]) if key in NAMES else key


class AboutDialog(QDialog):
    """``loaded`` is implied by `schema_label` leaving "…" (read off the GUI thread)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Workstation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        title = QLabel(self.tr("Workstation"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(self.tr("Officer desktop of the migration service."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.rows = list(static_versions(ctx.catalogue))
        self.values: dict[str, QLabel] = {}
        for key, value in self.rows:
            self._add(form, key, value)
        self.schema_label = self._add(form, "Database schema", "…")
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the versions"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        store = ctx.store
        ctx.runner.read(
            lambda: database_schema(store),
            done=self.schema_label.setText,
            failed=lambda exc: self.schema_label.setText(str(exc)),
            owner=self,
            label="database schema",
        )

    def _add(self, form: QFormLayout, key: str, value: str) -> QLabel:
        label = QLabel(value, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(_name(key))
        form.addRow(_name(key) + ":", label)
        self.values[key] = label
        return label

    def text(self) -> str:
        return "\n".join(f"{key}: {label.text()}" for key, label in self.values.items())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
