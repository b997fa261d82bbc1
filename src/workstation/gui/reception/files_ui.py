"""Files on the form: attaching to checklist items (dialog or drop), the preview, and
the applicant's photo (import, crop, store). Files are checked and stored off the GUI
thread; a rejected file gets a clear message next to its item and nothing is attached."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton

from workstation.domain.model import AttachmentRef
from workstation.gui.reception import ops
from workstation.gui.reception.attachments import load_preview
from workstation.gui.reception.checklist import DocumentRow, size_text
from workstation.gui.reception.formstate import Attached
from workstation.gui.reception.photo import PhotoCropDialog
from workstation.gui.reception.widgets import child
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from workstation.gui.reception.form import ReceptionForm

_FILTER = QT_TRANSLATE_NOOP("ReceptionFiles", "Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)")
_PHOTO_FILTER = QT_TRANSLATE_NOOP("ReceptionFiles", "Pictures (*.jpg *.jpeg *.png);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionFiles", text)


def rejection_text(exc: ops.FileRejected) -> str:
    name = exc.path.name
    if exc.reason == "too_big":
        size = int(exc.detail) if exc.detail.isdigit() else 0
        text = QCoreApplication.translate(
            "ReceptionFiles", "“%1” is %2; a file may have at most %3."
        ).replace("%2", size_text(size))
        text = text.replace("%3", size_text(ops.MAX_FILE_BYTES))
    elif exc.reason == "bad_type":
        text = QCoreApplication.translate(
            "ReceptionFiles",
            "“%1” is not a PDF, JPEG or PNG file (judged by its content, not its name).",
        )
    elif exc.reason == "not_picture":
        text = QCoreApplication.translate(
            "ReceptionFiles", "“%1” is not a picture: import the photo as a JPEG or PNG file."
        )
    elif exc.reason == "empty":
        text = QCoreApplication.translate("ReceptionFiles", "“%1” is empty.")
    else:
        text = QCoreApplication.translate("ReceptionFiles", "“%1” cannot be read: %2.").replace(
            "%2", exc.detail
        )
    return (
        text.replace("%1", name)
        + " "
        + QCoreApplication.translate("ReceptionFiles", "Nothing was attached.")
    )


class FileActions:
    def __init__(self, form: ReceptionForm) -> None:
        self.form = form
        self.ctx = form.ctx
        self.photo_label: QLabel = child(form.ui, QLabel, "photoLabel")
        self.photo_button: QPushButton = child(form.ui, QPushButton, "photoButton")
        self.photo_remove: QPushButton = child(form.ui, QPushButton, "photoRemoveButton")
        self.photo_button.clicked.connect(lambda: self.import_photo(None))
        self.photo_remove.clicked.connect(self.remove_photo)
        self.photo_remove.hide()
        self.crop_dialog: PhotoCropDialog | None = None

    # -- checklist ------------------------------------------------------------------

    def connect_rows(self) -> None:
        for row in self.form.checklist.rows.values():
            if row.property("wired"):
                continue
            row.setProperty("wired", True)
            row.attach_requested.connect(self._attach_requested)
            row.remove_requested.connect(self.remove)
            row.preview_requested.connect(self.preview)
            row.changed.connect(lambda code=row.spec.code: self.form.edited(f"checklist.{code}"))

    def _attach_requested(self, code: str, path: object) -> None:
        if isinstance(path, Path):
            self.attach(code, path)
            return
        name, _ = QFileDialog.getOpenFileName(
            self.form,
            QCoreApplication.translate("ReceptionFiles", "Attach a document"),
            "",
            _tr(_FILTER),
        )
        if name:
            self.attach(code, Path(name))

    def _row(self, code: str) -> DocumentRow | None:
        return self.form.checklist.rows.get(code)

    def attach(self, code: str, path: Path) -> None:
        row = self._row(code)
        if row is None:
            return
        row.set_busy(True)
        store, actor = self.ctx.store, self.ctx.actor

        def done(file: Attached) -> None:
            target = self._row(code)
            if target is None:
                return
            target.set_busy(False)
            target.set_file_error("")
            target.set_file(file)
            self.form.refresh()
            self.preview(code)
            self.form.autosaver.flush()

        def failed(exc: BaseException) -> None:
            target = self._row(code)
            if target is None:
                return
            target.set_busy(False)
            target.set_state(target.state())
            text = (
                rejection_text(exc)
                if isinstance(exc, ops.FileRejected)
                else QCoreApplication.translate(
                    "ReceptionFiles", "The file could not be stored: %1"
                ).replace("%1", str(exc))
            )
            target.set_file_error(text)

        self.ctx.runner.write(
            lambda: ops.attach_file(store, actor, path, code),
            done=done,
            failed=failed,
            owner=row,
            label="reception.attach",
        )

    def remove(self, code: str) -> None:
        row = self._row(code)
        if row is not None:
            row.set_file(None)
            row.tick.setChecked(False)
            self.form.preview.clear()

    def preview(self, code: str) -> None:
        row = self._row(code)
        if row is None or row.file is None:
            return
        for other in self.form.checklist.rows.values():
            other.setProperty("selected", other is row)
            other.style().unpolish(other)
            other.style().polish(other)
        self.form.preview.show(row.file.sha256, row.file.mime_type)

    # -- photo ----------------------------------------------------------------------

    def import_photo(self, path: Path | None) -> None:
        """Pick a picture (dialog unless given), then crop it in `PhotoCropDialog`."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.form,
                QCoreApplication.translate("ReceptionFiles", "Import the applicant's photo"),
                "",
                _tr(_PHOTO_FILTER),
            )
            if not name:
                return
            path = Path(name)
        chosen = path

        def read() -> QImage:
            data, mime = ops.read_document(chosen)
            if mime == "application/pdf":
                raise ops.FileRejected(chosen, "not_picture")
            return QImage.fromData(data)

        self.form.ctx.runner.read(
            read,
            done=self.crop,
            failed=self._photo_failed,
            owner=self.form,
            label="reception.photo",
        )

    def _photo_failed(self, exc: BaseException) -> None:
        text = rejection_text(exc) if isinstance(exc, ops.FileRejected) else str(exc)
        self.form.banner.show_message("error", text)

    def crop(self, image: QImage) -> None:
        if image.isNull():
            self.form.banner.show_message(
                "error",
                QCoreApplication.translate("ReceptionFiles", "This picture cannot be read."),
            )
            return
        dialog = PhotoCropDialog(image, self.form)
        self.crop_dialog = dialog
        dialog.finished.connect(lambda result: self._cropped(dialog, result))
        dialog.open()

    def _cropped(self, dialog: PhotoCropDialog, result: int) -> None:
        self.crop_dialog = None
        if result != QDialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        data = dialog.cropped_jpeg()
        dialog.deleteLater()
        store, actor = self.ctx.store, self.ctx.actor

        def stored(ref: object) -> None:
            assert isinstance(ref, AttachmentRef)
            self.show_photo(Attached(ref.sha256, ref.mime_type, ref.size, "photo.jpg"))
            self.form.edited("photo")

        self.ctx.runner.write(
            lambda: ops.store_attachment(store, actor, data, "image/jpeg", "photo"),
            done=stored,
            failed=self._photo_failed,
            owner=self.form,
            label="reception.photo",
        )

    def remove_photo(self) -> None:
        self.show_photo(None)
        self.form.edited("photo")

    def show_photo(self, photo: Attached | None) -> None:
        self.form.photo = photo
        self.photo_remove.setVisible(photo is not None)
        if photo is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(QCoreApplication.translate("ReceptionFiles", "No photo"))
            return
        size = self.photo_label.size()

        def done(image: QImage) -> None:
            if self.form.photo is photo:
                self.photo_label.setPixmap(QPixmap.fromImage(image))

        self.ctx.runner.read(
            lambda: load_preview(
                self.ctx.store, photo.sha256, photo.mime_type, size.width(), size.height()
            ),
            done=done,
            failed=lambda exc: self.photo_label.setText(
                QCoreApplication.translate("ReceptionFiles", "Photo missing")
            ),
            owner=self.photo_label,
            label="reception.photo_preview",
        )
