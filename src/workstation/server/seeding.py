"""Loading records straight into the central database: legacy data and the demo.

`import_batch` stores a checked `interchange.Batch` for one center in ONE transaction,
each record taking the next number of the pull sequence (so workstations pull it like
any other change), and moves the application-number counters past the imported numbers
so that no lease can ever hand out a number that already exists.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from workstation.domain.interchange import Batch
from workstation.domain.numbers import parse_application_number
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.server import audit, counters, records
from workstation.server.db import Database, is_sqlite
from workstation.server.tables import CenterRow, LeaseCounterRow


class SeedError(Exception):
    """The batch cannot be stored; nothing was."""


def _reserve_numbers(session: Session, batch: Batch) -> None:
    highest: dict[str, int] = {}
    for app in batch.applications:
        if not app.number:
            continue
        number = parse_application_number(app.number)
        series = str(number.year)
        highest[series] = max(highest.get(series, 0), number.sequence)
    for series, top in highest.items():
        row = session.get(LeaseCounterRow, ("application", series))
        if row is None:
            session.add(LeaseCounterRow(kind="application", series=series, next_value=top + 1))
        elif row.next_value <= top:
            row.next_value = top + 1


def import_batch(db: Database, center_code: str, batch: Batch, *, actor: str = "admin") -> int:
    """Store every person and application of `batch` for `center_code`; all or nothing."""
    wrong = [a.number for a in batch.applications if a.center_code != center_code]
    if wrong:
        raise SeedError(f"{len(wrong)} applications belong to another center, e.g. {wrong[0]}")
    with db.transaction() as session:
        if session.get(CenterRow, center_code) is None:
            raise SeedError(f"no center {center_code}")
        counters.lock_all(session)  # numbered in memory: no UPDATE (and flush) per record
        for entity, rows in (
            ("person", [(p.id, person_to_dict(p)) for p in batch.persons]),
            ("application", [(a.id, application_to_dict(a)) for a in batch.applications]),
        ):
            table = records.TABLES[entity]
            ids = [entity_id for entity_id, _ in rows]
            for start in range(0, len(ids), 500):
                taken = session.scalars(
                    select(table.id).where(table.id.in_(ids[start : start + 500]))
                ).first()
                if taken is not None:
                    raise SeedError(f"{entity} {taken} exists already")
            for entity_id, data in rows:
                records.write(
                    session, entity, entity_id, data, center_code=center_code, existing=None
                )
        _reserve_numbers(session, batch)
        audit.record(
            session,
            actor=actor,
            workstation_id="",
            action="records.import",
            entity="center",
            entity_id=center_code,
        )
        counters.write_back(session)
    _analyze(db)
    return len(batch.persons) + len(batch.applications)


def _analyze(db: Database) -> None:
    """Fresh planner statistics for the record tables after a bulk load (PostgreSQL).
    Until autovacuum gets to them, the planner takes freshly loaded tables for nearly
    empty and reads a pull page by sorting every record after the cursor: 0.7 s a page
    at 100,000 applications instead of about 1 ms, for every workstation's first pull."""
    if is_sqlite(db.engine):
        return
    names = ", ".join(table.__tablename__ for table in records.TABLES.values())
    with db.engine.connect() as connection:
        connection.execute(text(f"ANALYZE {names}"))
        connection.commit()
