"""Finding the applicant first, and the likely-duplicate warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.reception.conftest import settle, type_into
from tests.gui.reception.test_receive import fill_minimal
from workstation.domain.model import Person
from workstation.domain.text import fold
from workstation.gui.context import AppContext


def some_person(ctx: AppContext) -> Person:
    """A stored person, one with Azerbaijani letters in the surname if there is one."""
    with ctx.store.read() as repos:
        persons = repos.all_for_export().persons
    return next((p for p in persons if fold(p.surname) != p.surname.lower()), persons[0])


def test_find_by_name_in_another_spelling_and_pick(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    person = some_person(context)
    form = open_form()
    ascii_name = fold(person.surname)  # e.g. "mammadova" for "Məmmədova"
    qtbot.keyClicks(form.applicant.find_edit, ascii_name)
    qtbot.waitUntil(form.applicant.results.isVisible, timeout=5_000)
    results = form.applicant.results
    ids = [results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(results.count())]
    assert person.id in [p.id for p in ids if p is not None]
    item = next(
        results.item(i) for i in range(results.count()) if ids[i] and ids[i].id == person.id
    )
    results.itemActivated.emit(item)
    assert form.applicant.person_id == person.id
    assert form.applicant.texts()["surname"] == person.surname
    assert form.applicant.texts()["document.number"] == person.document.number


def test_find_by_passport_number(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    person = some_person(context)
    form = open_form()
    qtbot.keyClicks(form.applicant.find_edit, person.document.number.lower())
    qtbot.keyClick(form.applicant.find_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(form.applicant.results.isVisible, timeout=5_000)
    first = form.applicant.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert first.id == person.id


def test_duplicate_passport_is_warned_before_a_second_person(qtbot, leased, open_form) -> None:  # type: ignore[no-untyped-def]
    person = some_person(leased)
    form = open_form()
    fill_minimal(qtbot, form)
    number = form.ui.findChild(QLineEdit, "docNumberEdit")
    type_into(qtbot, number, person.document.number)
    number.editingFinished.emit()
    qtbot.waitUntil(form.applicant.duplicate_frame.isVisible, timeout=5_000)
    assert "Likely duplicate" in form.applicant.duplicate_label.text()
    assert person.surname in form.applicant.duplicate_label.text()
    with leased.store.read() as repos:
        persons = repos.persons.count()
    # Receiving anyway is stopped by the same check, inside the write.
    qtbot.mouseClick(form.receive_button, Qt.MouseButton.LeftButton)
    settle(qtbot, leased)
    assert "already known" in form.banner.text.text()
    with leased.store.read() as repos:
        assert repos.persons.count() == persons
    # The officer confirms a different person: now it is received, with a new person.
    form.ui.findChild(type(form.receive_button), "keepNewButton").click()
    assert not form.applicant.duplicate_frame.isVisible()
    with qtbot.waitSignal(form.received, timeout=10_000):
        qtbot.mouseClick(form.receive_button, Qt.MouseButton.LeftButton)
    with leased.store.read() as repos:
        assert repos.persons.count() == persons + 1


def test_use_the_existing_person(qtbot, leased, open_form) -> None:  # type: ignore[no-untyped-def]
    person = some_person(leased)
    form = open_form()
    fill_minimal(qtbot, form)
    number = form.ui.findChild(QLineEdit, "docNumberEdit")
    type_into(qtbot, number, person.document.number)
    number.editingFinished.emit()
    qtbot.waitUntil(form.applicant.duplicate_frame.isVisible, timeout=5_000)
    form.ui.findChild(type(form.receive_button), "useExistingButton").click()
    assert form.applicant.person_id == person.id
    assert form.applicant.texts()["surname"] == person.surname
