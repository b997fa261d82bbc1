"""`workstation import FILE.json`: every record checked; the whole file lands, or nothing."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from workstation.cli_commands.common import cli_actor, datadir, open_store
from workstation.domain import interchange
from workstation.domain.catalogue import load_catalogue
from workstation.domain.record_checks import application_problems, person_problems
from workstation.store import AlreadyExists


def run(args: argparse.Namespace) -> int:
    data = Path(args.file).read_bytes()
    catalogue = load_catalogue()
    today = dt.date.today()
    with open_store(datadir(args)) as store:

        def known_persons(ids: set[str]) -> set[str]:
            with store.read() as repos:
                return {i for i in ids if repos.persons.find(i) is not None}

        batch = interchange.loads(
            data,
            check_person=lambda p: person_problems(p, today),
            check_application=lambda a: application_problems(a, catalogue, today),
            known_person_ids=known_persons,
        )
        try:
            with store.unit_of_work(cli_actor(store)) as uow:
                uow.add_many(batch.persons, batch.applications)
        except AlreadyExists as exc:
            raise interchange.ImportRejected([_where(batch, exc)]) from exc
    print(
        f"imported {len(batch.applications)} applications and {len(batch.persons)} persons "
        f"from {args.file}"
    )
    return 0


def _where(batch: interchange.Batch, exc: AlreadyExists) -> interchange.RecordError:
    """The record of the file that collides with what the data folder already holds."""
    reason = "already in this data folder"
    if exc.entity == "person":
        for index, person in enumerate(batch.persons):
            if person.id == exc.key:
                return interchange.RecordError(f"persons[{index}]", "id", reason)
    for index, app in enumerate(batch.applications):
        if exc.key in (app.id, app.number):
            field = "id" if exc.key == app.id else "number"
            return interchange.RecordError(f"applications[{index}]", field, reason)
    return interchange.RecordError("file", "", str(exc))
