"""The Documents tab: the checklist (received / missing) and a preview of the selected
attachment, rendered off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.context import AppContext
from workstation.gui.detail.data import AttachmentInfo, DetailData
from workstation.gui.detail.dialogs import document_label
from workstation.gui.detail.preview import PreviewFailed, render_preview
from workstation.store import AttachmentCorrupt, NotFound

PREVIEW_BOX = QSize(460, 600)
_MISSING = QColor("#b3261e")
_RECEIVED = QColor("#1b6e20")
PHOTO = "__photo__"


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class DocumentsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DetailData | None = None
        self._request = 0
        layout = QHBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("checklistTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("ApplicationDetail", "Document checklist")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ApplicationDetail", "Document"),
                QCoreApplication.translate("ApplicationDetail", "State"),
                QCoreApplication.translate("ApplicationDetail", "File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(self._row_changed)
        layout.addWidget(self.table, 3)
        side = QVBoxLayout()
        self.preview = QLabel(
            QCoreApplication.translate(
                "ApplicationDetail", "Select a document with a file to see it here."
            ),
            self,
        )
        self.preview.setObjectName("previewLabel")
        self.preview.setAccessibleName(
            QCoreApplication.translate("ApplicationDetail", "Preview of the attachment")
        )
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMinimumSize(QSize(PREVIEW_BOX.width() // 2, 300))
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.caption = QLabel("", self)
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)
        side.addWidget(self.preview, 1)
        side.addWidget(self.caption)
        layout.addLayout(side, 2)

    def show_data(self, data: DetailData) -> None:
        self.data = data
        lang = self.ctx.language
        required = {e.field.removeprefix("checklist.") for e in data.missing}
        items = {item.code: item for item in data.app.checklist}
        codes = list(data.applicable_documents)
        codes += [code for code in items if code not in codes]
        rows: list[tuple[str, str, QColor | None, str]] = []
        for code in codes:
            item = items.get(code)
            if item is not None and item.received:
                state, colour = (
                    QCoreApplication.translate("ApplicationDetail", "Received"),
                    _RECEIVED,
                )
            elif code in required:
                state, colour = (
                    QCoreApplication.translate("ApplicationDetail", "Missing (required)"),
                    _MISSING,
                )
            else:
                state, colour = (
                    QCoreApplication.translate("ApplicationDetail", "Not received"),
                    None,
                )
            if item is not None and item.note:
                state += f" — {item.note}"
            rows.append((document_label(data, code, lang), state, colour, code))
        if data.person.photo_sha256:
            rows.append(
                (
                    QCoreApplication.translate("ApplicationDetail", "Applicant's photo"),
                    QCoreApplication.translate("ApplicationDetail", "Received"),
                    _RECEIVED,
                    PHOTO,
                )
            )
        self.table.setRowCount(len(rows))
        for row, (label, state, colour, code) in enumerate(rows):
            name = QTableWidgetItem(label)
            name.setData(Qt.ItemDataRole.UserRole, code)
            status = QTableWidgetItem(state)
            if colour is not None:
                status.setForeground(colour)
            info = self._attachment(code)
            file_text = (
                f"{info.mime_type.split('/')[-1].upper()}, {size_text(info.size)}" if info else "—"
            )
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, status)
            self.table.setItem(row, 2, QTableWidgetItem(file_text))
        first = next((r for r, row in enumerate(rows) if self._attachment(row[3])), -1)
        if first >= 0:
            self.table.setCurrentCell(first, 0)
        else:
            self._show_message(
                QCoreApplication.translate(
                    "ApplicationDetail", "No file is attached to this application."
                )
            )

    def _attachment(self, code: str) -> AttachmentInfo | None:
        if self.data is None:
            return None
        if code == PHOTO:
            sha = self.data.person.photo_sha256
        else:
            sha = next((i.attachment_sha256 for i in self.data.app.checklist if i.code == code), "")
        if not sha:
            return None
        return self.data.attachments.get(sha) or AttachmentInfo(sha, "", 0, "")

    def _row_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        info = self._attachment(str(item.data(Qt.ItemDataRole.UserRole))) if item else None
        self._request += 1
        if info is None:
            self._show_message(
                QCoreApplication.translate(
                    "ApplicationDetail", "No file is attached to this document."
                )
            )
            return
        request = self._request
        self.caption.setText(item.text() if item else "")
        self._show_message(QCoreApplication.translate("ApplicationDetail", "Loading preview…"))
        store = self.ctx.store
        self.ctx.runner.read(
            lambda: render_preview(store, info.sha256, info.mime_type, PREVIEW_BOX),
            done=lambda image: self._show_image(request, image),
            failed=lambda exc: self._show_failure(request, exc),
            owner=self,
            label="detail.preview",
        )

    def _show_message(self, text: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)

    def _show_image(self, request: int, image: QImage) -> None:
        if request != self._request:
            return
        self.preview.setText("")
        self.preview.setPixmap(QPixmap.fromImage(image))

    def _show_failure(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        if isinstance(exc, AttachmentCorrupt):
            text = QCoreApplication.translate(
                "ApplicationDetail",
                "The file of this document is damaged or missing on this computer, so it "
                "cannot be shown. Attach the document again, or synchronise to fetch it "
                "from the server.",
            )
        elif isinstance(exc, NotFound):
            text = QCoreApplication.translate(
                "ApplicationDetail",
                "This file was never recorded on this computer. Synchronise to fetch it.",
            )
        elif isinstance(exc, PreviewFailed):
            text = QCoreApplication.translate(
                "ApplicationDetail", "This file cannot be previewed: %1"
            ).replace("%1", str(exc))
        else:
            text = QCoreApplication.translate(
                "ApplicationDetail", "The preview failed: %1"
            ).replace("%1", str(exc))
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self.preview.setProperty("failed", True)
