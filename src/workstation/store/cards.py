"""Cards at this desk (issue 5): printing an approved application's card, a reprint
authorised by a supervisor, a spoiled card, the hand-over to the holder.

Each step is ONE unit of work: the card number taken from the lease, the permit and its
print journal, the application's status (through the state machine), the outbox rows
and the audit events commit together, before anything goes to the printer (DESIGN.md
section 3.5). What the renderer needs comes back as a `CardJob` (see
`workstation.printing.documents`, which takes it as it is). Used by the desktop and by
``workstation print-card``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.catalogue import Service
from workstation.domain.errors import DomainError, Message
from workstation.domain.ids import new_id
from workstation.domain.model import (
    Application,
    Permit,
    Person,
    PrintEvent,
    PrintJournalEntry,
    Role,
    Status,
)
from workstation.domain.numbers import card_number, parse_card_number
from workstation.domain.permits import card_service, validity
from workstation.store import leases, seal_keys
from workstation.store.permits import permit_for
from workstation.store.repositories import Repositories
from workstation.store.tables import NumberLeaseRow
from workstation.store.uow import Actor

if TYPE_CHECKING:
    from workstation.store.db import Store

MAX_COPIES = 100


class CardRefused(DomainError):
    """A card step that may not be taken now; nothing was written."""

    def __init__(self, code: str, message: Message) -> None:
        self.code = code
        self.message = message
        super().__init__(message.en)


@dataclass(frozen=True, slots=True)
class CardJob:
    """One card to render: the permit and what it is about (``printing.documents``)."""

    permit: Permit
    app: Application
    person: Person
    service: Service
    issued_by: str
    photo: bytes | None
    preview: bool = False  # the number is the next one of the lease, not taken yet


def _refuse(code: str, az: str, en: str, ru: str) -> CardRefused:
    return CardRefused(code, Message(az=az, en=en, ru=ru))


def _job(
    store: Store, repos: Repositories, app: Application, permit: Permit, preview: bool
) -> CardJob:
    person = repos.persons.get(app.person_id)
    service = card_service(store.catalogue.service(app.service_code))
    issued_by = repos.meta(seal_keys.ISSUER_NAME_KEY) or app.center_code
    photo = store.read_attachment(person.photo_sha256) if person.photo_sha256 else None
    return CardJob(permit, app, person, service, issued_by, photo, preview)


def _series(store: Store, app: Application) -> str:
    return str(card_service(store.catalogue.service(app.service_code)).result.series_prefix)


def _peek_number(session: Session, series: str) -> int:
    row = session.scalar(
        select(NumberLeaseRow)
        .where(
            NumberLeaseRow.kind == "card",
            NumberLeaseRow.series == series,
            NumberLeaseRow.next <= NumberLeaseRow.last,
        )
        .order_by(NumberLeaseRow.first, NumberLeaseRow.lease_id)
        .limit(1)
    )
    if row is None:
        raise leases.NoNumbersLeft("card", series)
    return row.next


def _needs_new_card(app: Application, permit: Permit | None) -> bool:
    """Approved, or Card printed whose card was spoiled (no live permit)."""
    return permit is None and app.status in (Status.APPROVED, Status.CARD_PRINTED)


def _new_permit(
    store: Store,
    app: Application,
    person: Person,
    number: str,
    *,
    now: dt.datetime,
    actor: Actor,
) -> Permit:
    service = card_service(store.catalogue.service(app.service_code))
    start, until = validity(service, app, person, now.date())
    return Permit(
        id=new_id(),
        application_id=app.id,
        card_number=number,
        card_type=str(service.result.card_type),
        valid_from=start,
        valid_until=until,
        printed_at=now,
        printed_by=actor.user,
        workstation_id=actor.workstation_id,
    )


def already_printed(app: Application, permit: Permit) -> CardRefused:
    return _refuse(
        "already_printed",
        f"{app.number} üçün kart artıq çap olunub ({permit.card_number}): təkrar çap "
        "yalnız nəzarətçinin icazəsi ilə mümkündür.",
        f"The card of {app.number} was printed already ({permit.card_number}): "
        "printing it again needs a supervisor's approval (Reprint).",
        f"Карта по {app.number} уже напечатана ({permit.card_number}): повторная "
        "печать только с разрешения руководителя.",
    )


def not_printed(app: Application) -> CardRefused:
    return _refuse(
        "no_card",
        f"{app.number} müraciətinin çap olunmuş kartı yoxdur.",
        f"Application {app.number} has no printed card.",
        f"У заявления {app.number} нет напечатанной карты.",
    )


def _not_printable(app: Application) -> CardRefused:
    return _refuse(
        "not_approved",
        f"{app.number} müraciəti «{app.status.value}» vəziyyətindədir: kart yalnız təsdiq "
        "edilmiş müraciətə çap olunur.",
        f"Application {app.number} is '{app.status.value}': only an approved application "
        "gets a card.",
        f"Заявление {app.number} в статусе «{app.status.value}»: карта печатается только "
        "по одобренному заявлению.",
    )


def current(store: Store, application_id: str, *, now: dt.datetime) -> CardJob:
    """The application's card as it is (printed), or as it will be printed: then with
    the next number of the lease, not taken (``preview``). `NoNumbersLeft`, `NoCard`
    (no validity: e.g. an ended contract) or `CardRefused` when none can be printed."""
    with store.read() as repos:
        app = repos.applications.get(application_id)
        permit = permit_for(repos.session, app.id)
        if permit is not None:
            return _job(store, repos, app, permit, preview=False)
        if not _needs_new_card(app, None):
            raise _not_printable(app)
        person = repos.persons.get(app.person_id)
        series = _series(store, app)
        number = card_number(series, _peek_number(repos.session, series))
        actor = Actor("", "")
        permit = _new_permit(store, app, person, number, now=now, actor=actor)
        return _job(store, repos, app, permit, preview=True)


def print_new(
    store: Store, actor: Actor, application_id: str, *, role: Role, copies: int = 1
) -> CardJob:
    """Take the next card number, record the permit with a ``print`` journal entry and
    move an approved application to Card printed (a Card printed one whose card was
    spoiled keeps its status and gets a new card). One transaction; nothing written
    when refused."""
    _check_copies(copies)
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        permit = permit_for(uow.session, app.id)
        if permit is not None:
            raise already_printed(app, permit)
        if not _needs_new_card(app, None):
            raise _not_printable(app)
        person = uow.persons.get(app.person_id)
        now = uow.now()
        series = _series(store, app)
        number = card_number(series, uow.take_number("card", series))
        entry = PrintJournalEntry(
            PrintEvent.PRINT, now, actor.user, actor.workstation_id, copies=copies
        )
        permit = dataclasses.replace(
            _new_permit(store, app, person, number, now=now, actor=actor), journal=(entry,)
        )
        uow.add_permit(permit)
        if app.status is Status.APPROVED:
            app = uow.transition(app.id, "print_card", role)
        return _job(store, uow, app, permit, preview=False)


def _check_copies(copies: int) -> None:
    if not 0 < copies <= MAX_COPIES:
        raise ValueError(f"copies: 1 to {MAX_COPIES}, not {copies}")


def _live_permit(uow: Repositories, app: Application) -> Permit:
    permit = permit_for(uow.session, app.id)
    if permit is None:
        raise not_printed(app)
    return permit


def _need_reason(reason: str) -> None:
    if not reason.strip():
        raise _refuse(
            "reason_required",
            "Səbəb göstərilməlidir.",
            "A reason is required.",
            "Нужно указать причину.",
        )


def reprint(
    store: Store,
    actor: Actor,
    application_id: str,
    *,
    reason: str,
    approved_by: str,
    copies: int = 1,
) -> CardJob:
    """The same card (same number) printed again: a ``reprint`` journal entry with the
    reason and the supervisor who approved it (checked by the caller)."""
    _check_copies(copies)
    _need_reason(reason)
    if not approved_by.strip():
        raise _refuse(
            "approval_required",
            "Təkrar çap üçün nəzarətçinin icazəsi lazımdır.",
            "A reprint needs a supervisor's approval.",
            "Для повторной печати нужно разрешение руководителя.",
        )
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        permit = _live_permit(uow, app)
        entry = PrintJournalEntry(
            PrintEvent.REPRINT,
            uow.now(),
            actor.user,
            actor.workstation_id,
            reason=reason.strip(),
            copies=copies,
            approved_by=approved_by.strip(),
        )
        permit = dataclasses.replace(permit, journal=(*permit.journal, entry))
        uow.update_permit(permit, "permit.reprint")
        return _job(store, uow, app, permit, preview=False)


def _lease_of(session: Session, number: str) -> str:
    series, sequence = parse_card_number(number)
    lease_id = session.scalar(
        select(NumberLeaseRow.lease_id).where(
            NumberLeaseRow.kind == "card",
            NumberLeaseRow.series == series,
            NumberLeaseRow.first <= sequence,
            NumberLeaseRow.last >= sequence,
        )
    )
    if lease_id is None:
        raise _refuse(
            "not_this_workstation",
            f"{number} nömrəsi bu iş yerinin icarəsindən deyil: onu yalnız kartı çap edən "
            "iş yeri ləğv edə bilər.",
            f"Card number {number} is not from this workstation's leases: only the "
            "workstation that printed the card can void it.",
            f"Номер {number} не из блоков этого рабочего места: аннулировать его может "
            "только то место, где карта напечатана.",
        )
    return lease_id


def spoil(store: Store, actor: Actor, application_id: str, *, reason: str) -> Permit:
    """The printed card is spoiled: a ``spoiled`` journal entry with the reason, its
    number voided (never given out again, reported to the server by the next sync)
    and the permit tombstoned, so that the next print takes a new number."""
    _need_reason(reason)
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        permit = _live_permit(uow, app)
        if app.status is not Status.CARD_PRINTED:
            raise _refuse(
                "already_issued",
                f"{app.number} kartı sahibinə verilib: korlanmış kimi qeyd edilə bilməz.",
                f"The card of {app.number} was handed over: it cannot be recorded as spoiled.",
                f"Карта {app.number} уже выдана: её нельзя отметить как испорченную.",
            )
        lease_id = _lease_of(uow.session, permit.card_number)
        now = uow.now()
        leases.void_number(uow.session, lease_id, parse_card_number(permit.card_number)[1], now)
        entry = PrintJournalEntry(
            PrintEvent.SPOILED, now, actor.user, actor.workstation_id, reason=reason.strip()
        )
        permit = dataclasses.replace(permit, journal=(*permit.journal, entry))
        uow.update_permit(permit, "permit.spoiled")
        uow.delete_permit(permit.id, "permit.void")
        return permit


def hand_over(
    store: Store, actor: Actor, application_id: str, *, role: Role, receipt_checked: bool
) -> Application:
    """The card handed to its holder, the fee receipt checked: Card printed → Issued
    (state machine), an ``issued`` journal entry naming the payment reference."""
    if not receipt_checked:
        raise _refuse(
            "receipt_not_checked",
            "Kartı verməzdən əvvəl rüsumun ödənişi qəbzini yoxlayın.",
            "Check the fee receipt before handing the card over.",
            "Перед выдачей карты проверьте квитанцию об оплате пошлины.",
        )
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        permit = _live_permit(uow, app)
        note = f"fee receipt checked: {app.payment_ref or '-'}"
        app = uow.transition(app.id, "issue", role, note)
        entry = PrintJournalEntry(
            PrintEvent.ISSUED, uow.now(), actor.user, actor.workstation_id, reason=note
        )
        uow.update_permit(
            dataclasses.replace(permit, journal=(*permit.journal, entry)), "permit.issued"
        )
        return app


@dataclass(frozen=True, slots=True)
class ReceiptJob:
    """What the receipt renderer needs (``printing.documents.receipt_pdf``)."""

    app: Application
    person: Person
    service: Service
    center: str


def receipt(store: Store, application_id: str) -> ReceiptJob:
    """The receipt of a received application (a draft has none: `CardRefused`)."""
    with store.read() as repos:
        app = repos.applications.get(application_id)
        if not app.number:
            raise _refuse(
                "draft",
                "Qaralamanın qəbzi yoxdur: əvvəlcə müraciəti qəbul edin.",
                "A draft has no receipt: receive the application first.",
                "У черновика нет расписки: сначала примите заявление.",
            )
        person = repos.persons.get(app.person_id)
        center = repos.meta(seal_keys.ISSUER_NAME_KEY) or app.center_code
    return ReceiptJob(app, person, store.catalogue.service(app.service_code), center)


def record_render(store: Store, actor: Actor, entity: str, entity_id: str, action: str) -> None:
    """An audit event for a document rendered again without a journal entry
    (``permit.render``, ``receipt.print``)."""
    with store.unit_of_work(actor) as uow:
        uow.audit_event(action, entity, entity_id)


__all__ = [
    "CardJob",
    "CardRefused",
    "ReceiptJob",
    "already_printed",
    "current",
    "hand_over",
    "not_printed",
    "print_new",
    "receipt",
    "record_render",
    "reprint",
    "spoil",
]
