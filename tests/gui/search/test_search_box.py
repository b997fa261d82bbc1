"""The global search box: folded matching (``mammad`` finds ``Məmmədov``), passport and
application numbers, results in the drop-down; choosing one opens it; Enter shows all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workstation.domain.text import fold
from workstation.gui.context import AppContext
from workstation.gui.search.box import ID_ROLE, SearchBox


def _box(qtbot: QtBot, context: AppContext) -> SearchBox:
    box = SearchBox(context)
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    return box


def _search(qtbot: QtBot, box: SearchBox, text: str) -> list[str]:
    box.clear()
    with qtbot.waitSignal(box.results_shown, timeout=10_000):
        qtbot.keyClicks(box, text)  # type: ignore[no-untyped-call]
    model = box.results
    return [
        model.item(r).data(ID_ROLE) for r in range(model.rowCount()) if model.item(r).data(ID_ROLE)
    ]


def test_folded_name_passport_and_number(qtbot: QtBot, context: AppContext) -> None:
    with context.store.read() as repos:
        rows = repos.queue.page(limit=400)
        azeri = next(r for r in rows if "ə" in r.applicant_name.lower())
        person_app = repos.applications.get(azeri.id)
        person = repos.persons.get(person_app.person_id)
        numbered = next(r for r in rows if r.number)
    box = _box(qtbot, context)
    surname = azeri.applicant_name.split()[0]
    ascii_surname = fold(surname)[:6]  # typed without Azerbaijani letters
    assert ascii_surname != surname[:6]
    assert azeri.id in _search(qtbot, box, ascii_surname)
    assert azeri.id in _search(qtbot, box, person.document.number)
    assert _search(qtbot, box, numbered.number)[0] == numbered.id
    assert _search(qtbot, box, "zzzzqqq-nobody") == []
    assert "No application matches" in box.results.item(0).text()


def test_choosing_a_result_opens_it_and_enter_shows_all(qtbot: QtBot, context: AppContext) -> None:
    with context.store.read() as repos:
        row = next(r for r in repos.queue.page(limit=50) if r.number)
    box = _box(qtbot, context)
    found = _search(qtbot, box, row.number)
    assert found[0] == row.id
    popup = box.completer_.popup()
    assert popup is not None
    with qtbot.waitSignal(context.events.open_application) as opened:
        popup.setCurrentIndex(box.results.index(0, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert opened.args == [row.id]

    popup.hide()
    with qtbot.waitSignal(box.show_all) as shown:
        qtbot.keyClick(box, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert shown.args == [row.number]
