"""Helpers of the reception form tests: a form over the test store, leased numbers,
real files on disk, and TD3 zones built with their check digits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from workstation.domain.mrz import check_digit
from workstation.gui.context import AppContext
from workstation.gui.reception.form import ReceptionForm

LEASE_FIRST = 5000


@dataclass(frozen=True)
class Lease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int


def settle(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background task has delivered its outcome."""
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)


@pytest.fixture
def leased(context: AppContext) -> AppContext:
    with context.store.unit_of_work(context.actor) as uow:
        uow.add_lease(Lease("L-APP-1", "application", "2026", LEASE_FIRST, LEASE_FIRST + 99))
    return context


@pytest.fixture
def open_form(qtbot, context: AppContext) -> Callable[..., ReceptionForm]:  # type: ignore[no-untyped-def]
    def make(application_id: str | None = None) -> ReceptionForm:
        form = ReceptionForm(context, application_id=application_id)
        qtbot.addWidget(form)
        form.resize(1280, 800)
        form.show()
        settle(qtbot, context)
        return form

    return make


def choose(combo: QComboBox, data: str) -> None:
    """Pick an item the way a user does (``activated`` is emitted)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not in {combo.objectName()}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the field's text by typing `text` key by key (QTest's keyClicks only
    knows ASCII: other letters go as key events carrying their text, as a keyboard
    layout sends them)."""
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def td3(  # noqa: PLR0917 - the fields of a zone, in its order
    surname: str,
    given: str,
    number: str,
    nationality: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
) -> tuple[str, str]:
    """The two lines of a passport's zone, with correct check digits."""
    line1 = f"P<{nationality}{surname}<<{given.replace(' ', '<')}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    personal = "<" * 14
    head = f"{num}{check_digit(num)}{nationality}"
    b, e = yymmdd(birth), yymmdd(expiry)
    body = f"{head}{b}{check_digit(b)}{sex}{e}{check_digit(e)}{personal}<"
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1, body + str(composite)


def write_pdf(path: Path, text_size: float = 300) -> Path:
    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(text_size, text_size * 1.41)
    pdf.save(str(path))
    pdf.close()
    return path


def write_png(path: Path, width: int = 600, height: int = 800, color: str = "#d0e4f5") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")  # type: ignore[call-overload]
    return path
