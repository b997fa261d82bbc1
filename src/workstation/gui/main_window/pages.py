"""The pages the main window opens besides the queue: the reception form (a new
application, or a draft to finish) and the application detail."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.detail.page import ApplicationDetailPage
from workstation.gui.reception.form import ReceptionForm


def reception_page(
    ctx: AppContext, application_id: str | None = None, parent: QWidget | None = None
) -> ReceptionForm:
    """The reception form: empty, or holding a draft to finish."""
    return ReceptionForm(ctx, application_id=application_id, parent=parent)


def detail_page(ctx: AppContext, application_id: str, parent: QWidget | None = None) -> QWidget:
    return ApplicationDetailPage(ctx, application_id, parent)


def status_of(ctx: AppContext, application_id: str) -> Status | None:
    """The application's status (None when it is gone); on a reader thread."""
    with ctx.store.read() as repos:
        found = repos.applications.find(application_id)
    return found.status if found is not None else None
