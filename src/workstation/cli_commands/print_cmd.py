"""`workstation print-card NUMBER --pdf OUT` and `print-receipt NUMBER --pdf OUT`.

print-card on an approved application takes the next card number of the service's series
from this workstation's leases, records the permit (outbox row, ``permit.print`` audit
event) and moves the application to Card printed, all in one transaction committed before
the PDF is written (DESIGN.md section 3.5). On an application whose card was printed it
renders that card again, number unchanged (same bytes). The card carries the QR seal signed
with this workstation's key (`store.seal_keys`). The steps are those of the desktop:
`store.cards` records, `printing.documents` renders.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli_commands.common import cli_actor, datadir, open_store, write_atomically
from workstation.domain.errors import DomainError
from workstation.domain.model import Application, Role, Status
from workstation.printing.documents import card_pdf, receipt_pdf
from workstation.store import Store, cards, seal_keys

_PRINTABLE = (Status.APPROVED, Status.CARD_PRINTED, Status.ISSUED)


def _load(store: Store, number: str) -> Application:
    with store.read() as repos:
        app = repos.applications.by_number(number.strip())
    if app is None:
        raise DomainError(f"no application {number!r} in this data folder")
    return app


def print_card(args: argparse.Namespace) -> int:
    folder = datadir(args)
    with open_store(folder) as store:
        app = _load(store, args.number)
        if app.status not in _PRINTABLE:
            raise DomainError(
                f"application {app.number} is {app.status.value}: only an approved "
                "application gets a card"
            )
        keys = seal_keys.load(folder.path)  # before a number is taken: no key, no card
        actor = cli_actor(store)
        job = cards.current(store, app.id, now=store.clock())
        if job.preview:
            job = cards.print_new(store, actor, app.id, role=Role.OFFICER)
        else:
            cards.record_render(store, actor, "permit", job.permit.id, "permit.render")
    pdf = card_pdf(job, keys.key, keys.endorsement)
    write_atomically(Path(args.pdf), pdf)
    print(f"card {job.permit.card_number} of {app.number}: {args.pdf}")
    return 0


def print_receipt(args: argparse.Namespace) -> int:
    with open_store(datadir(args)) as store:
        app = _load(store, args.number)
        job = cards.receipt(store, app.id)
        cards.record_render(store, cli_actor(store), "application", app.id, "receipt.print")
        today = store.clock().date()
    pdf = receipt_pdf(job.app, job.person, job.service, center=job.center, today=today)
    write_atomically(Path(args.pdf), pdf)
    print(f"receipt of {app.number}: {args.pdf}")
    return 0
