"""Cards from the application detail page: print, no numbers left, reprint with and
without a supervisor's approval, spoiled card, hand-over; batch printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.gui.conftest import CENTER, WORKSTATION
from tests.gui.printing.conftest import FIRST, approved, print_with
from workstation.domain.model import PrintEvent, Role, Status
from workstation.gui.context import AppContext
from workstation.gui.detail.page import ApplicationDetailPage
from workstation.gui.printing.batch import BatchOutcome
from workstation.gui.printing.dialogs import HandoverDialog, ReprintDialog, SpoiledDialog
from workstation.gui.printing.jobs import Kind, PrintRequest
from workstation.gui.printing.preview import PreviewDialog
from workstation.security import offline
from workstation.store import Actor, QueueFilter, Store, seal_keys
from workstation.store.permits import permit_by_id, permit_for
from workstation.store.print_journal import JournalFilter, lines
from workstation.store.tables import VoidedNumberRow


def _page(qtbot, ctx: AppContext, app_id: str) -> ApplicationDetailPage:  # type: ignore[no-untyped-def]
    page = ApplicationDetailPage(ctx, app_id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and ctx.runner.pending == 0)
    return page


def _print_from_page(qtbot, ctx: AppContext, app_id: str, out: Path) -> ApplicationDetailPage:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, app_id)
    page.buttons["print_card"].click()
    dialog = page.card_actions.dialog
    assert isinstance(dialog, PreviewDialog)
    outcome = print_with(qtbot, dialog, out)
    assert isinstance(outcome, BatchOutcome)
    assert not outcome.failed, outcome
    dialog.close()
    qtbot.waitUntil(lambda: page.data is not None and page.data.permit is not None)
    return page


def test_printing_from_the_detail_page(qtbot, context, card_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app_id = approved(context, 1)[0]
    page = _print_from_page(qtbot, context, app_id, tmp_path / "c.pdf")
    assert page.data is not None
    assert page.data.app.status is Status.CARD_PRINTED
    with card_store.read() as repos:
        permit = permit_for(repos.session, app_id)
        journal = lines(repos.session, JournalFilter(card_number=f"{FIRST:07d}"))
        actions = [e.action for e in repos.audit.events()]
    assert permit is not None
    series = permit.card_number[:-7]
    assert FIRST <= int(permit.card_number[-7:]) < FIRST + 20  # inside the lease
    assert series in card_store.catalogue.card_series
    assert [(j.event, j.by, j.workstation_id, j.copies) for j in journal] == [
        (PrintEvent.PRINT, "officer", WORKSTATION, 1)
    ]
    assert "permit.print" in actions
    assert "application.print_card" in actions
    assert {"reprint", "spoiled", "print_receipt"} <= page.buttons.keys()
    assert "print_card" not in page.buttons


def test_no_numbers_left_refuses_and_changes_nothing(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from tests.printing.conftest import ENDORSEMENT, ROOT
    from tests.printing.conftest import WORKSTATION as SEAL_KEY
    from workstation.gui.context import Events, UserSession
    from workstation.runtime.tasks import TaskRunner

    seal_keys.save(store.datadir.path, seal_keys.SealKeys(SEAL_KEY, ENDORSEMENT, ROOT.public_key()))
    runner = TaskRunner()
    ctx = AppContext(store, runner, store.catalogue, Events(), "en",
                     UserSession("officer", "O", Role.OFFICER, WORKSTATION, CENTER))  # fmt: skip
    app_id = approved(ctx, 1)[0]
    with store.read() as repos:
        outbox_before = len(repos.outbox.pending())
    page = _page(qtbot, ctx, app_id)
    page.buttons["print_card"].click()
    dialog = page.card_actions.dialog
    assert isinstance(dialog, PreviewDialog)
    qtbot.waitUntil(dialog.error.isVisible)
    assert "No leased numbers left" in dialog.error.text()
    assert not dialog.print_button.isEnabled()
    with store.read() as repos:
        assert repos.applications.get(app_id).status is Status.APPROVED
        assert permit_for(repos.session, app_id) is None
        assert len(repos.outbox.pending()) == outbox_before
    dialog.close()
    runner.wait_idle()


def _supervisor(store: Store) -> None:
    with store.unit_of_work(Actor("seed", WORKSTATION)) as uow:
        offline.remember(uow.session, username="boss", password="s3cret-pass", full_name="Boss",
                         role=Role.SUPERVISOR, center_code=CENTER, now=store.clock())  # fmt: skip
        offline.remember(uow.session, username="colleague", password="pass-word-2",
                         full_name="Colleague", role=Role.OFFICER, center_code=CENTER,
                         now=store.clock())  # fmt: skip


def test_reprint_needs_a_supervisor(qtbot, context, card_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _supervisor(card_store)
    app_id = approved(context, 1)[0]
    page = _print_from_page(qtbot, context, app_id, tmp_path / "c.pdf")
    page.buttons["reprint"].click()
    dialog = page.card_actions.dialog
    assert isinstance(dialog, ReprintDialog)
    qtbot.keyClicks(dialog.reason_edit, "Printer ribbon smeared the photo")
    qtbot.keyClicks(dialog.user_edit, "boss")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and bool(dialog.error.text()))
    assert "Wrong user name or password" in dialog.error.text()
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, "colleague")
    qtbot.keyClicks(dialog.password_edit, "pass-word-2")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: "not a supervisor" in dialog.error.text())
    assert dialog.isVisible()
    with card_store.read() as repos:
        permit = permit_for(repos.session, app_id)
        assert permit is not None
        assert [e.event for e in permit.journal] == [PrintEvent.PRINT]
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, "boss")
    qtbot.keyClicks(dialog.password_edit, "s3cret-pass")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: isinstance(page.card_actions.dialog, PreviewDialog))
    preview = page.card_actions.dialog
    assert isinstance(preview, PreviewDialog)
    outcome = print_with(qtbot, preview, tmp_path / "again.pdf")
    assert isinstance(outcome, BatchOutcome)
    assert not outcome.failed
    with card_store.read() as repos:
        again = permit_for(repos.session, app_id)
    assert again is not None
    assert again.card_number == permit.card_number
    last = again.journal[-1]
    assert (last.event, last.reason, last.approved_by) == (
        PrintEvent.REPRINT, "Printer ribbon smeared the photo", "boss"
    )  # fmt: skip


def test_spoiled_card_voids_its_number_and_the_next_print_takes_a_new_one(  # type: ignore[no-untyped-def]
    qtbot, context, card_store, tmp_path
) -> None:
    app_id = approved(context, 1)[0]
    page = _print_from_page(qtbot, context, app_id, tmp_path / "c.pdf")
    assert page.data is not None
    assert page.data.permit is not None
    spoiled = page.data.permit
    page.buttons["spoiled"].click()
    dialog = page.card_actions.dialog
    assert isinstance(dialog, SpoiledDialog)
    dialog.ok_button().click()  # no reason: refused, dialog stays
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    qtbot.keyClicks(dialog.reason_edit, "Card jammed in the printer")
    with qtbot.waitSignal(page.card_actions.done, timeout=10_000):
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: page.data is not None and page.data.permit is None)
    with card_store.read() as repos:
        voided = repos.session.get(VoidedNumberRow, (f"lease-{spoiled.card_number[:-7]}",
                                                     int(spoiled.card_number[-7:])))  # fmt: skip
        old = permit_by_id(repos.session, spoiled.id)
        assert repos.applications.get(app_id).status is Status.CARD_PRINTED
    assert voided is not None
    assert old is not None
    assert old.journal[-1].event is PrintEvent.SPOILED
    _print_from_page_again = page.buttons["print_card"]
    _print_from_page_again.click()
    preview = page.card_actions.dialog
    assert isinstance(preview, PreviewDialog)
    outcome = print_with(qtbot, preview, tmp_path / "new.pdf")
    assert isinstance(outcome, BatchOutcome)
    assert outcome.printed[0].card_number != spoiled.card_number
    assert int(outcome.printed[0].card_number[-7:]) == int(spoiled.card_number[-7:]) + 1


def test_hand_over_moves_to_issued(qtbot, context, card_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app_id = approved(context, 1)[0]
    page = _print_from_page(qtbot, context, app_id, tmp_path / "c.pdf")
    page.buttons["issue"].click()
    dialog = page.card_actions.dialog
    assert isinstance(dialog, HandoverDialog)
    # the fee's tier by its catalogue name in the UI language, not its code
    assert page.data is not None
    app = page.data.app
    tier = context.catalogue.service(app.service_code).tier(app.fee_tier)
    fee = dialog.findChild(QLabel, "feeValue").text()
    assert f"({tier.label.en})" in fee
    assert f"({app.fee_tier})" not in fee or tier.label.en == app.fee_tier
    dialog.ok_button().click()  # the receipt not ticked: refused
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    dialog.check.setChecked(True)
    with qtbot.waitSignal(page.card_actions.done, timeout=10_000):
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: page.data is not None and page.data.app.status is Status.ISSUED)
    with card_store.read() as repos:
        permit = permit_for(repos.session, app_id)
    assert permit is not None
    assert permit.journal[-1].event is PrintEvent.ISSUED


def test_batch_of_three_with_one_failure_prints_the_other_two(  # type: ignore[no-untyped-def]
    qtbot, context, card_store, tmp_path
) -> None:
    good = approved(context, 2)
    with card_store.read() as repos:
        rows = repos.queue.page(QueueFilter(statuses=frozenset({Status.RECEIVED})), limit=5)
    other = rows[0].id
    dialog = PreviewDialog(context, PrintRequest(Kind.CARD, (good[0], other, good[1])))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: other in dialog.refusals)
    outcome = print_with(qtbot, dialog, tmp_path / "batch.pdf")
    assert isinstance(outcome, BatchOutcome)
    assert [d.application_id for d in outcome.printed] == [good[0], good[1]]
    assert [f[0] for f in outcome.failed] == [other]
    assert outcome.pages == 4
    item = dialog.list.item(1)
    assert "Not printed" in item.text()
    assert "Printed: card" in dialog.list.item(0).text()
    with card_store.read() as repos:
        assert all(repos.applications.get(a).status is Status.CARD_PRINTED for a in good)
        assert repos.applications.get(other).status is Status.RECEIVED
