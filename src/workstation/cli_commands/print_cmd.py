"""`workstation print-card NUMBER --pdf OUT` and `print-receipt NUMBER --pdf OUT`.

print-card on an approved application takes the next card number of the service's series
from this workstation's leases, records the permit (outbox row, ``permit.print`` audit
event) and moves the application to Card printed, all in one transaction committed before
the PDF is written (DESIGN.md section 3.5). On an application whose card was printed it
renders that card again, number unchanged (same bytes). The card carries the QR seal signed
with this workstation's key (`store.seal_keys`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli_commands.common import cli_actor, datadir, write_atomically
from workstation.domain.errors import DomainError
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
from workstation.domain.numbers import card_number
from workstation.domain.permits import card_service, validity
from workstation.printing.card import render_card
from workstation.printing.card_data import card_data
from workstation.printing.receipt import render_receipt
from workstation.printing.receipt_data import receipt_data
from workstation.printing.seal import seal_card
from workstation.store import Actor, Store, seal_keys
from workstation.store.permits import permit_for

_PRINTABLE = (Status.APPROVED, Status.CARD_PRINTED, Status.ISSUED)


def _load(store: Store, number: str) -> tuple[Application, Person, Permit | None]:
    with store.read() as repos:
        app = repos.applications.by_number(number.strip())
        if app is None:
            raise DomainError(f"no application {number!r} in this data folder")
        person = repos.persons.get(app.person_id)
        permit = permit_for(repos.session, app.id)
    return app, person, permit


def _center_name(store: Store, code: str) -> str:
    with store.read() as repos:
        return repos.meta(seal_keys.ISSUER_NAME_KEY) or code


def _new_permit(store: Store, actor: Actor, app: Application, person: Person) -> Permit:
    """Number, permit and Card printed in one transaction."""
    service = card_service(store.catalogue.service(app.service_code))
    series = service.result.series_prefix
    with store.unit_of_work(actor) as uow:
        now = uow.now()
        start, until = validity(service, app, person, now.date())
        number = card_number(series, uow.take_number("card", series))
        permit = Permit(
            id=new_id(),
            application_id=app.id,
            card_number=number,
            card_type=service.result.card_type,
            valid_from=start,
            valid_until=until,
            printed_at=now,
            printed_by=actor.user,
            workstation_id=actor.workstation_id,
            journal=(PrintJournalEntry(PrintEvent.PRINT, now, actor.user, actor.workstation_id),),
        )
        uow.add_permit(permit)
        uow.transition(app.id, "print_card", Role.OFFICER)
    return permit


def print_card(args: argparse.Namespace) -> int:
    folder = datadir(args)
    with Store.open(folder) as store:
        app, person, permit = _load(store, args.number)
        if app.status not in _PRINTABLE:
            raise DomainError(
                f"application {app.number} is {app.status.value}: only an approved "
                "application gets a card"
            )
        service = card_service(store.catalogue.service(app.service_code))
        keys = seal_keys.load(folder.path)  # before a number is taken: no key, no card
        actor = cli_actor(store)
        if permit is None:
            if app.status is not Status.APPROVED:
                raise DomainError(f"application {app.number} has no card to print again")
            permit = _new_permit(store, actor, app, person)
        else:
            with store.unit_of_work(actor) as uow:
                uow.audit_event("permit.render", "permit", permit.id)
        photo = store.read_attachment(person.photo_sha256) if person.photo_sha256 else None
        card = card_data(
            permit,
            app,
            person,
            service,
            issued_by=_center_name(store, app.center_code),
            photo=photo,
        )
    pdf = render_card(seal_card(card, keys.key, keys.endorsement))
    write_atomically(Path(args.pdf), pdf)
    print(f"card {permit.card_number} of {app.number}: {args.pdf}")
    return 0


def print_receipt(args: argparse.Namespace) -> int:
    with Store.open(datadir(args)) as store:
        app, person, _ = _load(store, args.number)
        if not app.number:
            raise DomainError("a draft has no receipt: receive the application first")
        service = store.catalogue.service(app.service_code)
        actor = cli_actor(store)
        data = receipt_data(
            app,
            person,
            service,
            officer=app.received_by,
            center=_center_name(store, app.center_code),
            today=store.clock().date(),
        )
        with store.unit_of_work(actor) as uow:
            uow.audit_event("receipt.print", "application", app.id)
    write_atomically(Path(args.pdf), render_receipt(data))
    print(f"receipt of {app.number}: {args.pdf}")
    return 0
