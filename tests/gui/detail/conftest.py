"""Helpers of the detail page tests: pick an application by status, open its page and
wait until it has loaded, act as a supervisor."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from workstation.domain.model import Role, Status
from workstation.gui.context import AppContext
from workstation.gui.detail.page import ApplicationDetailPage
from workstation.store import QueueFilter


def pick(ctx: AppContext, status: Status, service: str = "TRP") -> str:
    with ctx.store.read() as repos:
        rows = repos.queue.page(QueueFilter(statuses=frozenset({status})), limit=200)
    rows.sort(key=lambda row: row.service_code != service)
    assert rows, f"no {status} application in the test data"
    return rows[0].id


def as_supervisor(ctx: AppContext) -> AppContext:
    assert ctx.session is not None
    return dataclasses.replace(
        ctx, session=dataclasses.replace(ctx.session, username="boss", role=Role.SUPERVISOR)
    )


OpenPage = Callable[[AppContext, str], ApplicationDetailPage]


@pytest.fixture
def open_page(qtbot) -> OpenPage:  # type: ignore[no-untyped-def]
    def opener(ctx: AppContext, application_id: str) -> ApplicationDetailPage:
        page = ApplicationDetailPage(ctx, application_id)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.data is not None and ctx.runner.pending == 0)
        return page

    return opener
