"""Pictures of the reception form for the screen gallery (`gui.gallery`): empty, filled
with a realistic applicant, with validation errors, after an MRZ fill, with a bad MRZ
check digit, and the photo crop dialog. Sample scans are drawn here, not shipped."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget

from workstation.domain.calendar import add_working_days
from workstation.domain.mrz import check_digit
from workstation.domain.validation import format_screen_date
from workstation.gui.context import AppContext
from workstation.gui.reception import ops
from workstation.gui.reception.form import ReceptionForm
from workstation.gui.reception.formstate import Attached
from workstation.gui.reception.photo import PhotoCropDialog, crop_to_jpeg, initial_frame

PAGE = (1280, 800)


def wait(ctx: AppContext) -> None:
    """Let background work finish and its outcomes arrive."""
    for _ in range(200):
        QCoreApplication.processEvents()
        if ctx.runner.pending == 0:
            QCoreApplication.processEvents()
            return
        ctx.runner.wait_idle(50)


def passport_zone(  # noqa: PLR0917 - the fields of a zone, in its order
    surname: str,
    given: str,
    number: str,
    nationality: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
) -> tuple[str, str]:
    """A TD3 zone with correct check digits (for the pictures)."""
    line1 = f"P<{nationality}{surname}<<{given.replace(' ', '<')}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    body = f"{num}{check_digit(num)}{nationality}{b}{check_digit(b)}{sex}{e}{check_digit(e)}"
    body += "<" * 15
    return line1, body + str(check_digit(body[0:10] + body[13:20] + body[21:43]))


ZONE = passport_zone(
    "MAMMADOVA", "GULNAR", "C01X00T47", "TUR", dt.date(1990, 3, 5), "F", dt.date(2031, 4, 1)
)


def sample_pdf(path: Path, title: str, lines: list[str]) -> Path:
    """A one-page A4 'scan' with a heading and some lines of text."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
    painter.drawText(QPointF(20, 40), title)
    painter.setFont(QFont("DejaVu Sans", 10))
    for i, line in enumerate(lines):
        painter.drawText(QPointF(20, 80 + i * 22), line)
    painter.drawRect(QRectF(20, 80 + len(lines) * 22 + 10, 300, 60))
    painter.drawText(QPointF(30, 80 + len(lines) * 22 + 45), "İmza / Signature: ____________")
    painter.end()
    return path


def sample_portrait(width: int = 900, height: int = 700) -> QImage:
    """A drawn head-and-shoulders picture to crop (landscape, as a camera gives)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c9d6e3"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#3c4f68"))
    p.drawEllipse(QRectF(width / 2 - 210, height * 0.62, 420, 360))
    p.setBrush(QColor("#e8c4a0"))
    p.drawEllipse(QRectF(width / 2 - 95, height * 0.2, 190, 240))
    p.setBrush(QColor("#3b2a20"))
    p.drawChord(QRectF(width / 2 - 100, height * 0.17, 200, 150), 0, 180 * 16)
    p.setBrush(QColor("#2b2b2b"))
    for dx in (-40, 40):
        p.drawEllipse(QPointF(width / 2 + dx, height * 0.2 + 110), 9, 6)
    p.end()
    return image


def sample_scan_png(path: Path) -> Path:
    image = QImage(620, 440, QImage.Format.Format_RGB32)
    image.fill(QColor("#f3efe6"))
    p = QPainter(image)
    p.setPen(QColor("#7a1f2b"))
    p.setFont(QFont("DejaVu Sans", 18, QFont.Weight.Bold))
    p.drawText(QPointF(30, 50), "TÜRKİYE CUMHURİYETİ · PASAPORT")
    p.setPen(QColor("#333333"))
    p.setFont(QFont("DejaVu Sans", 12))
    for i, line in enumerate(["Soyadı: MƏMMƏDOVA", "Adı: GÜLNAR", "Pasaport No: C01X00T47"]):
        p.drawText(QPointF(200, 110 + i * 30), line)
    p.fillRect(QRectF(30, 90, 140, 180), QColor("#c9d6e3"))
    p.setFont(QFont("DejaVu Sans Mono", 11))
    for i, line in enumerate(ZONE):
        p.drawText(QPointF(30, 370 + i * 24), line)
    p.end()
    image.save(str(path), "PNG")  # type: ignore[call-overload]
    return path


def _form(ctx: AppContext) -> ReceptionForm:
    form = ReceptionForm(ctx, recover=False)
    form.resize(*PAGE)
    form.show()
    wait(ctx)
    return form


def _choose(form: ReceptionForm, combo_data: str, widget: QWidget | None = None) -> None:
    combo = widget or form.service_combo
    index = combo.findData(combo_data)  # type: ignore[attr-defined]
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    combo.activated.emit(index)  # type: ignore[attr-defined]


def _scan(form: ReceptionForm, lines: tuple[str, str]) -> None:
    form.applicant.mrz_edit.setPlainText("\n".join(lines))
    QCoreApplication.processEvents()


def filled(ctx: AppContext, folder: Path) -> ReceptionForm:
    """A realistic extension of stay: scanned passport, corrected names, documents."""
    form = _form(ctx)
    _choose(form, "EXT-STAY")
    _scan(form, ZONE)
    form.applicant.set_texts(
        {
            "surname": "Məmmədova",
            "given_names": "Gülnar",
            "patronymic": "Rəşid qızı",
            "birth_place": "İstanbul",
            "document.issuing_state": "TUR",
            "document.issue_date": "02.04.2021",
            "phone": "+994 50 123 45 67",
            "email": "gulnar.mammadova@example.az",
            "address": "Bakı, Nəsimi r., Füzuli küç. 49, mənzil 12",
        }
    )
    form.touched.update(form.applicant.editors)
    editors = form.field_editors
    editors["stay_until"].set_value(format_screen_date(add_working_days(ctx.today(), 12)))
    editors["term"].set_value("30d")
    editors["ground"].set_value("urgent_treatment")
    editors["applicant_role"].set_value("self")
    form.payment_edit.setText("AZ0412 7783 1190")
    form.edited("fields.stay_until")
    documents = {
        "application_form": sample_pdf(
            folder / "erize.pdf",
            "Ərizə-anket",
            [
                "Soyadı: Məmmədova",
                "Adı: Gülnar",
                "Vətəndaşlığı: Türkiyə",
                "Xidmət: müddətin uzadılması",
            ],
        ),
        "passport": sample_scan_png(folder / "pasport.png"),
        "fee_receipt": sample_pdf(
            folder / "qebz.pdf", "Ödəniş qəbzi", ["Məbləğ: 30.00 AZN", "Ödəniş: AZ0412 7783 1190"]
        ),
    }
    for code, path in documents.items():
        form.attach_path(code, path)
        wait(ctx)
    face = sample_portrait()
    jpeg = crop_to_jpeg(face, initial_frame(face.size()))
    ref = ops.store_attachment(ctx.store, ctx.actor, jpeg, "image/jpeg", "photo")
    form.files.show_photo(Attached(ref.sha256, ref.mime_type, ref.size, "photo.jpg"))
    form.checklist.rows["housing_document"].tick.setChecked(True)
    form.files.preview("application_form")
    wait(ctx)
    return form


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    folder = Path(tempfile.mkdtemp(prefix="reception-shots-"))

    yield "reception_empty", _form(ctx)

    yield "reception_filled", filled(ctx, folder)

    form = _form(ctx)
    _choose(form, "WP")
    form.applicant.set_texts(
        {
            "surname": "Hüseynov ",
            "given_names": "Elçin",
            "birth_date": "31.02.1988",
            "citizenship": "UZ",
            "document.number": "fa 12-345",
            "document.expiry_date": "01.06.2026",
            "email": "elcin@",
        }
    )
    form.field_editors["employer_voen"].set_value("1234567890")
    form.field_editors["employer_phone"].set_value("012 555")
    form.flow.receive()
    form.scroll_area.verticalScrollBar().setValue(0)
    wait(ctx)
    yield "reception_errors", form

    form = _form(ctx)
    _choose(form, "TRP")
    _scan(form, ZONE)
    wait(ctx)
    yield "reception_mrz_filled", form

    form = _form(ctx)
    _choose(form, "TRP")
    line2 = ZONE[1][:19] + str((int(ZONE[1][19]) + 1) % 10) + ZONE[1][20:]
    _scan(form, (ZONE[0], line2))
    yield "reception_mrz_bad_check_digit", form

    dialog = PhotoCropDialog(sample_portrait())
    dialog.adjustSize()
    yield "reception_photo_crop", dialog
