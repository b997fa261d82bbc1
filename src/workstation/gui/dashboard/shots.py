"""Gallery pictures of the dashboard (as a supervisor and as an officer) and of the
reports dialog."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workstation.domain.model import Role
from workstation.gui.context import AppContext, UserSession
from workstation.gui.dashboard.page import DashboardPage
from workstation.gui.dashboard.reports import ReportsDialog


def settle(ctx: AppContext) -> None:
    while ctx.runner.pending:
        QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def as_role(ctx: AppContext, role: Role, username: str) -> AppContext:
    base = ctx.session or UserSession(username, username, role, "WS-GALLERY", "BAK1")
    session = dataclasses.replace(base, username=username, role=role)
    return dataclasses.replace(ctx, session=session)


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    supervisor = as_role(ctx, Role.SUPERVISOR, "supervisor.rahimov")
    page = DashboardPage(supervisor)
    page.resize(1280, 800)
    page.show()
    settle(ctx)
    yield "dashboard-supervisor", page
    page.tabs.setCurrentIndex(1)
    yield "dashboard-by-status", page
    page.tabs.setCurrentIndex(2)
    yield "dashboard-by-officer", page
    page.close()

    officer = as_role(ctx, Role.OFFICER, "officer.aliyeva")
    mine = DashboardPage(officer)
    mine.resize(1280, 800)
    mine.show()
    settle(ctx)
    yield "dashboard-officer", mine
    mine.close()

    dialog = ReportsDialog(supervisor, page.current_filter(), folder=Path("/home/supervisor"))
    dialog.adjustSize()
    dialog.show()
    settle(ctx)
    yield "reports-dialog", dialog
    dialog.close()
