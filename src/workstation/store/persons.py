"""Looking up persons (applicants) in the local database."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain.model import Person
from workstation.domain.text import fold
from workstation.store.errors import NotFound
from workstation.store.mapping import person_from_row
from workstation.store.search import identifier_key
from workstation.store.tables import PersonRow

_LIVE = PersonRow.deleted.is_(False)
_HIGHEST = "\U0010ffff"
_HAS_DOCUMENT = "SELECT 1 FROM persons WHERE document_number_key = ? AND deleted = 0 LIMIT 1"


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, person_id: str) -> Person | None:
        row = self.session.get(PersonRow, person_id)
        return person_from_row(row) if row is not None and not row.deleted else None

    def get(self, person_id: str) -> Person:
        person = self.find(person_id)
        if person is None:
            raise NotFound("person", person_id)
        return person

    def by_document_number(self, number: str) -> list[Person]:
        """Persons whose travel document number is `number`, ignoring case, spaces and
        dashes (exact otherwise)."""
        key = identifier_key(number)
        if not key:
            return []
        rows = self.session.scalars(
            select(PersonRow)
            .where(PersonRow.document_number_key == key, _LIVE)
            .order_by(PersonRow.name_key, PersonRow.id)
        )
        return [person_from_row(row) for row in rows]

    def has_document_number(self, number: str) -> bool:
        """Whether a live person's travel document number is `number` (as
        `by_document_number` matches it): one index probe on the driver, no rows built
        (a reception save asks it of every new applicant)."""
        key = identifier_key(number)
        if not key:
            return False
        self.session.flush()  # what the session holds is there for the probe
        found = self.session.connection().exec_driver_sql(_HAS_DOCUMENT, (key,)).first()
        return found is not None

    def by_fin(self, fin: str) -> list[Person]:
        rows = self.session.scalars(
            select(PersonRow).where(PersonRow.fin == fin.strip().upper(), _LIVE)
        )
        return [person_from_row(row) for row in rows] if fin.strip() else []

    def by_name(self, prefix: str, limit: int = 50) -> list[Person]:
        """Persons whose folded full name (surname first) starts with the folded `prefix`:
        ``"mammadov el"`` finds ``Məmmədov Elçin``."""
        key = " ".join(fold(prefix).split())
        if not key:
            return []
        rows = self.session.scalars(
            select(PersonRow)
            .where(PersonRow.name_key >= key, PersonRow.name_key < key + _HIGHEST, _LIVE)
            .order_by(PersonRow.name_key, PersonRow.id)
            .limit(limit)
        )
        return [person_from_row(row) for row in rows]

    def count(self) -> int:
        return int(
            self.session.scalar(select(func.count()).select_from(PersonRow).where(_LIVE)) or 0
        )
