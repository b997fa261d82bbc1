"""Gallery pictures of the detail page, its dialogs and the conflict view.

It writes into the gallery's data folder the way the real code would: attachments on a
received application, a field conflict and a two-decisions conflict (see `scenarios`)."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from workstation.domain.model import Role, Status
from workstation.gui.context import AppContext
from workstation.gui.detail import actions, scenarios
from workstation.gui.detail.page import ApplicationDetailPage
from workstation.store import QueueFilter

PAGE_SIZE = (1280, 800)


def settle(ctx: AppContext, until: Callable[[], bool] = lambda: True, seconds: float = 20) -> None:
    """Let background work finish and its outcomes arrive."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if ctx.runner.pending == 0 and until():
            QCoreApplication.processEvents()
            return
        time.sleep(0.01)


def pick(ctx: AppContext, status: Status, taken: set[str], prefer: str = "TRP") -> str:
    with ctx.store.read() as repos:
        rows = repos.queue.page(QueueFilter(statuses=frozenset({status})), limit=200)
    rows.sort(key=lambda row: row.service_code != prefer)
    for row in rows:
        if row.id not in taken and row.sync_state in ("synced", "pending") and row.number:
            taken.add(row.id)
            return row.id
    raise LookupError(f"no {status.value} application in the gallery's data")


def supervisor(ctx: AppContext) -> AppContext:
    assert ctx.session is not None
    session = dataclasses.replace(ctx.session, role=Role.SUPERVISOR)
    return dataclasses.replace(ctx, session=session)


def page(ctx: AppContext, application_id: str, tab: str = "") -> ApplicationDetailPage:
    shown = ApplicationDetailPage(ctx, application_id)
    shown.resize(*PAGE_SIZE)
    shown.show()
    settle(ctx, lambda: shown.data is not None)
    if tab:
        tabs = shown.tabs
        for index in range(tabs.count()):
            widget = tabs.widget(index)
            if widget is not None and widget.objectName() == tab:
                tabs.setCurrentIndex(index)
    settle(ctx)
    return shown


def dialog_of(ctx: AppContext, shown: ApplicationDetailPage, action: str) -> QDialog:
    shown.start_action(action)
    assert shown.dialog is not None
    settle(ctx)
    shown.dialog.adjustSize()
    return shown.dialog


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    taken: set[str] = set()
    received = pick(ctx, Status.RECEIVED, taken)
    scenarios.attach_documents(ctx.store, ctx.actor, received)
    yield "detail-received", page(ctx, received)
    yield "detail-documents", page(ctx, received, "documentsTab")
    with_scan = page(ctx, received, "documentsTab")
    with_scan.documents.table.setCurrentCell(1, 0)
    settle(ctx)
    yield "detail-documents-scan", with_scan
    missing = scenarios.untick(ctx.store, ctx.actor, received, 1)
    role = Role.OFFICER
    actions.request_documents(
        ctx.store,
        ctx.actor,
        received,
        role=role,
        missing=missing,
        reason="Missing: fee payment receipt. Ərizəçi sabah gətirəcək.",
        today=ctx.today(),
    )
    actions.take_action(
        ctx.store, ctx.actor, received, action="documents_received", role=role, reason=""
    )
    yield "detail-history", page(ctx, received, "historyTab")
    yield "detail-approved", page(ctx, pick(ctx, Status.APPROVED, taken))
    asking = pick(ctx, Status.RECEIVED, taken)
    scenarios.untick(ctx.store, ctx.actor, asking)
    officer_page = page(ctx, asking)
    yield "detail-request-documents-dialog", dialog_of(ctx, officer_page, "request_documents")
    boss = supervisor(ctx)
    review = page(boss, pick(ctx, Status.UNDER_REVIEW, taken))
    yield "detail-under-review-supervisor", review
    refuse = dialog_of(boss, review, "refuse")
    refuse.accept()  # empty reason: the rule's message appears, the dialog stays
    settle(ctx)
    yield "detail-refuse-dialog", refuse
    refused_edit = pick(ctx, Status.AWAITING_DOCUMENTS, taken)
    scenarios.rejected_change(ctx.store, ctx.actor, refused_edit)
    yield "detail-sync-rejected", page(ctx, refused_edit, "syncTab")
    conflicted = pick(ctx, Status.RECEIVED, taken, prefer="ADM")
    scenarios.field_conflict(ctx.store, ctx.actor, conflicted)
    yield "detail-conflict-fields", page(ctx, conflicted)
    decided = pick(ctx, Status.UNDER_REVIEW, taken)
    scenarios.decision_conflict(boss.store, boss.actor, decided)
    yield "detail-conflict-decisions", page(boss, decided)
