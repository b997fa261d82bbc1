"""Printing at the desk: a data folder with card leases and a seal key, approved
applications to print, and a printer that writes a PDF instead of asking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from tests.gui.conftest import WORKSTATION
from tests.printing.conftest import ENDORSEMENT, ROOT
from tests.printing.conftest import WORKSTATION as SEAL_KEY
from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.printing.preview import PreviewDialog
from workstation.store import Actor, QueueFilter, Store, seal_keys

FIRST = 41


@dataclass(frozen=True)
class Lease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int


def add_leases(store: Store, count: int) -> None:
    """`count` card numbers (from 41) of every card series."""
    with store.unit_of_work(Actor("seed", WORKSTATION)) as uow:
        for series in store.catalogue.card_series:
            uow.add_lease(Lease(f"lease-{series}", "card", series, FIRST, FIRST + count - 1))


@pytest.fixture
def card_store(store: Store) -> Store:
    seal_keys.save(store.datadir.path, seal_keys.SealKeys(SEAL_KEY, ENDORSEMENT, ROOT.public_key()))
    add_leases(store, 20)
    return store


def approved(ctx: AppContext, count: int, service: str = "TRP") -> list[str]:
    """Approved applications of `service` (a residence card: no contract to end)."""
    with ctx.store.read() as repos:
        rows = repos.queue.page(QueueFilter(statuses=frozenset({Status.APPROVED})), limit=500)
    ids = [row.id for row in rows if row.service_code == service]
    assert len(ids) >= count, f"only {len(ids)} approved {service} applications"
    return ids[:count]


def pdf_chooser(path: Path) -> Callable[[QPrinter, Callable[[], None]], None]:
    """Instead of the system print dialog: the printer writes a PDF file."""

    def choose(printer: QPrinter, chosen: Callable[[], None]) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        chosen()

    return choose


def print_with(qtbot, dialog: PreviewDialog, path: Path) -> object:  # type: ignore[no-untyped-def]
    dialog.chooser = pdf_chooser(path)
    qtbot.waitUntil(dialog.print_button.isEnabled)
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as blocker:
        dialog.print_button.click()
    return blocker.args[0]
