"""Photo import: cropped to 35×45 mm, stored as JPEG, kept on the person."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from tests.gui.reception.conftest import settle, write_png
from workstation.gui.reception.photo import OUTPUT, RATIO, CropArea, PhotoCropDialog


def test_frame_keeps_the_photo_ratio(qtbot) -> None:  # type: ignore[no-untyped-def]
    area = CropArea(QImage(900, 700, QImage.Format.Format_RGB32))
    qtbot.addWidget(area)
    assert abs(area.frame.width() / area.frame.height() - RATIO) < 1e-6
    area.set_frame(QRectF(-50, 600, 10, 500))  # off the picture and squashed
    frame = area.frame
    assert abs(frame.width() / frame.height() - RATIO) < 1e-6
    assert frame.left() >= 0
    assert frame.bottom() <= 700


def test_import_crop_and_store(qtbot, context, open_form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    form.files.import_photo(write_png(tmp_path / "face.png", 900, 700))
    qtbot.waitUntil(lambda: form.files.crop_dialog is not None, timeout=5_000)
    dialog = form.files.crop_dialog
    assert isinstance(dialog, PhotoCropDialog)
    dialog.accept()
    settle(qtbot, context)
    photo = form.photo
    assert photo is not None
    assert photo.mime_type == "image/jpeg"
    stored = QImage.fromData(context.store.read_attachment(photo.sha256))
    assert (stored.width(), stored.height()) == (OUTPUT.width(), OUTPUT.height())
    assert form.state().photo == photo  # goes with the form (autosave, save)


def test_a_pdf_is_not_a_photo(qtbot, context, open_form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    pdf = tmp_path / "face.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    form.files.import_photo(pdf)
    settle(qtbot, context)
    assert form.files.crop_dialog is None
    assert form.banner.text.text() == (
        "“face.pdf” is not a picture: import the photo as a JPEG or PNG file. Nothing was attached."
    )
    assert form.photo is None
