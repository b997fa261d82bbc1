"""The detail page shows the application's data, documents and history."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget

from tests.gui.detail.conftest import OpenPage, pick
from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.detail import scenarios


def _texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_page_shows_the_application_and_its_history(
    context: AppContext, open_page: OpenPage
) -> None:
    app_id = pick(context, Status.RECEIVED)
    with context.store.read() as repos:
        app = repos.applications.get(app_id)
        person = repos.persons.get(app.person_id)
    page = open_page(context, app_id)
    assert app.number in page.title.text()
    assert person.full_name in page.title.text()
    value = lambda name: page.form.findChild(QLabel, f"{name}Value").text()  # noqa: E731
    assert value("surname") == person.surname
    assert value("birthDate") == person.birth_date.strftime("%d.%m.%Y")
    assert value("number") == app.number
    service = context.catalogue.service(app.service_code)
    assert service.name.en in value("service")
    assert value("payment") == app.payment_ref
    first_field = next(spec for spec in service.fields if spec.code in app.fields)
    assert page.form.findChild(QLabel, f"field-{first_field.code}") is not None
    history = page.history.table
    assert "Application created" in _texts(history, 3)
    assert any("Draft → Received" in text for text in _texts(history, 4))
    assert page.status_chip.text() == "Received"


def test_history_shows_a_local_action_with_who_and_why(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    with context.store.unit_of_work(context.actor) as uow:
        uow.transition(app_id, "withdraw", context.session.role, "Ərizəçi imtina etdi")  # type: ignore[union-attr]
    page = open_page(context, app_id)
    table = page.history.table
    assert table.item(0, 1).text() == "officer"
    assert table.item(0, 2).text() == context.session.workstation_id  # type: ignore[union-attr]
    assert table.item(0, 3).text() == "Withdrawn"
    assert "Ərizəçi imtina etdi" in table.item(0, 4).text()


def test_documents_list_the_checklist_and_preview_a_pdf(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    scenarios.attach_documents(context.store, context.actor, app_id)
    page = open_page(context, app_id)
    table = page.documents.table
    assert table.rowCount() >= 2
    assert table.item(0, 2).text().startswith("PDF")  # selected first
    qtbot.waitUntil(lambda: not page.documents.preview.pixmap().isNull())
    assert page.documents.preview.pixmap().width() > 50


def test_a_corrupt_or_missing_attachment_shows_a_message(
    context: AppContext, open_page: OpenPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_id = pick(context, Status.RECEIVED)
    pdf, png = scenarios.attach_documents(context.store, context.actor, app_id)
    context.store.attachments.path(png).write_bytes(b"not the picture it was")
    context.store.attachments.path(pdf).unlink()
    page = open_page(context, app_id)
    preview = page.documents.preview
    for row in (0, 1):
        page.documents.table.setCurrentCell(row, 0)
        qtbot.waitUntil(lambda: "damaged or missing" in preview.text())
        assert preview.pixmap().isNull()
    assert page.data is not None  # the page is still there


def test_an_unknown_application_says_so(context: AppContext, open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from workstation.gui.detail.page import ApplicationDetailPage

    page = ApplicationDetailPage(context, "no-such-id")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        pass
    assert "not found" in page.title.text().lower()
    assert page.message.isVisibleTo(page)
