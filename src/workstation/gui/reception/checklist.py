"""The document checklist: one row per catalogue document that applies to this
applicant (conditions such as "minor" or "employer is a company" re-evaluated as the
form changes), each with a "received" tick, the attached file, Attach… and drag-and-drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.catalogue_model import DocumentSpec
from workstation.domain.errors import Lang
from workstation.gui.reception.formstate import Attached, ItemState


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionChecklist", text)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    local = [u.toLocalFile() for u in urls if u.isLocalFile()]
    return Path(local[0]) if len(local) == 1 else None


class DocumentRow(QFrame):
    """One checklist line."""

    changed = Signal()
    attach_requested = Signal(str, object)  # code, Path or None (ask with a dialog)
    remove_requested = Signal(str)
    preview_requested = Signal(str)

    def __init__(self, spec: DocumentSpec, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"doc_{spec.code}")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("selected", False)
        name = spec.label.text(lang)
        self.tick = QCheckBox(f"{name} *" if spec.required else name, self)
        self.tick.setToolTip(
            QCoreApplication.translate(
                "ReceptionChecklist", "Ticked when the original or a copy has been received"
            )
        )
        self.tick.setAccessibleName(name)
        self.tick.toggled.connect(lambda _=None: self.changed.emit())
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.attach_button = QPushButton(
            QCoreApplication.translate("ReceptionChecklist", "Attach…"), self
        )
        self.attach_button.setAccessibleName(
            QCoreApplication.translate("ReceptionChecklist", "Attach a file to %1").replace(
                "%1", name
            )
        )
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(spec.code, None))
        self.remove_button = QPushButton(
            QCoreApplication.translate("ReceptionChecklist", "Remove"), self
        )
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(spec.code))
        top = QHBoxLayout()
        top.addWidget(self.tick, 1)
        top.addWidget(self.attach_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.file_label)
        layout.addWidget(self.error_label)
        self.file: Attached | None = None
        self.file_error = ""
        self.set_state(ItemState())

    def set_state(self, item: ItemState) -> None:
        self.file = item.file
        self.tick.blockSignals(True)
        self.tick.setChecked(item.received or item.file is not None)
        self.tick.blockSignals(False)
        self._show_file()

    def state(self) -> ItemState:
        return ItemState(self.tick.isChecked(), "", self.file)

    def set_file(self, file: Attached | None) -> None:
        self.file = file
        if file is not None:
            self.tick.setChecked(True)
        self._show_file()
        self.changed.emit()

    def set_error(self, text: str) -> None:
        """The rules' message for this item; a rejected file's message wins."""
        shown = self.file_error or text
        self.error_label.setText(shown)
        self.error_label.setVisible(bool(shown))

    def set_file_error(self, text: str) -> None:
        self.file_error = text
        self.set_error(self.error_label.text() if not text else "")

    def set_busy(self, busy: bool) -> None:
        self.attach_button.setEnabled(not busy)
        if busy:
            self.file_label.setText(
                QCoreApplication.translate("ReceptionChecklist", "Checking and storing the file…")
            )
            self.file_label.show()

    def _show_file(self) -> None:
        file = self.file
        if file is None:
            self.file_label.setText(
                QCoreApplication.translate("ReceptionChecklist", "No file attached")
            )
            self.remove_button.hide()
        else:
            kind = {"application/pdf": "PDF", "image/png": "PNG"}.get(file.mime_type, "JPEG")
            self.file_label.setText(f"{file.name} · {kind} · {size_text(file.size)}")
            self.remove_button.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.file is not None:
            self.preview_requested.emit(self.spec.code)
        super().mousePressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.attach_requested.emit(self.spec.code, path)


class Checklist:
    """The rows inside the documents group's layout, rebuilt when the documents that
    apply change; the state of a row survives a rebuild (and a row that disappears)."""

    def __init__(self, layout: QVBoxLayout, lang: Lang) -> None:
        self.layout = layout
        self.lang = lang
        self.rows: dict[str, DocumentRow] = {}
        self.kept: dict[str, ItemState] = {}

    def show_documents(self, documents: tuple[DocumentSpec, ...], parent: QWidget) -> bool:
        """Rows for `documents`; False (and nothing rebuilt) when they are the same."""
        if [d.code for d in documents] == list(self.rows):
            return False
        self.kept.update(self.states())
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        for spec in documents:
            row = DocumentRow(spec, self.lang, parent)
            row.set_state(self.kept.get(spec.code, ItemState()))
            self.layout.addWidget(row)
            row.show()
            self.rows[spec.code] = row
        return True

    def states(self) -> dict[str, ItemState]:
        return {**self.kept, **{code: row.state() for code, row in self.rows.items()}}

    def set_states(self, states: dict[str, ItemState]) -> None:
        self.kept = dict(states)
        for code, row in self.rows.items():
            row.set_state(states.get(code, ItemState()))
